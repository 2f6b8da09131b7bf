import type lunr from 'lunr';
import type { CleanArticle } from '../corpus/article.js';
import { nameKey } from '../extract/names.js';
import type { AnswerContext } from '../answer/context.js';
import { indexable, stem } from '../search/stem.js';
import { QUESTION_WORDS, words } from '../search/text.js';
import { isNegatedAuxiliary, Lexicon, PARTICLES, WEIGHT, type LexiconData } from './lexicon.js';
import { numberSpellings } from './number-words.js';
import { expandTitles, speakerAlternatives, speakerSynonyms } from './speaker-words.js';
import { oppositeStanceWords, stanceWords } from './stance-words.js';
import { newsWords } from './news-words.js';
import { ANONYMOUS_TEXT, DEPUTY_WORDS, FEMALE, IN_CHARGE_WORDS, MALE, PERSON_HEADS, readDescription } from './described-people.js';
import { givenNameSex, isFirstNameWord } from '../extract/given-names.js';
import { attributionWords, paragraphLessSaid } from './attribution-words.js';

/** A question word with the corpus forms it may stand for, each with how much it counts. */
export interface ExpandedTerm {
  word: string;
  forms: { form: string; weight: number }[];
}

export { PERSON_HEADS };
// Words that say who is speaking, not what about: "the local villagers", "a senior official".
const SPEAKER_FILLER = new Set(['the', 'a', 'an', 'one', 'some', 'local', 'several', 'many', 'two', 'three', 'other', 'his', 'her', 'their', 'its']);
const PRONOUNS = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;

/** A statement as a description in the asker's words may find it (rule a person described in the asker's own words). */
interface Candidate {
  id: string;
  /** Its speaker's person id, else its own id: an unnamed speaker is only this statement's. */
  speaker: string;
  /** The speaker is a named person (a sex or a first name shows it), not a body. */
  person: boolean;
  sex?: 'f' | 'm';
  age?: number;
  label: Set<string>;
  /** The head words of the speaker's labels ("executive" of "Metro's chief executive"). */
  heads: Set<string>;
  /** The statement's sentence less what was said: who spoke, in the attribution's words (attribution-words.ts). */
  sentence: Set<string>;
  /** The attribution, the rest of its paragraph and the paragraph before: where the text says more of who spoke. */
  near: Set<string>;
  around: Set<string>;
  /** The sentence, its paragraph and the one before, what was said included: what the asker may recall them by. */
  recalled: Set<string>;
  anonymous: boolean;
  /** Stems of the common nouns its article calls a body by ("the airline", "the company"), when a label names a body ("A Norwind spokeswoman"). */
  bodyNouns: Set<string>;
}

/** An age a label gives by the name: "Ada Quill, 71" or "Ada Quill, 71, who…". */
function ageIn(labels: readonly string[]): number | undefined {
  for (const l of labels) {
    const m = /,\s*(\d{1,3})\s*(?:,|$)/.exec(l);
    if (m && Number(m[1]) <= 115) return Number(m[1]);
  }
  return undefined;
}

/**
 * Rule "one who lives there is a resident": a report names a resident by where they live ("Ada Quill, 34, who
 * lives opposite the mill", "a woman living next door"), and people ask for "the neighbour" or "a resident". Such a
 * speaker carries the residents' words as a label of their own.
 */
const LIVES_THERE = /\b(?:who\s+lives?|who\s+has\s+lived|living|lives)\s+(?:opposite|next\s+door|nearby|near|across|beside|behind|above|below|along|down\s+the\s+(?:road|street|lane)|on\s+the\s+(?:same\s+)?(?:street|road|estate|lane))\b/i;
const RESIDENT_STEMS = ['resident', 'neighbour', 'neighbor'].map(stem);

/**
 * Rule "those who live there are its residents", asked: "people living near the plant", "families who live next to
 * the depot", "those living in Corran" ask for the speakers a report calls residents (or writes as living there,
 * rule one who lives there is a resident), near the place named. Read as "residents near the plant" / "residents in
 * Corran", for the place rules to find (rule a described speaker somewhere).
 */
const LIVING_ASKED = /^(?:the\s+|some\s+)?(?:people|folks?|families|households|those|ones|locals|everyone|anyone)\s+(?:who\s+(?:live|lives|lived|are\s+living)|that\s+(?:live|lives)|living)\s+(near|nearby|by|next\s+to|around|close\s+to|beside|opposite|in|at)\s+(.+)$/i;

export function livingThere(phrase: string): string {
  const m = LIVING_ASKED.exec(phrase.trim());
  if (!m) return phrase;
  const at = /^(?:in|at)$/i.test(m[1]) ? m[1].toLowerCase() : 'near';
  return `residents ${at} ${m[2]}`;
}

function livesThere(labels: readonly string[], attribution: string): boolean {
  // What was said is not who said it (attribution-words.ts): a judge citing "the people who live beside it", or
  // police saying that families living near the plant were moved, lives nowhere near by it.
  return labels.some((l) => LIVES_THERE.test(l)) || LIVES_THERE.test(attribution);
}

// A pronoun with "'d", "'ll", "'re", "'ve" or "'m" folded in, less the folds that are words ("were", "well", "shed").
const PRONOUN_CONTRACTION = /^(?:(?:you|they|who|it|that|there)(?:d|ll|re|ve)|(?:we)(?:ve|ll)|(?:he)(?:d|ll)|she(?:ve)|i(?:m|ve|d))$/;

/** The sex a speaker's label shows: "she", "Mrs." (f), "he", "Mr." (m). */
function sexShown(text: string): 'f' | 'm' | undefined {
  return /\b(?:she|her|mrs|miss|ms)\b/i.test(text) ? 'f' : /\b(?:he|his|him|mr)\b/i.test(text) ? 'm' : undefined;
}

/** The sex of a speaker's sentences' pronouns, when all are of one sex. */
function sentenceSex(sentences: readonly string[]): 'f' | 'm' | undefined {
  const text = sentences.join(' ');
  const f = /\b(?:she|her|hers|herself)\b/i.test(text);
  const m = /\b(?:he|his|him|himself)\b/i.test(text);
  return f === m ? undefined : f ? 'f' : 'm';
}

/**
 * The head nouns of a speaker label, stemmed: per comma-separated part, the last word before "of", "who" or the
 * end, an owner left out: "the trust's chief executive" → execut, "director of the campaign group" → director.
 */
function roleHeads(label: string): string[] {
  return label
    .split(/,/)
    .map((part) => part.split(/\s+(?:of|who|whose|which|at|for|in|from)\s+/i)[0])
    .map((part) => words(part.replace(/\p{L}+['’]s\b/gu, ' ')).pop())
    .filter((w): w is string => !!w)
    .map(stem);
}

/**
 * Rule "a body introduced by what it does": "The union that represents 600 Quillon workers, the Guild, called the
 * cuts a betrayal" names its speaker by a common noun and a clause ("the union that represents …") before the
 * name; the label the extractor keeps may be the clause's end ("600 Quillon workers, the Guild"). The common noun
 * ("the union") is a label of the speaker too, so "what does the union say" finds it. Only a sentence that opens
 * with "the"/"a" + a lower-case noun + "that", "which" or "who", with the written label inside that clause.
 * Invented examples: "The charity that runs the shelter, Hearthside, said…" → "the charity"; "The firm which built
 * the dam, Corrow Ltd, denied…" → "the firm".
 */
export function introducedAs(sentence: string, label: string | undefined): string | undefined {
  const m = /^(?:[Tt]he|[Aa]n?)\s+((?:\p{Ll}[\p{Ll}'’-]*\s+){0,2}?\p{Ll}[\p{Ll}'’-]*)\s+(?:that|which|who)\s/u.exec(sentence);
  if (!m || !label || PRONOUNS.test(label)) return undefined;
  const at = sentence.indexOf(label.replace(/[\s,]+$/, ''));
  return at > m[0].length - 1 && at < m[0].length + 80 ? `the ${m[1]}` : undefined;
}

/** A speaker as the outlets described them, with the statements that name them so. */
interface DescribedSpeaker {
  stems: Set<string>;
  quoteIds: string[];
  /** The label as the text writes it ("the UK Ministry of the Defense"), for display. */
  label: string;
}

/** The statements of a described speaker a phrase names, how much of the speaker's label the phrase covers, and the label as written. */
export interface DescribedMatch {
  quoteIds: string[];
  /** The share of the best-matching label's words the phrase names (1: "uk ministry of defence" for "the UK Ministry of the Defense"). */
  cover: number;
  /** The best-matching label, in the text's own casing. */
  label: string;
  /** Set when the speaker was found by a relation to someone ("Morn's son"), not by a label's own words. */
  byRelation?: boolean;
}

/**
 * The story's lookups for understanding, built once per loaded story: described and institutional speakers,
 * byline authors, the lexicon. Every question is then a lookup in these, plus the story's own indexes.
 */
export class StoryLookups {
  readonly lexicon: Lexicon;
  private readonly speakers: DescribedSpeaker[] = [];
  private readonly authors: { tokens: string[]; article: CleanArticle }[] = [];

  constructor(
    readonly ctx: AnswerContext,
    lexicon: LexiconData,
  ) {
    this.lexicon = new Lexicon(lexicon);
    // Any label a statement's speaker carries: the descriptive phrase, the words as written, the role. Works for
    // any kind of statement the extractor adds (direct, reported, institutional), as long as it fills these fields.
    const byLabel = new Map<string, DescribedSpeaker>();
    for (const q of ctx.story.quotes) {
      const labels = [q.descriptive, q.speakerAsWritten && !PRONOUNS.test(q.speakerAsWritten) ? q.speakerAsWritten : undefined, q.role].filter(Boolean) as string[];
      // Rule "one who lives there is a resident": the label the report implies, beside the ones it writes.
      if (livesThere(labels, attributionWords(q))) labels.push('resident');
      const introduced = introducedAs(q.sentence, q.speakerAsWritten);
      if (introduced) labels.push(introduced);
      for (const label of labels) {
        const key = label.toLowerCase();
        let s = byLabel.get(key);
        if (!s) byLabel.set(key, (s = { stems: new Set(describingWords(label).map(stem)), quoteIds: [], label }));
        if (!s.quoteIds.includes(q.id)) s.quoteIds.push(q.id);
      }
    }
    this.speakers = [...byLabel.values()].filter((s) => s.stems.size);
    for (const a of ctx.story.articles) if (a.byline) for (const name of a.byline.split(/\s*(?:,|\band\b|&)\s*/)) {
      const tokens = nameKey(name.replace(/^by\s+/i, '')).split(' ').filter((t) => t.length >= 2);
      if (tokens.length) this.authors.push({ tokens, article: a });
    }
  }

  private readonly stemsByArticle = new Map<string, Set<string>>();
  private readonly stemsOfHeadline = new Map<string, Set<string>>();

  /** Stems of every word of an article, for judging whether a figure's context holds a question's other words. */
  articleStems(articleId: string): Set<string> {
    if (!this.stemsByArticle.size)
      for (const p of this.ctx.story.passages) {
        const set = this.stemsByArticle.get(p.articleId) ?? this.stemsByArticle.set(p.articleId, new Set()).get(p.articleId)!;
        for (const w of words(p.text)) set.add(stem(w));
      }
    return this.stemsByArticle.get(articleId) ?? new Set();
  }

  /** Stems of an article's headline: what every sentence of the article is about. */
  headlineStems(articleId: string): Set<string> {
    let set = this.stemsOfHeadline.get(articleId);
    if (!set) this.stemsOfHeadline.set(articleId, (set = new Set(words(this.ctx.passages.get(`${articleId}:h`)?.text ?? '').map(stem))));
    return set;
  }

  /** Statements whose speaker the outlets described with every content word of `phrase` ("the villagers", "Ukraine's ministry"). */
  describedSpeaker(phrase: string): string[] {
    return this.describedMatch(phrase)?.quoteIds ?? [];
  }

  /**
   * Like `describedSpeaker`, with how fully the phrase names the speaker: "the uk ministry" names half of "the UK
   * Ministry of the Defense", "the uk ministry of defence" all of it, so a reading that keeps "of defence" in the
   * speaker beats one that splits it off as a topic.
   */
  describedMatch(asAsked: string): DescribedMatch | undefined {
    // "The ceo" asks for the "chief executive" the report spells out (TITLE_ABBREVIATIONS).
    const phrase = livingThere(expandTitles(asAsked));
    const asked = describingWords(phrase);
    if (!asked.length) return undefined;
    const own = asked.map((w) => [stem(w)]);
    // The speaker in the outlets' own words first; only when no label has them, in other words for the same
    // kind of speaker ("the cops" for "police") or with a typo corrected ("the ukranian soldier").
    const hit = this.describedBy(own);
    if (hit) return hit;
    const other = asked.map((w, i) => {
      const fixed = this.lexicon.has(w) ? undefined : this.lexicon.correct(w);
      return [...own[i], ...speakerAlternatives(w), ...(fixed ? [stem(fixed), ...speakerAlternatives(fixed)] : [])];
    });
    const fixed = other.some((alts, i) => alts.length > own[i].length) ? this.describedBy(other) : undefined;
    return fixed ?? this.describedSomewhere(phrase) ?? this.relationOf(phrase) ?? this.describedPersonMatch(phrase);
  }

  private candidates?: Candidate[];

  /** Every statement as a description may find it: its speaker's labels, the text around it, the speaker's sex and age. Built on first use. */
  private describedCandidates(): Candidate[] {
    if (this.candidates) return this.candidates;
    const quotes = this.ctx.story.quotes;
    const written = new Map<string, string>();
    for (const q of quotes) if (q.personId) written.set(q.personId, `${written.get(q.personId) ?? ''} ${q.speakerAsWritten ?? ''} ${q.role ?? ''}`);
    const sentences = new Map<string, string[]>();
    for (const q of quotes) if (q.personId) (sentences.get(q.personId) ?? sentences.set(q.personId, []).get(q.personId)!).push(q.sentence);
    const stemsOf = (texts: readonly string[]) => new Set(texts.flatMap((t) => words(t)).map(stem));
    this.candidates = quotes.map((q) => {
      const person = q.personId ? this.ctx.people.get(q.personId) : undefined;
      const labels = [q.descriptive, q.speakerAsWritten && !PRONOUNS.test(q.speakerAsWritten) ? q.speakerAsWritten : undefined, q.role, ...(person?.roles.filter((r) => r.articleId === q.articleId).map((r) => r.role) ?? []), introducedAs(q.sentence, q.speakerAsWritten)].filter(Boolean) as string[];
      const paragraphs = this.ctx.article(q.articleId).paragraphs;
      const own = paragraphs[q.paragraph] ?? '';
      const prev = paragraphs[q.paragraph - 1] ?? '';
      const prev2 = paragraphs[q.paragraph - 2] ?? '';
      const who = attributionWords(q);
      const ownLessSaid = paragraphLessSaid(own, q);
      const w = `${written.get(q.personId ?? '') ?? ''} ${q.speakerAsWritten ?? ''}`;
      const first = person?.name.split(/\s+/)[0];
      // How the text writes them ("she said", "Mrs."), else their given name's, else the sentences' pronouns where
      // they are of one sex only ("Wenna Hollis … said she would rebuild"; "one driver, who asked not to be named
      // because she feared…").
      const sex = sexShown(w) ?? (first ? givenNameSex(first) : undefined) ?? sentenceSex(person ? (sentences.get(q.personId!) ?? []) : [q.sentence]);
      return {
        id: q.id,
        speaker: q.personId ?? q.id,
        person: !!sex || (!!first && isFirstNameWord(first)),
        sex,
        // Their age as given with the name ("Eli Brandt, 80,"), where the person entry holds none.
        age: person?.age ?? ageIn(labels),
        label: livesThere(labels, who) ? new Set([...stemsOf(labels), ...RESIDENT_STEMS]) : stemsOf(labels),
        heads: new Set(labels.flatMap(roleHeads)),
        sentence: stemsOf([who]),
        near: stemsOf([who, ownLessSaid, prev]),
        around: stemsOf([who, ownLessSaid, prev, prev2]),
        recalled: stemsOf([q.sentence, own, prev]),
        anonymous: ANONYMOUS_TEXT.test(`${q.sentence} ${own} ${prev}`),
        bodyNouns: labels.some((l) => /\s\p{Lu}\p{Ll}+/u.test(` ${l.replace(/^\p{Lu}\p{Ll}*\s*/u, '')}`)) ? this.theNounsOf(q.articleId) : new Set<string>(),
      };
    });
    return this.candidates;
  }

  private theNounCache = new Map<string, Set<string>>();

  /** Stems of the words an article writes after "the" in lower case ("the airline said", "the company's memo"). */
  private theNounsOf(articleId: string): Set<string> {
    let got = this.theNounCache.get(articleId);
    if (!got) {
      got = new Set([...this.ctx.article(articleId).paragraphs.join(' ').matchAll(/\bthe\s+(\p{Ll}+)/gu)].map((m) => stem(m[1])));
      this.theNounCache.set(articleId, got);
    }
    return got;
  }

  /**
   * Rule "a person described in the asker's own words": "the union lady", "the metro boss", "the shadow transport
   * guy", "the old guy with the heart condition", "the driver who didn't want to be named". The head says what
   * they are (a person of some sex, the one in charge, a role); the words before it the body they belong to, met in
   * the text's words or WordNet's ("union" / "federation"); a "with …", "who …" or "whose …" clause what the text
   * says of them, in the statement's paragraph or the one before it. The body is looked for in the
   * speaker's own label first ("the federation's regional secretary"), then in the statement's paragraph or the one
   * before, then one more back: the closest tier answers. A relation ("X's lawyer") and a place ("the man in
   * Paris") are read by their own rules, never here. More than three speakers is no description at all.
   */
  describedPersonMatch(phrase: string): DescribedMatch | undefined {
    const d = readDescription(phrase);
    if (!d) return undefined;
    // (news-words.ts too: "the guy who runs the cafe" is the one "who owns the cafe")
    const formsOf = (w: string) => new Set([stem(w), ...speakerAlternatives(w), ...this.lexicon.relatedTo(w).map(stem), ...this.lexicon.kin(w).map(stem), ...newsWords(w).map(stem)]);
    const affiliation = d.affiliation.map(formsOf);
    const ownForms = d.affiliation.map((w) => new Set([stem(w), ...speakerAlternatives(w), ...this.lexicon.kin(w).map(stem)]));
    const said = d.said.map(formsOf);
    const saidOwn = d.said.map((w) => new Set([stem(w), ...this.lexicon.kin(w).map(stem)]));
    if ([...affiliation, ...said].some((f) => ![...f].some((s) => this.lexicon.has(s) || this.articleStemsAny(s)))) return undefined;
    const inCharge = d.kind === 'boss' ? this.inChargeForms() : d.kind === 'deputy' ? new Set(DEPUTY_WORDS.map(stem)) : undefined;
    const role = d.kind === 'role' ? formsOf(d.head) : undefined;
    const has = (set: ReadonlySet<string>, forms: ReadonlySet<string>) => [...forms].some((f) => set.has(f));
    const fits: { c: Candidate; tier: number }[] = [];
    for (const c of this.describedCandidates()) {
      // A person word asks for a person ("the union lady" is no union); "the top guy" asks for the one in charge.
      if ((d.sex && c.sex && c.sex !== d.sex) || (d.kind === 'person' && !c.person)) continue;
      if (d.age && c.age !== undefined && (d.age === 'old' ? c.age < 55 : c.age > 35)) continue;
      if (inCharge && ![...c.heads].some((h) => inCharge.has(h))) continue;
      // The role in who spoke, never in what they said: "Reporters confirmed that the Harbour Authority offices had
      // closed" is no statement of the harbour authority's (attribution-words.ts).
      if (role && !has(c.label, role) && !has(c.sentence, role)) continue;
      if (d.anonymous && !c.anonymous) continue;
      // Rule "most of what the asker remembers": a description in the asker's words ("the mum stuck at the airport
      // with her 3 kids") recalls the person by the gist; the text near her statement may say "slept by gate 12 with
      // the kids" and never "stuck" or "airport". A third of the clause's words near the statement will do; those
      // holding more of them come first (below).
      // Only the asker's own words count for a partial match: a paraphrase alone ("stuck" / "stick by") is too loose.
      // What the asker recalls may be what they said ("the mum who said she slept by the gate"): here only, the
      // statement's own words count.
      const missing = said.filter((f) => !has(c.recalled, f)).length;
      if (said.length && missing && (missing > (said.length * 2) / 3 || !saidOwn.some((f) => has(c.recalled, f)))) continue;
      // The tier of the farthest affiliation word: 0 in the label, 1 near, 2 two paragraphs back.
      let tier = 0;
      // WordNet's words for the body count in the label only: "federal" in a sentence nearby is not "union".
      // Rule "the body by its common noun": "the airline spokeswoman" is "A Norwind spokeswoman" where the article
      // calls Norwind "the airline"; as close as the word in the statement's paragraph.
      affiliation.forEach((f, i) => (tier = Math.max(tier, has(c.label, f) ? 0 : has(c.near, ownForms[i]) || has(c.bodyNouns, ownForms[i]) ? 1 : has(c.around, ownForms[i]) ? 2 : 9)));
      if (tier > 2) continue;
      // Of equally close speakers, one whose sex the text shows as asked before one it does not show, and a named
      // speaker before a statement the extractor left unnamed (often the same person's, said before the name's sentence).
      fits.push({ c, tier: missing * 40 + tier * 4 + (d.sex && c.sex !== d.sex ? 2 : 0) + (c.speaker === c.id ? 1 : 0) });
    }
    if (!fits.length) return undefined;
    const best = Math.min(...fits.map((f) => f.tier));
    const speakers = new Set(fits.filter((f) => f.tier === best).map((f) => f.c.speaker));
    if (speakers.size > 3) return undefined;
    const quoteIds = this.describedCandidates().filter((c) => speakers.has(c.speaker)).map((c) => c.id);
    const one = this.ctx.people.get([...speakers][0]);
    return { quoteIds, cover: 0.8, label: speakers.size === 1 && one ? one.name : phrase };
  }

  private inCharge?: Set<string>;

  /** Stems of the story's words for the one in charge: WordNet's (through the lexicon) and the titles written down. */
  private inChargeForms(): Set<string> {
    this.inCharge ??= new Set([...IN_CHARGE_WORDS, ...['head', 'chief', 'boss', 'leader'].flatMap((w) => this.lexicon.relatedTo(w))].map(stem));
    return this.inCharge;
  }

  private allStems?: Set<string>;

  /** Whether any article holds a stem. */
  private articleStemsAny(s: string): boolean {
    if (!this.allStems) {
      this.allStems = new Set();
      for (const a of this.ctx.story.articles) for (const x of this.articleStems(a.id)) this.allStems.add(x);
    }
    return this.allStems.has(s);
  }

  /**
   * Rule "whose relation said it": "what did Morn's son say", "the clerk's lawyer": the outlets label the
   * speaker by a relation to someone ("Her son, Piet", "Varo's attorney"), in an article about the one the
   * question names. The label must hold the relation (or a word the lexicon gives for it: lawyer, attorney) and say
   * whose it is (a possessive: "her", "Varo's"); the article must name the asked owner.
   */
  private relationOf(phrase: string): DescribedMatch | undefined {
    const m = possessive(phrase);
    if (!m) return undefined;
    // The owner as typed may be misspelt ("drenick's ceo" for Drennick): a word the story lacks is read as the
    // story's word one typo away, as any other asked word is.
    const owner = describingWords(m.owner).map((w) => stem(this.lexicon.has(w) ? w : (this.lexicon.correct(w) ?? w)));
    const relation = describingWords(m.of).map((w) => [stem(w), ...speakerAlternatives(w), ...this.lexicon.relatedTo(w).map(stem)]);
    if (!owner.length || !relation.length) return undefined;
    const quoteIds = new Set<string>();
    let label: string | undefined;
    for (const s of this.speakers) {
      if (!/\b(?:his|her|their|its)\b|\p{L}['’]s\b/iu.test(s.label) || !relation.every((alts) => alts.some((w) => s.stems.has(w)))) continue;
      for (const id of s.quoteIds) {
        const q = this.ctx.quotes.get(id);
        if (q && owner.every((w) => this.articleStems(q.articleId).has(w))) {
          quoteIds.add(id);
          label ??= s.label;
        }
      }
    }
    return label ? { quoteIds: [...quoteIds], cover: 0.8, label, byRelation: true } : undefined;
  }

  /**
   * Rule "a described speaker somewhere": "the innkeeper in Korvale", "the foreman at the mill": the outlets
   * label the speaker "the innkeeper" and say where in the sentences around; the speaker is the label's,
   * in an article that holds the place words.
   */
  private describedSomewhere(phrase: string): DescribedMatch | undefined {
    const at = /^(.+?)\s+(?:in|at|from|near|outside)\s+(.+)$/i.exec(phrase);
    if (!at) return undefined;
    const head = this.describedMatch(at[1]);
    const place = words(at[2]).filter((w) => !QUESTION_WORDS.has(w)).map(stem);
    if (!head && place.length) return this.someoneThere(at[1], place);
    if (!head || !place.length) return undefined;
    const inArticle = head.quoteIds.filter((id) => {
      const q = this.ctx.quotes.get(id);
      return !!q && place.every((w) => this.articleStems(q.articleId).has(w));
    });
    // The place said by the statement itself ("Residents who live near the plant said…") or the paragraph before
    // it counts before a place named anywhere in the article ("the power plant" three paragraphs off).
    const near = inArticle.filter((id) => {
      const q = this.ctx.quotes.get(id)!;
      const paragraphs = this.ctx.article(q.articleId).paragraphs;
      const stems = new Set(words([q.sentence, paragraphs[q.paragraph] ?? '', paragraphs[q.paragraph - 1] ?? ''].join(' ')).map(stem));
      return place.every((w) => stems.has(w));
    });
    const quoteIds = near.length ? near : inArticle;
    return quoteIds.length ? { ...head, quoteIds, cover: head.cover * 0.9 } : undefined;
  }

  /**
   * Rule "someone described by where they are": "the lady in Korvale", "the guy from Radio 9": the head says only
   * that it is a person (and perhaps whether a man or a woman); the speaker is whoever is quoted with the place or
   * affiliation in their statement's sentence or the two paragraphs before it, and of the sex asked where the text
   * shows it ("she said", "Mrs.").
   */
  private someoneThere(headPhrase: string, place: readonly string[]): DescribedMatch | undefined {
    const head = words(headPhrase).filter((w) => !SPEAKER_FILLER.has(w));
    if (!head.length || !head.every((w) => PERSON_HEADS.has(w))) return undefined;
    const sex = head.some((w) => FEMALE.has(w)) ? 'f' : head.some((w) => MALE.has(w)) ? 'm' : undefined;
    const quotes = this.ctx.story.quotes;
    // How the text writes each person ("she said", "Mrs."), read once for all their statements.
    const written = new Map<string, string>();
    for (const q of quotes) if (q.personId) written.set(q.personId, `${written.get(q.personId) ?? ''} ${q.speakerAsWritten ?? ''} ${q.role ?? ''}`);
    const sexOf = (personId: string) => {
      const w = written.get(personId) ?? '';
      return /\b(?:she|her|mrs|miss|ms)\b/i.test(w) ? 'f' : /\b(?:he|his|him|mr)\b/i.test(w) ? 'm' : undefined;
    };
    const people = new Set<string>();
    for (const q of quotes) {
      if (!q.personId || people.has(q.personId) || !place.every((w) => this.articleStems(q.articleId).has(w))) continue;
      const paragraphs = this.ctx.article(q.articleId).paragraphs;
      const near = new Set(words([q.sentence, ...paragraphs.slice(Math.max(0, q.paragraph - 2), q.paragraph)].join(' ')).map(stem));
      if (!place.every((w) => near.has(w))) continue;
      const known = sexOf(q.personId);
      if (!sex || !known || known === sex) people.add(q.personId);
    }
    if (!people.size || people.size > 2) return undefined;
    const quoteIds = quotes.filter((q) => q.personId && people.has(q.personId)).map((q) => q.id);
    return { quoteIds, cover: 0.8, label: this.ctx.people.get([...people][0])?.name ?? headPhrase };
  }

  /** Labels holding, for every asked word, one of its stems. */
  private describedBy(want: readonly string[][]): DescribedMatch | undefined {
    const out = new Set<string>();
    let best: { cover: number; label: string } | undefined;
    for (const s of this.speakers)
      if (want.every((alts) => alts.some((w) => s.stems.has(w))) && !ownedOnly(s.label, want)) {
        for (const id of s.quoteIds) out.add(id);
        const cover = want.length / s.stems.size;
        if (!best || cover > best.cover) best = { cover, label: s.label };
      }
    return best ? { quoteIds: [...out], ...best } : undefined;
  }

  /** The article whose byline names this person (full name or surname). */
  author(name: string): CleanArticle | undefined {
    const key = nameKey(name).split(' ').filter(Boolean);
    if (!key.length) return undefined;
    const hit = this.authors.find((a) => key.every((k) => a.tokens.includes(k)) && key.includes(a.tokens[a.tokens.length - 1]));
    return hit?.article;
  }

  /** The article an outlet name means, only by the outlet's own name (not headline words). */
  outlet(name: string): CleanArticle | undefined {
    const m = this.ctx.findArticle(name);
    if (m?.by === 'outlet') return m.article;
    // "The German paper" for "an unnamed German-language outlet": the one word that tells it, with a word for an outlet.
    const d = /^(?:the|a|an|that|this)?\s*(\p{L}+)\s+(?:paper|newspaper|outlet|site|website|article|report|one)$/iu.exec(name.trim());
    if (!d) return undefined;
    const word = d[1].toLowerCase();
    const hits = this.ctx.story.articles.filter((a) => /^an unnamed\b/i.test(a.name) && words(a.name).includes(word));
    return hits.length === 1 ? hits[0] : undefined;
  }

  /**
   * Content words of `text` with the corpus forms each may stand for: the word itself (and the spellings the
   * index folds together), then a corrected typo, then WordNet paraphrases, each weighted below the exact word.
   */
  expand(text: string, stop: ReadonlySet<string>): ExpandedTerm[] {
    const out: ExpandedTerm[] = [];
    // Rule "a phrasal verb is one word" (lexicon.ts): "threw out" is "dismissed". The verb and its particle each
    // take the one word: a sentence saying "dismissed" holds both, one saying "threw out" each in its own word, and
    // one with the bare verb ("land taken by Russia" for "taken back") only the verb, as before.
    const asked = words(text);
    const phrasal = new Map<string, string[]>();
    // Rule "the particle is part of its verb": in "is getting shut down" the particle alone says nothing ("stepped
    // down" is no closing); it stands for WordNet's one word for the pair ("close"), a lemma of the same synset, so
    // nearly the story's own word. A sentence saying "close its studio" then holds two words of three in its own
    // words, not one; one saying only "down" holds none of the particle.
    const particles = new Set<string>();
    for (let i = 0; i + 1 < asked.length; i++) {
      const hit = this.lexicon.phrasal(asked[i], asked[i + 1]);
      if (!hit.length) continue;
      phrasal.set(asked[i], hit);
      if (!phrasal.has(asked[i + 1])) phrasal.set(asked[i + 1], hit);
      if (!stop.has(asked[i]) && !PARTICLES.has(asked[i])) particles.add(asked[i + 1]);
    }
    const seen = new Set<string>();
    const whether = YES_NO.test(text.trim());
    for (const t of this.ctx.terms.resolve(text, stop)) {
      if (particles.has(t.word)) {
        const forms = (phrasal.get(t.word) ?? []).filter((f) => !stop.has(f));
        if (forms.length) out.push({ word: t.word, forms: forms.map((form) => ({ form, weight: WEIGHT.kin })) });
        seen.add(t.word);
        continue;
      }
      seen.add(t.word);
      const forms = new Map<string, number>();
      // A word the story lacks gets the proper nouns that sound like it ("zelenskiy"); but a word WordNet relates
      // to the story's words is English, not a misspelt name: "start" is not "Street".
      const soundAlike = t.forms.length > 0 && !t.forms.includes(t.word) && !/^\d/.test(t.word) && this.lexicon.relatedTo(t.word).length > 0;
      if (!soundAlike) for (const f of t.forms) forms.set(f, WEIGHT.exact);
      for (const f of this.lexicon.inflections(t.word)) if (!stop.has(f)) forms.set(f, WEIGHT.exact);
      // The same number in other words: "4" / "four", "1000" / "a thousand", "13.5k" / "13500".
      for (const f of numberSpellings(t.word)) if (!forms.has(f)) forms.set(f, WEIGHT.number);
      // Same root, other stem ("evacuees" / "evacuated"): nearly the word itself, so it counts as the story's own.
      for (const f of this.lexicon.kin(t.word)) if (!forms.has(f) && !stop.has(f)) forms.set(f, WEIGHT.kin);
      // A compound that is a kind of the word ("water" / "floodwater"): the story's word for the same thing.
      for (const f of this.lexicon.compounds(t.word)) if (!forms.has(f)) forms.set(f, WEIGHT.kin);
      // Another word for the same kind of people ("cops" / "policemen"), where the story has it.
      for (const f of speakerSynonyms(t.word)) if (!forms.has(f) && this.lexicon.has(f)) forms.set(f, WEIGHT.kin);
      // The same side taken in other words ("opposed" / "objected"), the office a verb names ("defended" / "attorney").
      for (const f of stanceWords(t.word)) if (!forms.has(f) && this.lexicon.has(f)) forms.set(f, WEIGHT.kin);
      // Asked whether ("does she admit it"), the other side answers too (rule whether they did is answered by no too).
      if (whether) for (const f of oppositeStanceWords(t.word)) if (!forms.has(f) && this.lexicon.has(f)) forms.set(f, WEIGHT.kin);
      // A headline verb WordNet files under another sense ("scrap" / "cancelled", "hacked" / "cyber attack"): news-words.ts.
      for (const f of newsWords(t.word)) if (!forms.has(f) && this.lexicon.has(f)) forms.set(f, WEIGHT.related);
      // Rule "an English word is no typo": a word WordNet relates to the story's words is the asker's own word, not a
      // misspelling of a story word one letter off ("hack" is not "back"); its paraphrases below stand for it.
      const fixed = forms.size || this.lexicon.relatedTo(t.word).length ? undefined : this.lexicon.correct(t.word);
      if (fixed && !stop.has(fixed)) forms.set(fixed, WEIGHT.typo);
      for (const r of phrasal.get(t.word) ?? []) if (!forms.has(r) && !stop.has(r)) forms.set(r, WEIGHT.related);
      for (const base of fixed ? [t.word, fixed] : [t.word])
        for (const r of this.lexicon.relatedTo(base)) if (!forms.has(r) && !stop.has(r)) forms.set(r, WEIGHT.related);
      // Rule "a negation is said in other words": "hadnt", "wasnt" the story lacks is its "had not", "never", whose
      // words the index does not keep; it neither counts for a passage nor against it.
      if (!forms.size && isNegatedAuxiliary(t.word)) continue;
      // Rule "a pronoun's contraction is said in other words": "theyd", "youre" (as "they'd", "you're" fold) the story
      // lacks is its "they would", "we would"; it neither counts for a passage nor against it.
      if (!forms.size && PRONOUN_CONTRACTION.test(t.word)) continue;
      out.push({ word: t.word, forms: [...forms].map(([form, weight]) => ({ form, weight })) });
    }
    // A phrasal verb whose verb alone says nothing ("go off", "get in": stop words) still asks for its act.
    for (const [verb, hit] of phrasal) {
      if (seen.has(verb) || !stop.has(verb) || PARTICLES.has(verb)) continue;
      const forms = hit.filter((f) => !stop.has(f));
      if (forms.length) out.push({ word: verb, forms: forms.map((form) => ({ form, weight: WEIGHT.related })) });
    }
    return out;
  }
}

// A question asking whether: "does the professor admit it", "did the board back the plan".
const YES_NO = /^(?:does|do|did|has|have|had|is|are|was|were|will|would)\s+(?!anyone\b|anybody\b|someone\b|somebody\b)\S/i;

// A word Lunr never indexes ("since", "among") can't show up in match data, so it counts neither way.
function counts(t: ExpandedTerm): boolean {
  return t.forms.length ? t.forms.some((f) => indexable(f.form)) : indexable(t.word);
}

/** What one document of an index matched: the stems in its first field, in any field, and a tf-idf-like score. */
export interface Hit {
  ref: string;
  score: number;
  /** Stems matched in the first field asked for (the quote itself, for quotes). */
  first: Set<string>;
  /** Stems matched in any field asked for. */
  any: Set<string>;
}

type Postings = Record<string, Record<string, Record<string, unknown>>>;

// Passages missing every one of a question's rarest words cannot reach the coverage an answer needs (0.6): only
// those words' postings open candidates; commoner words add to candidates already open. At 10,000 passages this
// keeps "the Russians" from touching every passage.
const SEED_SHARE = 0.45;

// A loaded index never changes, yet listing its field vectors or a common word's postings builds an array as long
// as the corpus (9,000 strings per lookup at 10,000 passages, several lookups per question): listed once, kept
// with the index. Weak, so a reloaded story drops them with its index.
const fieldVectorCounts = new WeakMap<lunr.Index, number>();
const postingRefs = new WeakMap<object, string[]>();

function fieldVectorCount(index: lunr.Index): number {
  let n = fieldVectorCounts.get(index);
  if (n === undefined) fieldVectorCounts.set(index, (n = Object.keys((index as unknown as { fieldVectors: object }).fieldVectors).length));
  return n;
}

/** The documents of one term's postings in one field, in the postings' own order. */
function refsOf(refs: Record<string, unknown>): string[] {
  let keys = postingRefs.get(refs);
  if (!keys) postingRefs.set(refs, (keys = Object.keys(refs)));
  return keys;
}

/**
 * Looks expanded terms up in an index's inverted index directly: each form stemmed as Lunr stems, its postings
 * read, no query built. Understanding runs several small lookups per question; Lunr's query machinery (a
 * token-set automaton per term) costs far more than the lookup itself. User text never reaches Lunr's parser.
 */
export function lookupExpanded(index: lunr.Index, terms: readonly ExpandedTerm[], fields: readonly string[]): Hit[] {
  const inverted = (index as unknown as { invertedIndex: Record<string, Postings> }).invertedIndex;
  const docs = Math.max(1, fieldVectorCount(index) / Math.max(1, fields.length));
  // Per term, its forms' postings and how many documents hold it.
  const looked = terms.map((t) => {
    const forms: { stem: string; weight: number; posting: Postings }[] = [];
    let df = 0;
    for (const f of t.forms) {
      const st = stem(f.form);
      const posting = Object.hasOwn(inverted, st) ? inverted[st] : undefined;
      if (!posting) continue;
      forms.push({ stem: st, weight: f.weight, posting });
      for (const field of fields) df += posting[field] ? refsOf(posting[field]).length : 0;
    }
    return { forms, df };
  });
  const order = looked.map((_, i) => i).filter((i) => looked[i].forms.length).sort((a, b) => looked[a].df - looked[b].df);
  const seeds = new Set(order.slice(0, Math.max(3, Math.ceil(terms.length * SEED_SHARE))));
  const hits = new Map<string, Hit>();
  const add = (h: Hit, stem: string, first: boolean, gain: number) => {
    if (first) h.first.add(stem);
    if (!h.any.has(stem)) {
      h.any.add(stem);
      h.score += gain;
    }
  };
  for (const i of order)
    for (const f of looked[i].forms)
      fields.forEach((field, k) => {
        const refs = f.posting[field];
        if (!refs) return;
        const keys = refsOf(refs);
        const idf = Math.log(1 + docs / keys.length);
        const gain = f.weight * idf;
        // A commoner word only adds to the candidates its rarer words opened: when they are fewer than its postings
        // ("russian" in most passages), the candidates are walked, not the postings. Each hit gets the same
        // additions in the same order either way.
        if (!seeds.has(i) && hits.size < keys.length) {
          for (const h of hits.values()) if (Object.hasOwn(refs, h.ref)) add(h, f.stem, k === 0, gain);
          return;
        }
        for (const ref of keys) {
          let h = hits.get(ref);
          if (!h) {
            if (!seeds.has(i)) continue;
            hits.set(ref, (h = { ref, score: 0, first: new Set(), any: new Set() }));
          }
          add(h, f.stem, k === 0, gain);
        }
      });
  return [...hits.values()];
}

/** A term list as the coverage measures read it: only the terms that count, each form with its stem. */
type CountedTerms = { forms: { stem: string; weight: number }[] }[];

// Coverage is measured for every hit of a lookup against the same term list (hundreds of hits at 10,000
// passages): the terms that count and their forms' stems are worked out once per list, not once per hit. Keyed
// by the list itself; the lists are built per question and never changed after.
const countedTerms = new WeakMap<readonly ExpandedTerm[], CountedTerms>();

function counted(terms: readonly ExpandedTerm[]): CountedTerms {
  let c = countedTerms.get(terms);
  if (!c) countedTerms.set(terms, (c = terms.filter(counts).map((t) => ({ forms: t.forms.map((f) => ({ stem: stem(f.form), weight: f.weight })) }))));
  return c;
}

/**
 * The weighted share of `terms` a hit matched: an exact word counts 1, a corrected typo or a paraphrase less.
 * A word Lunr never indexes counts neither way; a word the corpus lacks in every form counts against.
 */
export function weightedCoverage(terms: readonly ExpandedTerm[], matched: { has(word: string): boolean }): number {
  const list = counted(terms);
  if (!list.length) return 0;
  let sum = 0;
  for (const t of list) {
    let best = 0;
    for (const f of t.forms) if (f.weight > best && matched.has(f.stem)) best = f.weight;
    sum += best;
  }
  return sum / list.length;
}

/** The share of `terms` a hit matched in their own words (or a corrected typo): paraphrase alone is not enough. */
export function exactCoverage(terms: readonly ExpandedTerm[], matched: { has(stem: string): boolean }): number {
  const list = counted(terms);
  if (!list.length) return 0;
  let n = 0;
  for (const t of list) if (t.forms.some((f) => f.weight >= WEIGHT.typo && matched.has(f.stem))) n++;
  return n / list.length;
}

/** The form of each term a hit matched best, in question order: the question in the story's own words. */
export function matchedWording(terms: readonly ExpandedTerm[], matched: ReadonlySet<string>): string {
  return terms
    .map((t) => {
      let best: { form: string; weight: number } | undefined;
      for (const f of t.forms) if ((!best || f.weight > best.weight) && matched.has(stem(f.form))) best = f;
      return best?.form ?? t.word;
    })
    .join(' ');
}

/**
 * The words that describe a speaker, without fillers and question words, except "US" the country: "us" is a
 * question word ("tell us"), but in "the US envoy", "a U.S. official" or "the us president" it is the country,
 * and dropping it would let "the us president" be any president.
 */
export function describingWords(phrase: string): string[] {
  const country = /\bU\.?S\.?(?=[\s,]|$)/.test(phrase) || /\b(?:the|an?)\s+u\.?s\.?\s/i.test(phrase);
  return words(phrase).filter((w) => (country && w === 'us') || (!SPEAKER_FILLER.has(w) && !QUESTION_WORDS.has(w)));
}

/**
 * Rule "the owner is not the speaker": "Voss's soldiers" said it, not Voss; a label whose asked words stand in it
 * only as an owner ("Quill's lawyer" asked as "Quill") is someone else.
 */
function ownedOnly(label: string, want: readonly string[][]): boolean {
  if (complementOnly(label, want)) return true;
  const owners = new Set([...label.matchAll(/(\p{L}+)['’]s\b/gu)].map((m) => stem(m[1].toLowerCase())));
  if (!owners.size) return false;
  const rest = new Set(words(label.replace(/\p{L}+['’]s\b/gu, ' ')).map(stem));
  // Asked with the owned one's own words too ("drennicks chief executive" of "Drennick's chief executive"), the owner
  // word only says whose they are, as the label does.
  if (want.some((alts) => alts.some((w) => rest.has(w)) && !alts.some((w) => owners.has(w)))) return false;
  return want.some((alts) => alts.some((w) => owners.has(w)) && !alts.some((w) => rest.has(w)));
}

/** "Morn's son", "the clerk's lawyer": whose (`owner`) and what relation to them (`of`), else undefined. */
export function possessive(phrase: string): { owner: string; of: string } | undefined {
  const m = /^(?:the\s+)?(.+?)['’]s\s+(.+)$/iu.exec(phrase.trim());
  return m ? { owner: m[1], of: m[2] } : undefined;
}

/**
 * Rule "the one served is not the speaker": in "an adviser to Governor Voss" or "the ambassador to Korvale" the
 * words after "to" name someone else, so "what did the governor say" is not answered with the adviser's words.
 * "A spokesman for the ministry" is left alone: a spokesman speaks for whoever follows "for".
 */
function complementOnly(label: string, want: readonly string[][]): boolean {
  const at = /\bto\b/i.exec(label);
  if (!at || at.index === 0) return false;
  const before = new Set(words(label.slice(0, at.index)).map(stem));
  const after = new Set(words(label.slice(at.index)).map(stem));
  return want.some((alts) => alts.some((w) => after.has(w)) && !alts.some((w) => before.has(w)));
}
