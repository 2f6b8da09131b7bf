// Runs the platform side of a load test (the fake Slack or Discord and the clients flooding the bot) in a child
// process. In production the platform is another machine; sharing the bot's event loop would charge the fake's
// work to the bot. The exchange is one handshake: the side reports where its fake listens, the bot connects and
// answers with where it listens (if anywhere), and the side reports its result.
import { fork } from 'node:child_process';
import { isMain } from '../is-main.js';

/** What a side says about itself, and what the bot says back: a few named addresses. */
type Addresses = Record<string, string>;

/** How a platform side meets the bot: given its fake's addresses, resolves once the bot is connected. */
export type Connect = (side: Addresses) => Promise<Addresses>;

/** Called by a platform side when the warm-up is over and the measured round begins. */
export type Measuring = () => void;

type Message = { addresses: Addresses } | { measuring: true } | { result: unknown } | { error: string };

/**
 * Starts `script` (a module that calls `servePeer`) in a child process and runs the handshake; resolves with its
 * result. `measuring` is told when the side's warm-up is over.
 */
export function runPeer<T>(script: URL, plan: object, connect: Connect, timeLimitMs: number, measuring: Measuring = () => {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = fork(script, [JSON.stringify(plan)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new Error(`load peer ${script.pathname} did not finish in ${timeLimitMs / 1000} s`)));
    }, timeLimitMs);
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('message', (m: Message) => {
      if ('addresses' in m)
        connect(m.addresses).then(
          (bot) => child.send({ addresses: bot }),
          (err: unknown) => {
            child.kill();
            finish(() => reject(err instanceof Error ? err : new Error(String(err))));
          },
        );
      else if ('measuring' in m) measuring();
      else if ('result' in m) finish(() => resolve(m.result as T));
      else finish(() => reject(new Error(`load peer ${script.pathname}: ${m.error}`)));
    });
    child.on('exit', (code) =>
      finish(() => reject(new Error(`load peer ${script.pathname} exited ${code}: ${stderr.trim().split('\n').pop() ?? ''}`))),
    );
  });
}

/**
 * The child's half: runs `side` with the plan from argv and a `connect` that asks the parent, sends the result
 * back and exits. Call it only when the module is the process's entry point.
 */
export async function servePeer<P, T>(side: (plan: P, connect: Connect, measuring: Measuring) => Promise<T>): Promise<void> {
  const plan = JSON.parse(process.argv[2] ?? '{}') as P;
  const connect: Connect = (addresses) =>
    new Promise((resolve) => {
      process.once('message', (m: { addresses: Addresses }) => resolve(m.addresses));
      process.send!({ addresses });
    });
  try {
    const result = await side(plan, connect, () => process.send!({ measuring: true }));
    process.send!({ result }, () => process.exit(0));
  } catch (err) {
    process.send!({ error: err instanceof Error ? err.message : String(err) }, () => process.exit(1));
  }
}

/** Whether `moduleUrl` was started by {@link runPeer}: its entry point, with an IPC channel to the parent. */
export function isEntry(moduleUrl: string): boolean {
  return Boolean(process.send) && isMain(moduleUrl);
}
