/** Ends a command-line run on an error: one line on stderr (a CorpusError names the file and field), exit status 1. */
export function fail(err: unknown): never {
  process.stderr.write(`story-bot: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
