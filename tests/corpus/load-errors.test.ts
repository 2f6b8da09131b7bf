import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/errors.js';
import { parseArticle, readCorpus } from '../../src/corpus/load.js';

// A bad corpus stops start-up with one line that names the file and what is wrong with it.
const failure = (run: () => unknown): CorpusError => {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(CorpusError);
    expect((err as Error).message).not.toContain('\n');
    return err as CorpusError;
  }
  throw new Error('expected a CorpusError');
};

describe('front matter errors', () => {
  it.each([
    ['malformed YAML', '---\noutlet: [The Herald\n---\nBody', 'FRONT_MATTER_INVALID', undefined,
      'corpus/bad.md: front matter is not valid YAML at line 2: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['an unclosed quote', '---\nheadline: "Bridge plan\n---\nBody', 'FRONT_MATTER_INVALID', undefined,
      'corpus/bad.md: front matter is not valid YAML at line 2: Missing closing "quote'],
    ['unclosed front matter', '---\noutlet: The Herald\nBody', 'FRONT_MATTER_INVALID', undefined,
      'corpus/bad.md: front matter opened with --- but never closed'],
    ['front matter that is a list', '---\n- outlet\n---\nBody', 'FRONT_MATTER_INVALID', undefined,
      'corpus/bad.md: front matter must be key: value lines'],
    ['sources that is a number', '---\nsources: 5\n---\nBody', 'FRONT_MATTER_FIELD', 'sources',
      'corpus/bad.md: sources: must be a list of text, got a number'],
    ['sources holding a number', '---\nsources: [CNN, 5]\n---\nBody', 'FRONT_MATTER_FIELD', 'sources',
      'corpus/bad.md: sources: must be a list of text, got a list holding a number'],
    ['an outlet that is a list', '---\noutlet: [a, b]\n---\nBody', 'FRONT_MATTER_FIELD', 'outlet',
      'corpus/bad.md: outlet: must be text, got a list'],
    ['a headline that is a mapping', '---\nheadline: {a: 1}\n---\nBody', 'FRONT_MATTER_FIELD', 'headline',
      'corpus/bad.md: headline: must be text, got a mapping'],
  ])('%s throws one line naming the file and the problem', (_what, raw, code, field, message) => {
    const err = failure(() => parseArticle('corpus/bad.md', raw));
    expect({ code: err.code, file: err.file, field: err.field, message: err.message }).toEqual({ code, file: 'corpus/bad.md', field, message });
  });
});

describe('front matter that is fine', () => {
  it('is optional: without it the whole text is the body', () => {
    expect(parseArticle('corpus/a.txt', 'Headline\nBody')).toEqual({ id: 'a', file: 'corpus/a.txt', meta: {}, body: 'Headline\nBody' });
  });

  it('may be empty', () => {
    expect(parseArticle('corpus/a.txt', '---\n---\nBody').body).toBe('Body');
  });

  it('reads a date as the text it was, a single source as a list, and keeps the body verbatim', () => {
    const a = parseArticle('corpus/a.md', '---\npublished: 2024-04-12\nsources: CNN\n---\n  Body \n');
    expect(a.meta).toEqual({ published: '2024-04-12', sources: ['CNN'] });
    expect(a.body).toBe('  Body \n');
  });
});

describe('front matter with keys the reader does not know', () => {
  it('warns once for the file, naming every unknown key and the known ones, and reads the rest', () => {
    const lines: string[] = [];
    const a = parseArticle('corpus/a.md', '---\noutlet: The Herald\nauthor: Jo Bloggs\ndate: 2024-04-12\n---\nBody', (l) => lines.push(l));
    expect(lines).toEqual(['corpus/a.md: unknown front-matter keys author, date ignored (known keys: outlet, headline, byline, url, published, language, sources)']);
    expect(a.meta).toEqual({ outlet: 'The Herald' });
  });

  it('start-up goes on: the corpus still loads, with one warning for the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'story-corpus-'));
    try {
      writeFileSync(join(root, 'a.md'), '---\nauthor: Jo Bloggs\n---\nBridge plan approved\nThe council met.');
      const lines: string[] = [];
      expect(readCorpus(root, { warn: (l) => lines.push(l) })).toHaveLength(1);
      expect(lines).toEqual([`${join(root, 'a.md')}: unknown front-matter key author ignored (known keys: outlet, headline, byline, url, published, language, sources)`]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says nothing when every key is known', () => {
    const lines: string[] = [];
    parseArticle('corpus/a.md', '---\noutlet: The Herald\nbyline: Jo\nsources: [CNN]\n---\nBody', (l) => lines.push(l));
    expect(lines).toEqual([]);
  });
});

describe('corpus folder errors', () => {
  const root = mkdtempSync(join(tmpdir(), 'story-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a missing folder', () => {
    const dir = join(root, 'nowhere');
    const err = failure(() => readCorpus(dir));
    expect(err.code).toBe('CORPUS_NOT_FOUND');
    expect(err.message).toBe(`${dir}: no such corpus folder (set --corpus or STORY_CORPUS)`);
  });

  it('a path that is a file, not a folder, is called a file (not "no such folder") and the line names the setting', () => {
    const file = join(root, 'notes.md');
    writeFileSync(file, 'Headline\nBody');
    const err = failure(() => readCorpus(file));
    expect(err.code).toBe('CORPUS_NOT_FOUND');
    expect(err.message).toBe(`${file}: is a file, not a folder: set --corpus or STORY_CORPUS to the folder that holds the articles`);
  });

  it('a folder with no articles', () => {
    const dir = join(root, 'empty');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.json'), '{}');
    const err = failure(() => readCorpus(dir));
    expect(err.code).toBe('CORPUS_EMPTY');
    expect(err.message).toBe(`${dir}: no .txt or .md articles in the corpus folder`);
  });

  it('a bad file among good ones is named with its path', () => {
    const dir = join(root, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a-good.txt'), 'Headline\nBody.');
    writeFileSync(join(dir, 'b-bad.md'), '---\nsources: 5\n---\nBody.');
    expect(failure(() => readCorpus(dir)).message).toBe(`${join(dir, 'b-bad.md')}: sources: must be a list of text, got a number`);
  });
});
