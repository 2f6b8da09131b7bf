import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, readCorpus } from '../../src/corpus/load.js';

// The bundled articles are the seeds verbatim: front matter is added above them and nothing
// else is touched, so all cleaning is done by rules at load time, none by hand.
const SEEDS = '../shared/seeds';
const PAIRS: [corpusFile: string, seedFile: string][] = [
  ['german-kremlin-soldiers-flee-on-bicycles.txt', '000_42cf6d9c93def460.txt'],
  ['insider-putin-should-be-shaking.txt', '001_e0bda694b73183e5.txt'],
  ['beyondnews-soldiers-flee-like-olympic-sprinters.txt', '002_057e9caca1bb04d6.txt'],
  ['daily-star-fled-like-olympic-sprinters.txt', '003_ddf598c8d8de2eeb.txt'],
  ['sun-putins-troops-abandon-weapons.txt', '004_4fcec8587124858c.txt'],
];

describe('corpus/', () => {
  it('holds one file per seed article, each with front matter', () => {
    const files = readdirSync('corpus').filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort();
    expect(files).toEqual(PAIRS.map(([c]) => c).sort());
    for (const f of files) expect(readFileSync(join('corpus', f), 'utf8').startsWith('---\n'), f).toBe(true);
  });

  it('loads without error, and its README.md is not taken for an article', () => {
    expect(existsSync('corpus/README.md')).toBe(true);
    expect(readCorpus('corpus').map((a) => a.id)).not.toContain('README');
    expect(readCorpus('corpus')).toHaveLength(PAIRS.length);
  });

  it.runIf(existsSync(SEEDS)).each(PAIRS)('%s is byte-identical to the seed %s after its front matter', (corpusFile, seedFile) => {
    const raw = readFileSync(join('corpus', corpusFile));
    const seed = readFileSync(join(SEEDS, seedFile));
    const body = raw.subarray(raw.length - seed.length);
    expect(body.equals(seed)).toBe(true);
    expect(parseArticle(corpusFile, raw.toString('utf8')).body).toBe(seed.toString('utf8'));
  });
});
