import lunr from 'lunr';
import { NameVariants, phoneticKey, editDistance, withinOneEdit } from '../extract/names.js';
import type { Story } from '../story.js';
import { indexable, stem } from './stem.js';
import { words } from './text.js';

/** The Lunr indexes over a story: passages (sentences) and quotes. */
export interface StoryIndexes {
  passages: lunr.Index;
  quotes: lunr.Index;
}

/** One query word, folded, with how much it counts. */
export interface QueryTerm {
  term: string;
  boost: number;
}

// Lunr's trimmer strips every non-ASCII letter (\W), which would empty Cyrillic or Greek words; our own
// tokenizer already cut words out, so the index keeps only stop words and the stemmer.
function configure(builder: lunr.Builder) {
  builder.pipeline.remove(lunr.trimmer);
  builder.searchPipeline.remove(lunr.trimmer);
}

/** Folds text for the index: words, spellings and name variants folded, joined by spaces for Lunr's tokenizer. */
export function indexText(text: string, variants: NameVariants): string {
  return words(text)
    .flatMap((w) => variantOf(w, variants))
    .join(' ');
}

// A canonical name may be several words ("FT" → "Financial Times"): each must be a token of its own,
// folded like any other text, or it could match nothing.
// Asked per word of every question (and of every text the index folds), and each ask folds the word into a name
// key again: remembered per alias list and word. Bounded, because user text can hold any word.
const MAX_REMEMBERED_VARIANTS = 50_000;
const rememberedVariants = new WeakMap<NameVariants, Map<string, readonly string[]>>();

function variantOf(word: string, variants: NameVariants): readonly string[] {
  let remembered = rememberedVariants.get(variants);
  if (!remembered) rememberedVariants.set(variants, (remembered = new Map()));
  let hit = remembered.get(word);
  if (!hit) {
    if (remembered.size >= MAX_REMEMBERED_VARIANTS) remembered.clear();
    remembered.set(word, (hit = variants.has(word) ? words(variants.canonicalName(word)) : [word]));
  }
  return hit;
}

export function buildIndexes(story: Story): StoryIndexes {
  const variants = new NameVariants(story.aliases);
  const passages = lunr(function () {
    configure(this);
    this.ref('id');
    this.field('text');
    this.metadataWhitelist = [];
    for (const p of story.passages) this.add({ id: p.id, text: indexText(p.text, variants) });
  });
  const people = new Map(story.people.map((p) => [p.id, p]));
  const quotes = lunr(function () {
    configure(this);
    this.ref('id');
    this.field('quote', { boost: 3 });
    this.field('context');
    this.field('speaker');
    for (const q of story.quotes) {
      const person = q.personId ? people.get(q.personId) : undefined;
      this.add({
        id: q.id,
        // reported speech holding quoted words is found by its whole content ("the bids were rigged ... “an inside track”")
        quote: indexText(q.reported ?? q.text, variants),
        context: indexText(q.sentence, variants),
        speaker: indexText([person?.name, ...(person?.variants ?? []), q.descriptive, q.role].filter(Boolean).join(' '), variants),
      });
    }
  });
  return { passages, quotes };
}

export function serializeIndexes(ix: StoryIndexes): object {
  return { passages: ix.passages.toJSON(), quotes: ix.quotes.toJSON() };
}

export function loadIndexes(json: { passages: object; quotes: object }): StoryIndexes {
  return { passages: loadIndex(json.passages), quotes: loadIndex(json.quotes) };
}

/** lunr.TokenSet.Builder, which the type definitions leave out. */
interface TokenSetBuilder {
  insert(word: string): void;
  finish(): void;
  root: lunr.TokenSet;
}

interface SerializedIndex {
  version: string;
  fields: string[];
  fieldVectors: [string, number[]][];
  invertedIndex: [string, object][];
  pipeline: string[];
}

/**
 * lunr.Index.load, except that the token set (the automaton Lunr matches query terms against) is built the first
 * time a query needs it. Building it is most of a load (70 ms of a warm start at 10,000 passages), and many
 * answers never run a Lunr query: understanding reads the inverted index directly (lookupExpanded), and a
 * one-shot `ask` may need one index's set or neither. Same vectors, postings and terms, inserted in the same
 * (serialized, sorted) order, so the set and every query's results are what Index.load gives.
 */
function loadIndex(json: object): lunr.Index {
  const serialized = json as SerializedIndex;
  if (serialized.version !== lunr.version)
    lunr.utils.warn(`Version mismatch when loading serialised index. Current version of lunr '${lunr.version}' does not match serialized index '${serialized.version}'`);
  const fieldVectors: Record<string, lunr.Vector> = {};
  for (const [ref, elements] of serialized.fieldVectors) fieldVectors[ref] = new lunr.Vector(elements);
  const invertedIndex: Record<string, object> = Object.create(null) as Record<string, object>;
  const terms: string[] = [];
  for (const [term, posting] of serialized.invertedIndex) {
    terms.push(term);
    invertedIndex[term] = posting;
  }
  const attrs = { fields: serialized.fields, fieldVectors, invertedIndex, tokenSet: undefined, pipeline: lunr.Pipeline.load(serialized.pipeline) };
  const index = new lunr.Index(attrs as unknown as lunr.Index.Attributes);
  let tokenSet: lunr.TokenSet | undefined;
  Object.defineProperty(index, 'tokenSet', {
    configurable: true,
    enumerable: true,
    get(): lunr.TokenSet {
      if (!tokenSet) {
        const builder = new (lunr.TokenSet as unknown as { Builder: new () => TokenSetBuilder }).Builder();
        for (const term of terms) builder.insert(term);
        builder.finish();
        tokenSet = builder.root;
      }
      return tokenSet!;
    },
  });
  return index;
}

/**
 * Turns words of a question into query terms the corpus knows: spelling and alias variants folded,
 * and a word the corpus lacks replaced by proper nouns that sound the same ("Zelenskiy") or differ by
 * one letter. User text never reaches Lunr's query parser: these terms go to `index.query` one by one.
 */
export class TermResolver {
  private readonly byKey = new Map<string, string[]>();

  constructor(
    private readonly nouns: readonly string[],
    private readonly variants: NameVariants,
    private readonly vocabulary: ReadonlySet<string>,
  ) {
    for (const n of nouns) {
      const k = phoneticKey(n);
      if (k.length >= 2) this.byKey.set(k, [...(this.byKey.get(k) ?? []), n]);
    }
  }

  /** Folded words of `text`, each with the corpus forms it stands for (empty when the corpus lacks it). */
  resolve(text: string, stop: ReadonlySet<string>): { word: string; forms: string[] }[] {
    const out: { word: string; forms: string[] }[] = [];
    const seen = new Set<string>();
    for (const w of indexText(text, this.variants).split(' ')) {
      if (!w || stop.has(w) || seen.has(w) || w.length > 40) continue;
      seen.add(w);
      if (this.known(w)) {
        // A name the corpus spells more than one way ("Kesingley", "Kessingley") reaches every spelling.
        const siblings = w.length >= 5 ? (this.byKey.get(phoneticKey(w)) ?? []).filter((n) => n !== w && editDistance(n, w, 2) <= 2) : [];
        out.push({ word: w, forms: [w, ...this.folded(siblings).filter((n) => n !== w)] });
        continue;
      }
      // Sound alone is not enough: a sound-alike must also be spelt near the word ("zelenskiy" / "Zelensky"), since
      // the key folds b/p and d/t and drops vowels, so "proto" would otherwise be "Birdie".
      const byKey = w.length >= 4 ? (this.byKey.get(phoneticKey(w)) ?? []).filter((n) => editDistance(n, w, 3) <= Math.max(1, Math.floor(w.length * 0.3))) : [];
      const close = byKey.length || w.length < 5 ? byKey : this.nouns.filter((n) => Math.abs(n.length - w.length) <= 1 && withinOneEdit(n, w));
      out.push({ word: w, forms: this.folded(close) });
    }
    return out;
  }

  /** Proper nouns as the index holds them, only those it has. */
  private folded(nouns: readonly string[]): string[] {
    return [...new Set(nouns.flatMap((n) => variantOf(n, this.variants)))].filter((n) => this.known(n));
  }

  private known(word: string): boolean {
    return this.vocabulary.has(stem(word));
  }
}

/** Every term in an index, for knowing which words the corpus has. */
export function vocabularyOf(...indexes: lunr.Index[]): Set<string> {
  const out = new Set<string>();
  for (const ix of indexes) for (const t of Object.keys((ix as unknown as { invertedIndex: Record<string, unknown> }).invertedIndex)) out.add(t);
  return out;
}

/** Runs a query built from resolved terms; stop words are dropped by us, never by Lunr's parser. */
export function search(index: lunr.Index, terms: readonly { forms: string[]; boost?: number }[], fields?: string[]): lunr.Index.Result[] {
  const usable = terms.filter((t) => t.forms.length);
  if (!usable.length) return [];
  const clauses = usable.flatMap((t) => t.forms.map((term) => ({ term, boost: t.boost ?? 1 })));
  return exactTermQuery(index, clauses, fields) ?? index.query((q) => {
    for (const c of clauses) q.term(c.term, { boost: c.boost, wildcard: lunr.Query.wildcard.NONE, ...(fields ? { fields } : {}) });
  });
}

type LunrPosting = Record<string, Record<string, object>> & { _index: number };
interface LunrInternals {
  fields: string[];
  invertedIndex: Record<string, LunrPosting>;
  fieldVectors: Record<string, lunr.Vector>;
  pipeline: { _stack: unknown[] };
}

const sum = (a: number, b: number) => a + b;

// A loaded index never changes: a posting's documents are listed once (Object.keys of a common word's posting
// is an array as long as the corpus), in the posting's own order, which is the order Lunr reads them in.
const docsOfPosting = new WeakMap<object, string[]>();

function postingDocs(fieldPosting: object): string[] {
  let refs = docsOfPosting.get(fieldPosting);
  if (!refs) docsOfPosting.set(fieldPosting, (refs = Object.keys(fieldPosting)));
  return refs;
}

/**
 * What `index.query` returns for optional exact-term clauses, without its query machinery. Answers run a query
 * or two per question, and for an exact term Lunr still builds a token-set automaton, intersects it with the whole
 * vocabulary's, and makes a field reference object per matching document: most of the query's cost, for a
 * lookup of one key. Here the term is stemmed (the search pipeline is Lunr's stemmer alone), looked up in the
 * inverted index, and the documents are scored with Lunr's own vectors and match data, in Lunr's own order, so
 * results, scores and ties are Lunr's. Undefined when the query is one this does not cover (another pipeline, a
 * wildcard character, a field the index lacks): Lunr answers those itself.
 */
function exactTermQuery(index: lunr.Index, clauses: readonly { term: string; boost: number }[], fields?: readonly string[]): lunr.Index.Result[] | undefined {
  const ix = index as unknown as LunrInternals;
  const stack = ix.pipeline?._stack;
  if (!stack || stack.length !== 1 || stack[0] !== lunr.stemmer || clauses.some((c) => c.term.includes('*'))) return undefined;
  const clauseFields = fields ?? ix.fields;
  if (clauseFields.some((f) => !ix.fields.includes(f))) return undefined;
  const queryVectors: Record<string, lunr.Vector> = Object.create(null) as Record<string, lunr.Vector>;
  for (const f of ix.fields) queryVectors[f] = new lunr.Vector([]);
  // Per field, the documents matched so far, keyed by the postings' own ref strings (hashed once, unlike a fresh
  // "field/ref" per document); `order` keeps the order Lunr's "field/ref" keys come back in: first match first.
  const byField = new Map<string, Map<string, lunr.MatchData>>();
  const order: { field: string; ref: string; data: lunr.MatchData }[] = [];
  const termFieldCache = new Set<string>();
  for (const clause of clauses) {
    const term = stem(clause.term);
    if (!Object.hasOwn(ix.invertedIndex, term)) continue;
    const posting = ix.invertedIndex[term];
    for (const field of clauseFields) {
      const fieldPosting = posting[field];
      if (!fieldPosting) return undefined;
      queryVectors[field].upsert(posting._index, clause.boost, sum);
      const termField = `${term}/${field}`;
      if (termFieldCache.has(termField)) continue;
      let docs = byField.get(field);
      if (!docs) byField.set(field, (docs = new Map()));
      for (const ref of postingDocs(fieldPosting)) {
        const match = docs.get(ref);
        if (match === undefined) {
          const data = new lunr.MatchData(term, field, fieldPosting[ref]);
          docs.set(ref, data);
          order.push({ field, ref, data });
        } else (match as lunr.MatchData & { add(term: string, field: string, metadata: object): void }).add(term, field, fieldPosting[ref]);
      }
      termFieldCache.add(termField);
    }
  }
  const results: lunr.Index.Result[] = [];
  const matches = new Map<string, lunr.Index.Result>();
  for (const { field, ref, data } of order) {
    const score = queryVectors[field].similarity(ix.fieldVectors[`${field}/${ref}`]);
    const seen = matches.get(ref);
    if (seen) {
      seen.score += score;
      seen.matchData.combine(data);
    } else {
      const match = { ref, score, matchData: data };
      matches.set(ref, match);
      results.push(match);
    }
  }
  return results.sort((a, b) => b.score - a.score);
}

/** The index terms (stems) a hit matched in any of `fields`, added to `into`. */
export function matchedTerms(hit: lunr.Index.Result, fields: readonly string[], into = new Set<string>()): Set<string> {
  const metadata = hit.matchData.metadata as Record<string, object>;
  for (const term in metadata) if (fields.some((f) => Object.hasOwn(metadata[term], f))) into.add(term);
  return into;
}

/**
 * The share of `terms` among a hit's matched index terms. A word Lunr never indexes ("among", "own") can't
 * show up in match data, so it counts neither for nor against; a word the corpus lacks counts against.
 */
export function coverage(terms: readonly { forms: readonly string[] }[], matched: ReadonlySet<string>): number {
  const counted = terms.filter((t) => !t.forms.length || t.forms.some(indexable));
  if (!counted.length) return 0;
  return counted.filter((t) => t.forms.some((f) => matched.has(stem(f)))).length / counted.length;
}
