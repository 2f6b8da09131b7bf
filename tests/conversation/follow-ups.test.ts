// The follow-up table: after an answer, how the next question is read, over the bundled story and the flood
// fixture (a story the rules were not written against). Each row is a conversation so far, a question, how it is
// read (null: it stands on its own and context is ignored), and what the answer must then show.
import { describe, expect, it } from 'vitest';
import { Conversations, followUp, FOLLOW_UP_RULES, MemoryStore, StoryBot, type Focus } from '../../src/index.js';

const STORY = 'corpus';
const FLOOD = 'tests/fixtures/flood';
const bots = new Map<string, StoryBot>();
const botFor = (dir: string) => bots.get(dir) ?? bots.set(dir, StoryBot.open({ corpusDir: dir })).get(dir)!;

type Row = [corpus: string, before: string[], asked: string, readAs: string | null, shows: string];

const TABLE: Row[] = [
  // A person, then a pronoun.
  [STORY, ['What did Zelenskyy say?'], 'what else did he say?', 'what did Volodymyr Zelenskyy say?', 'Taking “he” to be Volodymyr Zelenskyy. Volodymyr Zelenskyy (President)'],
  [STORY, ['What did Zelenskyy say?'], 'who is he?', 'who is Volodymyr Zelenskyy?', 'Ukrainian President'],
  [STORY, ['What did Zelenskyy say?'], 'which outlets quoted him?', 'which outlets quoted Volodymyr Zelenskyy?', 'Taking “him” to be Volodymyr Zelenskyy. 3 outlets quoted Volodymyr Zelenskyy'],
  [STORY, ['What did Zelenskyy say?'], 'what is his role?', 'Who is Volodymyr Zelenskyy?', 'Taking “his” to be Volodymyr Zelenskyy'],
  [STORY, ['What did Zelenskyy say?'], 'anything else?', 'What did Volodymyr Zelenskyy say?', 'More on Volodymyr Zelenskyy'],
  [STORY, ['who said they fled like Olympic sprinters?'], 'who did he speak to?', 'who did Petro Kuzyk speak to?', 'Petro Kuzyk spoke to Financial Times'],
  [STORY, ['who said they fled like Olympic sprinters?'], 'what else did he say?', 'what did Petro Kuzyk say?', 'Taking “he” to be Petro Kuzyk'],
  [STORY, ['who is Petro Kuzyk?'], 'which newspaper did he speak to?', 'which newspaper did Petro Kuzyk speak to?', 'Financial Times'],
  [STORY, ['Which newspaper did Olena Matvienko speak to?'], 'what did she say?', 'what did Olena Matvienko say?', 'Taking “she” to be Olena Matvienko'],
  [STORY, ['Which newspaper did Olena Matvienko speak to?'], 'which outlets quoted her?', 'which outlets quoted Olena Matvienko?', 'outlets quoted Olena Matvienko'],
  [STORY, ['Which newspaper did Olena Matvienko speak to?'], 'who is she?', 'who is Olena Matvienko?', 'local resident'],
  // Another person or outlet, in two words.
  [STORY, ['What did Zelenskyy say?'], 'and Kuzyk?', 'What did Kuzyk say?', 'Reading “and Kuzyk?” as “What did Kuzyk say?”. Petro Kuzyk'],
  [STORY, ['Which outlets quoted Petro Kuzyk?'], 'and Zelenskyy?', 'Which outlets quoted Zelenskyy?', '3 outlets quoted Volodymyr Zelenskyy'],
  [STORY, ['What figures did BeyondNews report?'], 'and The Sun?', 'What figures did The Sun report?', 'The Sun reports'],
  [STORY, ['What figures did BeyondNews report?'], 'what about the Daily Star?', 'What figures did Daily Star report?', 'Daily Star reports'],
  [STORY, ['What figures did BeyondNews report?'], 'what else?', 'What figures did BeyondNews report?', 'More on BeyondNews'],
  [STORY, ['How much territory was retaken?'], 'and The Sun?', 'What figures did The Sun report on territory retaken?', 'The Sun reports 2 figures on territory retaken'],
  [STORY, ['Do the outlets agree on how much land was retaken?'], 'and Insider?', 'What figures did Insider report on territory retaken?', 'Insider reports'],
  [STORY, ['who wrote the Insider article?'], 'and The Sun?', 'who wrote The Sun article?', "The Sun's article"],
  // A quote.
  [STORY, ['who said they fled like Olympic sprinters?'], 'which paper was that in?', 'Which outlets carried “they fled like Olympic sprinters”?', '4 outlets quoted'],
  [STORY, ['who said they fled like Olympic sprinters?'], 'which outlets carried that quote?', 'which outlets carried “they fled like Olympic sprinters”?', 'Taking “that quote” to be “they fled like Olympic sprinters”'],
  [STORY, ['who said they fled like Olympic sprinters?'], 'who else carried those words?', 'who carried “they fled like Olympic sprinters”?', '4 outlets quoted'],
  [STORY, ['Which outlets carried "like Olympic sprinters"?'], 'who said it?', 'who said “like Olympic sprinters”?', 'Petro Kuzyk'],
  // A figure.
  [STORY, ['How much territory was retaken?'], 'do the outlets agree on that figure?', 'do the outlets agree on territory retaken?', 'They do not agree'],
  [STORY, ['Which outlet reported 13,500 units of equipment lost?'], 'who else reported the same figure?', 'who reported 13,500 units of military equipment?', 'BeyondNews reported 13,500'],
  [STORY, ['Which outlet reported 13,500 units of equipment lost?'], 'where was that reported?', 'Which outlet reported 13,500 units of military equipment?', 'BeyondNews'],
  [STORY, ['Which outlet reported 13,500 units of equipment lost?'], 'who reported it?', 'Which outlet reported 13,500 units of military equipment?', 'BeyondNews'],
  // Longer conversations: the focus moves with the answers.
  [STORY, ['What did Zelenskyy say?', 'who is he?'], 'which outlets quoted him?', 'which outlets quoted Volodymyr Zelenskyy?', 'Insider, The Sun'],
  [STORY, ['What figures did BeyondNews report?', 'and The Sun?'], 'what about Insider?', 'What figures did Insider report?', 'Insider reports'],
  [STORY, ['What did Zelenskyy say?', 'and Kuzyk?'], 'who did he speak to?', 'who did Petro Kuzyk speak to?', 'Financial Times'],
  [STORY, ['What did Zelenskyy say?'], 'what else did Kuzyk say?', 'what did Kuzyk say?', 'Petro Kuzyk (a commander'],
  // A pronoun of the other sex than the latest person's reaches back to the one asked about before.
  [STORY, ['What did Olena Matvienko say?', 'What did Kuzyk say?'], 'what else did she say?', 'what did Olena Matvienko say?', 'Taking “she” to be Olena Matvienko, not Petro Kuzyk (a man in the story)'],
  [FLOOD, ['What did Linda Okafor say?'], 'which other outlets quoted Greta Holm?', 'which outlets quoted Greta Holm?', '3 outlets quoted Greta Holm'],
  // Questions that stand on their own ignore the context.
  [STORY, ['What did Zelenskyy say?'], 'which outlets are in the story?', null, '5 outlets in the story'],
  [STORY, ['What did Zelenskyy say?'], 'who said they fled like Olympic sprinters?', null, 'Petro Kuzyk'],
  [STORY, ['What did Zelenskyy say?'], 'Who said “they fled like Olympic sprinters”?', null, 'Petro Kuzyk'],
  [STORY, ['What did Zelenskyy say?'], 'what did Kuzyk say about his troops?', null, 'Petro Kuzyk'],
  [STORY, ['What did Zelenskyy say?'], 'how far is it from Izyum to Kharkiv?', null, '140 kilometers'],
  [STORY, ['What did Zelenskyy say?'], 'how did they escape?', null, ''],
  [STORY, ['What did Zelenskyy say?'], 'what did they say?', 'what did Volodymyr Zelenskyy say?', 'Taking “they” to be Volodymyr Zelenskyy'],
  [STORY, ['What did Zelenskyy say?'], 'who said he would return?', null, ''],
  [STORY, ['What did Zelenskyy say?'], 'What is the capital of France?', null, "The story doesn't say anything about that"],
  [STORY, ['help'], 'who is he?', null, ''],
  [STORY, ['What is the capital of France?'], 'who is he?', null, ''],
  [STORY, ['What did Zelenskyy say?'], '__proto__', null, ''],
  [STORY, ['What did Zelenskyy say?'], 'and constructor?', null, ''],
  // The flood story.
  [FLOOD, ['What did Linda Okafor say?'], 'what else did she say?', 'what did Linda Okafor say?', 'Linda Okafor (Mayor)'],
  [FLOOD, ['What did Linda Okafor say?'], 'who is she?', 'who is Linda Okafor?', 'Mayor'],
  [FLOOD, ['What did Linda Okafor say?'], 'and Greta Holm?', 'What did Greta Holm say?', 'Greta Holm (a 71-year-old resident of Kessingley)'],
  [FLOOD, ['Who said climbed into the attic?'], 'how old is she?', 'how old is Greta Holm?', 'Greta Holm, 71'],
  [FLOOD, ['Who said climbed into the attic?'], 'which paper was that in?', 'Which outlets carried “climbed into the attic”?', '3 outlets quoted'],
  [FLOOD, ['Who said climbed into the attic?', 'how old is she?'], 'what is her role?', 'Who is Greta Holm?', 'resident of Kessingley'],
  [FLOOD, ['What figures did the Riverside Gazette report?'], 'and the Valley Courier?', 'What figures did the Valley Courier report?', 'Valley Courier reports'],
  [FLOOD, ['What figures did the Riverside Gazette report?'], 'what about The Northern Ledger?', 'What figures did The Northern Ledger report?', 'The Northern Ledger reports'],
  [FLOOD, ['How many people died?'], 'and the Valley Courier?', 'What figures did Valley Courier report on people killed?', 'Valley Courier reports'],
  [FLOOD, ['What did Tomas Reyes say?'], 'which outlets quoted him?', 'which outlets quoted Tomas Reyes?', '3 outlets quoted Tomas Reyes'],
  [FLOOD, ['What did Tomas Reyes say?'], 'who did he speak to?', 'who did Tomas Reyes speak to?', "The outlets don't say whom Tomas Reyes spoke to"],
  [FLOOD, ['Which outlets quoted Greta Holm?'], 'who said it?', 'who said “I grabbed my cat and the photo albums and climbed into the attic.”?', 'Greta Holm'],
  [FLOOD, ['What did Linda Okafor say?'], 'what did Greta Holm say?', null, 'Greta Holm'],
  [FLOOD, ['What did Tomas Reyes say?'], 'how many people were evacuated?', null, '1,200 residents'],
];

/** Plays the conversation so far, each answer's focus carried to the next question, as a chat would. */
function play(corpus: string, before: string[]): Focus | undefined {
  const bot = botFor(corpus);
  let focus: Focus | undefined;
  for (const q of before) focus = bot.ask(q, { context: focus }).focus ?? focus;
  return focus;
}

describe('Follow-up questions', () => {
  it('the table has at least 40 exchanges over both stories', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    expect(TABLE.filter((r) => r[0] === FLOOD).length).toBeGreaterThanOrEqual(10);
    expect(TABLE.filter((r) => r[3] === null).length).toBeGreaterThanOrEqual(10);
  });

  it.each(TABLE)('%s: after %j, “%s” is read as %j', (corpus, before, asked, readAs, shows) => {
    const bot = botFor(corpus);
    const answer = bot.ask(asked, { context: play(corpus, before) });
    expect(answer.question).toBe(asked);
    if (readAs === null) {
      expect(answer.followUp).toBeUndefined();
      // Standing alone, it is answered exactly as it would be with no conversation at all.
      const { focus: _a, ...alone } = bot.ask(asked);
      const { focus: _b, ...withContext } = answer;
      expect(withContext).toEqual(alone);
    } else {
      expect(answer.followUp?.readAs).toBe(readAs);
      expect(answer.summary.startsWith(answer.followUp!.note)).toBe(true);
    }
    expect(answer.summary).toContain(shows);
  });

  it('every rule says why it exists and gives examples', () => {
    for (const rule of FOLLOW_UP_RULES) {
      expect(rule.why.length).toBeGreaterThan(20);
      expect(rule.examples.length).toBeGreaterThan(0);
    }
    // And every rule is exercised by the table.
    const used = new Set(
      TABLE.filter((r) => r[3] !== null).map(([corpus, before, asked]) => botFor(corpus).ask(asked, { context: play(corpus, before) }).followUp?.rule),
    );
    for (const rule of FOLLOW_UP_RULES) expect(used).toContain(rule.name);
  });

  it('reads nothing into a question when there is no context', () => {
    const bot = botFor(STORY);
    expect(followUp('what else did he say?', undefined, bot.names)).toBeUndefined();
    expect(bot.ask('what else did he say?').followUp).toBeUndefined();
  });

  it('never throws on odd input or odd context', () => {
    const bot = botFor(STORY);
    const focus = play(STORY, ['What did Zelenskyy say?']);
    const odd: Focus = { question: '(((', intent: 'what_said', person: '$& \\ [', outlet: ')', quote: '*', topic: '?' };
    for (const q of ['', ' ', 'and ?', 'and the the the?', 'he'.repeat(500), 'who is he? '.repeat(40), '\u0000he', 'и он?', 'what did he~2 say^3?', 'and +Insider -sun?'])
      for (const context of [focus, odd]) expect(() => bot.ask(q, { context })).not.toThrow();
  });
});

describe('Conversations', () => {
  const bot = () => botFor(STORY);

  it('remember each key’s last found answer, and keep it through an answer about nothing', async () => {
    const c = new Conversations(bot(), new MemoryStore());
    await c.ask('a', 'What did Zelenskyy say?');
    await c.ask('b', 'Which newspaper did Olena Matvienko speak to?');
    await c.ask('a', 'What is the capital of France?');
    expect((await c.ask('a', 'who is he?')).followUp?.readAs).toBe('who is Volodymyr Zelenskyy?');
    expect((await c.ask('b', 'who is she?')).followUp?.readAs).toBe('who is Olena Matvienko?');
  });

  it('forget a conversation once its time to live has passed', async () => {
    let now = 0;
    const c = new Conversations(bot(), new MemoryStore({ now: () => now }), { ttlMs: 30 * 60_000 });
    await c.ask('t', 'What did Zelenskyy say?');
    now += 29 * 60_000;
    expect((await c.ask('t', 'who is he?')).followUp).toBeDefined();
    // The follow-up was answered, so the clock started again; 31 quiet minutes later it is forgotten.
    now += 31 * 60_000;
    expect((await c.ask('t', 'who is he?')).followUp).toBeUndefined();
  });

  it('keep at most the store’s capacity of conversations in memory', async () => {
    const c = new Conversations(bot(), new MemoryStore({ values: 3 }));
    for (const key of ['k1', 'k2', 'k3', 'k4']) await c.ask(key, 'What did Zelenskyy say?');
    expect(await c.focus('k1')).toBeUndefined();
    expect((await c.focus('k4'))?.person).toBe('Volodymyr Zelenskyy');
  });

  it('ignore a stored value that is not a focus', async () => {
    const store = new MemoryStore();
    const c = new Conversations(bot(), store);
    for (const junk of ['not json', '{"question":1}', '[]', 'null', '{"__proto__":{"x":1},"question":"q","intent":"i"}', 'x'.repeat(10_000)]) {
      await store.set('conversation:j', junk, 60_000);
      await expect(c.ask('j', 'who is he?')).resolves.toMatchObject({ question: 'who is he?' });
    }
  });

  it('let a slash command’s answer be the context of the next question', async () => {
    const c = new Conversations(bot(), new MemoryStore());
    await c.answer('cmd', { intent: 'who_said', quote: 'like Olympic sprinters' }, 'whosaid like Olympic sprinters');
    expect((await c.ask('cmd', 'who did he speak to?')).summary).toContain('Petro Kuzyk spoke to Financial Times');
  });
});
