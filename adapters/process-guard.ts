// One request's failure must not end the process that serves every platform: an error no handler caught is
// logged on one line and the bot keeps answering. A storm of them means the process itself is broken, so past
// a limit it exits non-zero for a supervisor to restart it.

/** Tuning of {@link installProcessGuard}. */
export interface ProcessGuardOptions {
  /** More than this many uncaught errors within `windowMs` ends the process. Default: 20. */
  maxErrors?: number;
  /** Default: 60,000 ms. */
  windowMs?: number;
}

export function installProcessGuard(log: (line: string) => void, options: ProcessGuardOptions = {}): () => void {
  const { maxErrors = 20, windowMs = 60_000 } = options;
  const recent: number[] = [];
  const onError = (kind: string) => (err: unknown) => {
    const now = Date.now();
    recent.push(now);
    while (recent.length && recent[0] < now - windowMs) recent.shift();
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    log(`story-bot: ${kind} outside any handler, kept running: ${message.split('\n')[0]}`);
    if (recent.length > maxErrors) {
      log(`story-bot: ${recent.length} uncaught errors within ${windowMs / 1000} s; exiting`);
      process.exit(70);
    }
  };
  const rejection = onError('unhandled rejection');
  const exception = onError('uncaught exception');
  process.on('unhandledRejection', rejection);
  process.on('uncaughtException', exception);
  return () => {
    process.off('unhandledRejection', rejection);
    process.off('uncaughtException', exception);
  };
}
