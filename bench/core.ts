// The core's speed on one corpus folder: cold build, index build and reload, answer latency per intent, and
// the same questions as raw Lunr queries over the same passages, so the ratio cancels out machine noise.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import lunr from 'lunr';
import { StoryBot } from '../src/index.js';
import { buildIndexes, loadIndexes, serializeIndexes } from '../src/search/story-index.js';
import { isMain } from './is-main.js';
import { medianOf, summarize, timeMs, type Summary } from './stats.js';

/** The bundled corpus the bench answers from. */
export const BENCH_CORPUS = 'corpus';

/** Phrasings beyond the public questions, so every intent gets a spread of inputs. */
const MORE_QUESTIONS = [
  'who said they fled like olympic sprinters',
  'Who said "showing its back"?',
  'which official said the Russians are in trouble',
  'What did Zelensky say?',
  'what did Zelenskiy say about the army',
  'What did Olena Matvienko say?',
  'Who quoted Justin Bronk?',
  'Which outlets quoted Zelensky?',
  'Who did Matvienko talk to?',
  'Who is Petro Kuzyk?',
  'who is Justin Bronk',
  'Who wrote the Sun article?',
  'Who wrote the Daily Star story?',
  'What outlets covered this?',
  'How many soldiers did Russia lose?',
  'Which outlet said 20,000 square kilometres?',
  'What did the Daily Star report?',
  'Compare the territory figures',
  'How many tanks were abandoned?',
  'Tell me about Izyum',
  'bicycles',
  'What happened in Balakliia?',
  'help',
  'What can you do?',
  'Who won the world cup?',
];

function publicQuestions(file: string): string[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => String((JSON.parse(l) as { q: unknown }).q ?? ''));
  } catch {
    return [];
  }
}

/**
 * Every bench question: the public set beside the project (../shared/eval, or STORY_QUESTIONS), then
 * MORE_QUESTIONS; without the public file, MORE_QUESTIONS alone.
 */
export function benchQuestions(): string[] {
  return [...publicQuestions(process.env.STORY_QUESTIONS ?? '../shared/eval/questions.jsonl'), ...MORE_QUESTIONS];
}

export interface CoreOptions {
  corpusDir: string;
  questions: string[];
  /** Rounds over every question after warm-up (each round asks each question once). */
  rounds: number;
  /** Stop adding rounds after this long, so big corpora stay inside the run's time budget. */
  budgetMs: number;
  /** Repetitions of the index build and reload (medians). */
  indexRuns: number;
}

interface IntentRow {
  intent: string;
  questions: number;
  answer: Summary;
  raw: Summary;
}

export interface CoreResult {
  passages: number;
  quotes: number;
  articles: number;
  readMs: number;
  extractMs: number;
  coldIndexMs: number;
  indexBuildMs: number;
  indexLoadMs: number;
  serializedBytes: number;
  rawIndexBuildMs: number;
  rounds: number;
  all: { answer: Summary; raw: Summary };
  intents: IntentRow[];
  heapBytes: number;
  rssBytes: number;
}

// Heap figures mean little without a collection first; expose gc without asking the caller for a node flag.
function collect(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
}

/** A plain Lunr index over the same passage texts, as a library user would build it (default pipeline). */
function rawIndex(passages: readonly { id: string; text: string }[]): lunr.Index {
  return lunr(function () {
    this.ref('id');
    this.field('text');
    for (const p of passages) this.add({ id: p.id, text: p.text });
  });
}

// The question's words as term clauses: Lunr's query parser would throw on user punctuation like ~^:*+-.
function rawQuery(index: lunr.Index, question: string): number {
  const tokens = lunr.tokenizer(question);
  if (!tokens.length) return 0;
  return index.query((q) => {
    for (const t of tokens) q.term(t.toString(), {});
  }).length;
}

export function benchCore(options: CoreOptions): CoreResult {
  collect();
  const bot = StoryBot.open({ corpusDir: options.corpusDir, cacheDir: false });
  const { story } = bot;
  const indexBuildMs = medianOf(options.indexRuns, () => buildIndexes(story));
  const serialized = JSON.stringify(serializeIndexes(buildIndexes(story)));
  // What a warm start does: parse the cached JSON and hand it to lunr.Index.load.
  const indexLoadMs = medianOf(options.indexRuns, () => loadIndexes(JSON.parse(serialized) as { passages: object; quotes: object }));
  let raw!: lunr.Index;
  const rawIndexBuildMs = timeMs(() => (raw = rawIndex(story.passages)));

  const questions = options.questions.map((q) => ({ q, intent: bot.understand(q).query.intent }));
  // Warm-up: let V8 optimise both paths before anything is recorded.
  for (let i = 0; i < 3; i++)
    for (const { q } of questions) {
      bot.ask(q);
      rawQuery(raw, q);
    }
  const answerTimes = new Map<string, number[]>();
  const rawTimes = new Map<string, number[]>();
  const started = performance.now();
  let rounds = 0;
  // Interleave answer and raw query per question, so both see the same machine noise.
  while (rounds < options.rounds && (rounds < 3 || performance.now() - started < options.budgetMs)) {
    for (const { q, intent } of questions) {
      let t = performance.now();
      bot.ask(q);
      const a = performance.now() - t;
      t = performance.now();
      rawQuery(raw, q);
      const r = performance.now() - t;
      (answerTimes.get(intent) ?? answerTimes.set(intent, []).get(intent)!).push(a);
      (rawTimes.get(intent) ?? rawTimes.set(intent, []).get(intent)!).push(r);
    }
    rounds += 1;
  }
  const intents = [...answerTimes.keys()].sort().map((intent) => ({
    intent,
    questions: questions.filter((q) => q.intent === intent).length,
    answer: summarize(answerTimes.get(intent)!),
    raw: summarize(rawTimes.get(intent)!),
  }));
  collect();
  const mem = process.memoryUsage();
  const result: CoreResult = {
    passages: story.passages.length,
    quotes: story.quotes.length,
    articles: story.articles.length,
    readMs: bot.timings.readMs,
    extractMs: bot.timings.extractMs,
    coldIndexMs: bot.timings.indexMs,
    indexBuildMs,
    indexLoadMs,
    serializedBytes: Buffer.byteLength(serialized),
    rawIndexBuildMs,
    rounds,
    all: { answer: summarize([...answerTimes.values()].flat()), raw: summarize([...rawTimes.values()].flat()) },
    intents,
    heapBytes: mem.heapUsed,
    rssBytes: mem.rss,
  };
  return result;
}

// Child mode: `tsx bench/core.ts <options JSON>` prints one CoreResult, so each corpus size gets a fresh
// process (honest RSS) and can be stopped when it overruns its time limit.
if (isMain(import.meta.url) && process.argv[2]) {
  const result = benchCore(JSON.parse(process.argv[2]) as CoreOptions);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
