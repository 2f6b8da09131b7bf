// Words that name members of Object.prototype are words like any other, in questions and in articles.
import { afterAll, describe, expect, it } from 'vitest';
import { article, ask, corpusOf } from './run-cli.js';

const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
const APOLOGY = /Sorry, something went wrong/;

describe('a question holding a prototype word', () => {
  const questions = PROTOTYPE_WORDS.flatMap((w) => [
    `Who is the ${w}?`,
    `Who said ${w}?`,
    `What did ${w} say?`,
    `Which outlets quoted ${w}?`,
    `What figures did ${w} report?`,
    `${w} ${w} ${w}`,
  ]);
  const r = ask(['--json'], questions.join('\n') + '\n');

  it('is answered, one answer a line, and never with the apology', () => {
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(questions.length);
    for (const [i, line] of r.lines.entries()) {
      const a = JSON.parse(line) as { question: string; answer: string };
      expect(a.question).toBe(questions[i]);
      expect(a.answer, questions[i]).not.toMatch(APOLOGY);
    }
  });
});

describe('an article holding prototype words', () => {
  const words = PROTOTYPE_WORDS.join(' ');
  const corpus = corpusOf({
    'proto.txt': article(
      'The Proto Times',
      `The constructor of the bridge spoke on Monday.\n\n"We wrote ${words} on the wall, then built the constructor bridge in three days," Bob Builder, a constructor, told the Proto Times.\n\nHe said hundreds of valueOf signs and toString cables were used.`,
    ),
    'aliases.yml': 'Bob Builder: [constructor, __proto__, toString]\n',
  });
  afterAll(() => corpus.remove());

  it('loads, and its quote is found and credited', () => {
    const r = ask(['--json', '--corpus', corpus.dir, '--', 'Who said "we built the constructor bridge"?'], '', { STORY_CACHE_DIR: `${corpus.dir}/.cache` });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const a = JSON.parse(r.lines[0]) as { found: boolean; summary: string };
    expect(a.found).toBe(true);
    expect(a.summary).toContain('Bob Builder');
  });

  it('its alias list may hold those words too: "What did __proto__ say?" finds the person they alias', () => {
    const r = ask(['--json', '--corpus', corpus.dir, '--', 'What did __proto__ say?'], '', { STORY_CACHE_DIR: `${corpus.dir}/.cache` });
    expect(r.status).toBe(0);
    const a = JSON.parse(r.lines[0]) as { found: boolean; summary: string };
    expect(a.summary).toContain('Bob Builder');
  });
});
