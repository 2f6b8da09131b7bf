import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTENTS, StoryBot, type Answer } from '../../src/index.js';

const bot = StoryBot.open({ corpusDir: 'corpus' });

function expectValidAnswer(a: Answer, q: string) {
  expect(a.question).toBe(q);
  expect(INTENTS).toContain(a.intent);
  expect(typeof a.found).toBe('boolean');
  expect(typeof a.answer).toBe('string');
  expect(a.answer.length).toBeGreaterThan(0);
  for (const c of a.citations) expect(typeof c.outlet === 'string' && typeof c.headline === 'string' && typeof c.excerpt === 'string').toBe(true);
  expect(() => JSON.stringify(a)).not.toThrow();
}

describe('any input gets a valid answer', () => {
  it('2,000 random strings up to 4,000 characters, any alphabet, never throw', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 4000 }),
      fc.string({ unit: 'binary', maxLength: 4000 }),
      fc.array(fc.constantFrom('who', 'said', 'what', 'did', 'Kuzyk', '~', '^', ':', '*', '+', '-', '"', '“', '13,500', 'Київ', '?', ' '), { maxLength: 400 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, (q) => {
        expectValidAnswer(bot.ask(q), q);
      }),
      { numRuns: 2000 },
    );
  });
});
