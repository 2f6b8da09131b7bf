// `npm start` as its own process, talking to fakes that run in the test, so a crash or an exit code is seen the
// way a supervisor sees it.
import { spawn } from 'node:child_process';

/** Empty values: dotenv never overrides a variable that is set, so a developer's .env cannot leak in. */
const NO_PLATFORM = {
  DISCORD_TOKEN: '',
  DISCORD_APPLICATION_ID: '',
  DISCORD_GUILD_ID: '',
  DISCORD_API_BASE: '',
  SLACK_BOT_TOKEN: '',
  SLACK_APP_TOKEN: '',
  SLACK_SIGNING_SECRET: '',
  SLACK_API_URL: '',
  PORT: '',
};

export interface BotProcess {
  stdout: string[];
  stderr: string[];
  /** Resolves with the first stdout line matching `pattern`; rejects if the process exits first or after `timeoutMs`. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  readonly running: boolean;
  kill(): Promise<void>;
}

export function startBot(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/start.ts'], {
    env: { ...process.env, ...NO_PLATFORM, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const listeners = new Set<() => void>();
  let running = true;
  const collect = (into: string[]) => {
    let rest = '';
    return (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      into.push(...lines.filter(Boolean));
      listeners.forEach((l) => l());
    };
  };
  child.stdout.on('data', collect(stdout));
  child.stderr.on('data', collect(stderr));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running = false;
      // Let the pipes drain so the last lines are in.
      setTimeout(() => {
        listeners.forEach((l) => l());
        resolve(code);
      }, 50);
    }),
  );
  return {
    stdout,
    stderr,
    exited,
    get running() {
      return running;
    },
    waitForLine(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`no line matching ${pattern} within ${timeoutMs} ms`)), timeoutMs);
        const check = () => {
          const line = stdout.find((l) => pattern.test(l));
          if (line !== undefined) finish(undefined, line);
          else if (!running) finish(new Error(`exited before a line matching ${pattern}; stderr:\n${stderr.join('\n')}`));
        };
        const finish = (err?: Error, line?: string) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (err) reject(err);
          else resolve(line!);
        };
        listeners.add(check);
        check();
      });
    },
    async kill() {
      if (running) child.kill('SIGTERM');
      await exited;
    },
  };
}
