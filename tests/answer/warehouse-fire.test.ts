// Answers over the warehouse-fire fixture (three short invented articles): what a reader sees first when the
// outlets tell the same facts in different words.
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { plainLine, present } from '../../src/present/index.js';

const bot = StoryBot.open({ corpusDir: 'tests/fixtures/warehouse-fire' });
const lead = (q: string) => plainLine(present(bot.ask(q)).lead);

describe('figures on one subject, worded differently by each outlet', () => {
  it('compares every outlet that counts the evacuated: "evacuation of", "moved out of their homes", "in a shelter"', () => {
    const a = bot.ask('Do the outlets agree on how many people were evacuated?');
    expect(a.comparison).toMatchObject({ topic: 'people evacuated', agree: false });
    expect(a.comparison!.rows.map((r) => r.outlet).sort()).toEqual(['Northern Gazette', 'The Brackwater Herald', 'Wire Service Daily']);
    expect(lead('Do the outlets agree on how many people were evacuated?')).toMatch(/^3 outlets give figures on people evacuated, and they do not agree: .*about 100 people.*about 120 residents.*118 people/);
  });

  it('a count asked about gives every outlet’s figure and says that they differ', () => {
    const text = lead('How many firefighters fought the fire?');
    expect(text).toContain('more than 60 firefighters');
    expect(text).toContain('Northern Gazette reports around 80 firefighters');
    expect(text).toMatch(/different figures/);
    // the two firefighters who were hurt are another figure, not a third count of those who fought
    expect(text).not.toContain('two firefighters');
  });

  it('a figure whose subject opens the sentence reads as a phrase, not a caption in brackets', () => {
    expect(lead('How much damage did the fire cause?')).toBe('Northern Gazette reports damage of £3.5 million.');
  });
});

describe('a comparison with one outlet', () => {
  it('says only one outlet gives a figure, never that "they agree"', () => {
    const a = bot.ask('Do the outlets agree on how many engines fought the blaze?');
    expect(a.summary).toMatch(/^Only one outlet, The Brackwater Herald, gives a figure on engine/);
    const text = lead('Do the outlets agree on how many engines fought the blaze?');
    expect(text).toMatch(/^Only one outlet gives a figure on engine/);
    expect(text).not.toMatch(/agree|1 outlet give/);
  });
});

describe('what a person said: quoted and reported statements alike', () => {
  it('counts every statement of a named person, quoted or reported, across every outlet that carries one', () => {
    expect(lead('What did Dana Whitlow say?')).toMatch(/^Dana Whitlow \(Chief Fire Officer\) is quoted twice and reported twice, by 2 outlets\./);
    expect(lead('What did Ben Achebe say?')).toMatch(/^Ben Achebe \(Local councillor\) is quoted once and reported twice, by 1 outlet\./);
  });

  it('gives the same count whether the person is asked about by name or by role', () => {
    const count = (q: string) => /is quoted .*?, by \d+ outlets?/.exec(lead(q))?.[0];
    expect(count('What did the fire chief say?')).toBe(count('What did Dana Whitlow say?'));
    expect(bot.ask('What did the fire chief say?').summary).toMatch(/2 quotes and 2 reported statements/);
  });

  it('agrees the verb with a speaker described in the plural, and with a single one', () => {
    expect(lead('What did fire officers say?')).toMatch(/^Fire officers are quoted /);
    expect(lead('What did the police spokesman say?')).toMatch(/^Police spokesman is quoted /);
  });

  it('never puts an outlet’s report of what was said in quote marks', () => {
    const text = [lead('What did Ben Achebe say?'), ...present(bot.ask('What did Ben Achebe say?')).body.map(plainLine)].join('\n');
    expect(text).toContain('reported: the building should have been secured years ago');
    expect(text).not.toContain('“the building should have been secured');
  });
});

describe('answers read from a passage', () => {
  it('name the outlet that carried the passage', () => {
    expect(lead('Who was arrested?')).toMatch(/^(?:Northern Gazette|Wire Service Daily): .*arrested/);
  });

  it('answer "when" with the time of the event asked about, not the first time in the sentence', () => {
    const text = lead('When was the warehouse built?');
    expect(text).toMatch(/^In 1898 — The Brackwater Herald: /);
    expect(text).not.toMatch(/^Since 2019/);
  });
});
