import type { Figure } from '../extract/figures.js';
import { formatNormalized } from '../extract/units.js';
import { isGivenName, isNotPersonName } from '../extract/wordnet.js';
import type { FigureView } from './answer.js';
import { commonAmount } from './common-amount.js';

/** Who a figure is credited to, in words: "Ukraine's Ministry of Defence, as cited by The Daily Mail". */
function claimantText(f: Figure): string | undefined {
  if (!f.claimant) return f.citedBy ? `as cited by ${f.citedBy}` : undefined;
  return f.citedBy ? `${f.claimant}, as cited by ${f.citedBy}` : f.claimant;
}

/** A problem found by checking the figure, in plain words. */
function warningText(f: Figure): string | undefined {
  if (!f.conversion || f.conversion.ok) return undefined;
  return `conversion does not hold: ${f.conversion.note}`;
}

// Views and phrases are pure functions of a figure; figures are immutable, so compute each once.
const views = new WeakMap<Figure, FigureView>();
const phrases = new WeakMap<Figure, string>();

/** The figure as data for surfaces. */
export function figureView(f: Figure): FigureView {
  let v = views.get(f);
  if (!v) views.set(f, (v = makeView(f)));
  return v;
}

function makeView(f: Figure): FigureView {
  const claimant = claimantText(f);
  const normalized = f.normalized ? formatNormalized(f.normalized) : undefined;
  const warning = warningText(f);
  const amount = commonAmount(f);
  return {
    figureId: f.id,
    articleId: f.articleId,
    outlet: f.outlet,
    text: f.text,
    measure: f.measure || f.topic,
    topic: f.topic,
    ...(claimant ? { claimant } : {}),
    ...(f.span ? { span: f.span } : {}),
    ...(normalized ? { normalized } : {}),
    ...(amount ? { amount } : {}),
    ...(warning ? { warning } : {}),
  };
}

/** "more than 600 square miles (territory liberated; ≈ 1,554 km² / 600 sq mi; the UK Ministry of the Defense, as cited by The Daily Mail)" */
export function figurePhrase(f: Figure): string {
  let p = phrases.get(f);
  if (!p) phrases.set(f, (p = makePhrase(f)));
  return p;
}

function makePhrase(f: Figure): string {
  const v = figureView(f);
  const rate = printedRate(f, v.measure);
  const shown = rate ? { ...f, text: rate.text } : f;
  const asked = rate ? rate.measure : v.measure;
  // "13,500 units of military equipment" already says what it measures.
  const measure = !asked || shown.text.toLowerCase().includes(asked.toLowerCase()) ? undefined : asked;
  const named = measure ? subjectLabel(shown, measure) : undefined;
  const parts = [named ? undefined : measure, v.span, v.normalized, v.claimant ? `according to ${v.claimant}` : undefined].filter(Boolean);
  const warning = v.warning ? ` ⚠ ${v.warning}` : '';
  return `${named ?? shown.text}${parts.length ? ` (${parts.join('; ')})` : ''}${warning}`;
}

/**
 * Rule "a rate as printed": the extractor files "$8 an hour" as $8 with the measure "salary per hour"; the answer
 * gives the rate as the sentence prints it, "$8 an hour (salary)", not "$8 (salary per hour)".
 */
function printedRate(f: Figure, measure: string): { text: string; measure: string } | undefined {
  const m = / per ([\p{L}-]+)$/u.exec(measure);
  if (!m) return undefined;
  const at = f.sentence.indexOf(f.text);
  const after = at < 0 ? undefined : new RegExp(`^\\s+((?:a|an|per|each|for each|for every)\\s+${m[1]})\\b`, 'iu').exec(f.sentence.slice(at + f.text.length));
  return after ? { text: `${f.text} ${after[1]}`, measure: measure.slice(0, m.index) } : undefined;
}

/**
 * A figure with the thing it measures, as English says it: "damage of £3.5 million", not "£3.5 million
 * (Damage)". Named-subject rule: when what a figure measures is the subject the sentence states before it
 * ("The bill was put at £2m", "Turnout reached 61%"), "<subject> of <figure>" reads as one phrase; a label
 * in brackets reads as a caption, and keeps the capital the word had only for opening its sentence.
 * Undefined when the measure comes after the figure ("120 residents from nearby flats"): it is then a
 * description of the count, not a name for it.
 */
export function subjectLabel(f: Figure, measure: string): string | undefined {
  const at = f.sentence.indexOf(measure);
  const figureAt = f.sentence.indexOf(f.text);
  if (at < 0 || figureAt < 0 || at >= figureAt) return undefined;
  // An age after a name ("Ada Quill, 18,") is the person's: "Ada Quill, 18", not "Ada Quill of 18".
  if (f.kind === 'age' && /^\d+$/.test(f.text)) return `${measure}, ${f.text}`;
  // Rule "a named subject with its verb": in "Drennick Chemicals was fined £1.8 million" the named subject pays the
  // sum, it is not what the sum measures ("Drennick Chemicals of £1.8 million" misreads it), so the clause itself
  // says it; a common noun ("damage was estimated at £3.5 million") is what is measured: "damage of £3.5 million"
  const shown = sentenceCase(f.sentence, measure, at);
  const between = f.sentence.slice(at + measure.length, figureAt);
  if (/^\p{Lu}/u.test(shown) && /^\s+(?:[\p{Ll}-]+\s+){1,4}$/u.test(between) && /\b(?:was|were|is|are|has|have|had|been|will|would)\b|\b[\p{Ll}]{2,}ed\b/u.test(between))
    return `${shown}${between}${f.text}`;
  return `${shown} of ${f.text}`;
}

/**
 * "Damage" → "damage" when only its place at the start of the sentence gave it the capital. A word with a
 * possessive or a capital inside ("Kharkiv's", "McBride"), a given name, or a place or time WordNet knows
 * ("Paris", "January") keeps its capital: it is a name wherever it stands.
 */
function sentenceCase(sentence: string, words: string, at: number): string {
  const opensSentence = !/\p{L}/u.test(sentence.slice(0, at));
  const first = words.split(/\s+/)[0];
  // (a run of capitals is a name: "Drennick Chemicals", "Harbour Trust")
  const second = words.split(/\s+/)[1] ?? '';
  if (!opensSentence || !/^\p{Lu}\p{Ll}+$/u.test(first) || /^\p{Lu}/u.test(second) || isGivenName(first) || isNotPersonName(first)) return words;
  return words.charAt(0).toLowerCase() + words.slice(1);
}

/** A figure with its measure when the figure does not say it: "damage of £3.5 million", "14 trucks (of aid)". */
export function labelledFigure(f: Figure): string {
  const measure = f.measure && !f.text.toLowerCase().includes(f.measure.toLowerCase()) ? f.measure : undefined;
  if (!measure) return inRunningText(f);
  return subjectLabel(f, measure) ?? `${inRunningText(f)} (${measure})`;
}

/** "More than 60 firefighters" → "more than 60 firefighters": a hedge capitalised only because it opened its sentence. */
function inRunningText(f: Figure): string {
  const hedge = /^\p{Lu}\p{Ll}*(?:\s\p{Ll}+)*/u.exec(f.text)?.[0];
  if (!f.hedge || !hedge || hedge.toLowerCase() !== f.hedge.toLowerCase()) return f.text;
  return f.text.charAt(0).toLowerCase() + f.text.slice(1);
}

/** One detail line: "BeyondNews: 13,500 units of military equipment (...)". */
export function figureLine(f: Figure): string {
  return `${f.outlet}: ${figurePhrase(f)}`;
}
