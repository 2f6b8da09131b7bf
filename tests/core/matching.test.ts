import { describe, expect, it } from 'vitest';
import { understand } from '../../src/answer/understand.js';
import { readAliases } from '../../src/corpus/aliases.js';
import { NameVariants } from '../../src/extract/names.js';
import { StoryBot } from '../../src/index.js';
import { indexText } from '../../src/search/story-index.js';

const bot = StoryBot.open({ corpusDir: 'corpus' });
const flood = StoryBot.open({ corpusDir: 'tests/fixtures/flood' });
const outlets = (b: StoryBot, q: string) => new Set(b.ask(q).citations.map((c) => c.outlet));

describe('naming an article in a question', () => {
  it('takes a place that is only in a headline as topic words, not as an outlet', () => {
    const a = bot.ask('How much territory was retaken in Ukraine?');
    expect(a).toMatchObject({ intent: 'figure_topic', found: true });
    expect(a.figures.map((f) => f.topic)).toContain('territory retaken');
    // Every outlet's headline names the town: none of them is the outlet asked about.
    expect(outlets(flood, 'How many people were evacuated in Millbrook?').size).toBeGreaterThan(1);
  });

  it('narrows to an outlet named by its outlet name, and says so when that outlet has no such figure', () => {
    expect(outlets(flood, 'How many people were evacuated according to the Riverside Gazette?')).toEqual(new Set(['Riverside Gazette']));
    const a = bot.ask('How many troops were trapped according to Insider?');
    expect(a.found).toBe(true);
    expect(a.summary).toMatch(/^Insider gives no figure on troops trapped\. BeyondNews reports/);
  });

  it('knows an outlet by part of its name or by an alias, for bylines as for figures', () => {
    expect(bot.ask('Who wrote the Star article?').summary).toMatch(/^Daily Star's article/);
    expect(bot.ask('Who wrote the Business Insider article?').summary).toContain('Sophia Ankel');
    expect(outlets(bot, 'What figures did the Star report?')).toEqual(new Set(['Daily Star']));
  });
});

describe('alias folding', () => {
  it('finds what an abbreviated outlet name stands for ("FT" for Financial Times)', () => {
    const a = bot.ask('What did the FT learn?');
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Financial Times|the FT/);
    expect(a.summary).toBe(bot.ask('What did the Financial Times learn?').summary);
  });

  it('folds a canonical name like any other words', () => {
    const tokens = indexText('The MoD, or Ministry of Defence', new NameVariants(readAliases('corpus'))).split(' ');
    expect(tokens).not.toContain('defence');
    expect(tokens.filter((t) => t === 'defense')).toHaveLength(2);
    expect(tokens).not.toContain('ministry of defence');
  });
});

describe('matching remembered quotes', () => {
  it('does not count "one" as present where a quote only has "on"', () => {
    expect(bot.ask('Who said they retreated?').found).toBe(true);
    expect(bot.ask('Who said one retreated?').found).toBe(false);
  });
});

describe('figure answers', () => {
  it('suggest the story’s own questions as well as its figure topics when not found', () => {
    const a = bot.ask('Who reported 777 tanks destroyed?');
    expect(a.found).toBe(false);
    expect(a.suggestions).toEqual(expect.arrayContaining(['Do the outlets agree on territory retaken?', 'Which outlets are in the story?']));
  });

  it('treat a number word before a plural noun as a count', () => {
    const a = flood.ask('Who reported three shelters?');
    expect(a).toMatchObject({ intent: 'figure_source', found: true });
    expect(a.citations.map((c) => c.outlet)).toEqual(['The Northern Ledger']);
  });

  it('do not take a figure of the same value about something else ("five days" for five firefighters)', () => {
    for (const q of ['Which outlet reported five firefighters?', 'Which outlet reported 5 firefighters?']) {
      const a = bot.ask(q);
      expect(a).toMatchObject({ intent: 'figure_source', found: false });
      expect(a.citations).toEqual([]);
    }
    expect(bot.ask('Who reported 13,500?').summary).toMatch(/^BeyondNews reported 13,500 units/);
  });
});

describe('question words shared by both readers', () => {
  it('knows "news outlets" when asking who quoted someone', () => {
    expect(understand('Which news outlets quoted Petro Kuzyk?')).toEqual({ intent: 'who_quoted', person: 'Petro Kuzyk' });
  });
});
