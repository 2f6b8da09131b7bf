// `npx tsx bench/fuzz.ts [count]` (and section 6 of `npm run bench`): hostile and odd input through every way a
// person reaches the core — a question (`ask`), each slash command's first option, and autocomplete — counting
// what must never happen: a throw, the apology (an answerer failed inside), an answer too long for Discord or
// Slack, and half an emoji (a lone surrogate) in what comes back. All four must be 0.
import { embedLimitViolations } from '../adapters/discord/embed-limits.js';
import { renderAnswer as renderDiscord } from '../adapters/discord/render.js';
import { renderAnswer as renderSlack, SLACK_LIMITS, type SlackMessage } from '../adapters/slack/render.js';
import { commands, readOptions } from '../commands/index.js';
import { StoryBot, type Answer, type CompletionKind } from '../src/index.js';
import { isMain } from './is-main.js';

/** What the apology reads like; an answer holding it means an answerer threw and was caught. */
export const APOLOGY = /Sorry, something went wrong/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface FuzzInput {
  category: string;
  text: string;
}

/** A small seeded generator (mulberry32), so a failing input can be produced again from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROTOTYPE_WORDS = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__', 'then', 'length'];
const LUNR_SYNTAX = ['title:x', 'text:kuzyk', '*', 'sprint*', '*ers', 'kuzyk~1', 'kuzyk~2', 'olympic^10', '+olympic', '-sprinters', '+', '-', '~', '^', ':', '"', '“', '”', '\\', '(', ')', '[', ']', '{', '}', 'a:b:c', '^^^', '~~', '+-+-', 'field:', ':term', '*:*'];
const WORDS = ['who', 'said', 'what', 'did', 'say', 'which', 'outlet', 'reported', 'quoted', 'figures', 'on', 'the', 'agree', 'territory', 'Kuzyk', 'Zelensky', 'Olympic', 'sprinters', 'bicycles', '13,500', 'km²', 'square miles', 'Financial Times', 'Insider', 'is', 'of', '?'];
const SCRIPTS = ['Київ', 'Харків', 'Зеленський', 'سلام', 'عالم', '北京', '奥运会短跑运动员', 'こんにちは', '한국어', 'हिन्दी', 'עברית', 'ελληνικά', 'ქართული', 'ไทย', 'Ελλάδα', 'Ærøskøbing', 'ﬁ', 'Ⅻ', '١٢٣', '𝕳𝖊𝖑𝖑𝖔'];
const EMOJI = ['🙂', '👍🏽', '🇺🇦', '👨‍👩‍👧', '🏳️‍🌈', 'e\u0301', '\u0301', '🧑🏿‍🚀', '❤️', '1️⃣', '\uD83D', '\uDE00', '\uDE00\uD83D'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\u000b', '\f', '\u001b[31m', '\u007f', '\u0085', '\u200b', '\u200d', '\u200e', '\u202e', '\u2028', '\u2029', '\ufeff', '\ufffd', '\uffff'];
const TEMPLATES = ['Who said {x}?', 'What did {x} say?', 'Which outlets quoted {x}?', 'Who is {x}?', 'Which outlet reported {x}?', 'What figures did {x} report?', 'Do the outlets agree on {x}?', 'Who wrote the {x} article?', 'Which newspaper did {x} speak to?', '{x}', '{x} {x}', '"{x}"'];

/** `count` inputs, spread evenly over the categories, the same for the same seed. */
export function fuzzInputs(count: number, seed = 12): FuzzInput[] {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)];
  const some = (list: readonly string[], max: number, sep = ' ') => Array.from({ length: 1 + Math.floor(r() * max) }, () => pick(list)).join(sep);
  const templated = (x: string) => pick(TEMPLATES).replaceAll('{x}', x);
  const codeUnits = (n: number) => String.fromCharCode(...Array.from({ length: n }, () => Math.floor(r() * 0x10000)));
  const generators: [string, () => string][] = [
    ['prototype words', () => templated(some([...PROTOTYPE_WORDS, ...WORDS], 4))],
    ['Lunr syntax', () => (r() < 0.5 ? templated(some([...LUNR_SYNTAX, ...WORDS], 5)) : some(LUNR_SYNTAX, 8, r() < 0.5 ? ' ' : ''))],
    ['emoji and marks', () => templated(some([...EMOJI, ...WORDS], 6, r() < 0.5 ? '' : ' ')) + pick(EMOJI).repeat(Math.floor(r() * 120))],
    ['other scripts', () => templated(some([...SCRIPTS, ...WORDS], 5))],
    ['control characters', () => templated(some([...CONTROL, ...WORDS], 6, ''))],
    ['random code units', () => codeUnits(1 + Math.floor(r() * 300))],
    ['huge', () => templated(some([...WORDS, ...PROTOTYPE_WORDS, ...EMOJI, ...SCRIPTS], 10)).repeat(200 + Math.floor(r() * 3000))],
    ['empty and blank', () => pick(['', ' ', '\n', '\t \t', '?', '??', '...', '""', '“”', '-', '0'])],
  ];
  return Array.from({ length: count }, (_, i) => {
    const [category, make] = generators[i % generators.length];
    return { category, text: make() };
  });
}

export interface FuzzRow {
  category: string;
  inputs: number;
  throws: number;
  apologies: number;
  overLong: number;
  brokenText: number;
  maxMs: number;
}

export interface FuzzResult {
  rows: FuzzRow[];
  total: FuzzRow;
  /** The first input of each kind of failure, for a report or a failing test to show. */
  examples: { kind: string; category: string; text: string; detail: string }[];
}

const KINDS: CompletionKind[] = ['quote', 'person', 'outlet', 'topic'];

/** Runs every input through ask, one slash command (in turn) and one autocomplete kind (in turn). */
export function runFuzz(bot: StoryBot, inputs: readonly FuzzInput[]): FuzzResult {
  const rows = new Map<string, FuzzRow>();
  const examples: FuzzResult['examples'] = [];
  const note = (row: FuzzRow, kind: 'throws' | 'apologies' | 'overLong' | 'brokenText', input: FuzzInput, detail: string) => {
    row[kind] += 1;
    if (!examples.some((e) => e.kind === kind)) examples.push({ kind, category: input.category, text: input.text.slice(0, 200), detail });
  };
  inputs.forEach((input, i) => {
    const row = rows.get(input.category) ?? { category: input.category, inputs: 0, throws: 0, apologies: 0, overLong: 0, brokenText: 0, maxMs: 0 };
    rows.set(input.category, row);
    row.inputs += 1;
    const started = performance.now();
    const wholeInput = !LONE_SURROGATE.test(input.text);
    try {
      const command = commands[i % commands.length];
      const values = readOptions(command, (o) => (o === command.options[0] ? input.text : undefined));
      const answers: [string, Answer][] = [
        ['ask', bot.ask(input.text)],
        [`/${command.name}`, bot.answer(command.toQuery(values), `${command.name} ${input.text}`)],
      ];
      for (const [how, a] of answers) {
        if (APOLOGY.test(a.answer)) note(row, 'apologies', input, how);
        const problem = tooLong(a);
        if (problem) note(row, 'overLong', input, `${how}: ${problem}`);
        // Half an emoji the bot made by cutting: input that holds broken characters of its own may see them echoed.
        if (wholeInput && hasLoneSurrogate({ ...a, question: '' })) note(row, 'brokenText', input, how);
      }
      for (const c of bot.complete(KINDS[i % KINDS.length], input.text)) {
        if (c.name.length > 100 || c.value.length > 100) note(row, 'overLong', input, `autocomplete: ${c.name.length} characters`);
        if (wholeInput && hasLoneSurrogate(c)) note(row, 'brokenText', input, 'autocomplete');
      }
    } catch (err) {
      note(row, 'throws', input, err instanceof Error ? err.message : String(err));
    }
    row.maxMs = Math.max(row.maxMs, performance.now() - started);
  });
  const list = [...rows.values()];
  const sum = (k: keyof Omit<FuzzRow, 'category' | 'maxMs'>) => list.reduce((n, r) => n + r[k], 0);
  const total: FuzzRow = { category: '**all**', inputs: sum('inputs'), throws: sum('throws'), apologies: sum('apologies'), overLong: sum('overLong'), brokenText: sum('brokenText'), maxMs: Math.max(...list.map((r) => r.maxMs)) };
  return { rows: list, total, examples };
}

/** Whether any text in `value` (an Answer, a choice) holds a lone surrogate. */
function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value && typeof value === 'object') return Object.values(value).some(hasLoneSurrogate);
  return false;
}

/** Why an answer would not fit Discord or Slack as rendered, or undefined when it fits. */
function tooLong(a: Answer): string | undefined {
  const discord = renderDiscord(a);
  for (const embed of discord.embeds ?? []) {
    const violations = embedLimitViolations(embed);
    if (violations.length) return `Discord: ${violations.join('; ')}`;
  }
  if ((discord.content ?? '').length > 2000) return `Discord content ${discord.content!.length} characters`;
  const slack: SlackMessage = renderSlack(a);
  if (slack.text.length > SLACK_LIMITS.textChars) return `Slack text ${slack.text.length} characters`;
  const blocks = slack.blocks as { text?: { text: string }; elements?: { text?: string }[] }[];
  if (blocks.length > SLACK_LIMITS.blocks) return `Slack ${blocks.length} blocks`;
  for (const b of blocks) {
    if ((b.text?.text.length ?? 0) > SLACK_LIMITS.sectionChars) return `Slack section ${b.text!.text.length} characters`;
    if ((b.elements?.length ?? 0) > SLACK_LIMITS.contextElements) return `Slack context of ${b.elements!.length} elements`;
  }
  return undefined;
}

/** The report's section: one row per category and the total. */
export function renderFuzz(result: FuzzResult): string[] {
  const out = ['| inputs | count | throws | apologies | over-long | half an emoji | slowest ms |', '|---|---|---|---|---|---|---|'];
  for (const r of [...result.rows, result.total])
    out.push(`| ${r.category} | ${r.inputs.toLocaleString('en-US')} | ${r.throws} | ${r.apologies} | ${r.overLong} | ${r.brokenText} | ${r.maxMs.toFixed(1)} |`);
  const t = result.total;
  const clean = t.throws + t.apologies + t.overLong + t.brokenText === 0;
  out.push('', `Target: 0 throws, 0 apologies, 0 over-long answers, 0 broken characters — ${clean ? 'met' : '**missed**'}.`);
  for (const e of result.examples) out.push(`- first ${e.kind}: [${e.category}] ${JSON.stringify(e.text)} — ${e.detail}`);
  return out;
}

if (isMain(import.meta.url)) {
  const count = Number(process.argv[2] ?? 10_000);
  const bot = StoryBot.open({ corpusDir: 'corpus' });
  const started = performance.now();
  const result = runFuzz(bot, fuzzInputs(count));
  process.stdout.write(`${renderFuzz(result).join('\n')}\n\n${count} inputs in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const t = result.total;
  process.exit(t.throws + t.apologies + t.overLong + t.brokenText === 0 ? 0 : 1);
}
