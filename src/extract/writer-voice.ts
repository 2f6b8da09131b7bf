import type { Token } from './tagger.js';

/**
 * Reports that are no one's statement: the writer's own voice and sentences that only look like reports. An
 * editorial, a column or a letter argues in its own voice ("we must confess that", "I am firmly convinced that")
 * and asks rhetorical questions ("do they really believe that ...?"); news reportage attributes. These rules keep
 * the opinion pages' own argument out of who-said-what.
 */

/** Verbs of holding a view (not of telling anyone): with the writer as subject they are the piece's own voice. */
const STANCE = new Set([
  'believe', 'think', 'feel', 'suspect', 'confess', 'submit', 'convince', 'persuade', 'satisfy', 'understand', 'hope',
  'know', 'expect', 'guess', 'fear', 'suppose', 'doubt', 'admit', 'agree', 'disagree', 'assume', 'trust', 'realize',
  'realise', 'imagine', 'concede', 'maintain', 'contend', 'argue', 'wonder', 'gather', 'see', 'find', 'predict', 'venture',
  'recognize', 'recognise', 'appreciate',
]);

/**
 * Rule "writer's own stance": "I suspect the council will balk", "We must confess that some reformers go too far",
 * "I am firmly convinced that the plan is sound". The first person outside quotation marks is the writer; a view the
 * writer holds is the piece's argument, not a statement the piece reports, and so is the editorial "we"'s. The
 * writer's side of a dialogue stays a statement, with "I" or "we" (the writer and companions): "“Walk, then,” I
 * suggested", "We told the clerk that the road was closed".
 */
export function writersOwnStance(speaker: string | undefined, lemma: string): boolean {
  const s = speaker?.trim() ?? '';
  return (s === 'I' || /^we$/i.test(s)) && STANCE.has(lemma.toLowerCase());
}

const INVERTED_AUX = /^(?:do|does|did|can|could|will|would|shall|should|may|might|must|is|are|was|were|has|have|had)$/i;

/**
 * Rule "rhetorical question": "Do the planners really believe that voters will pay?", "Can anyone argue that the
 * dam is safe?". A report whose subject follows an inverted auxiliary in a sentence ending with "?" asks whether
 * someone holds a view; it reports none.
 */
export function questionedReport(tokens: readonly Token[], v: number, sentence: string): boolean {
  if (!/\?\s*["”’)]*\s*$/.test(sentence)) return false;
  // the auxiliary stands before the subject, a few words before the verb ("do our reforming friends really believe")
  for (let i = v - 1; i >= 0 && v - i <= 6; i--) {
    if (/^[,;:—–]$/.test(tokens[i].text)) return false;
    if (INVERTED_AUX.test(tokens[i].lower) && (i === 0 || /^[,;:—–(]$/.test(tokens[i - 1].text) || tokens[i - 1].pos === 'ADV' || /^(?:why|how|what|when|where|then|and|but|or|so)$/i.test(tokens[i - 1].lower))) return i < v - 1;
  }
  return false;
}

const MODAL_HYPOTHESIS = /^(?:would|could|might)$/i;

/**
 * Rule "hypothetical finding": "If they looked, they would see that the tax has failed", "a visitor might find that
 * the town is empty". Seeing, finding or knowing under "would", "could" or "might" is what someone would think if
 * things were otherwise, not a view anyone holds.
 */
export function hypotheticalFinding(tokens: readonly Token[], v: number): boolean {
  let i = v - 1;
  while (i >= 0 && tokens[i].pos === 'ADV') i--;
  return i >= 0 && MODAL_HYPOTHESIS.test(tokens[i].lower);
}

const NOMINATIVE = /^(?:he|she|they|we|i)$/i;

/**
 * Rule "second clause": in "exploded a bomb and he probably has rockets", "may support the plan (but he won't)",
 * "whipped the boss and thus come into control", the words after the verb are its object and a new clause begins
 * at the conjunction: a conjunction followed by a subject pronoun, or by nothing but adverbs before the verb, ends
 * the object. A coordinated subject puts the pronoun first ("he and Crawford received"), so it is not touched.
 */
export function objectThenClause(subject: readonly Token[], after: readonly Token[] = []): boolean {
  // Rule "relative clause in the object": "represented a misunderstanding of the forces which alone can oppose him",
  // "lay open any industry which rivals may find it profitable to destroy": the verb belongs to the relative
  // clause when no finite verb follows it ("said the man who shot him was arrested" has one: "was")
  if (subject.some((t) => /^(?:which|who|whom)$/i.test(t.lower)) && !finiteVerbAfterGroup(after)) return true;
  for (let i = 0; i < subject.length; i++) {
    if (subject[i].pos !== 'CCONJ') continue;
    if (NOMINATIVE.test(subject[i + 1]?.lower ?? '')) return true;
    if (i > 0 && subject.slice(i + 1).every((t) => t.pos === 'ADV')) return true;
  }
  return false;
}

/**
 * Rule "participle is no finite verb": in "reflects the region's lack of purchasing power" the "-ing" word tagged as
 * a verb is a gerund inside a noun phrase, and in "confirms the findings and the easily observed picture" the "-ed"
 * word after an article is an adjective. A clause needs a finite verb, and a participle standing after "of", an
 * article, an adjective or a possessive is none.
 */
export function bareParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB') return false;
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  const before = tokens[k];
  // inside a noun phrase: after "of", an article, an adjective or a possessive ("for not taking the lead" is a verb)
  const inNounPhrase = !!before && (/^of$/i.test(before.lower) || ['DET', 'ADJ'].includes(before.pos) || before.lower === "'s");
  if (/ing$/i.test(t.lower)) return inNounPhrase;
  return /ed$/i.test(t.lower) && inNounPhrase && tokens[i + 1]?.pos === 'NOUN';
}

/**
 * Rule "fronted object": in "what, in the secret councils, the minister had really proposed, we just don't know"
 * the verb's object is the "what" before its subject, and what follows the comma is the writer's sentence, not
 * the proposal. A subject right after "what" (or after "what" and an aside between commas) reports nothing forward.
 */
export function frontedWhat(tokens: readonly Token[], subjectStart: number): boolean {
  let i = subjectStart - 1;
  if (tokens[i]?.text === ',') {
    i--;
    while (i >= 0 && tokens[i].text !== ',' && subjectStart - i <= 12) i--;
    i--;
  }
  return i >= 0 && /^what$/i.test(tokens[i].lower);
}

/** Whether a finite verb follows the verb group that opens `rest` (an infinitive after "to" is none). */
function finiteVerbAfterGroup(rest: readonly Token[]): boolean {
  let i = 0;
  while (i < rest.length && (rest[i].pos === 'VERB' || rest[i].pos === 'AUX' || rest[i].pos === 'ADV' || rest[i].pos === 'PART')) i++;
  for (; i < rest.length; i++) if ((rest[i].pos === 'VERB' || rest[i].pos === 'AUX') && rest[i - 1]?.lower !== 'to' && !/ing$/i.test(rest[i].lower)) return true;
  return false;
}
