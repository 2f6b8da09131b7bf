import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';

const bot = StoryBot.open({ corpusDir: 'corpus', cacheDir: false });

describe('a speaker the story does not quote', () => {
  it('is answered with the people it does quote, not the places or institutions credited with statements', () => {
    // "Kyiv announced…", "Ukraine has said…": statements, but Kyiv and Ukraine are not people to suggest.
    const a = bot.ask('what did the mayor say');
    expect(a.found).toBe(false);
    const list = /People quoted: ([^.]*)\./.exec(a.answer)?.[1] ?? '';
    expect(list).toContain('Petro Kuzyk');
    expect(list.split(', ')).not.toContain('Kyiv');
    expect(list.split(', ')).not.toContain('Ukraine');
  });

  it('is not matched to a quoted person who shares only a first name or a surname', () => {
    // Nobody in the story is called Petro Smith or Joe Kuzyk.
    for (const q of ['what did petro smith say', 'who is joe kuzyk']) expect(bot.ask(q).found, q).toBe(false);
  });
});

describe('a quoted speaker asked about something they never spoke on', () => {
  it('is not found, and the answer says the story quotes them on other things', () => {
    // Kuzyk is quoted on the Russians' flight, never on grain exports.
    const a = bot.ask('what did petro kuzyk say about grain exports');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('The story quotes Petro Kuzyk, but not about grain exports.');
    expect(bot.ask('what did petro kuzyk say about the russians').found).toBe(true);
  });
});
