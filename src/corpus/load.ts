import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CorpusError } from '../errors.js';
import type { Article, ArticleMeta } from './article.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
const STRING_FIELDS = ['outlet', 'headline', 'byline', 'url', 'published', 'language'] as const;

/** Reads every .txt and .md file of `dir`, in name order. Throws CorpusError naming the file and field. */
export function readCorpus(dir: string): Article[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir);
  } catch {
    throw new CorpusError('CORPUS_NOT_FOUND', dir, 'no such corpus folder (set --corpus or STORY_CORPUS)');
  }
  const files = names.filter(isArticleFile).sort();
  if (files.length === 0) throw new CorpusError('CORPUS_EMPTY', dir, 'no .txt or .md articles in the corpus folder');
  return files.map((name) => parseArticle(join(dir, name), readFileSync(join(dir, name), 'utf8')));
}

// A README explains the folder to people; it is never an article of the story.
function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('.') && !/^readme\./i.test(name);
}

/** Splits optional YAML front matter from the verbatim body and validates its fields. */
export function parseArticle(file: string, raw: string): Article {
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
