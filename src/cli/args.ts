/** Command-line options shared by `ask` and the console. */
export interface CliArgs {
  json: boolean;
  /** `--view NAME`: print one view of the answer (versions, sources, figures) instead of the default answer. */
  view?: string;
  /** Read stdin as one conversation: a line may lean on the answer before it ("what else did he say?"). */
  conversation: boolean;
  corpusDir?: string;
  /** `--chart FILE`: where to write the answer's chart as PNG, when it has one. */
  chartFile?: string;
  /** The question, when one was given (an empty string is a question too). */
  question?: string;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = { json: false, conversation: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--conversation') out.conversation = true;
    else if (a === '--corpus') out.corpusDir = argv[++i];
    else if (a === '--view') out.view = argv[++i];
    else if (a.startsWith('--corpus=')) out.corpusDir = a.slice('--corpus='.length);
    else if (a === '--chart') out.chartFile = argv[++i] ?? '';
    else if (a.startsWith('--chart=')) out.chartFile = a.slice('--chart='.length);
    else if (a === '--') {
      rest.push(...argv.slice(i + 1));
      break;
    }
    else rest.push(a);
  }
  if (rest.length) out.question = rest.join(' ');
  return out;
}
