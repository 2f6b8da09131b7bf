import type { CleanArticle } from '../corpus/article.js';
import { findClaims, isPronoun, type Claim } from './claimants.js';
import { findNumbers, type NumberMention } from './numbers.js';
import { splitSentences } from './sentences.js';
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
  | 'time'
  | 'date'
  | 'age'
  /** A size given by comparison, without a number of units: "twice the area of Greater London". */
  | 'comparison';

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
  /\b(more than|over|nearly|almost|around|about|approximately|roughly|some|at least|up to|as many as|fewer than|less than|under|close to|an estimated|estimated|at most|upwards of|in excess of|well over|just over|just under)\s+$/i;
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

/** Extracts every figure an article reports, in reading order. */
export function extractFigures(article: CleanArticle): Figure[] {
  return figuresOfSentences(article, article.paragraphs.map((p) => splitSentences(p)));
}

/** The same, from the article's paragraphs already split into sentences (`sentences[paragraph][i]`). */
export function figuresOfSentences(article: CleanArticle, sentences: readonly (readonly string[])[]): Figure[] {
  const out: Figure[] = [];
  let lastNamedClaimant: string | undefined;
  let lastNamedAt = -10;
  let sentenceNo = 0;
  let previousClaims: Claim[] = [];
  sentences.forEach((paragraph, pi) => {
    paragraph.forEach((sentence, si) => {
      const claims = findClaims(sentence);
      const drafts = figuresInSentence(sentence);
      for (const d of drafts) {
        let claim = claimFor(sentence, d.start, d.end, claims);
        // A quoted sentence without its own attribution continues the previous speaker ("He continued: ...").
        if (!claim && SENTENCE_QUOTE_START.test(sentence) && previousClaims.length) claim = previousClaims.find((c) => !c.according) ?? previousClaims[0];
        let claimant = claim?.claimant;
        // "he said" names whoever was named just before, if anyone was.
        if (claimant && isPronoun(claimant)) claimant = sentenceNo - lastNamedAt <= 2 ? lastNamedClaimant : undefined;
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
      const named = claims.find((c) => !isPronoun(c.claimant) && !c.according) ?? claims.find((c) => !isPronoun(c.claimant));
      if (named) {
        lastNamedClaimant = named.claimant;
        lastNamedAt = sentenceNo;
      }
      sentenceNo++;
      previousClaims = claims;
    });
  });
  return out;
}

type FigureCore = Omit<Figure, 'id' | 'articleId' | 'outlet' | 'sentence' | 'paragraph' | 'sentenceIndex' | 'claimant' | 'citedBy'>;

interface Draft {
  start: number;
  end: number;
  figure: FigureCore;
}

/** The figures of one sentence, each with its offsets for claimant and span matching. */
export function figuresInSentence(sentence: string): Draft[] {
  const drafts: Draft[] = [];
  const comparisons = [...sentence.matchAll(COMPARISON_RE)];
  for (const m of comparisons) drafts.push(comparisonDraft(sentence, m));
  const spans = findSpans(sentence);
  const numbers = findNumbers(sentence).filter((n) => !drafts.some((d) => n.start < d.end && d.start < n.end));
  const consumed = new Set<NumberMention>();
  for (const [i, n] of numbers.entries()) {
    if (consumed.has(n)) continue;
    const draft = numberDraft(sentence, n, numbers[i + 1]);
    if (!draft) continue;
    if (draft.pairedWith) consumed.add(draft.pairedWith);
    drafts.push(draft);
  }
  // A number inside a time span ("over the last two days") is the span of another figure, not a figure of its own.
  const inSpan = (d: Draft) => d.figure.kind === 'time' && spans.some((s) => s.start <= d.start && d.end <= s.end);
  const hasOther = drafts.some((d) => !inSpan(d));
  const kept = drafts.filter((d) => !(hasOther && inSpan(d))).sort((a, b) => a.start - b.start);
  for (const d of kept) {
    const span = spanFor(d, spans);
    if (span && d.figure.kind !== 'time' && d.figure.kind !== 'date' && d.figure.kind !== 'age') d.figure.span = span.text;
  }
  return kept;
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

function numberDraft(sentence: string, n: NumberMention, next: NumberMention | undefined): NumberDraft | undefined {
  const before = sentence.slice(0, n.start);
  let after = sentence.slice(n.end);
  // "hundreds of square miles": the unit follows the "of".
  const skipped = n.vague ? (/^\s+of\b/i.exec(after)?.[0].length ?? 0) : 0;
  after = after.slice(skipped);
  const hedgeMatch = HEDGE_RE.exec(before);
  const hedge = hedgeMatch?.[1];
  const start = hedgeMatch ? n.start - hedgeMatch[0].length : n.start;
  const head = hedge ? `${hedgeMatch![0]}${n.text}` : n.text;
  const values = { ...(n.value !== undefined ? { value: n.value } : {}), ...(n.high !== undefined ? { low: n.low, high: n.high } : {}), ...(n.vague ? { low: n.low } : {}) };
  const base = { ...values, ...(hedge ? { hedge: hedge.toLowerCase() } : {}) };

  if (n.currency) {
    const of = /^\s+(?:of|in|worth of)\s+([^,.;:()–—]+)/i.exec(after);
    const measure = of ? nounPhrase(of[1]) : '';
    return finish(start, n.end, 'money', { ...base, text: head, unit: n.currency as Unit, measure: measure || subjectBefore(before) }, sentence, 2);
  }

  // Times of day ("3 a.m.", "3.40am") are clock readings, not figures.
  if (/^\s*[ap]\.?m\b\.?/i.test(after) || /^:\d\d/.test(after)) return undefined;
  // "Okafor, 54," gives an age.
  if (!n.words && /[\p{Lu}][\p{L}’'-]+,\s*$/u.test(before) && /^\s*,/.test(after) && (n.value ?? 0) > 0 && (n.value ?? 0) < 120) {
    const name = /([\p{Lu}][\p{L}’'-]+),\s*$/u.exec(before)![1];
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
    if (dim === 'money') return finish(start, end, 'money', { ...base, text: sentence.slice(start, end), unit: unit.unit, measure: nounPhrase(rest.replace(/^\s+of\s+/i, '')) }, sentence, 2);
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
  if (!n.words && !n.scaled && n.high === undefined && /^(?:1[89]|20)\d\d$/.test(n.text) && !/^\s+[\p{Ll}]+s\b/u.test(after)) {
    const lead = /([\p{L}’'-]+\s+){0,5}(?:in|since|by|from|until|till|before|after|of)?\s*$/u.exec(before)?.[0] ?? '';
    return finish(n.start, n.end, 'date', { ...base, text: n.text, measure: lead.replace(/\s+(?:in|since|by|from|until|till|before|after|of)\s*$/i, '').trim() }, sentence, 0);
  }

  // A count: the noun phrase after the number says what is counted.
  if (/^(?:[’']s|\s+[\p{Lu}])/u.test(after) && !n.scaled && (n.value ?? 0) < 1000) return undefined; // "Radio 4's", "Channel 4 News"
  if (/^\s*times\b/i.test(after)) return undefined;
  const np = countPhrase(after);
  if (!np.head && !n.scaled && (n.value ?? 0) < 1000) return undefined;
  const text = sentence.slice(start, n.end + np.written.length).trim();
  const measure = np.head ? np.measure : bareMeasure(before, after);
  const kind: QuantityKind = np.head ? kindOfNoun(np.measure) : 'people';
  const big = n.scaled || (n.value ?? 0) >= 100 || n.high !== undefined;
  return finish(start, n.end + np.written.length, kind, { ...base, text, measure }, sentence, big ? 3 : 1);
}

function finish(start: number, end: number, kind: QuantityKind, fig: Omit<FigureCore, 'kind' | 'topic' | 'rank'>, sentence: string, rank: number): Draft {
  return { start, end, figure: { ...fig, kind, topic: topicOf(kind, fig.measure, sentence, clauseAround(sentence, start, end)), rank } };
}

/** The clause a figure sits in: what happened to it is said there, not elsewhere in the sentence. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start);
  const cut = Math.max(...[/.*[,;:–—]/s.exec(before)?.[0].length ?? 0, ...[...before.matchAll(/\s(?:and|but)\s/g)].map((m) => m.index + m[0].length)]);
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
      // After the head, keep participles and prepositional phrases; stop at a finite verb.
      if (PREPOSITION.test(w)) inPhrase = 0;
      else if (inPhrase >= 0 && inPhrase < 5) inPhrase++;
      else if (/ed$/i.test(w) && words.length === headAt) inPhrase = -1;
      else break;
      words.push(w);
      if (CLASSIFIER.test(head) && i <= headAt + 3) writtenEnd = tokens[i].index + w.length;
    }
    if (ends) break;
  }
  if (!head) return { head: '', measure: '', written: '' };
  while (words.length && (PREPOSITION.test(words[words.length - 1]) || /^(?:the|a|an)$/i.test(words[words.length - 1]))) words.pop();
  return { head, measure: words.join(' '), written: after.slice(0, writtenEnd) };
}

function isCountNoun(w: string): boolean {
  if (/^(?:people|personnel|equipment|gear|kit|ammunition|artillery|aircraft|children|men|women|cattle|livestock)$/i.test(w)) return true;
  return /^[\p{Ll}][\p{Ll}-]{2,}s$/u.test(w) && !/(?:ss|us|is|ous)$/.test(w);
}

function kindOfNoun(measure: string): QuantityKind {
  const head = headClass(measure);
  return head === 'equipment' ? 'equipment' : head === 'troops' || head === 'people' ? 'people' : 'count';
}

/** What a number with no noun counts, from the words around it: "plunged nine million into darkness" → "people plunged into darkness". */
function bareMeasure(before: string, after: string): string {
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
  const m = /^\s*(?:the\s+)?([\p{L}\s’'-]+?)\s+(?:is|was|are|were|has been|have been|will be|could be|would be|stood|stands)\b/iu.exec(clause);
  return m ? m[1].trim() : '';
}

/** The claim that governs a figure: in the same sentence, not across a quotation the figure is outside of. */
function claimFor(sentence: string, start: number, end: number, claims: Claim[]): Claim | undefined {
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

function distance(c: Claim, start: number, end: number): number {
  return c.at < start ? start - c.at : c.at - end;
}

function spanFor(d: Draft, spans: SpanMention[]): SpanMention | undefined {
  const outside = spans.filter((s) => s.end <= d.start || s.start >= d.end);
  return outside.find((s) => s.start >= d.end) ?? outside[outside.length - 1];
}
