import { StoryBotError } from '../errors.js';

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
  /** `--help` or `-h` as the only argument: print the usage and do nothing else. */
  help: boolean;
  /** A leading word that looks like an option but is none (`--verbose`): worth a warning; dropped from the question unless it is all of it. */
  unknown?: string;
  /** The question, when one was given (an empty string is a question too). */
  question?: string;
}

/** What `ask --help` prints. */
export const USAGE =
  'usage: npm run ask -- [--json] [--conversation] [--corpus DIR] [--view versions|sources|figures] [--chart FILE.png] ["question"]\n' +
  'With no question, one answer per line of standard input.';

/**
 * Reads the options. An option that takes a value stops with one line when the value is missing, rather than
 * being silently dropped. `--help` is help only as the sole argument. A word that looks like an option but is none
 * (`unknown`, for a warning) is dropped when a question follows it, and is the question when none does: a question
 * is any text, and `ask --json "Q"` must answer every Q with one JSON object, even "--help" or "--verbose".
 * After `--` everything is the question.
 */
export function parseArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = { json: false, conversation: false, help: argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h') };
  if (out.help) return out;
  const rest: string[] = [];
  const value = (i: number, option: string, what: string): string => {
    const v = argv[i];
    if (v === undefined || v.startsWith('--')) throw new StoryBotError('CONFIG_INVALID', `${option} needs ${what}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--conversation') out.conversation = true;
    else if (a === '--corpus') out.corpusDir = value(++i, '--corpus', 'a folder of articles, e.g. --corpus corpus');
    else if (a.startsWith('--corpus=')) out.corpusDir = a.slice('--corpus='.length);
    else if (a === '--view') out.view = value(++i, '--view', 'a view: versions, sources or figures');
    else if (a.startsWith('--view=')) out.view = a.slice('--view='.length);
    // An empty or missing file name is checkChartFile's to report, with its example.
    else if (a === '--chart') out.chartFile = argv[++i] ?? '';
    else if (a.startsWith('--chart=')) out.chartFile = a.slice('--chart='.length);
    else if (a === '--') {
      rest.push(...argv.slice(i + 1));
      break;
    } else if (rest.length === 0 && out.unknown === undefined && a !== '--help' && /^--[A-Za-z][\w-]*(?:=.*)?$/.test(a)) {
      out.unknown = a;
    } else rest.push(a);
  }
  // A mistyped option before the question is dropped, so the question is answered as meant; alone, it is the question.
  if (out.unknown !== undefined && rest.length === 0) rest.push(out.unknown);
  if (out.unknown !== undefined) out.unknown = out.unknown.split('=')[0];
  if (rest.length) out.question = rest.join(' ');
  return out;
}
