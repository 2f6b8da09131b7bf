// Follow-up cost: the same questions answered with the previous answer's focus and without it, and through a
// Conversation (store read, rewrite, answer, store write) in memory. In-process, interleaved, after a warm-up.
import { Conversations, followUp, MemoryStore, type Focus, type StoryBot } from '../src/index.js';
import { summarize, type Summary } from './stats.js';

/** Conversations the bench replays: a question that sets a focus, then follow-ups leaning on it. */
const CONVERSATIONS: [string, string[]][] = [
  ['What did Zelenskyy say?', ['what else did he say?', 'who is he?', 'which outlets quoted him?', 'and Kuzyk?']],
  ['who said they fled like Olympic sprinters?', ['who did he speak to?', 'which paper was that in?', 'which outlets carried that quote?']],
  ['What figures did BeyondNews report?', ['and The Sun?', 'what about the Daily Star?', 'what else?']],
  ['How much territory was retaken?', ['and The Sun?', 'do the outlets agree on that figure?']],
  ['Which outlet reported 13,500 units of equipment lost?', ['who else reported the same figure?', 'where was that reported?']],
  ['Which newspaper did Olena Matvienko speak to?', ['what did she say?', 'which outlets quoted her?']],
];

export interface FollowUpResult {
  questions: number;
  rounds: number;
  /** The follow-up asked on its own (no context). */
  without: Summary;
  /** The follow-up asked with the focus of the answer before it. */
  withContext: Summary;
  /** The question it was read as, asked directly: what answering costs without the follow-up layer. */
  rewritten: Summary;
  /** Reading the follow-up alone (the rules, no answering): what the layer adds. */
  rules: Summary;
  /** Through a Conversation over the memory store: read focus, answer, write focus. */
  conversation: Summary;
  /** How many follow-ups were read with the context (all, if the rules work). */
  readAsFollowUps: number;
}

export async function benchFollowUps(bot: StoryBot, rounds: number): Promise<FollowUpResult> {
  const cases: { focus: Focus; opener: string; question: string; readAs: string }[] = [];
  for (const [opener, followUps] of CONVERSATIONS) {
    const focus = bot.ask(opener).focus;
    if (focus) for (const question of followUps) cases.push({ focus, opener, question, readAs: bot.ask(question, { context: focus }).followUp?.readAs ?? question });
  }
  const conversation = new Conversations(bot, new MemoryStore());
  const without: number[] = [];
  const withContext: number[] = [];
  const rewritten: number[] = [];
  const rules: number[] = [];
  const viaConversation: number[] = [];
  let readAs = 0;
  for (let r = -5; r < rounds; r++) {
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
      without.push(t1 - t0);
      withContext.push(t2 - t1);
      rewritten.push(directMs);
      rules.push(rewriteMs);
      viaConversation.push(t4 - t3);
      if (r === 0 && answer.followUp) readAs += 1;
    }
  }
  return {
    questions: cases.length,
    rounds,
    without: summarize(without),
    withContext: summarize(withContext),
    rewritten: summarize(rewritten),
    rules: summarize(rules),
    conversation: summarize(viaConversation),
    readAsFollowUps: readAs,
  };
}
