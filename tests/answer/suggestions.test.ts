import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';

// What the bot offers when it cannot answer must itself be answerable.
describe('suggestions after a question the story cannot answer', () => {
  const bot = StoryBot.open({ corpusDir: 'tests/fixtures/modern-wire/corpus', cacheDir: false });

  it('offer to compare only topics two outlets or more give figures on', () => {
    const miss = bot.ask('what is the capital of peru');
    expect(miss.found).toBe(false);
    const compares = (miss.suggestions ?? []).filter((s) => /^Do the outlets agree on/.test(s));
    expect(compares.length).toBeGreaterThan(0);
    for (const q of compares) expect(bot.ask(q).answer).not.toMatch(/^Only one outlet/);
  });
});
