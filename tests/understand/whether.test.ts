// A question asking whether someone took a side ("does the treasurer admit it", "did the council back the plan") is
// answered by a report of the other side too: "she denies wrongdoing" says no. Over an invented story.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { oppositeStanceWords } from '../../src/understand/stance-words.js';

const dir = mkdtempSync(join(tmpdir(), 'whether-'));
writeFileSync(
  join(dir, 'ledger.md'),
  [
    '---',
    'outlet: The Pellam Ledger',
    'headline: Audit finds gaps in Pellam harbour accounts',
    'published: 2025-02-20',
    '---',
    'PELLAM - An audit has found £400,000 missing from the Pellam harbour fund.',
    '',
    'Harbour treasurer Odile Marchetti-Brave, who was suspended last week, denies wrongdoing.',
    '',
    'Councillors opposed the plan to sell the harbour office.',
    '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('whether they did is answered by no too (rule whether they did is answered by no too)', () => {
  it('a side taken has its other side', () => {
    expect(oppositeStanceWords('admit')).toContain('denies');
    expect(oppositeStanceWords('backed')).toContain('opposed');
    expect(oppositeStanceWords('said')).toEqual([]);
  });

  it('"does the treasurer admit it" is answered by her denial', () => {
    const a = bot.ask('does the treasurer admit it');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('denies wrongdoing');
  });

  it('"did the councillors endorse it" is answered by their opposition', () => {
    expect(bot.ask('did the councillors endorse it').answer).toContain('opposed');
  });

  it('asked who did it, the other side is no answer', () => {
    expect(bot.ask('who admitted wrongdoing').found).toBe(false);
  });
});
