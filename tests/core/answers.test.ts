import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';

const bot = StoryBot.open({ corpusDir: 'corpus' });
const cited = (q: string) => bot.ask(q).citations.map((c) => c.outlet);

describe('answers about the bundled story', () => {
  it('names the speaker, role, every outlet and the original source of a remembered quote', () => {
    const a = bot.ask('Who said the Russians fled like Olympic sprinters?');
    expect(a).toMatchObject({ intent: 'who_said', found: true });
    expect(a.summary).toMatch(/^Petro Kuzyk \(a commander in Ukraine's National Guard/);
    expect(a.summary).toMatch(/Financial Times/);
    expect(new Set(a.citations.map((c) => c.outlet)).size).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ['Who said the soldiers took their bikes?', 'Olena Matvienko'],
    ['who said they grabbed bicycles to escape', 'Petro Kuzyk'],
    ['Who called the power plant strikes a cowardly response?', 'Mykhailo Podolyak'],
    ['Who said "The Russians are in trouble"?', 'US official'],
    ['Whose words are “the most dramatic reverse”?', 'Justin Bronk'],
    ['who said it was a snowball rolling down a hill', 'Oleksii Reznikov'],
  ])('%s → %s', (q, speaker) => {
    const a = bot.ask(q);
    expect(a.found).toBe(true);
    expect(a.summary).toContain(speaker);
  });

  it('lists what a person said, across spellings of the name', () => {
    for (const name of ['Zelenskyy', 'Zelensky', 'Zelenskiy', 'volodymyr zelenskyy']) {
      const a = bot.ask(`What did ${name} say?`);
      expect(a.found, name).toBe(true);
      expect(a.answer).toMatch(/showing its back|its best side, its back/);
    }
  });

  it('says which outlets quoted a person and whom they spoke to', () => {
    expect(cited('Which outlets quoted Petro Kuzyk?')).toEqual(expect.arrayContaining(['Insider', 'BeyondNews']));
    expect(bot.ask('Which newspaper did Olena Matvienko speak to?').summary).toContain('Washington Post');
    expect(bot.ask('Who did Kuzyk talk to?').summary).toContain('Financial Times');
  });

  it('answers who a person is and who wrote an article', () => {
    expect(bot.ask('Who is Mykhailo Podolyak?').summary).toMatch(/adviser/);
    expect(bot.ask('Who wrote the Insider article?').summary).toContain('Sophia Ankel');
  });

  it('lists the outlets with headline and sources', () => {
    const a = bot.ask('Which outlets are in the story?');
    expect(a.outlets).toHaveLength(5);
    expect(a.outlets.find((o) => o.outlet === 'Insider')).toMatchObject({ byline: 'Sophia Ankel' });
  });

  it('matches place-name variants from the alias list and by sound', () => {
    expect(cited('What happened in Izium?')).toEqual(expect.arrayContaining(['The Sun']));
    expect(cited('What happened in Izyum?')).toEqual(expect.arrayContaining(['The Sun']));
    expect(cited('Tell me about Kharkov').length).toBeGreaterThanOrEqual(3);
    expect(bot.ask('Zalisnychne residents').found).toBe(true);
  });

  it('folds curly apostrophes and thousands separators', () => {
    expect(bot.ask('Putin’s generals').found).toBe(true);
    expect(bot.ask('13,500 units').answer).toContain('13,500');
  });

  describe('not in the story', () => {
    it.each(['What is the capital of France?', 'Who knifed a young mum?', 'machibet777', 'Jaguar woke rebrand', 'Who said the moon is made of cheese?'])(
      '%s → found is false, with suggestions and no citations',
      (q) => {
        const a = bot.ask(q);
        expect(a.found).toBe(false);
        expect(a.citations).toEqual([]);
        expect(a.suggestions.length).toBeGreaterThan(0);
      },
    );
  });

  it('answers empty input with help', () => {
    const a = bot.ask('   ');
    expect(a.intent).toBe('help');
    expect(a.suggestions.length).toBeGreaterThan(2);
  });

  it.each(['who said ~^:*+-', 'title:putin^10', '+russia -ukraine', 'sprint*', '"unclosed', 'Кто сказал про велосипеды?', '谁说的', '🙂🙂'])(
    'takes Lunr syntax and any alphabet as plain words: %s',
    (q) => {
      const a = bot.ask(q);
      expect(typeof a.answer).toBe('string');
      expect(a.answer.length).toBeGreaterThan(0);
    },
  );
});

describe('questions with control characters in them', () => {
  it('reads a control character (a bell, an escape, a tab) as a space, so the question is understood, not searched', () => {
    for (const q of ['what\x07did Petro Kuzyk say', 'what\x1bdid\tPetro Kuzyk say?', 'What did\x00Petro Kuzyk say\r']) {
      const a = bot.ask(q);
      expect(a.intent, JSON.stringify(q)).toBe('what_said');
      expect(a.summary).toContain('Petro Kuzyk');
      expect(a.question, 'the answer echoes the question as asked').toBe(q);
    }
  });
});
