// "What else did he say?" after a question about a woman: a follow-up's pronoun means the latest person asked about
// whom the story does not show as of the other sex (a courtesy title, the pronouns the article uses, a given name),
// and when no one the conversation was about fits, the bot says how it read the pronoun and asks whom it means.
// Over an invented story of a ferry strike with a woman and two men quoted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Conversations, MemoryStore, StoryBot, type Focus } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'pronoun-sex-'));
writeFileSync(
  join(dir, 'post.md'),
  [
    '---', 'outlet: Harbour Post', 'headline: Ferry strike halts crossings', '---',
    'Ferry crews walked out on Monday, halting every crossing to the islands.', '',
    // She: only the pronoun the article uses for her shows it.
    '"We have been patient for two years," union leader Sorrel Quennell told reporters. She said the crews would stay out until the night shifts were restored.', '',
    // He: the pronoun again.
    'Operator spokesman Tobin Arkwright said talks would resume on Wednesday. He added that the company had offered a new rota.', '',
    // The title alone: "Mr." and "Mrs.".
    '"Nobody wants the islands cut off," said Mr. Alder Vennick, the harbour master.', '',
    '"The shop has run out of bread," said Mrs. Wren Castellan, who runs the island store.', '',
    // A given name the lexicon knows as a woman's, and nothing else.
    '"The children cannot get to school," said Margaret Olinde, a teacher on the island.', '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

/** Plays a conversation, each answer's focus carried to the next question, and returns the last answer. */
function conversation(...questions: string[]) {
  let focus: Focus | undefined;
  let last = bot.ask(questions[0]);
  focus = last.focus;
  for (const q of questions.slice(1)) {
    last = bot.ask(q, { context: focus });
    focus = last.focus ?? focus;
  }
  return last;
}

describe('the sex the story shows for each speaker', () => {
  it.each([
    ['Sorrel Quennell', 'f'],
    ['Tobin Arkwright', 'm'],
    ['Alder Vennick', 'm'],
    ['Wren Castellan', 'f'],
    ['Margaret Olinde', 'f'],
  ])('%s is read as %s', (name, sex) => {
    expect(bot.names.sex?.(name)).toBe(sex);
  });
});

describe('a pronoun means the latest person of its sex', () => {
  it('"she" after a man reaches back to the woman asked about before him, and says so', () => {
    const a = conversation('What did Sorrel Quennell say?', 'What did Tobin Arkwright say?', 'what else did she say?');
    expect(a.followUp?.readAs).toBe('what did Sorrel Quennell say?');
    expect(a.summary).toMatch(/^Taking “she” to be Sorrel Quennell, not Tobin Arkwright \(a man in the story\)\. Sorrel Quennell/);
  });

  it('"he" after a woman reaches back to the man asked about before her', () => {
    const a = conversation('What did Alder Vennick say?', 'What did Wren Castellan say?', 'what else did he say?');
    expect(a.followUp?.readAs).toBe('what did Alder Vennick say?');
    expect(a.answer).toContain('Nobody wants the islands cut off');
  });

  it('a pronoun that fits the latest person is read as before', () => {
    const a = conversation('What did Sorrel Quennell say?', 'What did Tobin Arkwright say?', 'what else did he say?');
    expect(a.summary).toMatch(/^Taking “he” to be Tobin Arkwright\. /);
  });

  it('two pronouns in one question each find their own person', () => {
    const a = conversation('What did Margaret Olinde say?', 'What did Alder Vennick say?', 'who is she?');
    expect(a.followUp?.readAs).toBe('who is Margaret Olinde?');
    const b = conversation('What did Sorrel Quennell say?', 'What did Tobin Arkwright say?', 'what did she say about him?');
    expect(b.followUp?.note).toBe('Taking “she” to be Sorrel Quennell, not Tobin Arkwright (a man in the story) and “him” to be Tobin Arkwright');
  });

  it('"his role" after a woman and a man is the man\'s', () => {
    const a = conversation('What did Tobin Arkwright say?', 'What did Wren Castellan say?', 'what is his role?');
    expect(a.followUp?.readAs).toBe('Who is Tobin Arkwright?');
  });

  it('keeps the people asked about across a conversation, however it is stored', async () => {
    const chat = new Conversations(bot, new MemoryStore());
    await chat.ask('dm', 'What did Wren Castellan say?');
    await chat.ask('dm', 'What did Tobin Arkwright say?');
    const a = await chat.ask('dm', 'what else did she say?');
    expect(a.followUp?.readAs).toBe('what did Wren Castellan say?');
  });
});

describe('no one fits the pronoun', () => {
  it('says how the pronoun was read and asks whom it means, offering the question asked of each', () => {
    const a = conversation('What did Sorrel Quennell say?', 'what else did he say?');
    expect(a.found).toBe(false);
    expect(a.summary).toBe('“He” does not fit Sorrel Quennell (a woman in the story). Whom do you mean?');
    expect(a.suggestions).toEqual(['What did Sorrel Quennell say?', 'Who is in the story?']);
    expect(a.quotes).toEqual([]);
  });

  it('keeps the conversation where it was, so the next question still leans on it', () => {
    const a = conversation('What did Sorrel Quennell say?', 'what else did he say?', 'what else did she say?');
    expect(a.followUp?.readAs).toBe('what did Sorrel Quennell say?');
  });

  it('"they" fits anyone', () => {
    const a = conversation('What did Sorrel Quennell say?', 'what did they say?');
    expect(a.followUp?.readAs).toBe('what did Sorrel Quennell say?');
  });
});
