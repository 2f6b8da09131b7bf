// Follow-up cost: the same questions answered with the previous answer's focus and without it, and through a
// Conversation (store read, rewrite, answer, store write) in memory. In-process, interleaved, after a warm-up.
//
// Steadiness: a p99 over one short run on this shared 2-core machine moved between 0.63 and 1.10 ms from one bench
// run to the next with the code unchanged (raw Lunr, which no commit touched, moved with it), because the 1% tail
// is where other processes' time slices and GC pauses land. So the rounds are many (a p99 over tens of thousands of
// samples, not a few thousand), the warm-up is longer, and they are run in blocks whose own p99s are reported as a
// spread: the figure judged is still the p99 of every sample pooled, the spread says how much of it is the machine.
import { Conversations, followUp, MemoryStore, StoryBot, type Focus } from '../src/index.js';
import { BENCH_CORPUS } from './core.js';
import { isMain } from './is-main.js';
import { ms, percentile, summarize, type Summary } from './stats.js';

/** Conversations the bench replays: a question that sets a focus, then follow-ups leaning on it. */
const CONVERSATIONS: [string, string[]][] = [
  ['What did Zelenskyy say?', ['what else did he say?', 'who is he?', 'which outlets quoted him?', 'and Kuzyk?']],
  ['who said they fled like Olympic sprinters?', ['who did he speak to?', 'which paper was that in?', 'which outlets carried that quote?']],
  ['What figures did BeyondNews report?', ['and The Sun?', 'what about the Daily Star?', 'what else?']],
  ['How much territory was retaken?', ['and The Sun?', 'do the outlets agree on that figure?']],
  ['Which outlet reported 13,500 units of equipment lost?', ['who else reported the same figure?', 'where was that reported?']],
  ['Which newspaper did Olena Matvienko speak to?', ['what did she say?', 'which outlets quoted her?']],
];

/** A row's pooled summary, and the p99 of each block on its own (lowest, median, highest). */
export interface BlockedSummary extends Summary {
  blockP99: { min: number; median: number; max: number };
}

export interface FollowUpResult {
  questions: number;
  /** Counted rounds in all (each round asks every follow-up once), after `warmup` rounds not counted. */
  rounds: number;
  warmup: number;
  /** The counted rounds fall into this many equal blocks, each summarised on its own for the spread. */
  blocks: number;
  /** The follow-up asked on its own (no context). */
  without: BlockedSummary;
  /** The follow-up asked with the focus of the answer before it. */
  withContext: BlockedSummary;
  /** The question it was read as, asked directly: what answering costs without the follow-up layer. */
  rewritten: BlockedSummary;
  /** Reading the follow-up alone (the rules, no answering): what the layer adds. */
  rules: BlockedSummary;
  /** Through a Conversation over the memory store: read focus, answer, write focus. */
  conversation: BlockedSummary;
  /** How many follow-ups were read with the context (all, if the rules work). */
  readAsFollowUps: number;
}

export interface FollowUpPlan {
  /** Counted rounds in all. */
  rounds: number;
  /** Rounds run first and not counted (JIT, caches, the heap after the sections before). */
  warmup: number;
  /** Blocks the counted rounds are split into (at least 1). */
  blocks: number;
}

function blocked(samples: number[][]): BlockedSummary {
  const p99s = samples.filter((b) => b.length).map((b) => percentile(b, 99));
  return { ...summarize(samples.flat()), blockP99: { min: Math.min(...p99s), median: percentile(p99s, 50), max: Math.max(...p99s) } };
}

export async function benchFollowUps(bot: StoryBot, plan: FollowUpPlan): Promise<FollowUpResult> {
  const blocks = Math.max(1, Math.min(plan.blocks, plan.rounds));
  const cases: { focus: Focus; opener: string; question: string; readAs: string }[] = [];
  for (const [opener, followUps] of CONVERSATIONS) {
    const focus = bot.ask(opener).focus;
    if (focus) for (const question of followUps) cases.push({ focus, opener, question, readAs: bot.ask(question, { context: focus }).followUp?.readAs ?? question });
  }
  const conversation = new Conversations(bot, new MemoryStore());
  const rows = () => Array.from({ length: blocks }, () => [] as number[]);
  const without = rows();
  const withContext = rows();
  const rewritten = rows();
  const rules = rows();
  const viaConversation = rows();
  let readAs = 0;
  for (let r = -plan.warmup; r < plan.rounds; r++) {
    const block = Math.floor((Math.max(0, r) * blocks) / plan.rounds);
    for (const [i, c] of cases.entries()) {
      const t0 = performance.now();
      bot.ask(c.question);
      const t1 = performance.now();
      const answer = bot.ask(c.question, { context: c.focus });
      const t2 = performance.now();
      followUp(c.question, c.focus, bot.names);
      const t2a = performance.now();
      bot.ask(c.readAs);
      const t2b = performance.now();
      const rewriteMs = t2a - t2;
      const directMs = t2b - t2a;
      const key = `bench-${i}`;
      await conversation.ask(key, c.opener);
      const t3 = performance.now();
      await conversation.ask(key, c.question);
      const t4 = performance.now();
      if (r < 0) continue;
      without[block].push(t1 - t0);
      withContext[block].push(t2 - t1);
      rewritten[block].push(directMs);
      rules[block].push(rewriteMs);
      viaConversation[block].push(t4 - t3);
      if (r === 0 && answer.followUp) readAs += 1;
    }
  }
  return {
    questions: cases.length,
    rounds: plan.rounds,
    warmup: plan.warmup,
    blocks,
    without: blocked(without),
    withContext: blocked(withContext),
    rewritten: blocked(rewritten),
    rules: blocked(rules),
    conversation: blocked(viaConversation),
    readAsFollowUps: readAs,
  };
}

// `npx tsx bench/follow-ups.ts [rounds] [warm-up] [blocks]`: this section alone, on the bundled corpus, to repeat it
// without the hour-long whole run (defaults as in `npm run bench`).
if (isMain(import.meta.url)) {
  const [rounds = 1_500, warmup = 30, blocks = 5] = process.argv.slice(2).map(Number);
  const r = await benchFollowUps(StoryBot.open({ corpusDir: BENCH_CORPUS }), { rounds, warmup, blocks });
  const row = (how: string, s: BlockedSummary) =>
    `${how.padEnd(14)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  max ${ms(s.max)}  p99 per block ${ms(s.blockP99.min)}–${ms(s.blockP99.median)}–${ms(s.blockP99.max)}`;
  console.log(`${r.questions} follow-ups × ${rounds} rounds (${warmup} warm-up, ${r.blocks} blocks)`);
  for (const [how, s] of [['alone', r.without], ['with context', r.withContext], ['read as', r.rewritten], ['rules only', r.rules], ['conversation', r.conversation]] as const) console.log(row(how, s));
  process.exit(0);
}
