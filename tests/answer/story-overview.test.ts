// "What happened?" and "Who was quoted the most?": the first questions a newcomer asks name no topic and no person,
// so no search can answer them; the story as a whole does. Over an invented story told by two outlets, and an
// invented corpus of two unrelated articles.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { present, StoryBot } from '../../src/index.js';

function corpus(files: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'overview-'));
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), lines.join('\n'));
  return dir;
}

const story = StoryBot.open({
  cacheDir: false,
  corpusDir: corpus({
    'harbour-post.md': [
      '---', 'outlet: Harbour Post', 'headline: Ferry strike halts crossings to the islands', 'published: 2025-06-02', '---',
      'Ferry crews walked out on Monday, halting every crossing to the islands for the first time in thirty years.', '',
      '"We have been patient for two years," union leader Mara Quill told reporters at the quay.', '',
      'Quill said the crews would stay out until the operator restored the night shifts.', '',
      '"Nobody wants the islands cut off," Quill said.', '',
      'Operator spokesman Tobias Wren said talks would resume on Wednesday.', '',
      'The strike cancelled 40 sailings on Monday alone, and about 300 crew members joined it.', '',
      'The union wants a pay rise of £1,200 a year for every deckhand.', '',
    ],
    'island-times.md': [
      '---', 'outlet: Island Times', 'headline: Islanders stranded as ferry crews strike', 'published: 2025-06-02', '---',
      'Islanders on Skerra were stranded on Monday as ferry crews went on strike over cuts to night shifts on the crossings.', '',
      '"The islands depend on these crossings," Mara Quill, the union leader, said.', '',
      'A shopkeeper said deliveries had already stopped.', '',
      '"Nobody wants the islands cut off," Quill said.', '',
      'The walkout cancelled 52 sailings, the operator said. Some 300 crew members are on strike.', '',
      'The union is seeking a pay rise of £1,500 a year, and the operator has offered £40 million for new ships.', '',
    ],
  }),
});

const mixed = StoryBot.open({
  cacheDir: false,
  corpusDir: corpus({
    'valley-gazette.md': [
      '---', 'outlet: Valley Gazette', 'headline: Orchard growers fear late frost', '---',
      'Apple growers across the valley lit smudge pots overnight as temperatures fell below freezing.', '',
      '"One more night like this and we lose the blossom," grower Ilse Brandt said.', '',
    ],
    'metro-ledger.md': [
      '---', 'outlet: Metro Ledger', 'headline: Council approves new cycle lanes downtown', '---',
      'Will anyone actually ride them through the winter months?', '',
      'The city council voted on Tuesday to build twelve miles of protected cycle lanes through the downtown core.', '',
      'Councillor Raj Osei said construction would start in the spring.', '',
    ],
  }),
});

describe('what happened', () => {
  it.each(['What happened?', 'summarize the story', "what's this all about", 'give me the gist', 'catch me up', 'tl;dr'])('%j is answered with the story as a whole', (q) => {
    const a = story.ask(q);
    expect(a.intent).toBe('overview');
    expect(a.found).toBe(true);
    expect(a.summary).toMatch(/^2 outlets tell the story\./);
  });

  it("leads with an article's first sentence and gives the other outlet's, each cited", () => {
    const a = story.ask('What happened?');
    expect(a.answer).toContain('Ferry crews walked out on Monday');
    expect(a.answer).toContain('Islanders on Skerra were stranded on Monday');
    expect(new Set(a.citations.map((c) => c.outlet))).toEqual(new Set(['Harbour Post', 'Island Times']));
  });

  it('says who is quoted most, and offers what to ask next', () => {
    const a = story.ask('What happened?');
    expect(a.details.find((d) => d.startsWith('Quoted most:'))).toMatch(/^Quoted most: Mara Quill \(union leader\), 4 statements/);
    expect(a.suggestions).toContain('What did Mara Quill say?');
  });

  it('does not claim unrelated articles tell one story', () => {
    const a = mixed.ask('What happened?');
    expect(a.summary).toMatch(/^The story holds 2 articles on more than one subject\./);
    expect(a.answer).toContain('Orchard growers fear late frost');
    expect(a.answer).toContain('Council approves new cycle lanes downtown');
  });

  it("leads with an article's first statement, not the teaser question it opens on", () => {
    const a = mixed.ask('What happened?');
    expect(a.answer).toContain('The city council voted on Tuesday');
    expect(a.answer).not.toContain('Will anyone actually ride them');
  });

  it('leaves a question that names its subject to the search', () => {
    expect(story.ask('what happened to the night shifts').intent).toBe('search');
    expect(story.ask('what happened at the quay?').intent).not.toBe('overview');
  });

  it('reads in a chat as it does in plain text', () => {
    const lead = present(story.ask('What happened?')).lead.map((s) => s.text).join('');
    expect(lead).toMatch(/^2 outlets tell the story\. /);
  });
});

describe('when and where it happened', () => {
  it('gives the time the leads give, with the date each article was published', () => {
    const a = story.ask('When did this happen?');
    expect(a.intent).toBe('overview');
    expect(a.summary).toMatch(/^On Monday, by (?:Harbour Post|Island Times)'s account \(published 2 June 2025\): “/);
    expect(a.citations.length).toBe(2);
  });

  it('gives a place only where a lead names one', () => {
    const a = story.ask('where did it all take place?');
    expect(a.summary).toMatch(/^On Skerra, by Island Times's account/);
    expect(mixed.ask('where did it happen').found).toBe(false);
  });

  it('takes the time from whichever lead gives one', () => {
    expect(mixed.ask('when did it happen').summary).toMatch(/^On Tuesday, by Metro Ledger's account: “The city council voted on Tuesday/);
  });

  it('says so when no lead gives a time and no article is dated, reading "may" as a modal, not the month', () => {
    const dated = StoryBot.open({
      cacheDir: false,
      corpusDir: corpus({ 'a.md': ['---', 'outlet: Plains Courier', 'headline: County may run short of relief money', '---', 'The county may be short of relief money for a second month, the board warned.', ''] }),
    });
    const a = dated.ask('when did this happen');
    expect(a.found).toBe(false);
    expect(a.summary).toMatch(/^The articles don't say when it happened\./);
  });
});

describe('do the outlets agree', () => {
  it.each(['Do the outlets agree?', 'what do the outlets disagree on', 'where do the reports differ', 'any discrepancies?'])('%j compares every figure two outlets give', (q) => {
    const a = story.ask(q);
    expect(a.intent).toBe('compare');
    expect(a.found).toBe(true);
    expect(a.summary).toMatch(/^The outlets differ on .*; they agree on /);
  });

  it('puts the differences first, each with both figures, and the agreements after', () => {
    const a = story.ask('Do the outlets agree?');
    expect(a.details[0]).toMatch(/40 sailings, Harbour Post to 52 sailings, Island Times/);
    expect(a.details.find((d) => d.includes('300 crew members'))).toMatch(/agree/);
    expect(a.suggestions.some((s) => /^Do the outlets agree on .*sailing/.test(s))).toBe(true);
  });

  it('compares sums of money only where both outlets say what the sum is for', () => {
    const a = story.ask('Do the outlets agree?');
    // the pay rise (£1,200 against £1,500) differs; the £40 million for new ships is in one outlet only
    expect(a.details.find((d) => d.includes('£1,200'))).toMatch(/£1,200, Harbour Post to £1,500, Island Times/);
    expect(a.answer).not.toContain('£40 million');
  });

  it('does not set articles about different things against each other', () => {
    const a = mixed.ask('Do the outlets agree?');
    expect(a.found).toBe(false);
  });

  it('leaves a comparison with a topic to the figures', () => {
    const a = story.ask('do the outlets agree on how many sailings were cancelled');
    expect(a.intent).toBe('compare');
    expect(a.comparison?.rows.length).toBe(2);
  });
});

describe('who is in the story', () => {
  it('names the speaker with the most statements, counted over every outlet', () => {
    for (const q of ['Who was quoted the most?', 'who is quoted most often', 'who are the main people in the story', 'who speaks the most']) {
      const a = story.ask(q);
      expect(a.intent, q).toBe('people');
      expect(a.summary, q).toBe('Mara Quill (union leader) is quoted most: 4 statements, in 2 outlets.');
    }
  });

  it('counts a statement once however many outlets carried it, as "what did she say" does', () => {
    expect(story.ask('who was quoted the most').summary).toMatch(/: 4 statements, in 2 outlets\.$/);
    expect(story.ask('what did Mara Quill say').summary).toMatch(/: 3 quotes and 1 reported statement, carried by 2 outlets\.$/);
  });

  it('lists everyone quoted, named people first, then speakers only described', () => {
    const a = story.ask('who is in the story');
    expect(a.summary).toMatch(/^The story quotes 2 people by name and 2 speakers it only describes\./);
    expect(a.details[0]).toBe('Mara Quill (union leader): 4 statements (3 quoted, 1 reported) — Harbour Post, Island Times');
    expect(a.details.some((d) => /^Tobias Wren \((?:operator )?spokesman\): 1 reported statement — Harbour Post$/i.test(d))).toBe(true);
    expect(a.details.at(-1)).toBe('Not named: shopkeeper (1), operator (1).');
    expect(a.citations[0].outlet).toBe('Harbour Post');
  });

  it('says when speakers tie', () => {
    expect(mixed.ask('who was quoted the most').summary).toMatch(/^(?:Ilse Brandt|Raj Osei) \(.+\) and (?:Ilse Brandt|Raj Osei) \(.+\) are quoted most, 1 statement each\.$/);
  });

  it('is not a question about something else that is "the most"', () => {
    expect(story.ask('who got the most votes').intent).not.toBe('people');
    expect(story.ask('who said nobody wants the islands cut off').intent).toBe('who_said');
  });
});

// Rule "asked of the story as a whole" (src/understand/story-level.ts): the wordings the fixed patterns miss.
describe('the story as a whole, in the asker\'s own words', () => {
  it.each([
    ['what is this story about?', 'overview'],
    ['tell me about the story', 'overview'],
    ["what's the background here", 'overview'],
    ['what are the main facts?', 'overview'],
    ['who are the main people involved', 'people'],
    ["who's involved in this", 'people'],
    ['anyone disagree?', 'compare'],
    ['any disagreements between the papers?', 'compare'],
    ['give me the key numbers', 'overview'],
  ])('%j is asked of the whole story (%s)', (q, intent) => {
    const a = story.ask(q);
    expect(a.intent, q).toBe(intent);
    expect(a.found, q).toBe(true);
  });

  it('ranks the people when asked for the main ones, and lists them all otherwise', () => {
    expect(story.ask('who are the key players involved?').summary).toBe('Mara Quill (union leader) is quoted most: 4 statements, in 2 outlets.');
    expect(story.ask("who's involved in this").summary).toMatch(/^The story quotes 2 people by name/);
  });

  it('gives the key numbers a topic a line, one outlet\'s figure before a second of the same outlet\'s', () => {
    const a = story.ask('what are the numbers in these articles?');
    expect(a.summary).toMatch(/^The story gives figures on \d+ topics/);
    const sailings = a.details.find((d) => d.includes('40 sailings'));
    expect(sailings).toMatch(/40 sailings \(Harbour Post\); 52 sailings \(Island Times\)/);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('leaves a question with a topic, a follow-up or a count to the other rules', () => {
    expect(story.ask('what is the strike about').intent).not.toBe('overview');
    expect(story.ask('who is involved in the talks').intent).not.toBe('people');
    expect(story.ask('who said it').intent).not.toBe('people');
    expect(story.ask('how many people are involved').intent).not.toBe('people');
    expect(story.ask('which paper had 300 crew members').intent).not.toBe('people');
    expect(story.ask('who said "the people"').intent).not.toBe('people');
  });
});
