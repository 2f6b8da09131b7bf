// Frames of reporting that English builds around a clause without a plain "X said": a participle of saying before or
// after its clause ("Noting that ..., the engineer said", "The city sued, alleging that ..."), a view put "to"
// someone ("To the mayor, the plan is a folly"), a columnist's "writes" after the words, and a subject widened by a
// phrase ("Residents near the plant complained that ..."). Each rule reads the tagger's parts of speech and a verb's
// WordNet class (speech-verbs.ts), never the words of one article; reported-speech.ts calls them.
import { isFirstNameWord } from './given-names.js';
import { SAYING, SOURCE_NOUN, npLeft, npRight, startsNp, type SpeechCue } from './reported-speech.js';
import { isReportingVerb } from './speech-verbs.js';
import { isPersonNoun } from './wordnet.js';
import type { Token } from './tagger.js';

type Outlet = (i: number) => boolean;
type Range = { start: number; end: number };

const isFinite = (t: Token | undefined) => !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.lower)));
const reports = (t: Token) => SAYING.has(t.lemma) || isReportingVerb(t.lemma);
const text = (sentence: string, tokens: readonly Token[], r: Range) => sentence.slice(tokens[r.start].start, tokens[r.end - 1].end);

/**
 * Every report the rules below find in one sentence. `tokens` are the tagger's words (after reported-speech.ts has
 * corrected its verb tags), `outlet(i)` is false for a word inside quote marks, `end` where the sentence's words end.
 */
export function frameCues(sentence: string, tokens: readonly Token[], outlet: Outlet, end: number): SpeechCue[] {
  const cues: SpeechCue[] = [];
  const fronted = frontedParticiple(sentence, tokens, outlet);
  if (fronted) cues.push(fronted);
  const to = heldTo(sentence, tokens, outlet, end);
  if (to) cues.push(to);
  for (let v = 1; v < tokens.length; v++) {
    if (!outlet(v)) continue;
    const trailing = trailingParticiple(sentence, tokens, v, outlet, end);
    if (trailing) cues.push(trailing);
    const written = writtenAfter(sentence, tokens, v, outlet, end);
    if (written) cues.push(written);
    const invited = invitation(sentence, tokens, v, outlet, end);
    if (invited) cues.push(invited);
    const owned = possessedEstimate(sentence, tokens, v, outlet);
    if (owned) cues.push(owned);
  }
  return cues;
}

/**
 * Rule "fronted participle of saying": "Noting that the bridge was old, the engineer said it should close",
 * "Arguing that the fee was unfair, the union sued", "Insisting that he was innocent, Ray Hale left the court". A
 * participle of a verb of saying opening the sentence, with its "that" clause, says what the main clause's subject
 * said; the clause runs to the comma after which that subject and its verb stand. "Judging by the figures, ..." and
 * "Speaking to reporters, she said ..." have no "that" clause and report nothing of their own.
 */
export function frontedParticiple(sentence: string, tokens: readonly Token[], outlet: Outlet): SpeechCue | undefined {
  const p = tokens[0]?.lower === 'and' || tokens[0]?.lower === 'but' ? 1 : 0;
  const t = tokens[p];
  if (!t || t.pos !== 'VERB' || !/ing$/i.test(t.lower) || t.lemma === t.lower || !reports(t) || tokens[p + 1]?.lower !== 'that' || !outlet(p + 1)) return undefined;
  for (let c = p + 4; c < tokens.length - 2; c++) {
    if (!outlet(c)) return undefined;
    if (/^[;:.!?]$/.test(tokens[c].text)) return undefined;
    if (tokens[c].text !== ',' || !startsNp(tokens[c + 1])) continue;
    const np = npRight(tokens, c + 1, outlet, true);
    let g = np.end;
    while (g < tokens.length && (tokens[g].pos === 'ADV' || tokens[g].pos === 'PART')) g++;
    if (np.end <= np.start || np.end - np.start > 8 || !isFinite(tokens[g])) continue;
    return { verb: t.text, at: t.start, from: 'subject', speaker: text(sentence, tokens, np), content: [{ start: tokens[p + 2].start, end: tokens[c].start }] };
  }
  return undefined;
}

/**
 * Rule "participle of reporting after its clause": "The city sued the firm, alleging that the firm broke the
 * contract", "the union struck, charging that the pay was unfair": a participle of any WordNet verb of saying after a
 * comma, with "that", shares the sentence's subject, as ", saying that" does (reported-speech.ts reads that one). And
 * Rule "by way of saying": "The act shielded labor by stating that labor was no commodity", "she answered the charge
 * in arguing that ...": a saying gerund after "by" or "in" is the means by which the subject said it.
 * Without "that" ("..., charging the gate", "by telling stories") nothing is reported.
 */
export function trailingParticiple(sentence: string, tokens: readonly Token[], v: number, outlet: Outlet, end: number): SpeechCue | undefined {
  const t = tokens[v];
  if (t.pos !== 'VERB' || !/ing$/i.test(t.lower) || t.lemma === t.lower || !reports(t) || tokens[v + 1]?.lower !== 'that' || !outlet(v + 1) || v + 3 >= tokens.length) return undefined;
  const before = tokens[v - 1].lower;
  const byWay = (before === 'by' || before === 'in') && v > 2;
  const afterComma = before === ',' && !SAYING.has(t.lemma);
  if (!byWay && !afterComma) return undefined;
  if (!tokens.slice(0, v - 1).some((x, i) => outlet(i) && isFinite(x))) return undefined;
  const stop = tokens.findIndex((x, i) => i > v + 2 && outlet(i) && /^[;:]$/.test(x.text));
  return { verb: t.text, at: t.start, from: 'shared', content: [{ start: tokens[v + 2].start, end: stop > 0 ? tokens[stop].start : end }] };
}

/**
 * Phrases after a sentence-opening "To" that say when, how far or to what end, not whose view ("To date", "To be
 * sure", "To the north"); the writer and the reader ("To me", "To us", "To you"), whose view is the piece's own (see
 * writer-voice.ts); and the typical onlooker ("To the average American", "To any visitor"), a view the writer imagines.
 */
const NOT_HOLDER = /^(?:date|be|this|that|some|a|an|any|every|most|me|us|you|my|our|your|the (?:contrary|north|south|east|west|end|extent|point|left|right|letter|last|full|best|rescue|average|ordinary|casual|typical|uninitiated|outsider|outside|untrained|naked|modern))$/i;

/**
 * Rule "view held to someone": "To the mayor, the plan is a folly", "To Ada Roe, the vote means the end of the mill",
 * "To him, the war was lost": a person or a body after a sentence-opening "To" and its comma holds the view the clause
 * states. A name, a person noun, a source noun or an object pronoun only: "To the north, the river floods", "To date,
 * ten have signed", "To win, the team must ..." and "To be sure, ..." are place, time, purpose and concession.
 */
export function heldTo(sentence: string, tokens: readonly Token[], outlet: Outlet, end: number): SpeechCue | undefined {
  if (tokens[0]?.lower !== 'to' || !outlet(0) || !tokens[1] || tokens[1].pos === 'VERB' || tokens[1].pos === 'AUX') return undefined;
  if (NOT_HOLDER.test(tokens[1].lower) || NOT_HOLDER.test(`${tokens[1].lower} ${tokens[2]?.lower ?? ''}`)) return undefined;
  const np = /^(?:him|her|them)$/i.test(tokens[1].lower) ? { start: 1, end: 2 } : npRight(tokens, 1, outlet, true);
  const comma = np.end;
  if (np.end <= np.start || np.end - np.start > 7 || tokens[comma]?.text !== ',' || comma + 2 >= tokens.length) return undefined;
  const head = tokens[np.end - 1];
  const holder = head.pos === 'PRON' || head.pos === 'PROPN' || isPersonNoun(head.lemma) || SOURCE_NOUN.test(head.text);
  if (!holder) return undefined;
  // what is held is a clause: a subject and then its finite verb after the comma
  const subject = npRight(tokens, comma + 1, outlet, true);
  let g = subject.end;
  while (g < tokens.length && (tokens[g].pos === 'ADV' || tokens[g].pos === 'PART')) g++;
  if (subject.end <= subject.start || !startsNp(tokens[comma + 1]) || !isFinite(tokens[g])) return undefined;
  const speaker = head.pos === 'PRON' ? { him: 'he', her: 'she', them: 'they' }[head.lower] ?? head.text : text(sentence, tokens, np);
  return { verb: 'to', at: tokens[0].start, from: 'subject', speaker, content: [{ start: tokens[comma + 1].start, end }] };
}

/**
 * Rule "writes, after the words": "The levy is a folly, Ted Lowe writes.", "Air Force life is great, the cadet
 * wrote, “though the drill is no fun”", "What is needed, Ann Roe writes in the Gazette, is a pause": a columnist's or
 * a letter's "writes" after what was written, with its writer between commas, attributes the words around it as
 * "says" does. WordNet's "write" otherwise names an act ("wrote a book", "writes for the Gazette"), so only this
 * frame counts: a comma before the writer, and after the verb (and a phrase of where) a comma or the sentence's end.
 */
export function writtenAfter(sentence: string, tokens: readonly Token[], v: number, outlet: Outlet, end: number): SpeechCue | undefined {
  const t = tokens[v];
  if (t.lemma !== 'write' || !/^(?:writes|wrote)$/i.test(t.lower) || t.pos === 'NOUN') return undefined;
  const np = npLeft(tokens, v - 1, outlet);
  if (np.end <= np.start || np.start < 2 || tokens[np.start - 1].text !== ',' || !outlet(np.start - 1) || np.end - np.start > 6) return undefined;
  const head = tokens[np.end - 1];
  const writer = head.pos === 'PROPN' || (head.pos === 'VERB' && /^\p{Lu}/u.test(head.text)) || (head.pos === 'PRON' && /^(?:he|she|they)$/i.test(head.lower)) || isPersonNoun(head.lemma) || SOURCE_NOUN.test(head.text);
  if (!writer) return undefined;
  // what stands before is a clause of its own, or a quotation
  const before = tokens.slice(0, np.start - 1);
  if (!before.some((x, i) => isFinite(x) || !outlet(i))) return undefined;
  let k = v + 1;
  if (/^(?:in|to|for)$/i.test(tokens[k]?.lower ?? '')) {
    k++;
    while (k < tokens.length && k - v <= 10 && !/^[,;.!?(]$/.test(tokens[k].text) && outlet(k)) k++;
    if (tokens[k]?.text === '(') while (k < tokens.length && tokens[k - 1].text !== ')') k++;
  }
  const closes = k >= tokens.length || /^[,.!?;]$/.test(tokens[k].text) || !outlet(k);
  const runsOn = !closes && v + 1 < k; // "What is needed, Ann Roe writes in the Gazette is a pause": the comma left out
  if (!closes && !runsOn) return undefined;
  const content: Range[] = [{ start: 0, end: tokens[np.start - 1].start }];
  const resume = tokens[k]?.text === ',' ? k + 1 : runsOn ? k : -1;
  if (resume > 0 && resume < tokens.length) content.push({ start: tokens[resume].start, end });
  return { verb: t.text, at: t.start, from: 'subject', speaker: text(sentence, tokens, np), content };
}

/**
 * Rule "given name read as a verb": the tagger reads "Ted", "Bob", "Pat" or "Will" before a surname as a verb
 * ("Ted/VERB Lowe/PROPN writes"), and then the clause "the mayor said Ted Lowe would resign" seems to have a verb
 * where its subject is. A capitalised word the name lexicon (given-names.ts) holds as a first name, right before a
 * capitalised name, is a name. Returns the tokens with those words retagged (the same array when none).
 */
export function givenNamesAsNames(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || tokens[i + 1].pos !== 'PROPN' || !/^\p{Lu}/u.test(tokens[i + 1].text) || !isFirstNameWord(t.text)) continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'PROPN', lemma: t.lower };
  }
  return out ?? tokens;
}

/**
 * Rule "subject with a phrase of place": "Residents near the plant complained that the air was foul", "Well-wishers
 * around the world hoped that ...", "Dealers across the state report ...": a noun phrase opening the clause, with a
 * phrase of place after it, is the subject, and the noun phrase after the preposition only says where it is. Given
 * the first word of the phrase before the verb, returns where the whole subject starts, or -1. "In Ohio the mayor
 * said" has no noun phrase before its preposition; "After the vote officials said" opens with the preposition.
 */
export function placedSubject(tokens: readonly Token[], subjectStart: number, outlet: Outlet): number {
  const prep = subjectStart - 1;
  if (prep < 1 || tokens[prep].pos !== 'ADP' || !/^(?:in|at|near|around|across|from|on|throughout|inside|outside|within|along)$/i.test(tokens[prep].lower)) return -1;
  const head = tokens[prep - 1];
  if (!head || !['NOUN', 'PROPN'].includes(head.pos) || !outlet(prep - 1)) return -1;
  const np = npLeft(tokens, prep - 1, outlet);
  if (np.end <= np.start || !startsNp(tokens[np.start]) || np.end - np.start > 8) return -1;
  const opener = np.start === 0 || tokens[np.start - 1].pos === 'CCONJ' || /^[,;:—–-]$/.test(tokens[np.start - 1].text);
  // the people or body the phrase places: "residents", "officials", "Democrats", not "prices in the market"
  // ("Developments in Cuba suggested ..." is a thing that points to something, no speaker)
  // (a capital opening the sentence is no sign of a name: "Developments" there is read by its noun)
  const word = prep - 1 === 0 ? head.lower.replace(/s$/, '') : head.lemma;
  // (or the phrase's own head before an "of": "Two members of the majority on the board said ...")
  const ofHead = tokens.slice(np.start, prep - 1).find((x, i, a) => x.pos === 'NOUN' && a[i + 1]?.lower === 'of');
  const person = (head.pos === 'PROPN' && prep - 1 > 0) || isPersonNoun(word) || isPersonNoun(head.lemma) || SOURCE_NOUN.test(head.text) || (!!ofHead && (isPersonNoun(ofHead.lemma) || SOURCE_NOUN.test(ofHead.text)));
  return opener && person ? np.start : -1;
}

/**
 * Rule "two-word clause": "Some people believe she did.", "Asked whether the mill would close, Lee said it would.":
 * reported content of under three words is dropped as a fragment ("said so", "the plan"), but a subject pronoun with
 * its finite verb is a whole clause standing for the one before, what the speaker holds. Only a third-person pronoun
 * and an auxiliary or a past verb: "he would", "she did", "they had", "it will". "I said I was" stays a turn of
 * dialogue, whose short answer reads with the question before it, not a statement of its own.
 */
export function twoWordClause(content: string): boolean {
  return /^(?:he|she|they|it)\s+(?:did|does|do|would|will|could|can|should|had|has|have|was|were|is|are|might|must|may|wo(?:uld)?n['’]t|did(?:n['’]t)?|does(?:n['’]t)?)$/i.test(content.trim().replace(/[.,;!?]+$/, ''));
}

/**
 * Rule "aside before that": "Palmer knew, as did everyone at the club, that his streak would end", "the mayor said,
 * in a statement Monday, that the pier would close", "she insisted, however, that ...": a phrase between commas that
 * opens with an adverb, a preposition or "as" stands between a verb and its "that" clause without ending the report.
 * Given the comma after the verb, returns where "that" stands, or -1. A clause between the commas ("said, when he
 * left, that") is as good; a name or a noun there ("told Ann, his aide, that") is the listener's, read elsewhere.
 */
export function asideBeforeThat(tokens: readonly Token[], k: number, outlet: Outlet): number {
  if (tokens[k]?.text !== ',' || !outlet(k) || !['ADV', 'ADP', 'SCONJ'].includes(tokens[k + 1]?.pos ?? '')) return -1;
  for (let c = k + 2; c < tokens.length - 2 && c - k <= 10; c++) {
    if (!outlet(c) || /^[;:.!?—–()]$/.test(tokens[c].text)) return -1;
    if (tokens[c].text !== ',') continue;
    return tokens[c + 1].lower === 'that' && outlet(c + 1) && startsNp(tokens[c + 2]) ? c + 1 : -1;
  }
  return -1;
}

/** Verbs that put a figure on record: "reported 24 blasts", "estimates a $6.9 billion deficit", "projected 300 jobs". */
const FIGURE_VERBS = new Set(['report', 'estimate', 'project', 'forecast', 'predict', 'announce', 'disclose', 'claim']);

/**
 * Rule "figure put on record": "The agency had reported 24 blasts in the new series", "the review, which estimates a
 * $6.9 billion deficit, ...", "the firm announced 300 layoffs": a verb of reporting whose object holds a number says
 * what its subject put on record, though no clause follows. Returns where the object ends (a semicolon or colon, a
 * comma before a conjunction or a pronoun, or a finite verb: "reported 24 blasts, 12 of them large" runs on through
 * the figure's own apposition), or -1: no number in the object's first words ("reported the theft",
 * "announced the winners"), or a number that only says when ("reported in 1958").
 */
export function figureObject(tokens: readonly Token[], v: number, outlet: Outlet): number {
  if (!FIGURE_VERBS.has(tokens[v].lemma) || !tokens[v + 1] || !outlet(v + 1)) return -1;
  const first = tokens[v + 1];
  if (!(first.pos === 'NUM' || (first.pos === 'SYM' && /^[$£€¥]$/.test(first.text)) || (first.pos === 'DET' && /^(?:a|an)$/i.test(first.lower)) || first.pos === 'ADJ')) return -1;
  const head = tokens.slice(v + 1, v + 5);
  const number = head.findIndex((x, i) => (x.pos === 'NUM' || (x.pos === 'SYM' && /^[$£€¥%]$/.test(x.text))) && !/^(?:1[89]\d\d|20\d\d)$/.test(x.text) && outlet(v + 1 + i));
  if (number < 0) return -1;
  // a noun after the figure is what it counts: "24 blasts", "$6.9 billion deficit", "300 layoffs"
  if (!tokens.slice(v + 1 + number, v + 8).some((x) => x.pos === 'NOUN')) return -1;
  let i = v + 1;
  for (; i < tokens.length; i++) {
    if (!outlet(i) || /^[;:.!?]$/.test(tokens[i].text)) break;
    if (tokens[i].text === ',' && ['CCONJ', 'SCONJ', 'PRON'].includes(tokens[i + 1]?.pos ?? 'PUNCT')) break;
    if (tokens[i].pos === 'CCONJ' && isFinite(tokens[i + 1])) break;
    if (isFinite(tokens[i]) && i > v + 1) break;
  }
  return i;
}

/** Verbs that ask someone to do something, each with the word before its listener ("" when none): "invited the
 * boys to", "appealed to the council to", "called on the mayor to". */
const INVITING: Record<string, string> = { invite: '', appeal: 'to', call: 'on', plead: 'with' };

/**
 * Rule "invitation with its infinitive": "Each year he invites the scouts to camp on his farm", "the mayors appealed
 * to the state to send troops", "the guild called on the council to reject the toll": a request put to a listener,
 * its infinitive what was asked, its subject the one who asked; the listener is whom it was said to. WordNet's
 * "invite" otherwise names an act ("invited 300 guests"), and "called on" a visit, so only the infinitive counts.
 */
export function invitation(sentence: string, tokens: readonly Token[], v: number, outlet: Outlet, end: number): SpeechCue | undefined {
  const t = tokens[v];
  const prep = INVITING[t.lemma];
  if (prep === undefined || t.pos !== 'VERB' || /ing$/i.test(t.lower) || tokens[v - 1]?.lower === 'to' || tokens[v - 1]?.lemma === 'be') return undefined;
  let k = v + 1;
  if (prep) {
    if (tokens[k]?.lower !== prep || !outlet(k)) return undefined;
    k++;
  }
  if (!tokens[k] || !startsNp(tokens[k]) || !outlet(k)) return undefined;
  const listener = npRight(tokens, k, outlet, true);
  if (listener.end <= listener.start || listener.end - listener.start > 7) return undefined;
  const to = listener.end;
  if (tokens[to]?.lower !== 'to' || tokens[to + 1]?.pos !== 'VERB' || !outlet(to)) return undefined;
  // the one who asks: the clause's subject before the verb (a pronoun stands for itself wherever it stands)
  let j = v - 1;
  while (j >= 0 && ['ADV', 'AUX', 'PART'].includes(tokens[j].pos) && tokens[j].lower !== 'to') j--;
  const np = j >= 0 ? npLeft(tokens, j, outlet) : undefined;
  const pronoun = np && np.end - np.start === 1 && /^(?:he|she|they|it)$/i.test(tokens[np.start].lower);
  const opens = np && np.end > np.start && startsNp(tokens[np.start]) && (np.start === 0 || tokens[np.start - 1].pos === 'CCONJ' || /^[,;:—–-]$/.test(tokens[np.start - 1].text));
  const shared = j >= 0 && tokens[j].pos === 'CCONJ';
  if (!pronoun && !opens && !shared) return undefined;
  if (np && /^(?:i|we)$/i.test(tokens[np.start].lower)) return undefined;
  // what was asked runs to a semicolon or colon, or to "and" with a verb of its own ("... and then added that")
  let stop = to + 1;
  for (; stop < tokens.length; stop++) {
    if (!outlet(stop) || /^[;:]$/.test(tokens[stop].text)) break;
    if (tokens[stop].pos === 'CCONJ') {
      let g = stop + 1;
      while (tokens[g]?.pos === 'ADV') g++;
      if (isFinite(tokens[g])) break;
    }
  }
  const toldTo = text(sentence, tokens, listener);
  const content = [{ start: tokens[to].start, end: stop < tokens.length ? tokens[stop - 1].end : end }];
  if (shared && !pronoun && !opens) return { verb: t.text, at: t.start, from: 'shared', toldTo, content };
  return { verb: t.text, at: t.start, from: 'subject', speaker: text(sentence, tokens, np!), toldTo, content };
}

/** Nouns of putting a figure or an outcome forward, whose "of" or "for" phrase is what was put forward. */
const FORWARD_NOUNS = new Set(['estimate', 'prediction', 'forecast', 'projection', 'promise', 'pledge', 'warning', 'call', 'appeal', 'plea']);
/** A possessive pronoun before such a noun, as the pronoun that speaks. */
const POSSESSIVE: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/**
 * Rule "possessed estimate": "the governor's estimate of a $1.5 million surplus", "her prediction of a close vote",
 * "the union's call for a shorter week": a possessor before a noun of estimating, predicting, promising or calling
 * for, with its "of" or "for" phrase, says the possessor put that phrase forward. Without a possessor ("an estimate
 * of the damage") no one is named, and a phrase without a noun after its article is no outcome.
 */
export function possessedEstimate(sentence: string, tokens: readonly Token[], v: number, outlet: Outlet): SpeechCue | undefined {
  const t = tokens[v];
  if (t.pos !== 'NOUN' || !FORWARD_NOUNS.has(t.lower) || !/^(?:of|for)$/i.test(tokens[v + 1]?.lower ?? '') || !outlet(v + 1)) return undefined;
  if (t.lower !== 'call' && t.lower !== 'appeal' && t.lower !== 'plea' && tokens[v + 1].lower !== 'of') return undefined;
  let k = v - 1;
  while (k >= 0 && tokens[k].pos === 'ADJ') k--;
  let speaker: string | undefined;
  if (k >= 0 && POSSESSIVE[tokens[k].lower]) speaker = POSSESSIVE[tokens[k].lower];
  else if (k > 0 && /^['’]s$/.test(tokens[k].text)) {
    const np = npLeft(tokens, k - 1, outlet);
    const head = tokens[k - 1];
    if (np.end > np.start && (head.pos === 'PROPN' || isPersonNoun(head.lemma) || SOURCE_NOUN.test(head.text))) speaker = text(sentence, tokens, np);
  }
  if (!speaker) return undefined;
  const object = npRight(tokens, v + 2, outlet, true);
  // ("of a surplus and the new estimate of a deficit": a conjunction starts the next phrase)
  const and = tokens.findIndex((x, i) => i > object.start && i < object.end && x.pos === 'CCONJ');
  if (and > 0) object.end = and;
  if (object.end - object.start < 2 || !tokens.slice(object.start, object.end).some((x) => x.pos === 'NOUN')) return undefined;
  let stop = object.end;
  // the phrase's own modifiers run on: "a $1.5 million surplus for the same period"
  while (and < 0 && stop < tokens.length && tokens[stop].pos === 'ADP' && tokens[stop].lower !== 'than' && outlet(stop)) {
    const more = npRight(tokens, stop + 1, outlet, true);
    const cut = tokens.findIndex((x, i) => i > more.start && i < more.end && x.pos === 'CCONJ');
    if (more.end <= more.start) break;
    stop = cut > 0 ? cut : more.end;
    if (cut > 0) break;
  }
  // (quoted words right after it are the possessor's own, part of the same statement: "his call for a fresh approach
  // “at the summit”")
  if (stop < tokens.length && !outlet(stop) || /^[“"‘]$/.test(tokens[stop]?.text ?? '')) {
    while (stop < tokens.length && (!outlet(stop) || /^[“"‘”’]$/.test(tokens[stop].text))) stop++;
  }
  return { verb: t.text, at: t.start, from: 'subject', speaker, content: [{ start: tokens[v + 2].start, end: tokens[stop - 1].end }] };
}
