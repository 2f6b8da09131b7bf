import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzInputs, runFuzz } from '../../bench/fuzz.js';
import { INTENTS, StoryBot, type Answer } from '../../src/index.js';

const bot = StoryBot.open({ corpusDir: 'corpus' });

/** What the bot says when an answerer threw inside: never a valid answer to anything. */
const APOLOGY = /Sorry, something went wrong/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const PROTOTYPE_WORDS = ['constructor', '__proto__', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString', '__defineGetter__'];

function expectValidAnswer(a: Answer, q: string) {
  expect(a.question).toBe(q);
  expect(INTENTS).toContain(a.intent);
  expect(typeof a.found).toBe('boolean');
  expect(typeof a.answer).toBe('string');
  expect(a.answer.length).toBeGreaterThan(0);
  expect(a.answer).not.toMatch(APOLOGY);
  for (const c of a.citations) expect(typeof c.outlet === 'string' && typeof c.headline === 'string' && typeof c.excerpt === 'string').toBe(true);
  expect(() => JSON.stringify(a)).not.toThrow();
}

/** Whether any text the bot wrote (everything but the echoed question) holds half an emoji. */
function brokenText(a: Answer): boolean {
  const broken = (v: unknown): boolean =>
    typeof v === 'string' ? LONE_SURROGATE.test(v) : Array.isArray(v) ? v.some(broken) : v !== null && typeof v === 'object' ? Object.values(v).some(broken) : false;
  return broken({ ...a, question: '' });
}

describe('any input gets a valid answer', () => {
  it('2,000 random strings up to 4,000 characters, any alphabet, never throw nor get the apology', () => {
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

  it('questions built of Object.prototype names and question words are answered, not apologised for', () => {
    const word = fc.oneof(fc.constantFrom(...PROTOTYPE_WORDS), fc.constantFrom('who', 'said', 'what', 'did', 'say', 'which', 'outlet', 'quoted', 'figures', 'on', 'agree', 'is', 'the', 'Kuzyk', 'territory'));
    const template = fc.constantFrom('Who said {x}?', 'What did {x} say?', 'Which outlets quoted {x}?', 'Who is {x}?', 'What figures did {x} report?', 'Do the outlets agree on {x}?', '{x}');
    fc.assert(
      fc.property(template, fc.array(word, { minLength: 1, maxLength: 6 }), (t, words) => {
        const q = t.replace('{x}', words.join(' '));
        expectValidAnswer(bot.ask(q), q);
        for (const kind of ['quote', 'person', 'outlet', 'topic'] as const) expect(() => bot.complete(kind, q)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('emoji, flags, ZWJ families and combining marks (surrogate pairs) never come back cut in half', () => {
    const unit = fc.constantFrom('🙂', '👍🏽', '🇺🇦', '👨‍👩‍👧', 'e\u0301', '𝕳', '😀');
    fc.assert(
      fc.property(fc.constantFrom('Who said {x}?', 'What did {x} say?', 'Who is {x}?', 'Do the outlets agree on {x}?', 'What figures did {x} report?'), fc.string({ unit, minLength: 45, maxLength: 300 }), fc.nat(3), (t, x, pad) => {
        const q = t.replace('{x}', 'x'.repeat(pad) + x);
        const a = bot.ask(q);
        expectValidAnswer(a, q);
        expect(brokenText(a), a.summary).toBe(false);
        for (const c of bot.complete('quote', x)) expect(LONE_SURROGATE.test(c.name + c.value)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the fuzz run of npm run bench, a quick slice', () => {
  it('500 hostile inputs through ask, every slash command and autocomplete: 0 throws, apologies, over-long answers, broken characters', () => {
    const { total, examples } = runFuzz(bot, fuzzInputs(500, 7));
    expect(total.inputs).toBe(500);
    expect({ throws: total.throws, apologies: total.apologies, overLong: total.overLong, brokenText: total.brokenText }, JSON.stringify(examples)).toEqual({
      throws: 0,
      apologies: 0,
      overLong: 0,
      brokenText: 0,
    });
  }, 60_000);
});
