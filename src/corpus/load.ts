import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createRequire } from 'node:module';
import { CorpusError } from '../errors.js';
import type { Article, ArticleMeta } from './article.js';

/**
 * The YAML parser, loaded on first use (~50 ms with its first parse): a start from the cache keys on the files'
 * text and never reads their front matter. `yaml` is CommonJS, so require() loads it on every Node.
 */
export function parseYaml(text: string): unknown {
  yamlParse ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse;
  return yamlParse(text);
}
let yamlParse: typeof import('yaml').parse | undefined;

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
const STRING_FIELDS = ['outlet', 'headline', 'byline', 'url', 'published', 'language'] as const;
/** Every front-matter key the reader uses; any other is a misspelling or a field from another tool. */
const KNOWN_FIELDS: readonly string[] = [...STRING_FIELDS, 'sources'];

/** How the corpus reader treats files; see the corpus section of README.md. */
export interface CorpusReadOptions {
  /**
   * Largest article file, in bytes. A news article is tens of kilobytes; a file far past that is a dump or a
   * mistake: extraction takes seconds per megabyte and the cache file grows tenfold. Default: 512 KiB (a
   * 50,000-word long read is about 300 KB).
   */
  maxArticleBytes?: number;
  /** Where a one-line warning goes for each file that is skipped. Default: standard error. */
  warn?: (line: string) => void;
}

export const CORPUS_READ_DEFAULTS = {
  maxArticleBytes: 512 * 1024,
  warn: (line: string) => void process.stderr.write(`story-bot: warning: ${line}\n`),
} as const satisfies Required<CorpusReadOptions>;

/**
 * Reads every .txt and .md file of `dir`, in name order. A file that cannot be an article as it stands stops
 * the read with a CorpusError naming the file and the problem (binary, not UTF-8, too large, unreadable, bad
 * front matter); one that holds nothing to read is skipped with one warning naming it (empty, no words, a
 * byte-for-byte copy of another file, a folder or other non-file under an article's name).
 */
export function readCorpus(dir: string, options: CorpusReadOptions = {}): Article[] {
  const warn = options.warn ?? CORPUS_READ_DEFAULTS.warn;
  const articles: Article[] = [];
  for (const { file, raw } of corpusFiles(dir, options)) articles.push(parseArticle(file, raw, warn));
  return articles;
}

/** One article file as read: its path and decoded text, before its front matter is read. */
export interface CorpusFile {
  file: string;
  raw: string;
}

/**
 * The first half of readCorpus: each article file of `dir` in name order, read, decoded and checked, as it
 * is reached (a skipped file's warning comes between the files around it, an unreadable one stops the walk
 * there). Its texts are what the cache is keyed on, so a start from the cache never parses front matter.
 */
export function* corpusFiles(dir: string, options: CorpusReadOptions = {}): Generator<CorpusFile> {
  const { maxArticleBytes, warn } = { ...CORPUS_READ_DEFAULTS, ...options };
  let names: string[];
  let stats: Stats | undefined;
  try {
    stats = statSync(dir);
    if (!stats.isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir);
  } catch {
    // A path that exists but is a file is a different mistake from a typo: "no such folder" would send the
    // user looking for a path they can see is there.
    if (stats?.isFile())
      throw new CorpusError('CORPUS_NOT_FOUND', dir, 'is a file, not a folder: set --corpus or STORY_CORPUS to the folder that holds the articles');
    throw new CorpusError('CORPUS_NOT_FOUND', dir, 'no such corpus folder (set --corpus or STORY_CORPUS)');
  }
  const files = names.filter(isArticleFile).sort();
  if (files.length === 0) throw new CorpusError('CORPUS_EMPTY', dir, 'no .txt or .md articles in the corpus folder');
  let kept = 0;
  const firstWithText = new Map<string, string>();
  for (const name of files) {
    const file = join(dir, name);
    const raw = readArticleText(file, maxArticleBytes, warn);
    if (raw === undefined) continue;
    const problem = emptiness(raw);
    if (problem) {
      warn(`${file}: ${problem}; skipped`);
      continue;
    }
    // A copy of a file under a second name would count every quote and citation twice.
    const digest = createHash('sha1').update(raw.replace(/\s+/g, ' ').trim()).digest('hex');
    const original = firstWithText.get(digest);
    if (original) {
      warn(`${file}: the same text as ${original}; skipped`);
      continue;
    }
    firstWithText.set(digest, file);
    kept += 1;
    yield { file, raw };
  }
  if (kept === 0) throw new CorpusError('CORPUS_EMPTY', dir, 'no usable articles in the corpus folder (see the warnings above)');
}

// A README explains the folder to people; it is never an article of the story.
function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('.') && !/^readme\./i.test(name);
}

/** The text of one article file, decoded; undefined (after a warning) when it is not a file at all. */
function readArticleText(file: string, maxBytes: number, warn: (line: string) => void): string | undefined {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (err) {
    throw new CorpusError('CORPUS_UNREADABLE', file, `cannot be read (${errorCode(err)})`);
  }
  // Never open anything but a regular file: reading a FIFO or a device would wait forever.
  if (!stats.isFile()) {
    warn(`${file}: ${stats.isDirectory() ? 'a folder' : 'not a regular file'} with an article's name; skipped`);
    return undefined;
  }
  if (stats.size > maxBytes)
    throw new CorpusError('ARTICLE_TOO_LARGE', file, `is ${formatBytes(stats.size)}; an article may be at most ${formatBytes(maxBytes)}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new CorpusError('CORPUS_UNREADABLE', file, `cannot be read (${errorCode(err)})`);
  }
  return decodeText(file, bytes);
}

/**
 * UTF-8 (with or without a byte-order mark), or UTF-16 with its byte-order mark, as Windows editors save
 * "Unicode" text. Anything else stops the read: guessing a legacy encoding would silently garble quotes.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    const elf = bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
    throw new CorpusError(
      'ARTICLE_NOT_TEXT',
      file,
      `${elf ? 'is a program (ELF), not text' : 'is not text (it holds NUL bytes)'}; an article is UTF-8 text, or UTF-16 with a byte-order mark`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const line = loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length;
    throw new CorpusError('ARTICLE_NOT_TEXT', file, `is not UTF-8 (line ${line} has bytes of another encoding, such as Latin-1); save it as UTF-8`);
  }
}

/** Why a file holds nothing to read, or undefined when it holds words. */
function emptiness(raw: string): string | undefined {
  if (!raw.trim()) return 'empty';
  // Front matter alone, or only symbols and digits, is no article: no sentence can be quoted from it.
  const body = raw.replace(/^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
  if (!/\p{L}{2}/u.test(body)) return 'holds no words';
  return undefined;
}

function errorCode(err: unknown): string {
  return (err as { code?: unknown }).code ? String((err as { code: unknown }).code) : err instanceof Error ? err.message : String(err);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(n / 1024)} KB`;
}

/**
 * Splits optional YAML front matter from the verbatim body and validates its fields. Keys it does not know are
 * ignored after one warning for the file, so a misspelt "author:" for "byline:" is noticed at start-up rather
 * than as a byline that never shows.
 */
export function parseArticle(file: string, raw: string, warn: (line: string) => void = CORPUS_READ_DEFAULTS.warn): Article {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const id = basename(file, extname(file));
  // The block between the fences may be empty ("---\n---").
  const fence = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!fence) {
    if (/^---[ \t]*\n/.test(text)) throw new CorpusError('FRONT_MATTER_INVALID', file, 'front matter opened with --- but never closed');
    return { id, file, meta: {}, body: text };
  }
  let data: unknown;
  try {
    data = parseYaml(fence[1] ?? '') ?? {};
  } catch (err) {
    throw new CorpusError('FRONT_MATTER_INVALID', file, `front matter is not valid YAML${yamlProblem(err)}`);
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null)
    throw new CorpusError('FRONT_MATTER_INVALID', file, 'front matter must be key: value lines');
  const unknown = Object.keys(data).filter((key) => !KNOWN_FIELDS.includes(key));
  if (unknown.length > 0)
    warn(`${file}: unknown front-matter ${unknown.length === 1 ? 'key' : 'keys'} ${unknown.join(', ')} ignored (known keys: ${KNOWN_FIELDS.join(', ')})`);
  return { id, file, meta: validateMeta(file, data as Record<string, unknown>), body: text.slice(fence[0].length) };
}

function validateMeta(file: string, data: Record<string, unknown>): ArticleMeta {
  const meta: ArticleMeta = {};
  for (const key of STRING_FIELDS) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    // YAML reads an unquoted date as a Date; accept it as the text it was.
    if (value instanceof Date) meta[key] = value.toISOString().slice(0, 10);
    else if (typeof value === 'string' || typeof value === 'number') meta[key] = String(value).trim();
    else throw new CorpusError('FRONT_MATTER_FIELD', file, `must be text, got ${describe(value)}`, key);
  }
  if (data.sources !== undefined && data.sources !== null) {
    const sources = typeof data.sources === 'string' ? [data.sources] : data.sources;
    if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string'))
      throw new CorpusError('FRONT_MATTER_FIELD', file, `must be a list of text, got ${describeList(data.sources)}`, 'sources');
    meta.sources = sources.map((s: string) => s.trim()).filter(Boolean);
  }
  return meta;
}

/** " at line N: reason", with N counted in the file (the opening fence is line 1), on one line. */
function yamlProblem(err: unknown): string {
  if (!(err instanceof Error)) return '';
  const reason = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, '').trim();
  const linePos = (err as { linePos?: { line: number }[] }).linePos;
  const where = linePos?.[0] ? ` at line ${linePos[0].line + 1}` : '';
  return `${where}: ${reason}`;
}

function describeList(value: unknown): string {
  if (!Array.isArray(value)) return describe(value);
  const odd = value.find((v) => typeof v !== 'string');
  return `a list holding ${odd === null ? 'an empty item' : describe(odd)}`;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}
