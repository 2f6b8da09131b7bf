import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CorpusError } from '../errors.js';
import type { Article, ArticleMeta } from './article.js';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
const STRING_FIELDS = ['outlet', 'headline', 'byline', 'url', 'published'] as const;

/** Reads every .txt and .md file of `dir`, in name order. Throws CorpusError naming the file and field. */
export function readCorpus(dir: string): Article[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir);
  } catch {
    throw new CorpusError('CORPUS_NOT_FOUND', dir, 'no such corpus folder (set --corpus or STORY_CORPUS)');
  }
  const files = names.filter((n) => ARTICLE_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith('.')).sort();
  if (files.length === 0) throw new CorpusError('CORPUS_EMPTY', dir, 'no .txt or .md articles in the corpus folder');
  return files.map((name) => parseArticle(join(dir, name), readFileSync(join(dir, name), 'utf8')));
}

/** Splits optional YAML front matter from the verbatim body and validates its fields. */
export function parseArticle(file: string, raw: string): Article {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const id = basename(file, extname(file));
  const fence = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!fence) {
    if (/^---[ \t]*\n/.test(text)) throw new CorpusError('FRONT_MATTER_INVALID', file, 'front matter opened with --- but never closed');
    return { id, file, meta: {}, body: text };
  }
  let data: unknown;
  try {
    data = parseYaml(fence[1]) ?? {};
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new CorpusError('FRONT_MATTER_INVALID', file, `front matter is not valid YAML (${reason})`);
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
      throw new CorpusError('FRONT_MATTER_FIELD', file, `must be a list of text, got ${describe(data.sources)}`, 'sources');
    meta.sources = sources.map((s: string) => s.trim()).filter(Boolean);
  }
  return meta;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a mapping' : typeof value;
}
