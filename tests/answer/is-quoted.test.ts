// "Is the mayor quoted?", "has the operator commented?", "does anyone quote the minister?": asked whether someone
// speaks in the story, the answer is what they said, or that the story names them and quotes nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'is-quoted-'));
writeFileSync(
  join(dir, 'post.md'),
  [
    '---', 'outlet: Harbour Post', 'headline: Ferry strike halts crossings', '---',
    'Ferry crews walked out on Monday, and Transport Minister Elin Sund was due to meet both sides.', '',
    '"We have been patient for two years," union leader Mara Quill told reporters at the quay.', '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('whether someone is quoted', () => {
  it.each(['Is Mara Quill quoted?', 'has quill commented', 'was Quill interviewed', 'does anyone quote Mara Quill'])('%j gives what they said', (q) => {
    const a = bot.ask(q);
    expect(a.intent).toBe('what_said');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('We have been patient for two years');
  });

  it('says so when the story names them and quotes nothing', () => {
    const a = bot.ask('Is the minister Elin Sund quoted?');
    expect(a.found).toBe(false);
    expect(a.summary).toMatch(/^Elin Sund is mentioned, but not quoted/);
  });

  it('does not take a name inside what was reported for the one who reported it', () => {
    // The bundled story's "Journalists from the AFP news agency confirmed that the Kremlin troops left their
    // equipment": the journalists speak; the Kremlin is in what they confirmed, and is quoted nowhere.
    const bundled = StoryBot.open({ corpusDir: 'corpus' });
    for (const q of ['what did the kremlin say', 'has the kremlin commented']) {
      const a = bundled.ask(q);
      expect(a.found, q).toBe(false);
      expect(a.summary, q).toMatch(/^The story quotes nobody called “the kremlin”/);
    }
  });

  it('leaves other yes/no questions to the search', () => {
    expect(bot.ask('has the strike ended').intent).not.toBe('what_said');
  });
});
