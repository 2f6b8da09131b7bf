// What a button carries, the brief name of an article with no outlet, and the feedback summary.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction, type ComponentAction } from '../../adapters/components.js';
import { FeedbackLog } from '../../adapters/feedback-log.js';
import { feedbackReport } from '../../src/cli/feedback.js';
import { articleName, detectedLanguage } from '../../src/corpus/article-name.js';
import { summariseFeedback } from '../../src/feedback.js';

describe('component ids', () => {
  it('carry a question, or a command\'s query, and come back the same', () => {
    const asked: ComponentAction = { kind: 'view', view: 'versions', target: { question: 'Who said they fled?' } };
    expect(decodeAction(encodeAction(asked, 100))).toEqual(asked);
    const command: ComponentAction = { kind: 'vote', vote: 'down', target: { query: { intent: 'outlet_figures', outlet: 'Insider', topic: 'territory' } } };
    expect(decodeAction(encodeAction(command, 100))).toEqual(command);
  });

  it('fit in 100 characters however long the question, carrying its understood query instead', () => {
    const long = `Who said ${'the Russians fled like Olympic sprinters and '.repeat(8)}more?`;
    const id = encodeAction({ kind: 'view', view: 'sources', target: { question: long } }, 100);
    expect(id.length).toBeLessThanOrEqual(100);
    const back = decodeAction(id);
    expect(back?.kind).toBe('view');
    expect(back && 'query' in back.target && back.target.query.intent).toBe('who_said');
  });

  it('refuse what this bot did not write: other prefixes, unknown views and intents, missing slots', () => {
    for (const id of ['other|v|versions|q|x', 'sb1|v|nope|q|x', 'sb1|f|maybe|q|x', 'sb1|v|versions|c|__proto__|x', 'sb1|v|versions|c|who_said', 'sb1|v|versions|z|x'])
      expect(decodeAction(id), id).toBeUndefined();
  });
});

describe('the name of an article with no outlet', () => {
  const german = 'Die ukrainische Gegenoffensive im Osten des Landes hat die russischen Streitkräfte offenbar zur überstürzten Flucht veranlasst. '.repeat(6);
  it('is its outlet when known', () => {
    expect(articleName('Insider', 'Headline', undefined, german)).toBe('Insider');
  });

  it('names the language from front matter, or from the text when it is not English', () => {
    expect(articleName(undefined, 'Ukraine: Kremlin soldiers flee on bicycles', 'de', 'English text.')).toBe('an unnamed German-language outlet');
    expect(detectedLanguage(german)).toBe('German');
    expect(articleName(undefined, 'Flucht', undefined, german)).toBe('an unnamed German-language outlet');
  });

  it('falls back to a short form of the headline, never the whole of a long one', () => {
    const name = articleName(undefined, 'Ukraine: Kremlin soldiers flee on bicycles and in civilian clothes', undefined, 'Short English text.');
    expect(name).toBe('an unnamed outlet (“Ukraine: Kremlin soldiers flee on…”)');
  });
});

describe('feedback', () => {
  it('appends one JSON line per vote, the user hashed, and npm run feedback summarises them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-bot-votes-'));
    try {
      const log = new FeedbackLog(join(dir, 'deep', 'votes.jsonl'), 'salt');
      const vote = (v: 'up' | 'down', question: string, intent: 'who_said' | 'search', userId: string) =>
        log.record({ platform: 'slack', question, intent, found: intent !== 'search', summary: `answer to ${question}`, vote: v, userId });
      await Promise.all([
        vote('up', 'Who said it?', 'who_said', 'U1'),
        vote('down', 'Who said it?', 'who_said', 'U2'),
        vote('down', 'What happened?', 'search', 'U1'),
        vote('down', 'what happened?', 'search', 'U3'),
      ]);
      const lines = readFileSync(log.file, 'utf8').split('\n');
      expect(lines.filter(Boolean)).toHaveLength(4);
      expect(lines.join('\n')).not.toMatch(/"U[123]"/);
      const summary = summariseFeedback([...lines, '{torn', '']);
      expect(summary).toMatchObject({ total: 4, skipped: 1 });
      expect(summary.byIntent).toEqual([
        { intent: 'search', up: 0, down: 2 },
        { intent: 'who_said', up: 1, down: 1 },
      ]);
      expect(summary.downvoted[0]).toMatchObject({ question: 'What happened?', intent: 'search', votes: 2 });
      const report = feedbackReport(summary, log.file);
      expect(report).toMatch(/4 votes in .*votes\.jsonl \(1 unreadable line skipped\)/);
      expect(report).toMatch(/Voted 👎:\n {2}2× \[search\] What happened\?/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
