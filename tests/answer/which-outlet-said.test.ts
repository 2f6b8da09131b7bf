// "Which outlet said the fine was 1.8 million?", "do the two reports agree on the size of the fine?": a reader names a
// figure by its number and a word of its sentence, counts the outlets, or asks for "the size of" a thing, and the
// bot still finds the figure, over an invented story told by two outlets that differ on the sum.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'which-outlet-'));
const article = (outlet: string, headline: string, ...paragraphs: string[]) =>
  ['---', `outlet: ${outlet}`, `headline: ${headline}`, 'published: 2025-03-14', '---', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
writeFileSync(
  join(dir, 'herald.md'),
  article(
    'The Pellam Herald',
    'Quarry firm fined over dust',
    'Harrow Stone Ltd was fined £650,000 on Friday after a court found that dust from its Pellam quarry had blanketed homes for two years.',
    'The firm was also ordered to pay costs of £90,000. The hearing lasted five minutes.',
  ),
);
writeFileSync(
  join(dir, 'wire.md'),
  article(
    'Coastline Wire',
    'Quarry operator hit with £800,000 penalty',
    'Harrow Stone Ltd has been fined £800,000 after a judge ruled that its Pellam quarry broke its permit.',
    'Residents said the dust had coated cars and gardens for two years.',
  ),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('which outlet gave a number', () => {
  it('finds the figure by its value and a word only its sentence holds ("the fine was" meets "was fined")', () => {
    const a = bot.ask('which outlet said the fine was 650,000');
    expect(a.found).toBe(true);
    expect(a.summary).toMatch(/^The Pellam Herald reported/);
    // the firm that paid is said with its verb, not as what the sum measures ("Harrow Stone Ltd of £650,000")
    expect(a.summary).toContain('Harrow Stone Ltd was fined £650,000');
  });

  it('does not take a number in another unit of time for the one asked: five days is not five minutes', () => {
    expect(bot.ask('which outlet said five days').found).toBe(false);
    expect(bot.ask('which outlet said five minutes').summary).toMatch(/The Pellam Herald/);
  });
});

describe('do the outlets agree on a sum', () => {
  it.each(['do the two reports agree on the size of the fine?', 'do both papers agree on the amount of the fine', 'do the outlets agree on the fine'])(
    '%j compares the fines, not sizes or areas',
    (q) => {
      const a = bot.ask(q);
      expect(a.found).toBe(true);
      expect(a.summary).toContain('£650,000');
      expect(a.summary).toContain('£800,000');
      expect(a.summary).toMatch(/not agree/);
    },
  );
});
