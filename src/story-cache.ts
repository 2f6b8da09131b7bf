// The built story and its serialized Lunr indexes, kept in .cache/ so a restart with an unchanged corpus skips
// extraction. A cache file is trusted only when it says it is this build (format and key) and its story has the
// shape answering relies on: valid JSON with the wrong content (hand-edited, another program's, an older format)
// would otherwise turn every answer into the apology.
import { isAscii } from 'node:buffer';
import { readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Story } from './story.js';
import type { LexiconData } from './understand/lexicon.js';

/**
 * Bumped when the file's layout changes, so an older file is rebuilt rather than misread. 4: written as ASCII.
 * 5: keyed on the files' text, with each article's front-matter warnings.
 */
const CACHE_FORMAT = 5;

/** How many story-*.json files a cache folder keeps, newest first: enough for a few corpora used in turn. */
export const CACHE_KEEP = 8;

export interface CachedBuild {
  story: Story;
  indexes: { passages: object; quotes: object };
  /** The paraphrase and typo lexicon for the corpus vocabulary (src/understand/lexicon.ts). */
  lexicon: LexiconData;
  /** Each article's front-matter warnings, in corpus order: said again on a start from the cache. */
  warnings: string[][];
}

/** The cached build in `file` for `key`; undefined when absent; `{ problem }` when the file cannot be trusted. */
export function readCachedBuild(file: string, key: string): CachedBuild | { problem: string } | undefined {
  let text: string;
  try {
    const bytes = readFileSync(file);
    // Written as ASCII (see asciiJson): read byte for byte, which also gives JSON.parse a one-byte string to scan.
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch {
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'not valid JSON (torn write?)' };
  }
  const problem = buildProblem(data, key);
  return problem ? { problem } : (data as CachedBuild);
}

/** Writes the build atomically (temporary file, then rename), then prunes the folder; a failure only costs a rebuild. */
export function writeCachedBuild(file: string, key: string, build: { story: Story; indexes: object; lexicon: LexiconData; warnings: string[][] }, keep = CACHE_KEEP): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, asciiJson({ format: CACHE_FORMAT, key, ...build }));
    renameSync(tmp, file);
    pruneCache(dirname(file), keep, basename(file));
  } catch {
    // A read-only checkout still answers; it just rebuilds next time.
  }
}

/**
 * JSON with every non-ASCII character written as a \u escape: the same value for JSON.parse. A story's curly
 * quotes and accents are a few thousand characters of many megabytes, yet one of them makes the whole decoded
 * text a two-byte string; as ASCII, a warm start decodes and parses it a tenth faster (10,000 passages).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Keeps the `keep` newest story-*.json files of `dir` (and `current` always); removes the rest and stale temporaries. */
export function pruneCache(dir: string, keep: number, current?: string): void {
  const hourAgo = Date.now() - 3_600_000;
  const files = readdirSync(dir)
    .filter((name) => /^story-[0-9a-f]+\.json(?:\.\d+\.tmp)?$/.test(name))
    .map((name) => {
      try {
        return { name, mtime: statSync(join(dir, name)).mtimeMs };
      } catch {
        return undefined;
      }
    })
    .filter((f): f is { name: string; mtime: number } => f !== undefined);
  const builds = files.filter((f) => f.name.endsWith('.json') && f.name !== current).sort((a, b) => b.mtime - a.mtime);
  const stale = [...builds.slice(Math.max(0, keep - 1)), ...files.filter((f) => f.name.endsWith('.tmp') && f.mtime < hourAgo)];
  for (const f of stale) {
    try {
      unlinkSync(join(dir, f.name));
    } catch {
      // Another process pruned it first.
    }
  }
}

/** Why `data` is not a cached build for `key`, or undefined when it is. */
function buildProblem(data: unknown, key: string): string | undefined {
  if (!isObject(data)) return 'not an object';
  if (data.format !== CACHE_FORMAT) return `format ${JSON.stringify(data.format ?? null)}, expected ${CACHE_FORMAT}`;
  if (data.key !== key) return 'built for another corpus or code';
  const { story, indexes } = data;
  if (!isObject(indexes) || !isObject(indexes.passages) || !isObject(indexes.quotes)) return 'no search indexes';
  if (!isObject(story)) return 'no story';
  if (!isObject(data.lexicon)) return 'no lexicon';
  if (!Array.isArray(data.warnings) || !data.warnings.every((w) => Array.isArray(w) && w.every((l) => typeof l === 'string'))) return 'no front-matter warnings';
  return storyProblem(story);
}

/** The fields answering reads without checking, and the ids that must resolve. */
function storyProblem(story: Record<string, unknown>): string | undefined {
  const { articles, passages, quotes, groups, people, figures, aliases, properNouns } = story;
  const lists = { articles, passages, quotes, groups, people, figures, properNouns };
  for (const [name, list] of Object.entries(lists)) if (!Array.isArray(list)) return `story.${name} is not a list`;
  if (!isObject(aliases)) return 'story.aliases is not a mapping';
  const articleIds = new Set<string>();
  for (const a of articles as unknown[]) {
    if (!hasStrings(a, 'id', 'name', 'headline') || !Array.isArray(a.paragraphs) || !Array.isArray(a.sources)) return 'an article lacks its fields';
    articleIds.add(a.id as string);
  }
  const inArticle = (x: unknown) => hasStrings(x, 'id', 'articleId', 'text') && articleIds.has(x.articleId as string);
  if (!(passages as unknown[]).every(inArticle)) return 'a passage lacks its fields or article';
  if (!(figures as unknown[]).every((f) => inArticle(f) && hasStrings(f, 'outlet', 'topic'))) return 'a figure lacks its fields or article';
  const quoteIds = new Set<string>();
  for (const q of quotes as unknown[]) {
    if (!inArticle(q) || !hasStrings(q, 'sentence', 'groupId')) return 'a quote lacks its fields or article';
    quoteIds.add((q as { id: string }).id);
  }
  for (const g of groups as unknown[])
    if (!hasStrings(g, 'id') || !Array.isArray(g.quoteIds) || !g.quoteIds.every((id) => quoteIds.has(id as string))) return 'a quote group names a quote that is not there';
  if (!(people as unknown[]).every((p) => hasStrings(p, 'id', 'name') && Array.isArray((p as { variants?: unknown }).variants))) return 'a person lacks their fields';
  if (!(properNouns as unknown[]).every((n) => typeof n === 'string')) return 'story.properNouns holds a non-text';
  return undefined;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function hasStrings(x: unknown, ...fields: string[]): x is Record<string, unknown> {
  return isObject(x) && fields.every((f) => typeof x[f] === 'string');
}
