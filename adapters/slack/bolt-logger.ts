import { LogLevel, type Logger } from '@slack/bolt';

/**
 * Bolt and its Socket Mode and Web API clients log through this, so their lines (reconnects, rate-limit waits,
 * failures) land in the bot's own log with a `slack:` prefix. Debug lines are dropped unless asked for.
 */
export function boltLogger(log: (line: string) => void, initialLevel: LogLevel = LogLevel.INFO): Logger {
  const order = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];
  let level = initialLevel;
  const at =
    (lineLevel: LogLevel) =>
    (...msg: unknown[]) => {
      if (order.indexOf(lineLevel) < order.indexOf(level)) return;
      log(`slack: ${lineLevel}: ${msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ')}`);
    };
  return {
    debug: at(LogLevel.DEBUG),
    info: at(LogLevel.INFO),
    warn: at(LogLevel.WARN),
    error: at(LogLevel.ERROR),
    setLevel: (l) => void (level = l),
    getLevel: () => level,
    // Bolt names its loggers ('bolt-app', 'socket-mode'); one `slack:` prefix reads better in a shared log.
    setName: () => {},
  };
}
