// Where, why and who-by-description questions whose answer news copy puts one step away from the words asked:
// the place or reason in the paragraph after the lede, a purpose said as "were needed to", a venue reached with no
// preposition, a person remembered by a participle phrase ("the dad stuck at the station"). Over an invented story.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { readDescription } from '../../src/understand/described-people.js';
import { focusPart } from '../../src/understand/focus.js';

const dir = mkdtempSync(join(tmpdir(), 'detail-after-lede-'));
writeFileSync(
  join(dir, 'courier.md'),
  [
    '---',
    'outlet: The Fenmoor Courier',
    'headline: Fenmoor council votes 7-2 to shut two swimming pools',
    'published: 2025-05-14',
    '---',
    'The Fenmoor district council voted 7-2 on Tuesday night to shut the Ashby and Colton swimming pools, ending a four-hour meeting at which dozens of swimmers pleaded with councillors.',
    '',
    'About 250 people crowded the Fenmoor Town Hall chamber, and 40 swimmers asked to speak.',
    '',
    'Council leader Petra Vance said the closures were needed to close a budget gap of £3 million next year.',
    '',
    'Trains between Fenmoor station and Colton were cancelled all evening after a signal fault, leaving hundreds stuck.',
    '',
    'Tom Greaves, 41, was travelling home with his wife and two kids when the last train was cancelled.',
    '',
    '"We sat on the platform for three hours with the kids wrapped in our coats," he said.',
    '',
    'Engineer Ruth Abara said the fault had been fixed by midnight.',
    '',
    'The rail operator was fined £50,000 last year for repeated signal failures on the line.',
    '',
    'Several swimmers said they had been given no warning of the plan.',
    '',
  ].join('\n'),
);
writeFileSync(
  join(dir, 'gazette.md'),
  [
    '---',
    'outlet: The Kelby Gazette',
    'headline: Kelby harbour festival returns after five years',
    'published: 2025-05-15',
    '---',
    'The Kelby harbour festival will open at 10am on Saturday, organisers said.',
    '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('rule the detail follows the lede', () => {
  it('answers where something happened from the paragraph after the one that tells of it', () => {
    const a = bot.ask('where did the swimmers plead with councillors');
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Fenmoor Town Hall/);
  });

  it('answers why from the next paragraph when it gives a purpose ("were needed to…")', () => {
    const a = bot.ask('why is fenmoor shutting the pools');
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/budget gap/);
  });

  it('still says it does not know when the next paragraph gives no reason', () => {
    expect(bot.ask('why did the engineer fix the fault').found).toBe(false);
  });
});

describe('reasons and places in plain English', () => {
  it('reads "were needed to", "designed to" as a purpose', () => {
    expect(focusPart('The cuts were needed to return the firm to profit.', 'why')).toMatch(/^needed to return/);
    expect(focusPart('The levy is designed to curb plastic waste.', 'why')).toMatch(/^designed to curb/);
  });

  it('reads the reason a verb of claim or sanction takes with "for" (rule sued for, fined for)', () => {
    expect(focusPart('The city has sued for recovery on the performance bond.', 'why')).toBe('for recovery on the performance bond');
    expect(focusPart('The council thanked residents for Tuesday.', 'why')).toBeUndefined();
    expect(bot.ask('why was the rail operator fined').answer).toMatch(/^For repeated signal failures/);
  });

  it('answers a question about what is to come with a time to come, not a past one (rule a future question wants a future time)', () => {
    const past = 'Residents asked why the defences promised in 2015 had never been built.';
    expect(focusPart(past, 'when', 'when will they build the defences')).toBeUndefined();
    expect(focusPart(past, 'when', 'when were the defences promised')).toBe('in 2015');
    expect(focusPart('Work is due to begin next spring.', 'when', 'when will they build the defences')).toBe('next spring');
  });

  it('reads a named venue as a place with no preposition before it ("packed the Civic Hall")', () => {
    expect(focusPart('Hundreds of angry parents packed the Harlow Civic Hall on Friday night.', 'where')).toMatch(/Harlow Civic Hall/);
    // a title-case headline's capitals mark no place
    expect(focusPart('Crowds Pack The Harlow Civic Hall', 'where')).toBeUndefined();
  });
});

describe('rule a participle after the person word describes them', () => {
  it('reads "the dad stuck at the station with his 2 kids" as a man described by the rest', () => {
    expect(readDescription('the dad stuck at the station with his 2 kids')).toMatchObject({ kind: 'person', sex: 'm', said: ['stuck', 'station', 'kids'] });
    // a place phrase stays one ("the man in paris"): no participle after the person word
    expect(readDescription('the man in paris')).toBeUndefined();
  });

  it('finds the person by the words of the description the text does write near them (rule most of what the asker remembers)', () => {
    const a = bot.ask('what did the dad stuck at the station with his 2 kids say');
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^Tom Greaves/);
  });
});

describe('what someone said about the story\'s subject', () => {
  it('answers with their words in an article headlined on it, though the words never name it (rule said about the story\'s subject)', () => {
    const a = bot.ask('what did petra vance say about the swimming pools');
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/budget gap/);
  });

  it('reads a misspelt topic in the story\'s spelling (rule the topic in the story\'s spelling)', () => {
    const a = bot.ask('what did the council leader say about the budjet');
    expect(a.found).toBe(true);
    expect(a.answer).not.toMatch(/says nothing about/);
    expect(a.answer).toMatch(/budget gap/);
  });

  it('still says so when the topic is neither in their words nor the headline', () => {
    expect(bot.ask('what did petra vance say about the trains').answer).toMatch(/not about the trains|says nothing about/);
  });
});

describe('rule the named thing\'s own article', () => {
  it('does not answer a question naming one of the story\'s places from an article that never names it', () => {
    expect(bot.ask('when will the ashby festival open').found).toBe(false);
  });

  it('answers it from the article that names it', () => {
    expect(bot.ask('when will the kelby festival open').answer).toMatch(/Saturday|10am/);
  });
});

describe('rule the time clause frames a yes/no question', () => {
  it('answers whether they were warned from the sentence that says so, the time clause told elsewhere in its article', () => {
    const a = bot.ask('were swimmers warned before the meeting ended');
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/no warning/);
  });

  it('does not when the time clause is of nothing in that article', () => {
    expect(bot.ask('were swimmers warned before the harbour festival').found).toBe(false);
  });
});
