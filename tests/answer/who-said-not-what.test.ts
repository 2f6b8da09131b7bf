// "What did the harbour authority say?": a speaker asked for by a description is found in who said a statement
// (the speaker, their role, the words of the attribution), never in what the statement says. A body the story
// only names in someone else's words said nothing, and the answer says so and where it is named. Over an invented
// story of a storm at a port.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'who-said-'));
writeFileSync(
  join(dir, 'post.md'),
  [
    '---', 'outlet: Harbour Post', 'headline: Storm shuts the port of Kelmouth', '---',
    'A storm closed the port of Kelmouth on Tuesday.', '',
    'Reporters confirmed that the Harbour Authority offices had closed by noon.', '',
    '"We have never seen waves like these," said Dunn Arvel, a ferry captain.', '',
    'A spokesman for the coastguard said two boats had been towed in.', '',
    'Police said the ferry company had cancelled every sailing until Thursday.', '',
    'The Transport Ministry said repairs to the sea wall would be paid for in full.', '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('a described speaker is who said it, not what was said', () => {
  it.each(['what did the harbour authority say?', 'has the harbour authority commented?', 'what did the ferry company say?'])(
    '%j is not answered with the words of someone who only named them',
    (q) => {
      const a = bot.ask(q);
      expect(a.found, q).toBe(false);
      expect(a.summary, q).toMatch(/^The story quotes nobody called “the (?:harbour authority|ferry company)”/);
      expect(a.quotes, q).toEqual([]);
    },
  );

  it('says where the story names the body that said nothing', () => {
    const a = bot.ask('what did the harbour authority say?');
    expect(a.summary).toContain('Harbour Post mentions the harbour authority but quotes no word from them');
    expect(a.summary).toContain('Reporters confirmed that the Harbour Authority offices had closed');
    expect(a.citations.map((c) => c.outlet)).toEqual(['Harbour Post']);
  });

  it.each([
    ['what did the spokesman say', 'two boats had been towed in'],
    ['what did the coastguard say', 'two boats had been towed in'],
    ['what did police say', 'the ferry company had cancelled every sailing'],
    ['what did the ministry say', 'repairs to the sea wall'],
    ['what did the ferry captain say', 'We have never seen waves like these'],
  ])('%j still finds the speaker the attribution names', (q, said) => {
    const a = bot.ask(q);
    expect(a.found, q).toBe(true);
    expect(a.answer, q).toContain(said);
  });
});
