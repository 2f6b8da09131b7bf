// The build cache (.cache/story-*.json): a file that is valid JSON but not this build is rebuilt, not trusted,
// and the folder does not grow without bound.
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { article, ask, corpusOf } from './run-cli.js';

const corpus = corpusOf({
  'herald.txt': article('The Herald', '"The bridge will open in May," said Jo Bloggs, the mayor.\n\n"We are proud of it," Bloggs told the Herald.'),
});
const cacheDir = join(corpus.dir, '.cache');
afterAll(() => corpus.remove());

const QUESTION = 'Who said the bridge will open in May?';
const askHere = () => ask(['--json', '--corpus', corpus.dir, QUESTION], '', { STORY_CACHE_DIR: cacheDir });
const cacheFiles = () => readdirSync(cacheDir).filter((f) => /^story-.*\.json$/.test(f));

describe('a cache file with the wrong content', () => {
  const first = askHere();
  const [name] = cacheFiles();
  const file = join(cacheDir, name);
  const good = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { [k: string]: unknown }>;

  it.each([
    ['an empty object', () => ({})],
    ['null', () => null],
    ['quote groups naming quotes that are not there', () => ({ ...good, story: { ...good.story, groups: [{ id: 'group:0', quoteIds: ['nope'] }] } })],
    ['quotes without their text', () => ({ ...good, story: { ...good.story, quotes: (good.story.quotes as object[]).map((q) => ({ ...q, text: 5 })) } })],
    ['a build of another corpus', () => ({ ...good, key: 'someone-else' })],
    ['no format mark (an older layout)', () => ({ ...good, format: undefined })],
  ])('%s is detected, rebuilt with one warning, and the answer is right', (_what, content) => {
    expect(JSON.parse(first.lines[0]).summary).toContain('Jo Bloggs');
    writeFileSync(file, JSON.stringify(content()));
    const r = askHere();
    expect(JSON.parse(r.lines[0]).summary).toContain('Jo Bloggs');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`${name}: cache file .*; rebuilding it$`))]);
    // Rebuilt: the next start trusts it again, silently.
    const again = askHere();
    expect(again.stderr).toBe('');
    expect(JSON.parse(again.lines[0]).summary).toContain('Jo Bloggs');
  });
});

describe('the cache folder', () => {
  it('keeps the newest few builds, not every build ever made', () => {
    askHere();
    const old = Date.now() / 1000 - 86_400;
    for (let i = 0; i < 15; i++) {
      const f = join(cacheDir, `story-${i.toString(16).padStart(40, '0')}.json`);
      writeFileSync(f, '{}');
      utimesSync(f, old + i, old + i);
    }
    // A corpus change makes a new build, which prunes the folder.
    writeFileSync(join(corpus.dir, 'post.txt'), article('The Post', '"Traffic will ease," said Sam Reed, an engineer.'));
    askHere();
    const left = cacheFiles();
    expect(left.length).toBeLessThanOrEqual(8);
    // The builds in use survive; the oldest go first.
    expect(left).not.toContain(`story-${'0'.repeat(40)}.json`);
    expect(left.filter((f) => !/^story-0{30}/.test(f))).toHaveLength(2);
  });
});
