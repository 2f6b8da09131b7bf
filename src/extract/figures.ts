import type { CleanArticle } from '../corpus/article.js';
import { leavesQuoteOpen } from '../corpus/text-shape.js';
import { findClaims, isPersonLike, isPronoun, subjectOfSentence, type Claim } from './claimants.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { roleOf } from './number-roles.js';
import { splitSentences } from './sentences.js';
import { isThingNoun } from './wordnet.js';
import { findSpans, type SpanMention } from './spans.js';
import { headClass, RETAKE_RE, RETAKE_WORDS, topicOf } from './topics.js';
import { checkConversion, normalize, readUnit, SHORT_LENGTHS, UNIT_DIMENSION, type ConversionCheck, type Normalized, type Unit } from './units.js';

/** What sort of quantity a figure is. */
export type QuantityKind =
  | 'area'
  | 'distance'
  | 'people'
  | 'equipment'
  | 'count'
  | 'money'
  /** A share or rate: "95 percent", "8%". */
  | 'percent'
  /** "300 m.p.h.", "60 miles an hour". */
  | 'speed'
  /** "a record 44.6C", "110 degrees Fahrenheit". */
  | 'temperature'
  | 'time'
  | 'date'
  | 'age'
  /** A size given by comparison, without a number of units: "twice the area of Greater London". */
  | 'comparison'
  /** A vote or a score, both sides kept: "voted 27-19", "won 2-1", "by a vote of 7 to 2". */
  | 'tally';

/**
 * One figure as an article reports it. Plain JSON data: it is cached to disk with the index.
 */
export interface Figure {
  /** Unique across the corpus: `${articleId}:f${n}`. */
  id: string;
  articleId: string;
  /** The article's name (outlet, or headline when the outlet is unknown), for display. */
  outlet: string;
  /** The figure as written, with its hedge: "more than 600 square miles", "some 20,000 – 30,000 Russian troops". */
  text: string;
  /** The value (for a range, its low end; for a comparison, the multiplier). Absent for vague amounts. */
  value?: number;
  low?: number;
  high?: number;
  unit?: Unit;
  kind: QuantityKind;
  /** "nearly", "more than", "around", "up to", "some"... */
  hedge?: string;
  /** What it counts or measures: "units of military equipment", "territory liberated", "Izyum southeast of Kharkiv". */
  measure: string;
  /** Group key shared by figures of the same thing across outlets: "territory retaken", "equipment lost". */
  topic: string;
  /** Who the article credits for the figure, as written. */
  claimant?: string;
  /** The outlet the claimant was relayed through ("The Daily Mail"). */
  citedBy?: string;
  /** The time span it covers, where the text says: "in the past fortnight". */
  span?: string;
  /** For a tally: both sides, as written in order ("4-3" → [4, 3]). */
  sides?: [number, number];
  /** For comparisons: what it is compared to ("Greater London"). */
  reference?: string;
  /** The sentence it comes from, verbatim. */
  sentence: string;
  /** Index of the paragraph in `CleanArticle.paragraphs`, and of the sentence within it. */
  paragraph: number;
  sentenceIndex: number;
  /** Areas in km² and sq mi, distances in km and mi. */
  normalized?: Normalized;
  /** A second value printed as a conversion of the first ("(2,000 square kilometers)"), and whether it holds. */
  conversion?: ConversionCheck;
  /** Higher ranks first: 3 the story's measures, 2 money and notable counts, 1 small counts and durations, 0 dates and ages. */
  rank: number;
}

const HEDGE_RE =
  /\b(more than|over|nearly|almost|around|about|approximately|roughly|some|at least|up to|as many as|as much as|as high as|as little as|fewer than|less than|under|close to|an estimated|estimated|at most|upwards of|in excess of|well over|just over|just under|slightly under|slightly over|no more than)\s+$/i;
const COMPARISON_RE =
  /\b(twice|half|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)\s+(?:the\s+|as\s+\w+\s+as\s+)?(area|size|length|width|height|population|number|amount)?\s*(?:of\s+)?(“[^”]+”|"[^"]+"|(?:the\s+)?(?:[\p{Lu}][\p{L}’'-]*\s?){1,4})/gu;
const MULTIPLIER: Record<string, number> = { twice: 2, half: 0.5, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const CLASSIFIER = /^(?:units?|pieces?|items?|tonnes?|tons?|barrels?|rounds?|pairs?|sets?|kinds?|types?)$/i;
const NOUN_STOP = /^(?:since|as|according|which|who|whom|that|while|when|because|after|before|with|and|but|or|to|than|if|were|was|are|is|have|has|had|will|would|could|can|said|says|alone)$/i;
const PRONOUN_OBJECT = /^(?:them|us|those|these|it|which|whom|you|theirs|ours)$/i;
const PREPOSITION = /^(?:of|on|in|from|at|across|along|near|around|inside|outside|behind|under|into|for|by)$/i;
// What happened to an area: taken back, or lost, flooded, burned...
const AREA_VERB_RE = new RegExp(`\\b(${RETAKE_WORDS}|lost|flooded|burned|destroyed|covered|controls?|occupied)\\b`, 'i');
const SENTENCE_QUOTE_START = /^["“‘']/;
const COUNT_KINDS: ReadonlySet<QuantityKind> = new Set<QuantityKind>(['people', 'equipment', 'count']);
// What may follow a number that counts the thing of the count before it: a pause or a verb, never a noun.
const ELLIPSIS_FOLLOWS = /^(?:\s*[,;:.)]|\s*$|\s+(?:of which|of these|of those|of them|were|was|are|is|in|from|to|and|each|more|had|have|against|a|an)\b)/i;
const STOP_NOUN = /^(?:a|an|the|to|for|from|on|in|at|and|or|was|were|is|are|be|been|will|would|could|may|might|each|per|with|by|as|than|that|which|who|more|less|annually|apiece|last|this|next|plus|million|billion)$/i;

/** Extracts every figure an article reports, in reading order. */
export function extractFigures(article: CleanArticle): Figure[] {
  return figuresOfSentences(article, article.paragraphs.map((p) => splitSentences(p)));
}

/** The same, from the article's paragraphs already split into sentences (`sentences[paragraph][i]`). */
export function figuresOfSentences(article: CleanArticle, sentences: readonly (readonly string[])[]): Figure[] {
  const out: Figure[] = [];
  const antecedents = new Antecedents();
  let sentenceNo = 0;
  let previousClaims: Claim[] = [];
  const subheads = new Set(article.subheads ?? []);
  sentences.forEach((paragraph, pi) => {
    // A subhead is not evidence of its own: its figures are the body's, read there (see src/corpus/subheads.ts).
    if (subheads.has(pi)) return;
    let context: SentenceContext = {};
    let quoteOpen = false;
    paragraph.forEach((sentence, si) => {
      // Claims with their pronouns resolved: "He reported" is whoever "he" stands for here.
      const claims = findClaims(sentence)
        .map((c) => (isPronoun(c.claimant) ? { ...c, claimant: antecedents.resolve(c.claimant, sentenceNo) ?? '' } : c));
      const drafts = figuresInSentence(sentence, context);
      const counts = drafts.filter((d) => COUNT_KINDS.has(d.figure.kind) && d.figure.measure);
      context = counts.length ? { lastCount: { measure: counts[counts.length - 1].figure.measure, kind: counts[counts.length - 1].figure.kind } } : {};
      // A quoted sentence without its own attribution continues the previous speaker ("He continued: “…"),
      // as does a sentence inside a quotation the sentence before left open.
      const continuesQuote = SENTENCE_QUOTE_START.test(sentence) || quoteOpen;
      for (const d of drafts) {
        let claim = claimFor(sentence, d.start, d.end, claims.filter((c) => c.claimant));
        const quoted = quoteSpans(sentence, quoteOpen).some((q) => q.start <= d.start && d.end <= q.end);
        if (!claim && continuesQuote && quoted && previousClaims.length) claim = previousClaims.find((c) => !c.according) ?? previousClaims[0];
        const claimant = claim?.claimant;
        out.push({
          ...d.figure,
          id: `${article.id}:f${out.length + 1}`,
          articleId: article.id,
          outlet: article.name,
          ...(claimant ? { claimant } : {}),
          ...(claim?.citedBy ? { citedBy: claim.citedBy } : {}),
          sentence,
          paragraph: pi,
          sentenceIndex: si,
        });
      }
      antecedents.note(sentence, claims.filter((c) => c.claimant), sentenceNo);
      quoteOpen = leavesQuoteOpen(paragraph.slice(0, si + 1).join(' '));
      sentenceNo++;
      const kept = claims.filter((c) => c.claimant);
      if (kept.length || !continuesQuote) previousClaims = kept;
    });
  });
  return out;
}

/**
 * Who a pronoun claimant may stand for: the subject of the sentence before (or the one before that), then the
 * last named claimant, in agreement: "he"/"she" a person, "it" a body or thing ("The Government … It said").
 */
class Antecedents {
  private readonly recent: { name: string; person: boolean; at: number; subject: boolean }[] = [];

  resolve(pronoun: string, now: number): string | undefined {
    const p = pronoun.toLowerCase();
    const person = /^(?:he|she|him|her|i)$/.test(p) ? true : p === 'it' ? false : undefined;
    const fits = this.recent.filter((a) => now - a.at <= 2 && a.at < now && (person === undefined || a.person === person));
    // The latest sentence first; within it, its subject before the names it credits.
    fits.sort((a, b) => b.at - a.at || Number(b.subject) - Number(a.subject));
    return fits[0]?.name;
  }

  note(sentence: string, claims: readonly Claim[], at: number): void {
    const subject = subjectOfSentence(sentence);
    const resolved = subject && isPronoun(subject) ? this.resolve(subject, at) : subject;
    if (resolved) this.recent.push({ name: resolved, person: personName(resolved), at, subject: true });
    const named = claims.find((c) => !c.according) ?? claims[0];
    // The subject as the sentence's own claim spells it in full ("Channel 4 News' Paul McNamara reported").
    const last = this.recent[this.recent.length - 1];
    if (named && resolved && last?.at === at && named.claimant.startsWith(resolved)) last.name = named.claimant;
    else if (named && named.claimant !== resolved) this.recent.push({ name: named.claimant, person: personName(named.claimant), at, subject: false });
    while (this.recent.length > 12) this.recent.shift();
  }
}

/**
 * Rule "a named thing is an it": a capitalised name whose last word is a WordNet thing, place or body and never a
 * person ("Brackwater Ferries", "Osk Metro", "Dunmere Hospital") is an "it" of the sentences after it, though the
 * claim reader takes any capitalised name for someone.
 */
function personName(name: string): boolean {
  const last = name.split(/\s+/).pop() ?? '';
  // "Ferries" is the noun "ferry": WordNet lists lemmas.
  const lemmas = [last, last.replace(/ies$/i, 'y'), last.replace(/e?s$/i, '')];
  return isPersonLike(name) && !(/^\p{Lu}/u.test(name) && name.includes(' ') && lemmas.some((w) => isThingNoun(w)));
}

type FigureCore = Omit<Figure, 'id' | 'articleId' | 'outlet' | 'sentence' | 'paragraph' | 'sentenceIndex' | 'claimant' | 'citedBy'>;

interface Draft {
  start: number;
  end: number;
  figure: FigureCore;
}

/** What the sentences before tell the reading of this one. */
export interface SentenceContext {
  /** The last count of the paragraph's sentence before or this one: what a bare number may count ("on 75"). */
  lastCount?: { measure: string; kind: QuantityKind };
}

/** The figures of one sentence, each with its offsets for claimant and span matching. */
export function figuresInSentence(sentence: string, context: SentenceContext = {}): Draft[] {
  const drafts: Draft[] = [];
  const comparisons = [...sentence.matchAll(COMPARISON_RE)];
  for (const m of comparisons) drafts.push(comparisonDraft(sentence, m));
  drafts.push(...tallyDrafts(sentence));
  const spans = findSpans(sentence);
  const numbers = findNumbers(sentence).filter((n) => !drafts.some((d) => n.start < d.end && d.start < n.end));
  const consumed = new Set<NumberMention>();
  const local: SentenceContext = { ...context };
  for (const [i, n] of numbers.entries()) {
    if (consumed.has(n)) continue;
    const draft = numberDraft(sentence, n, numbers[i + 1], local);
    if (!draft) continue;
    if (draft.pairedWith) consumed.add(draft.pairedWith);
    drafts.push(draft);
    if (COUNT_KINDS.has(draft.figure.kind) && draft.figure.measure) local.lastCount = { measure: draft.figure.measure, kind: draft.figure.kind };
  }
  // A number inside a time span ("over the last two days") is the span of another figure, not a figure of its own.
  const inSpan = (d: Draft) => d.figure.kind === 'time' && spans.some((s) => s.start <= d.start && d.end <= s.end);
  const hasOther = drafts.some((d) => !inSpan(d));
  const kept = drafts.filter((d) => !(hasOther && inSpan(d))).sort((a, b) => a.start - b.start);
  for (const d of kept) {
    const span = spanFor(d, spans);
    if (span && d.figure.kind !== 'time' && d.figure.kind !== 'date' && d.figure.kind !== 'age' && d.figure.kind !== 'tally') d.figure.span = span.text;
  }
  return kept;
}

// Rule "a tally is one figure": a vote or a score gives both sides at once ("councillors voted 27-19", "the board
// approved it 4-3", "won 2-1", "a 5-4 ruling", "by a vote of 7 to 2"); read apart, its numbers would be a range, a
// date or two counts of nothing. Two small numbers joined by a dash (or "to" after "vote of"), with a word of voting
// or winning beside them, or between two names ("Brinley Athletic 3-1 Osk Wanderers"), make one.
const TALLY_NUMBER = String.raw`(\d{1,3}|${Object.keys(MULTIPLIER).filter((w) => !/^(?:a|half|twice)$/.test(w)).join('|')})`;
const TALLY_RE = new RegExp(String.raw`(?<![\d.,$£€/-])\b${TALLY_NUMBER}\s?[-–]\s?${TALLY_NUMBER}\b(?![-–/.,]?\d|\s?(?:%|per\b|percent\b))|\b(?:votes?|voted|margin|ballot|split)\s+(?:of\s+)?${TALLY_NUMBER}\s+(?:to|votes?\s+to)\s+${TALLY_NUMBER}\b`, 'giu');
const VOTE_WORDS = /\b(?:vot(?:e|es|ed|ing)|ballot\w*|rul(?:ing|ed)|verdict|decision|approv\w*|reject\w*|endors\w*|passed|carried|in favou?r|against|majority|split|margin)\b/i;
const SCORE_WORDS = /\b(?:won|wins?|winning|beat(?:s|en)?|lost|loses?|losing|defeat\w*|scor\w*|victory|win|draw|drew|lead|led|leads|trail\w*|final|result)\b/i;

function tallyDrafts(sentence: string): Draft[] {
  const out: Draft[] = [];
  for (const m of sentence.matchAll(TALLY_RE)) {
    const [left, right] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4]];
    const a = numberWord(left);
    const b = numberWord(right);
    if (a === undefined || b === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    const after = sentence.slice(end);
    // "a 40-60mm fall", "aged 5-11 years": a unit after the pair makes it a range of that unit.
    if (m[1] !== undefined && (readUnit(after) || /^[-\s]?(?:year|month|week|day|hour|minute|point)s?\b/i.test(after))) continue;
    const near = `${sentence.slice(Math.max(0, start - 60), start).split(/[;:]/).pop()} ${after.slice(0, 40)}`;
    const betweenNames = /\p{Lu}[\p{L}’'.-]*\s+$/u.test(sentence.slice(0, start)) && /^\s+\p{Lu}/u.test(after);
    const vote = VOTE_WORDS.test(near) || m[1] === undefined;
    if (!vote && !SCORE_WORDS.test(near) && !betweenNames) continue;
    const measure = vote ? 'vote' : 'score';
    const text = m[0].trim();
    out.push({ start, end, figure: { text, value: a, sides: [a, b], kind: 'tally', measure, topic: topicOf('tally', measure, sentence), rank: 3 } });
  }
  return out;
}

function numberWord(w: string): number | undefined {
  return /^\d+$/.test(w) ? Number(w) : MULTIPLIER[w.toLowerCase()];
}

function comparisonDraft(sentence: string, m: RegExpMatchArray): Draft {
  const start = m.index!;
  const reference = m[3].replace(/^["“]|[,.]?["”]$/g, '').replace(/[,.]$/, '').trim();
  const text = m[0].replace(/,(?=["”]$)/, '').trim();
  const word = m[1].toLowerCase();
  const value = MULTIPLIER[word] ?? MULTIPLIER[word.split(/\s+/)[0]] ?? Number.parseFloat(word);
  const dimension = (m[2] ?? 'size').toLowerCase();
  const measure = areaMeasure(sentence, '');
  const kind = 'comparison';
  return {
    start,
    end: start + m[0].length,
    figure: {
      text,
      value,
      kind,
      measure: dimension === 'area' || dimension === 'size' ? measure : dimension,
      topic: topicOf(kind, measure, sentence),
      reference,
      rank: 3,
    },
  };
}

interface NumberDraft extends Draft {
  pairedWith?: NumberMention;
}

function numberDraft(sentence: string, n: NumberMention, next: NumberMention | undefined, context: SentenceContext): NumberDraft | undefined {
  const before = sentence.slice(0, n.start);
  let after = sentence.slice(n.end);
  // Clock times, house numbers, "Boeing 707", "No. 5", "Aug. 22", ordinals: numbers that are no quantity.
  const role = n.currency ? undefined : roleOf(before, after, n);
  if (role && !(role.name === 'name-number' && readUnit(after))) return undefined;
  // "hundreds of square miles": the unit follows the "of".
  const skipped = n.vague ? (/^\s+of\b/i.exec(after)?.[0].length ?? 0) : 0;
  after = after.slice(skipped);
  const hedgeMatch = HEDGE_RE.exec(before);
  const hedge = hedgeMatch?.[1];
  const start = hedgeMatch ? n.start - hedgeMatch[0].length : n.start;
  const head = hedge ? `${hedgeMatch![0]}${n.text}` : n.text;
  const values = { ...(n.value !== undefined ? { value: n.value } : {}), ...(n.high !== undefined ? { low: n.low, high: n.high } : {}), ...(n.vague ? { low: n.low } : {}) };
  const base = { ...values, ...(hedge ? { hedge: hedge.toLowerCase() } : {}) };

  if (n.currency) return finish(start, n.end, 'money', { ...base, text: head, unit: n.currency as Unit, measure: moneyMeasure(sentence.slice(0, start), after) }, sentence, 2);

  // "Okafor, 54," gives an age, and so does a list of children: "Vicky, 14; Dennis, 6; and Bernardine, 1."
  if (!n.words && /[\p{Lu}][\p{L}’'-]+,\s*$/u.test(before) && /^\s*(?:[,;]|\.\s*$)/.test(after) && (n.value ?? 0) > 0 && (n.value ?? 0) < 120) {
    // The whole name, so that "his wife, Ada Lou Quill, 18," is not the age of every Quill.
    const name = /((?:[\p{Lu}][\p{L}’'-]*\.?\s+){0,3}[\p{Lu}][\p{L}’'-]+),\s*$/u.exec(before)![1];
    return finish(n.start, n.end, 'age', { ...base, text: n.text, measure: name }, sentence, 0);
  }
  const unit = readUnit(after);
  if (unit) {
    const end = n.end + skipped + unit.length;
    const rest = sentence.slice(end);
    const dim = UNIT_DIMENSION[unit.unit];
    if (unit.age) {
      const measure = nounPhrase(rest.trim()) || 'age';
      return finish(start, end, 'age', { ...base, text: sentence.slice(start, end), unit: unit.unit, measure }, sentence, 0);
    }
    if (dim === 'money') {
      // "40 cents" is $0.40: the value is kept in the currency's main unit.
      const scaled = unit.factor ? scaleValues(base, unit.factor) : base;
      return finish(start, end, 'money', { ...scaled, text: sentence.slice(start, end), unit: unit.unit, measure: moneyMeasure(sentence.slice(0, start), rest) }, sentence, 2);
    }
    if (dim === 'ratio') return finish(start, end, 'percent', { ...base, text: sentence.slice(start, end), unit: unit.unit, measure: percentMeasure(sentence.slice(0, start), rest) }, sentence, 2);
    // (no measure of its own: what was that hot is the sentence's to say, and a temperature is shown as one)
    if (dim === 'temperature') return finish(start, end, 'temperature', { ...base, text: sentence.slice(start, end), unit: unit.unit, measure: '' }, sentence, 2);
    if (dim === 'speed') return finish(start, end, 'speed', { ...base, text: sentence.slice(start, end), unit: unit.unit, measure: nounPhrase(rest.replace(/^\s+(?:of|for)\s+/i, '')) || subjectBefore(sentence.slice(0, start)) }, sentence, 2);
    if (dim === 'time') {
      // "three-week offensive", "six-month war" describe something else; rank them with ages.
      const measure = unit.compound ? nounPhrase(rest.trim()) : '';
      return finish(start, end, 'time', { ...base, text: sentence.slice(start, end), unit: unit.unit, measure }, sentence, unit.compound ? 0 : 1);
    }
    // "1,250 square miles (2,000 square kilometers)": a conversion printed beside the figure.
    let text = sentence.slice(start, end);
    let figureEnd = end;
    let conversion: ConversionCheck | undefined;
    let pairedWith: NumberMention | undefined;
    const paren = /^\s*\(\s*$/.exec(next ? sentence.slice(end, next.start) : '');
    if (next && paren && next.value !== undefined && n.value !== undefined) {
      const nextUnit = readUnit(sentence.slice(next.end));
      const close = nextUnit && /^\s*\)/.exec(sentence.slice(next.end + nextUnit.length));
      if (nextUnit && close && UNIT_DIMENSION[nextUnit.unit] === dim) {
        figureEnd = next.end + nextUnit.length + close[0].length;
        text = sentence.slice(start, figureEnd);
        conversion = checkConversion({ value: n.value, unit: unit.unit }, { value: next.value, unit: nextUnit.unit });
        pairedWith = next;
      }
    }
    const measure =
      dim === 'area' ? areaMeasure(sentence, sentence.slice(figureEnd))
      : SHORT_LENGTHS.has(unit.unit) ? nounPhrase(sentence.slice(figureEnd).trim())
      : distanceMeasure(before, sentence.slice(figureEnd));
    const normalized = n.value !== undefined ? normalize(n.value, unit.unit) : undefined;
    const draft = finish(start, figureEnd, dim === 'area' ? 'area' : 'distance', {
      ...base, text, unit: unit.unit, measure,
      ...(normalized ? { normalized } : {}),
      ...(conversion ? { conversion } : {}),
    }, sentence, SHORT_LENGTHS.has(unit.unit) ? 2 : 3);
    return { ...draft, pairedWith };
  }

  // A four-digit number that names a year.
  if (!n.words && !n.scaled && n.high === undefined && /^(?:1[5-9]|20)\d\d$/.test(n.text) && !isCountNoun(/^\s+([\p{Ll}-]+)/u.exec(after)?.[1] ?? '')) {
    const lead = /([\p{L}’'-]+\s+){0,5}(?:in|since|by|from|until|till|before|after|of)?\s*$/u.exec(before)?.[0] ?? '';
    return finish(n.start, n.end, 'date', { ...base, text: n.text, measure: lead.replace(/\s+(?:in|since|by|from|until|till|before|after|of)\s*$/i, '').trim() }, sentence, 0);
  }

  // "the 25,000-man army", "a 12-member jury": the size of a body, counted in its members.
  const body = !n.currency ? /^-(man|men|member|strong|person|seat)\s+((?:[\p{Lu}\p{Ll}][\p{L}-]*\s+){0,2}?[\p{Ll}][\p{L}-]*)/u.exec(after) : null;
  if (body) {
    const end = n.end + 1 + body[1].length;
    return finish(start, end, 'people', { ...base, text: sentence.slice(start, end), measure: `members of ${body[2].split(/\s+/).pop()}` }, sentence, 1);
  }
  // A count: the noun phrase after the number says what is counted.
  if (/^(?:[’']s|\s+[\p{Lu}])/u.test(after) && !n.scaled && !n.words && (n.value ?? 0) < 1000) return undefined; // "Radio 4's", "Channel 4 News"
  if (/^\s*times\b/i.test(after)) return undefined;
  let np = countPhrase(after);
  // Rule "part of a whole": in "only 12 of its 140 bus routes were running" the 12 counts bus routes too, those the
  // rest of the sentence is about (running); the 140 is their whole, a figure of its own.
  const whole = next ? /^\s+of\s+(?:its|their|his|her|our|the|these|those|all)?\s*$/i.exec(sentence.slice(n.end, next.start)) : null;
  if (whole && !next!.currency) {
    const shared = countPhrase(sentence.slice(next!.end));
    if (shared.head) {
      const predicate = /^\s+(?:were|was|are|is|had been|have been|has been|remain(?:ed|s)?|still)\s+((?:still|now|currently|not)\s+)?([\p{Ll}]+(?:ing|ed|en))\b/u.exec(sentence.slice(next!.end + shared.written.length))?.[2];
      np = { head: shared.head, measure: [shared.measure, predicate].filter(Boolean).join(' '), written: sentence.slice(n.end, next!.end) + shared.written };
    }
  }
  // "12 primary and 5 secondary schools": two counts sharing the head noun of the second.
  const coordinated = !np.head && next ? /^\s+((?:[\p{Ll}-]+\s+){0,2}?)(?:and|or)\s+$/u.exec(sentence.slice(n.end, next.start)) : null;
  if (coordinated) {
    const shared = countPhrase(sentence.slice(next!.end));
    if (shared.head) {
      const modifiers = coordinated[1].trim();
      np = { head: shared.head, measure: [modifiers, shared.head].filter(Boolean).join(' '), written: modifiers ? ` ${modifiers}` : '' };
    }
  }
  // "on 75, of which no more than 21 were repaired", "rose to 2,418 units from 869": a number with no noun
  // counts what the count just before it counted; a scaled one too, when it is the other end of a
  // comparison ("3.28 million shares from 3.98 million"). "The 707" is a name, not such a count.
  const elliptical = !np.head && (!n.scaled || /\b(?:from|to|against|with)\s+$/i.test(before)) && context.lastCount && ELLIPSIS_FOLLOWS.test(after) && !/\b(?:the|a|an)\s+$/i.test(before) ? context.lastCount : undefined;
  if (!np.head && !elliptical && !n.scaled && (n.value ?? 0) < 1000) return undefined;
  const text = sentence.slice(start, n.end + (np.written ? skipped : 0) + np.written.length).trim();
  const measure = np.head ? np.measure : elliptical ? elliptical.measure : bareMeasure(before, after);
  const kind: QuantityKind = np.head ? kindOfNoun(np.measure) : elliptical ? elliptical.kind : 'people';
  const big = n.scaled || (n.value ?? 0) >= 100 || n.high !== undefined;
  return finish(start, n.end + (np.written ? skipped : 0) + np.written.length, kind, { ...base, text, measure }, sentence, big ? 3 : 1);
}

/** "40 cents": the value, range ends and all, in the currency's main unit. */
function scaleValues<T extends { value?: number; low?: number; high?: number }>(v: T, factor: number): T {
  const out = { ...v };
  for (const k of ['value', 'low', 'high'] as const) if (out[k] !== undefined) out[k] = Math.round(out[k]! * factor * 1e6) / 1e6;
  return out;
}

/**
 * What a sum of money is: "$1.4 billion in special subsidies", "the $344,000 job", "a $2,700 model",
 * "bail of $100,000", "$500 for each joint" ("per joint"), or the subject it is given for ("Damage is estimated at").
 */
function moneyMeasure(before: string, after: string): string {
  const of = /^\s+(?:of|in|worth of|for)\s+(?!each\b|a\b|an\b|\p{Lu})([^,.;:()–—$\d]+)/u.exec(after);
  // "$1 for males and $2 for females": the phrase ends where the next item of a list begins.
  if (of) return nounPhrase(of[1].replace(/\s+(?:and|or|but|to)\b.*$/s, '').replace(/\s+(?:of|the|a|an)\s*$/, ''));
  const per = /^\s+(?:a|an|per|for each|each|for every)\s+([\p{Ll}-]+)/u.exec(after)?.[1];
  // "the $344,000 job", "a new $2,700 model": a determiner before the sum makes the word after it its noun.
  const direct = /\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(before) ? /^\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2})/u.exec(after)?.[1].split(/\s+/) : undefined;
  const stop = direct?.findIndex((w) => STOP_NOUN.test(w) || /^(?:has|have|had|do|does|did|can|must|should|shall)$|^[\p{Ll}]{3,}(?:ed|ing)$/u.test(w)) ?? -1;
  const noun = direct ? nounPhrase((stop < 0 ? direct : direct.slice(0, stop)).join(' ')) : '';
  const owner = /\b([\p{L}-]{3,})\s+(?:of|at)\s+$/u.exec(before)?.[1] ?? '';
  // "a price of $12.50", "bail of $100,000"; not "estimated at", which is the verb.
  const subject = noun || (owner && !STOP_NOUN.test(owner) && !/(?:ed|ing)$/.test(owner) ? owner : '') || subjectBefore(before);
  return per ? [subject, `per ${per}`].filter(Boolean).join(' ') : subject;
}

/** What a percentage is of: "95 percent of the accomodations", "20% in planted acreage", "a cutback of 20%", "his business ... is running 50%". */
function percentMeasure(before: string, after: string): string {
  const of = /^\s+(?:of|in)\s+(?!\p{Lu})([^,.;:()–—$]+)/u.exec(after);
  if (of) return nounPhrase(of[1]);
  const owner = /\b([\p{L}-]{3,})\s+of\s+(?:\S+\s+)?$/u.exec(before)?.[1];
  if (owner && !STOP_NOUN.test(owner)) return owner;
  const clause = before.split(/[,;:–—]/).pop() ?? '';
  const subject = /\b(?:the|his|her|its|their|our|my|your|a|an)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+?)\s+(?:\S+\s+){0,6}?(?:is|was|are|were|has|have|had|will|would|may|rose|fell|ranged|climbed|dropped|jumped|increased|declined|lag(?:ged)?|averag(?:ed|ing)|running|up|down)\b/iu.exec(clause)?.[1];
  return subject ?? (/([\p{Ll}-]{3,})\s+(?:(?:ranging|rising|falling|averaging|of)\s+)?(?:from\s+)?$/u.exec(clause)?.[1] ?? '');
}

function finish(start: number, end: number, kind: QuantityKind, fig: Omit<FigureCore, 'kind' | 'topic' | 'rank'>, sentence: string, rank: number): Draft {
  return { start, end, figure: { ...fig, kind, topic: topicOf(kind, fig.measure, sentence, clauseAround(sentence, start, end)), rank } };
}

/** The clause a figure sits in: what happened to it is said there, not elsewhere in the sentence. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start);
  // The last mark by index, not by a backtracking regex: that was quadratic on a long sentence without one.
  const lastMark = Math.max(...[',', ';', ':', '–', '—'].map((c) => before.lastIndexOf(c) + 1));
  let cut = lastMark;
  for (const m of before.matchAll(/\s(?:and|but)\s/g)) cut = Math.max(cut, m.index + m[0].length);
  const after = sentence.slice(end);
  const stop = /[,;:–—]|\s(?:and|but)\s/.exec(after)?.index ?? after.length;
  return sentence.slice(cut, end + stop);
}

/** "of our guys on foot", "Russian troops trapped on the western bank of the large Dnipro River", "units of military equipment". */
function countPhrase(after: string): { head: string; measure: string; written: string } {
  const tokens = [...after.matchAll(/\S+/g)];
  const words: string[] = [];
  let head = '';
  let headAt = -1;
  let writtenEnd = 0;
  let inPhrase = -1;
  for (let i = 0; i < tokens.length && words.length < 16; i++) {
    const raw = tokens[i][0];
    const w = raw.replace(/[,.;:!?)"”’]+$/, '');
    const ends = w !== raw;
    // Rule "two nouns, one head": "2,300 bus and tram drivers" counts drivers of both kinds; "and" joins the
    // modifiers when a count noun follows within two words and no number starts the second part ("12 primary and 5
    // secondary schools" is two counts, read elsewhere).
    if (!head && words.length && /^(?:and|or)$/i.test(w) && w === raw && sharedHeadFollows(tokens.slice(i + 1, i + 3).map((t) => t[0]))) {
      words.push(w);
      continue;
    }
    if (!w || /^[(“"–—-]/.test(raw) || NOUN_STOP.test(w)) break;
    if (!head) {
      if (i > 3) break;
      if (i === 0 && /^of$/i.test(w)) {
        words.push(w);
        continue;
      }
      if (PRONOUN_OBJECT.test(w)) break;
      if (PREPOSITION.test(w) || /^(?:a|an)$/i.test(w)) break;
      words.push(w);
      if (isCountNoun(w)) {
        head = w;
        headAt = words.length;
        writtenEnd = tokens[i].index + w.length;
      }
    } else {
      // After the head, keep participles and prepositional phrases; stop at a finite verb or another number.
      if (/^\d/.test(w)) break;
      if (PREPOSITION.test(w)) inPhrase = 0;
      else if (inPhrase >= 0 && inPhrase < 5) inPhrase++;
      else if (/ed$/i.test(w) && words.length === headAt) inPhrase = -1;
      else break;
      words.push(w);
      // "units of military equipment" is written whole; "units from 869" ends at the noun.
      if (CLASSIFIER.test(head) && i <= headAt + 3 && /^of$/i.test(words[headAt] ?? '')) writtenEnd = tokens[i].index + w.length;
    }
    if (ends) break;
  }
  if (!head) return { head: '', measure: '', written: '' };
  while (words.length && (PREPOSITION.test(words[words.length - 1]) || /^(?:the|a|an)$/i.test(words[words.length - 1]))) words.pop();
  return { head, measure: words.join(' '), written: after.slice(0, writtenEnd) };
}

function sharedHeadFollows(next: readonly string[]): boolean {
  for (const raw of next) {
    const w = raw.replace(/[,.;:!?)"”’]+$/, '');
    if (!w || /^\d/.test(w) || NOUN_STOP.test(w) || PREPOSITION.test(w) || /^(?:a|an|the)$/i.test(w)) return false;
    if (isCountNoun(w)) return true;
    if (w !== raw) return false;
  }
  return false;
}

function isCountNoun(w: string): boolean {
  if (/^(?:people|personnel|equipment|gear|kit|ammunition|artillery|aircraft|children|men|women|cattle|livestock)$/i.test(w)) return true;
  // Plurals in -s, and in -men ("policemen", "firemen").
  return (/^[\p{Ll}][\p{Ll}-]{2,}s$/u.test(w) && !/(?:ss|us|is|ous)$/.test(w)) || /^[\p{Ll}]{2,}(?:wo)?men$/u.test(w);
}

function kindOfNoun(measure: string): QuantityKind {
  const head = headClass(measure);
  return head === 'equipment' ? 'equipment' : head === 'troops' || head === 'people' ? 'people' : 'count';
}

/** What a number with no noun counts, from the words around it: "plunged nine million into darkness" → "people plunged into darkness". */
function bareMeasure(before: string, after: string): string {
  // "a top strength of 19,000": the number is the size of the noun before "of".
  const owner = /\b([\p{Ll}]{3,})\s+of\s+$/u.exec(before)?.[1];
  if (owner && !STOP_NOUN.test(owner)) return owner;
  const verb = /([\p{Ll}]+ed)\s+$/u.exec(before)?.[1];
  const rest = /^\s*((?:into|in|out of|without|from)\s+[^,.;:()–—]+?)(?=\s+(?:with|as|after|while|when|because)\b|[,.;:()–—]|$)/i.exec(after)?.[1];
  return ['people', verb, rest].filter(Boolean).join(' ');
}

/** "territory liberated", "area recaptured": the thing measured and what happened to it. */
function areaMeasure(sentence: string, after: string): string {
  const of = /^\s+of\s+((?:[\p{Ll}\p{Lu}-]+\s+){0,2}?(?:territory|land|ground|area|farmland|forest|countryside|[\p{Ll}]+land))\b/iu.exec(after)?.[1];
  const verb = AREA_VERB_RE.exec(sentence)?.[1];
  const noun = of ?? /\b(territory|land|ground)\b/i.exec(sentence)?.[1] ?? (verb && RETAKE_RE.test(verb) ? 'territory' : 'area');
  return verb ? `${noun} ${verb}` : noun;
}

/** "Izyum southeast of Kharkiv", "Zaliznychne east of Kharkiv", "distance from the Russian border". */
function distanceMeasure(before: string, after: string): string {
  const rest = /^\s*((?:[\p{Ll}-]+\s+)?(?:of|from|away from|to|outside|inside|north|south|east|west)\b[^,.;:()–—]*?)(?=\s+(?:as|while|when|which|and|but|where|after)\b|[,.;:()–—]|$)/iu.exec(after)?.[1]?.trim();
  const place = /([\p{Lu}][\p{L}’'-]+),\s+(?:(?:a|an|the)\s+[^,]{0,40}?)?\s*(?:about|around|some|nearly|just|only|roughly)?\s*$/u.exec(before)?.[1];
  if (place && rest) return `${place} ${rest}`;
  return rest ? `distance ${rest}` : 'distance';
}

function nounPhrase(text: string): string {
  // A preposition before a proper name starts a place or an employer ("soldier in Gaza", "nurse at St Mary's"), not more of the noun.
  const m = /^([^,.;:()–—"“”]+?)(?=\s+(?:with|as|after|while|when|because|since|that|which|who|(?:in|over|during|within) the (?:past|last))\b|\s+(?:in|at|near|across|from)\s+\p{Lu}|[,.;:()–—"“”]|$)/u.exec(text.trim());
  const words = (m?.[1] ?? '').split(/\s+/).filter(Boolean);
  if (words.length && NOUN_STOP.test(words[0])) return '';
  return words.slice(0, 6).join(' ');
}

/** "Damage is estimated at": the subject a figure is given for when nothing follows it. */
function subjectBefore(before: string): string {
  const clause = before.split(/[,;:–—]/).pop() ?? '';
  const m = /^\s*(?:the\s+)?([\p{L}\s’'-]+?)\s+(?:is|was|are|were|has been|have been|will be|could be|would be|stood|stands|(?:may|might|could|would|will|should|can)\s+[\p{Ll}]+)\b/iu.exec(clause);
  return m ? m[1].trim() : '';
}

/** The claim that governs a figure: in the same sentence, not across a quotation the figure is outside of. */
function claimFor(sentence: string, start: number, end: number, claims: Claim[]): Claim | undefined {
  // A figure inside quotation marks is the words of the quotation's speaker, credited outside it; a claim
  // inside the same quotation ("… and said he wanted four volunteers,” McCauley said) is the speaker's report.
  const quote = quoteSpans(sentence).find((q) => q.start <= start && end <= q.end);
  if (quote) {
    const outside = claims.filter((c) => c.at >= quote.end || c.end <= quote.start);
    if (outside.length) return outside.reduce((best, c) => (distance(c, quote.start, quote.end) < distance(best, quote.start, quote.end) ? c : best));
  }
  const usable = claims.filter((c) => {
    if (c.at < end && start < c.end) return false;
    // "X happened, according to residents of a village 37 miles away": the claim credits what precedes it.
    if (c.according && c.at < start && /\S\s*,?\s*$/.test(sentence.slice(0, c.at)) && sentence.slice(0, c.at).trim().split(/\s+/).length > 2) return false;
    const [a, b] = c.at < start ? [c.at, start] : [end, c.at];
    const between = sentence.slice(a, b);
    // A claim on the far side of a quotation credits that quotation, not this figure.
    return !/["“][^"”]*(?:\s+\S+){3,}[^"”]*["”]/.test(between);
  });
  if (!usable.length) return undefined;
  return usable.reduce((best, c) => (distance(c, start, end) < distance(best, start, end) ? c : best));
}

/** Spans of the sentence inside double quotation marks (curly or straight); an unclosed one runs to the end. */
function quoteSpans(sentence: string, startsOpen = false): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open = startsOpen ? 0 : -1;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i];
    if (ch === '“' || (ch === '"' && open < 0)) open = open < 0 ? i : open;
    else if ((ch === '”' || ch === '"') && open >= 0) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open, end: sentence.length });
  return spans;
}

function distance(c: Claim, start: number, end: number): number {
  return c.at < start ? start - c.at : c.at - end;
}

function spanFor(d: Draft, spans: SpanMention[]): SpanMention | undefined {
  const outside = spans.filter((s) => s.end <= d.start || s.start >= d.end);
  return outside.find((s) => s.start >= d.end) ?? outside[outside.length - 1];
}
