import type { CleanArticle } from '../corpus/article.js';
import type { Figure } from '../extract/figures.js';
import { conceptsOf, contentWords, skeleton, stem, topicConcepts } from '../extract/topics.js';

/** A figure with what matching needs, computed once. */
export interface FigureEntry {
  figure: Figure;
  /** Position in the corpus's figure list: ties keep reading order. */
  order: number;
  /** Concepts of the figure's topic ("territory", "retaken"). */
  topicConcepts: Set<string>;
  /** Concepts of its measure and text. */
  concepts: Set<string>;
  /** Stems and name skeletons of its measure, text, claimant and topic. */
  words: Set<string>;
  /** Stems and name skeletons of its whole sentence. */
  sentenceWords: Set<string>;
  /** Every value it states (both sides of a range, both units of a printed conversion). */
  values: number[];
}

/** Figures indexed for answering: built once per corpus, so each question is a lookup. */
export interface FigureStore {
  entries: FigureEntry[];
  byArticle: Map<string, FigureEntry[]>;
  byTopic: Map<string, FigureEntry[]>;
  /** Topics, most important first (by best rank, then by number of outlets). */
  topics: string[];
  /** Entries by each concept and word key they hold, so a question scores only figures it shares something with. */
  postings: Map<string, FigureEntry[]>;
}

const cache = new WeakMap<readonly Figure[], FigureStore>();

/** Indexes figures for answering; memoized on the array, so callers may call it per question. */
export function prepareFigures(figures: readonly Figure[]): FigureStore {
  const hit = cache.get(figures);
  if (hit) return hit;
  const entries = figures.map(entryOf);
  const postings = new Map<string, FigureEntry[]>();
  for (const e of entries) {
    const keys = new Set([...[...e.topicConcepts, ...e.concepts].map(conceptKey), ...[...e.words, ...e.sentenceWords].map(wordKey)]);
    for (const k of keys) {
      const list = postings.get(k);
      if (list) list.push(e);
      else postings.set(k, [e]);
    }
  }
  const byArticle = groupBy(entries, (e) => e.figure.articleId);
  const byTopic = groupBy(entries, (e) => e.figure.topic);
  const topics = [...byTopic.entries()]
    .map(([topic, es]) => ({ topic, rank: Math.max(...es.map((e) => e.figure.rank)), outlets: new Set(es.map((e) => e.figure.articleId)).size }))
    .sort((a, b) => b.rank - a.rank || b.outlets - a.outlets || a.topic.localeCompare(b.topic))
    .map((t) => t.topic);
  const store = { entries, byArticle, byTopic, topics, postings };
  cache.set(figures, store);
  return store;
}

const conceptKey = (c: string): string => `c:${c}`;
const wordKey = (w: string): string => `w:${w}`;

/**
 * The entries that can score above zero for a question, in reading order: every point of `scoreEntry`
 * comes from a concept or word the entry shares with the question, so the rest need not be scored.
 */
export function candidates(store: FigureStore, query: { concepts: Set<string>; words: Set<string> }): FigureEntry[] {
  const found = new Set<FigureEntry>();
  for (const c of query.concepts) for (const e of store.postings.get(conceptKey(c)) ?? []) found.add(e);
  for (const w of query.words) for (const e of store.postings.get(wordKey(w)) ?? []) found.add(e);
  return [...found].sort((a, b) => a.order - b.order);
}

function entryOf(figure: Figure, order: number): FigureEntry {
  const about = [figure.measure, figure.text, figure.topic, figure.claimant ?? '', figure.reference ?? ''].join(' ');
  const values = [figure.value, figure.low, figure.high, ...(figure.conversion?.stated.map((s) => s.value) ?? [])].filter((v): v is number => v !== undefined);
  return {
    figure,
    order,
    topicConcepts: topicConcepts(figure.topic),
    concepts: conceptsOf(`${figure.measure} ${figure.text}`),
    words: wordKeys(about),
    sentenceWords: wordKeys(figure.sentence),
    values: [...new Set(values)],
  };
}

/** Stems of a text's content words, plus spelling-tolerant skeletons of its longer words. */
export function wordKeys(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of contentWords(text)) {
    out.add(w);
    if (w.length >= 5 && /^\p{L}+$/u.test(w)) out.add(`~${skeleton(w)}`);
  }
  return out;
}

/** How well a figure matches the words of a topic question; 0 when nothing matches. */
export function scoreEntry(entry: FigureEntry, query: { concepts: Set<string>; words: Set<string> }): number {
  let score = 0;
  for (const c of query.concepts) {
    if (entry.topicConcepts.has(c)) score += 4;
    else if (entry.concepts.has(c)) score += 2;
  }
  for (const w of query.words) {
    if (entry.words.has(w)) score += 2;
    else if (entry.sentenceWords.has(w)) score += 1;
  }
  return score;
}

/** The concepts and word keys of a question's topic words. */
export function topicQuery(text: string): { concepts: Set<string>; words: Set<string> } {
  return { concepts: conceptsOf(text), words: wordKeys(text) };
}

/**
 * The article an outlet name in a question means: its outlet or name, spaced or not ("Beyond News"),
 * with or without "the", or enough words of its headline.
 */
export function matchOutlet(text: string, articles: readonly CleanArticle[]): CleanArticle | undefined {
  const key = squash(text);
  if (!key) return undefined;
  let best: { article: CleanArticle; score: number } | undefined;
  for (const article of articles) {
    const names = [article.outlet, article.name].filter((n): n is string => Boolean(n)).map(squash);
    let score = 0;
    if (names.some((n) => n === key)) score = 100;
    else if (names.some((n) => n.length >= 3 && key.length >= 3 && (n.includes(key) || key.includes(n)))) score = 50;
    else {
      const wanted = new Set(contentWords(text));
      const head = new Set(contentWords(article.headline));
      const shared = [...wanted].filter((w) => head.has(w)).length;
      if (shared >= 2 || (shared === 1 && wanted.size === 1)) score = 10 * shared;
    }
    if (score && (!best || score > best.score)) best = { article, score };
  }
  return best?.article;
}

function squash(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/^\s*the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export { stem };
