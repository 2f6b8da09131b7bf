// Cuts in echoed text fall between the characters a person sees, never inside an emoji or a letter's accent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../discord/harness.js';
import { ask } from './run-cli.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Whether `prefix` (a cut of `whole`) ends on a boundary between whole characters of `whole`. */
function endsOnGrapheme(whole: string, prefix: string): boolean {
  if (!whole.startsWith(prefix)) return false;
  return [...segmenter.segment(whole)].some((s) => s.index === prefix.length) || prefix.length === whole.length;
}

// Each repeated many times so a cut at any length falls inside one: a surrogate pair, a skin tone, a flag,
// a family joined by ZWJ, a letter and combining accent.
const UNITS = ['🙂', '👍🏽', '🇺🇦', '👨‍👩‍👧', 'e\u0301'];

describe('ask: a long question of emoji or accented letters echoed back', () => {
  const questions = UNITS.flatMap((u) => [1, 2, 3].map((shift) => `What did ${'x'.repeat(shift)}${u.repeat(60)} say?`));
  const r = ask(['--json'], questions.join('\n') + '\n');

  it('is clipped between characters: no lone surrogate, no accent without its letter', () => {
    expect(r.lines).toHaveLength(questions.length);
    for (const [i, line] of r.lines.entries()) {
      const a = JSON.parse(line) as { summary: string };
      expect(a.summary, 'a lone surrogate').not.toMatch(LONE_SURROGATE);
      const echoed = /“([^”]*)…”/.exec(a.summary)?.[1];
      expect(echoed, a.summary).toBeDefined();
      const asked = questions[i].replace(/^What did /, '').replace(/ say\?$/, '');
      expect(endsOnGrapheme(asked, echoed!), `${JSON.stringify(echoed!.slice(-6))} is not a whole-character cut`).toBe(true);
    }
  });
});

describe('Discord: an embed title cut from a long question', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.stop());

  it.each(UNITS)('keeps %s whole at the cut', async (unit) => {
    for (const shift of [0, 1, 2, 3]) {
      const question = 'x'.repeat(shift) + unit.repeat(Math.ceil(400 / unit.length));
      const callback = await h.command('ask', { question });
      const title = callback.body.data.embeds?.[0]?.title ?? '';
      expect(title.endsWith('…'), title).toBe(true);
      expect(title.length).toBeLessThanOrEqual(256);
      expect(endsOnGrapheme(question, title.slice(0, -1)), JSON.stringify(title.slice(-6))).toBe(true);
    }
  });
});
