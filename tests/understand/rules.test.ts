import { describe, expect, it } from 'vitest';
import { StoryBot, understand } from '../../src/index.js';
import { UNDERSTANDING_RULES, propose, splitParts } from '../../src/understand/rules.js';

const bot = StoryBot.open({ corpusDir: 'corpus', cacheDir: false });

// Each rule's examples are its specification: read against the bundled story, they get the reading named.
describe.each(UNDERSTANDING_RULES.map((r) => [r.name, r] as const))('rule %s', (_name, rule) => {
  it('says why it exists and gives examples', () => {
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.examples.length).toBeGreaterThan(0);
  });
  it.each(rule.examples.map((e) => [e.q, e.reading] as const))('reads %j as %s', (q, reading) => {
    expect(propose(q).map((p) => p.rule)).toContain(rule.name);
    expect(bot.understand(q).reading).toBe(reading);
  });
});

describe('understanding without a story', () => {
  it('still reads a question into a Query, the most specific rule winning', () => {
    expect(understand('Which news outlets quoted Petro Kuzyk?')).toEqual({ intent: 'who_quoted', person: 'Petro Kuzyk' });
    expect(understand('What did Petro Kuzyk say?')).toEqual({ intent: 'what_said', person: 'Petro Kuzyk' });
    expect(understand('')).toEqual({ intent: 'help' });
    expect(understand('the weather in Oslo')).toEqual({ intent: 'search', text: 'the weather in Oslo' });
  });

  it('never throws on odd input', () => {
    for (const q of ['constructor', '__proto__', 'who said ~^:*+-', '"""', 'x'.repeat(5000), '\u0000\u0001', '🙂🙂'])
      expect(() => understand(q)).not.toThrow();
  });
});

describe('two-part questions', () => {
  it('split at a joining question word, not at any "and"', () => {
    expect(splitParts('who is kuzyk and which paper did he talk to')).toEqual(['who is kuzyk', 'which paper did he talk to']);
    expect(splitParts('who said they abandoned their tanks and equipment')).toBeUndefined();
  });

  it('answer the second part too, the pronoun standing for the person of the first', () => {
    const a = bot.ask('Who is Kuzyk, and which newspaper did he speak to?');
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/commander/);
    expect(a.answer).toMatch(/Financial Times/);
  });

  it('offer the second part to ask when the story cannot answer it', () => {
    const a = bot.ask('who is kuzyk and what is the capital of france');
    expect(a.found).toBe(true);
    expect(a.suggestions[0]).toBe('what is the capital of france');
  });
});

describe('slash commands', () => {
  it('answer the Queries they build directly, without understanding', () => {
    expect(bot.answer({ intent: 'what_said', person: 'Kuzyk' }).answer).toMatch(/Olympic sprinters/);
    expect(bot.answer({ intent: 'who_said', quote: 'like Olympic sprinters' }).answer).toMatch(/Kuzyk/);
    expect(bot.answer({ intent: 'compare', topic: 'territory' }).found).toBe(true);
  });
});
