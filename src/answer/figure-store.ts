import type { Figure } from '../extract/figures.js';
import type { NameVariants } from '../extract/names.js';
import { conceptsOf, skeleton, TOPIC_STOP_WORDS, topicConcepts } from '../extract/topics.js';
import { stem } from '../search/stem.js';
import { indexText } from '../search/story-index.js';

/** A figure with what matching needs, computed once. */
export interface FigureEntry {
  figure: Figure;
  /** Position in the corpus's figure list: ties keep reading order. */
  order: number;
  /** Concepts of the figure's topic ("territory", "retaken"). */
  topicConcepts: Set<string>;
  /** Concepts of its measure and text. */
  concepts: Set<string>;
  /** Word keys of its measure, text, claimant and topic. */
  words: Set<string>;
  /** Word keys of its whole sentence. */
  sentenceWords: Set<string>;
  /** Every value it states (both sides of a range, both units of a printed conversion). */
  values: number[];
}

/** What a question asks about, keyed the way figures are. */
export interface TopicKeys {
  concepts: Set<string>;
  words: Set<string>;
}

/** A story's figures indexed for answering: built once per story, so each question is a lookup. */
export class FigureStore {
  readonly entries: FigureEntry[];
  readonly byArticle: Map<string, FigureEntry[]>;
  readonly byTopic: Map<string, FigureEntry[]>;
  /** Topics, most important first (by best rank, then by number of outlets). */
  readonly topics: string[];
  /** The topics two outlets or more give figures on, in the same order: the ones "do the outlets agree" can compare. */
  readonly sharedTopics: string[];
  /** Entries by each concept and word key they hold, so a question scores only figures it shares something with. */
  private readonly postings = new Map<string, FigureEntry[]>();

  constructor(
    figures: readonly Figure[],
    private readonly variants: NameVariants,
  ) {
    this.entries = figures.map((f, i) => this.entryOf(f, i));
    for (const e of this.entries) {
      const keys = new Set([...[...e.topicConcepts, ...e.concepts].map(conceptKey), ...[...e.words, ...e.sentenceWords].map(wordKey)]);
      for (const k of keys) push(this.postings, k, e);
    }
    this.byArticle = groupBy(this.entries, (e) => e.figure.articleId);
    this.byTopic = groupBy(this.entries, (e) => e.figure.topic);
    const ranked = [...this.byTopic.entries()]
      .map(([topic, es]) => ({ topic, rank: Math.max(...es.map((e) => e.figure.rank)), outlets: new Set(es.map((e) => e.figure.articleId)).size, names: new Set(es.map((e) => e.figure.outlet)).size }))
      .sort((a, b) => b.rank - a.rank || b.outlets - a.outlets || a.topic.localeCompare(b.topic));
    this.topics = ranked.map((t) => t.topic);
    this.sharedTopics = ranked.filter((t) => t.names >= 2).map((t) => t.topic);
  }

  /** The concepts and word keys of a question's topic words. */
  keys(text: string): TopicKeys {
    return { concepts: conceptsOf(text), words: this.wordKeys(text) };
  }

  /**
   * The entries that can score above zero for a question, in reading order: every point of `scoreEntry`
   * comes from a concept or word the entry shares with the question, so the rest need not be scored.
   */
  candidates(query: TopicKeys): FigureEntry[] {
    const found = new Set<FigureEntry>();
    for (const c of query.concepts) for (const e of this.postings.get(conceptKey(c)) ?? []) found.add(e);
    for (const w of query.words) for (const e of this.postings.get(wordKey(w)) ?? []) found.add(e);
    return [...found].sort((a, b) => a.order - b.order);
  }

  private entryOf(figure: Figure, order: number): FigureEntry {
    const about = [figure.measure, figure.text, figure.topic, figure.claimant ?? '', figure.reference ?? ''].join(' ');
    const values = [figure.value, figure.low, figure.high, ...(figure.conversion?.stated.map((s) => s.value) ?? [])].filter((v): v is number => v !== undefined);
    return {
      figure,
      order,
      topicConcepts: topicConcepts(figure.topic),
      concepts: conceptsOf(`${figure.measure} ${figure.text}`),
      words: this.wordKeys(about),
      sentenceWords: this.wordKeys(figure.sentence),
      values: [...new Set(values)],
    };
  }

  /**
   * Stems of a text's content words, folded as the search index folds them (spellings, aliases, "13,500"),
   * plus spelling-tolerant skeletons of longer words for names no alias list gives.
   */
  private wordKeys(text: string): Set<string> {
    const out = new Set<string>();
    for (const w of indexText(text, this.variants).split(' ')) {
      if (!w || TOPIC_STOP_WORDS.has(w)) continue;
      const s = stem(w);
      out.add(s);
      if (s.length >= 5 && /^\p{L}+$/u.test(s)) out.add(`~${skeleton(s)}`);
    }
    return out;
  }
}

// Concepts and word keys share one postings map.
const conceptKey = (c: string): string => `c:${c}`;
const wordKey = (w: string): string => `w:${w}`;

/** How well a figure matches the words of a topic question; 0 when nothing matches. */
export function scoreEntry(entry: FigureEntry, query: TopicKeys): number {
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

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) push(out, key(item), item);
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
