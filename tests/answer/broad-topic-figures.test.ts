// People ask for figures in their own words: "how much money is involved", "how much money was stolen". The story
// words the same sum its own way ("pocketed £40,000"). Over an invented story of a clerk who took a council's money.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { withoutLightPredicates } from '../../src/understand/light-predicates.js';

function corpus(files: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'broad-topic-'));
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), lines.join('\n'));
  return dir;
}

const story = StoryBot.open({
  cacheDir: false,
  corpusDir: corpus({
    'valley-courier.md': [
      '---', 'outlet: Valley Courier', 'headline: Former parish clerk jailed for embezzling from village hall fund', 'published: 2025-03-11', '---',
      'A former parish clerk who diverted £40,000 from the village hall fund into her own accounts was jailed for two years on Monday.', '',
      '"She betrayed the trust of the whole village," Judge Ana Ferrow said.', '',
      'The council has since spent about £6,500 on an audit of its accounts.', '',
      'About 300 people signed a letter asking for the hall to stay open.', '',
    ],
  }),
});

describe('light verbs carry no topic', () => {
  it('drops "involved", "at stake", "in question" and a bare "concerned"', () => {
    expect(withoutLightPredicates('money is involved')).toBe('money');
    expect(withoutLightPredicates('people were involved in the crash')).toBe('people in the crash');
    expect(withoutLightPredicates('money at stake in the deal')).toBe('money in the deal');
    expect(withoutLightPredicates('the families concerned')).toBe('the families');
  });

  it('keeps "concerned about", which says a stance', () => {
    expect(withoutLightPredicates('residents were concerned about the fees')).toBe('residents were concerned about the fees');
  });

  it.each(['how much money is involved', 'how much money is at stake', 'how much money was concerned'])('%j lists the money figures as "how much money" does', (q) => {
    const a = story.ask(q);
    expect(a.found).toBe(true);
    expect(a.summary).toMatch(/£40,000/);
    expect(a.summary).toMatch(/£6,500/);
  });
});

describe('a broad topic asked in other words', () => {
  it('answers "how much money was stolen" with the money figures of the article that speaks of embezzling, naming "stolen"', () => {
    const a = story.ask('how much money was stolen');
    expect(a.found).toBe(true);
    expect(a.summary).toMatch(/^The story ties no figure on money to “stolen”\./);
    expect(a.summary).toMatch(/£40,000 \(Valley Courier\).*£6,500 \(Valley Courier\)/);
    expect(a.citations.length).toBeGreaterThan(0);
  });

  it('leaves a word the figures\' article never uses to a not-found: "how many people were evicted"', () => {
    expect(story.ask('how many people were evicted').found).toBe(false);
  });

  it('leaves a word the story never uses to a not-found: "how many people died in the flood" is about another story', () => {
    expect(story.ask('how many people died in the flood').found).toBe(false);
  });

  it('keeps a question whose other words meet a figure as it was: no note of unmatched words', () => {
    const a = story.ask('how much money was spent on the audit');
    expect(a.summary).toMatch(/£6,500/);
    expect(a.summary).not.toMatch(/ties no figure/);
  });

  it('leaves a specific head alone: "how many judges resigned" is no question about people', () => {
    expect(story.ask('how many judges resigned').summary).not.toMatch(/ties no figure/);
  });
});
