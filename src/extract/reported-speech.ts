// Reported speech in one sentence: where a verb of saying (from WordNet, see speech-verbs.ts) or "according to"
// gives words to a source, who the source is as written, and which part of the sentence is what was said.
// Works on the tagger's tokens, so "the agency" is a noun phrase and "approved a contract" has no clause after it.
import { bareParticiple, frontedWhat, hypotheticalFinding, objectThenClause, questionedReport, writersOwnStance } from './writer-voice.js';
import { isReportingVerb, LISTENER_VERBS, thoughtThatVerbs, judgementVerbs } from './speech-verbs.js';
import { isReportNoun } from './report-nouns.js';
import { afterConnective, clauseBeforeMiddleSource, invertedMiddleSource, quotationRunsOn } from './clause-frames.js';
import { agentlessGivesWay } from './sourced-frame.js';
import { agentlessCues } from './agentless-reports.js';
import { heldViewCues } from './held-views.js';
import { BODY_NOUN, passiveAgentBy, promiseNounAgent } from './agent-reports.js';
import { isAccountNoun, isCommonNoun, isPersonNoun, isPersonOrBodyNoun, isTimeNoun } from './wordnet.js';
import { asideBeforeThat, figureObject, frameCues, givenNamesAsNames, placedSubject } from './view-frames.js';
import type { Token } from './tagger.js';

/** One place where a sentence reports what someone said. Offsets index the sentence. */
export interface SpeechCue {
  /** The reporting verb as written ("said", "disclosed"), or "according to". */
  verb: string;
  /** Offset of the verb. */
  at: number;
  /**
   * How the source is given: the subject before the verb ("Smythe said"), after it ("said Mayor Dilworth"),
   * "according to X", a verb sharing an earlier verb's subject ("... and added"), or no one ("it was learned").
   */
  from: 'subject' | 'inverted' | 'according' | 'shared' | 'none';
  /** The source as written ("William Smythe, director of field service", "he", "the jury"); absent for `none` and `shared`. */
  speaker?: string;
  /** Whom it was said to, as written ("the commissioners"). */
  toldTo?: string;
  /** What was said: one or two ranges of the sentence (two when the attribution stands in the middle). */
  content: { start: number; end: number }[];
}

/** Heads of a noun phrase that can be a source without a name ("an official of the corps", "police", "the report"). */
export const SOURCE_NOUN =
  /\b(?:officials?|spokes(?:man|woman|men|person)|sources?|police|authorit(?:y|ies)|officers?|aides?|agents?|representatives?|members?|leaders?|witness(?:es)?|residents?|neighbou?rs?|experts?|analysts?|observers?|report|reports|statement|announcements?|letters?|rulings?|messages?|memorand(?:um|a)|editorials?|communiqu[eé]s?|declarations?|bulletins?|survey|study|records?|figures|estimates?|jury|jurors|court|board|panel|committee|commission|group|council|agency|department|ministry|government|administration|office|bureau|company|firm|university|school|church|union|association|club|party|trustees|directors?|chairman|chairwoman|president|secretary|governor|mayor|owner|manager|employees?|workers?|students?|teachers?|parents?|doctors?|family|friends?|people|man|woman|men|women|prosecutor|attorney|lawyer|judge|sheriff|coach|player|players|team|city|state|county|paper|newspaper)\b/i;

/**
 * Verbs of saying proper: only these stand after what was said ("..., Smythe said.") or before their source
 * ("..., said Mayor Dilworth"); English inverts and back-attributes no other verb ("..., he scored").
 */
export const SAYING: ReadonlySet<string> = new Set(['rule', 'find', 'say', 'ask', 'reply', 'add', 'declare', 'explain', 'confess', 'insist', 'answer', 'continue', 'recall', 'exclaim', 'shout', 'remark', 'write', 'report', 'note', 'observe', 'retort', 'concede', 'admit', 'agree', 'argue', 'announce', 'warn', 'state', 'conclude', 'relate', 'charge', 'contend', 'assert', 'testify', 'estimate', 'predict', 'claim', 'maintain', 'comment', 'respond', 'emphasize', 'stress', 'point', 'tell', 'inform', 'acknowledge', 'suggest', 'promise', 'complain', 'protest', 'disclose', 'reveal', 'confirm', 'deny', 'indicate', 'cry', 'murmur', 'whisper', 'quip', 'joke', 'boast', 'vow', 'pledge', 'recount', 'mention', 'advise', 'caution', 'urge', 'believe', 'think', 'feel', 'hope', 'expect']);

/**
 * Verbs English puts before their speaker after what was said ("..., said Mayor Dilworth", "..., asked Willie");
 * other verbs of saying keep the subject first, so "..., claimed the state tax payment as" is an object, not a source.
 */
// ("The levy is unfair, argues the Gazette", "..., contends the charter": verbs of arguing invert as "says" does)
const INVERTIBLE = new Set(['state', 'argue', 'contend', 'assert', 'maintain', 'suggest', 'predict', 'say', 'ask', 'reply', 'add', 'answer', 'continue', 'explain', 'declare', 'exclaim', 'write', 'insist', 'recall', 'confess', 'observe', 'retort', 'shout', 'cry', 'whisper', 'murmur', 'report', 'note', 'remark', 'conclude', 'comment', 'agree', 'admit', 'warn', 'quip', 'joke', 'boast', 'respond', 'counter', 'relate']);

/**
 * Verbs of asking aloud, whose question follows as a clause opened by a question word: "asked why", "questioned
 * whether", "inquired how" (Rule "reported question"). "Questioned the driver" asks nothing reported; "wondered how"
 * is a thought (WordNet's verb.cognition), not a question put to anyone.
 */
const QUESTION_VERBS = new Set(['ask', 'question', 'inquire', 'enquire', 'query']);
/** The words that open a reported question ("why", "how", "whether"; "what" and "who" as its subject). */
// ("asked if" is left out: "asked the manager if he thought ..." is as often a conversational opening as a question
// put on the record, and "if" opens conditions too)
const WH_WORDS = /^(?:why|how|whether|what|when|where|who|which)$/i;

/**
 * Rule "told how": "Six radiomen told how a transmitter was heard calling", "the witness described how the car
 * swerved", "she explained how the fire had started": a verb of recounting with "how" and a clause after it (a subject
 * and a verb, an aside between commas allowed) reports the account given, as "asked whether" reports a question.
 * "explained how to apply" (no clause) and "showed how" (a demonstration, no words) are none.
 */
const HOW_VERBS = new Set(['tell', 'explain', 'describe', 'relate', 'recount', 'testify', 'recall', 'detail']);

function toldHow(tokens: readonly Token[], k: number, lemma: string, outlet: (i: number) => boolean): boolean {
  if (!HOW_VERBS.has(lemma) || tokens[k]?.lower !== 'how' || !outlet(k)) return false;
  let c = k + 1;
  // "told how, twice on two days after the arrests, a transmitter was heard": an aside between commas opens the clause
  if (tokens[c]?.text === ',') {
    const close = tokens.findIndex((x, i) => i > c && x.text === ',');
    if (close < 0 || close - c > 14) return false;
    c = close + 1;
  }
  return ['PRON', 'PROPN', 'NOUN', 'DET'].includes(tokens[c]?.pos ?? '') && thatClauseAt(tokens, c, outlet);
}

/** Verbs of sending words, which report only with a "that" clause: "wrote that", "cabled that", "wired that". */
const MESSAGE_VERBS = new Set(['write', 'cable', 'wire', 'telegraph', 'telephone', 'phone', 'radio']);

/** Verbs that take a gerund as their content: "admitted killing Mrs. Hengesbach", "denied taking the money". */
const GERUND_VERBS = new Set(['admit', 'deny', 'confess', 'acknowledge', 'recall', 'report', 'recommend', 'suggest', 'propose', 'advocate']);
/** "it was learned that", "it is understood that": the outlet names no source. */
const AGENTLESS_PASSIVE = new Set(['learn', 'understand', 'report', 'say', 'believe', 'expect', 'estimate', 'announce', 'disclose', 'reveal', 'know', 'rumor', 'rumour', 'predict', 'claim', 'allege', 'indicate']);
/** Nouns that carry a statement with no source named: "There were reports of ...", "Estimates of the loss have ranged ...". */
const STATEMENT_NOUNS = new Set(['report', 'reports', 'estimate', 'estimates', 'rumor', 'rumors', 'rumours', 'forecast', 'forecasts', 'prediction', 'predictions']);
/** Nouns of announcing whose "that" clause is the statement and whose "by" phrase is the source. */
const ANNOUNCEMENT_NOUNS = new Set(['announcement', 'statement', 'disclosure', 'charge', 'claim', 'assertion', 'prediction', 'warning', 'report', 'word', 'contention']);
/**
 * Verbs of thinking and deciding that give a proposition to their subject only with an explicit "that":
 * "the mayor knew that the vote was lost", "the board decided that the school would close". Without "that" they
 * name an act or an object ("knew the way", "decided the case"), so they are no report.
 */
/** Verbs of grasping a fact, which give "the fact that" clause to their subject: "the plan recognizes the fact that". */
const FACT_GRASPING = new Set(['recognize', 'recognise', 'realize', 'realise', 'know', 'understand', 'appreciate']);
const THOUGHT_THAT = new Set(['know', 'decide', 'realize', 'realise', 'see', 'find']);
/**
 * Rule "negated belief": "Moss doesn't believe the plant will close", "they don't expect to win the pennant": English
 * puts the "not" of a belief on the verb of believing, so a negated belief still states a view held (that the plant
 * will not close); "did not mention", "did not say" assert nothing and stay out. "did not believe in" names a faith,
 * not a proposition.
 */
const NEG_RAISING = new Set(['believe', 'think', 'expect', 'suppose', 'imagine', 'anticipate']);

/**
 * True for a negated belief with a finite clause after it (Rule "negated belief"). An infinitive ("does not expect
 * to get rich", "can't expect the infield to do better") reads as a hope or a shrug more than a view, and a modal
 * before the "not" ("can't expect", "couldn't imagine") says what is beyond belief, not what is believed.
 */
function negatedBelief(tokens: readonly Token[], v: number): boolean {
  if (!NEG_RAISING.has(tokens[v].lemma) || tokens[v + 1]?.lower === 'in' || tokens[v + 1]?.lower === 'to') return false;
  if (tokens.slice(Math.max(0, v - 3), v).some((x) => /^(?:can|could|ca|would|wo|should|must|might|may)$/i.test(x.lower))) return false;
  const next = tokens.findIndex((x, i) => i > v && (x.pos === 'VERB' || x.pos === 'AUX'));
  return next > v + 1 && tokens[next - 1].lower !== 'to' && !tokens.slice(v + 1, next).some((x) => /^[,;:.!?]$/.test(x.text));
}
/**
 * Rule "thought aside": "The best approach, he figured, was to wait", "The cure, the growers reckoned, lay in rain":
 * a verb of reckoning standing between commas with its short subject frames the words around it as that subject's
 * view, as "he said" does there. Outside such an aside these verbs name sums and acts ("figured the cost", "guessed
 * the answer"), so only the aside counts.
 */
const ASIDE_THOUGHT = new Set(['figure', 'reckon', 'suppose', 'guess', 'gather', 'suspect', 'fear', 'imagine', 'assume', 'reason', 'surmise', 'judge']);

/** True when token v is a verb of ASIDE_THOUGHT standing between commas after a short subject: ", Lowe figured,". */
function thoughtAside(tokens: readonly Token[], v: number): boolean {
  if (!ASIDE_THOUGHT.has(tokens[v].lemma) || tokens[v + 1]?.text !== ',' || v + 2 >= tokens.length) return false;
  for (let i = v - 1; i >= 0 && v - i <= 4; i--) {
    if (tokens[i].text === ',') return i < v - 1 && i > 0;
    if (!['PRON', 'PROPN', 'DET', 'NOUN', 'ADJ'].includes(tokens[i].pos) && !/^[A-Z][a-z]?\.$/.test(tokens[i].text)) return false;
  }
  return false;
}
/**
 * Passives of being won over that state their subject's own view: "the governor was convinced that ...",
 * "experts were all agreed that ...", "he had become persuaded that ...". The subject holds the view; unlike
 * "the commission was told", nobody else is its source.
 */
/** Verbs of deciding: "it was decided that the school would close" is a decision made, not a view anyone holds. */
const DECIDING = new Set(['decide', 'determine', 'resolve', 'decree', 'rule', 'establish', 'ascertain', 'verify', 'confirm', 'foreordain', 'predestine', 'predestinate', 'predetermine', 'preordain']);
/** Nouns of a tale told, which "goes that": "the story goes that the miller hid the grain". */
const TALE_NOUNS = new Set(['story', 'legend', 'tale', 'rumor', 'rumour', 'theory', 'reasoning', 'line', 'thinking']);
/** Verbs of aspect and seeming that pass their subject to an infinitive: "ceased to suggest", "seems to think". */
const ASPECT_VERBS = new Set(['seem', 'appear', 'tend', 'continue', 'cease', 'begin', 'start', 'hasten', 'proceed', 'come']);
/** Adjectives of readiness after "be" and before "to": "is quick to point out", "was careful to add". */
const READY_ADJECTIVES = new Set(['quick', 'careful', 'eager', 'anxious', 'keen', 'ready', 'willing', 'prompt', 'swift', 'first', 'likely', 'apt']);

const STANCE_PASSIVE = new Set(['convince', 'persuade', 'satisfy', 'agree']);
/**
 * Listener verbs whose passive states an outcome or the subject's own view, not words said to it: "was persuaded to
 * stay", "was convinced that" (see STANCE_PASSIVE), "was ordered to pay", "was directed to" (a ruling or a routing).
 */
const WON_OVER = new Set(['persuade', 'convince', 'order', 'direct', 'promise']);
/** Listener verbs whose passive takes an infinitive of what was asked: "was asked to resign", "were urged to leave". */
const ASKED_TO = new Set(['ask', 'urge', 'tell', 'advise', 'warn', 'caution', 'instruct', 'beg', 'implore', 'request', 'remind']);
/**
 * The end of a lead-in whose words follow in the next paragraph: a colon ("Smith said in a statement:"), or "as
 * follows" with a colon or a dash ("the correspondent cabled as follows —").
 */
export const LEAD_IN_END = /(?::|\bas follows\s*[:—–-]*)\s*$/i;
/**
 * Passives that say what is held of their subject, with an infinitive: "is expected to", "is known to", "is said to",
 * and the hearsay of "were alleged to be Communists", "is rumored to be leaving".
 */
const RAISING_PASSIVE = new Set(['expect', 'know', 'say', 'believe', 'think', 'report', 'understand', 'allege', 'rumor', 'rumour']);
/** Nouns of a view held whose "was that" clause is the view: "The feeling was that ...", "the reaction was that ...". */
const STANCE_NOUNS = new Set(['feeling', 'belief', 'view', 'consensus', 'assumption', 'expectation', 'conviction', 'impression', 'reaction', 'inclination', 'argument', 'contention', 'conclusion', 'verdict', 'word']);
/** Words of time and manner that stand between a verb and what was said: "said today that", "told reporters Friday". */
const TIME_WORDS = /^(?:today|yesterday|tonight|tomorrow|now|later|earlier|again|also|further|recently|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|night|evening|last|this|week|month|year)$/i;

const isNpToken = (t: Token) =>
  ['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON', 'PART'].includes(t.pos) ||
  /^(?:of|for|and|&|\.|-|\(|\)|’|'|’s|'s)$/i.test(t.text) ||
  (t.pos === 'VERB' && /^\p{Lu}/u.test(t.text) && t.lemma !== 'say'); // "Acting Administrator": a capitalised participle in a title

/** Finds the reported speech of one sentence. `quoted(i)` tells whether token i stands inside quote marks. */
export function findSpeechCues(sentence: string, tagged: readonly Token[], quoted: (i: number) => boolean): SpeechCue[] {
  const tokens = retagVerbs(givenNamesAsNames(tagged));
  const cues: SpeechCue[] = [];
  const n = tokens.length;
  const end = sentenceEnd(sentence);
  const outlet = (i: number) => i >= 0 && i < n && !quoted(i);

  for (let v = 0; v < n; v++) {
    if (!outlet(v)) continue;
    const t = tokens[v];
    // according to X, ... / ..., according to X.
    // "in the view of the committee, ...", "in the opinion of X": the holder of a view frames the clause as "according to" does
    const words = t.lower === 'in' && tokens[v + 1]?.lower === 'the' && /^(?:words|view|opinion|judgment|judgement|estimation)$/.test(tokens[v + 2]?.lower ?? '') && tokens[v + 3]?.lower === 'of';
    if ((t.lower === 'according' && tokens[v + 1]?.lower === 'to') || words) {
      // "according to X", and its literary twin "in the words of X"
      // the object of "according to" runs to the comma or the end, whatever the tagger makes of "police"
      const from0 = v + (words ? 4 : 2);
      let to = from0;
      // (a dash closes it as a comma does: "— only 700 a week according to one account —")
      while (to < n && outlet(to) && !/^[,;:.!?—–]$/.test(tokens[to].text) && to - from0 < 12) to++;
      // "according to the county sheriff, Dale Brandt.": a name in apposition at the end is the source too
      const rest = tokens.slice(to + 1).filter((x) => x.pos !== 'PUNCT');
      if (tokens[to]?.text === ',' && rest.length && rest.length <= 8 && !rest.some((x) => (x.pos === 'VERB' || x.pos === 'AUX') && !/^\p{Lu}/u.test(x.text))) to = n - (tokens[n - 1].pos === 'PUNCT' ? 1 : 0);
      else if (tokens[to]?.text === ',') {
        // "According to the mayor, Ann Lee, the bridge is safe": a name between commas goes with the source
        let k = to + 1;
        while (k < n && /^\p{Lu}/u.test(tokens[k].text) && k - to <= 4) k++;
        if (k > to + 1 && tokens[k]?.text === ',') to = k;
      }
      const np = { start: from0, end: to };
      if (np.end <= np.start) continue;
      const speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
      // "according to the highest standards" follows a measure, not a source
      // (Rule "according to an account": "according to one conservative account", "according to the register of
      // donations": a noun WordNet makes a statement or a record is a source too; "according to the rules" or "to the
      // highest standards" names a norm, wordnet.ts isAccountNoun)
      if (!tokens.slice(np.start, np.end).some((x) => x.pos === 'PROPN' || x.pos === 'PRON' || (x.pos === 'NOUN' && isAccountNoun(x.lemma))) && !SOURCE_NOUN.test(speaker)) continue;
      const before = v > 0 ? { start: 0, end: trimBack(sentence, tokens[v].start) } : undefined;
      const afterStart = np.end < n ? tokens[np.end].start : end;
      const after = { start: skipPunct(sentence, afterStart), end };
      // (an aside between dashes holds its own report: "The flood is not as great — only 700 a week according to one
      // account — but it is symptomatic" gives the account only the words between the dashes)
      const dashed = /^[—–]$/.test(tokens[to]?.text ?? '') ? tokens.slice(0, v).map((x) => x.text).lastIndexOf(tokens[to].text) : -1;
      const content = (dashed >= 0 ? [{ start: tokens[dashed + 1].start, end: trimBack(sentence, tokens[v].start) }] : [before, after]).filter((r): r is { start: number; end: number } => !!r && r.end - r.start > 2);
      if (content.length) cues.push({ verb: 'according to', at: t.start, from: 'according', speaker, content });
      continue;
    }
    // "There were reports of X": a statement with no source.
    // "The announcement that the city would sue ... was made by City Solicitor David Berger."
    if (ANNOUNCEMENT_NOUNS.has(t.lower) && tokens[v + 1]?.lower === 'that') {
      const by = tokens.findIndex((x, i) => i > v + 2 && x.lower === 'by' && outlet(i) && tokens[i - 1]?.pos === 'VERB');
      if (by > 0) {
        const np = npRight(tokens, by + 1, outlet);
        const verb = by - 1;
        const aux = tokens[verb - 1]?.lemma === 'be' ? verb - 1 : verb;
        if (np.end > np.start && aux > v + 2) {
          cues.push({ verb: t.text, at: t.start, from: 'subject', speaker: sentence.slice(tokens[np.start].start, tokens[np.end - 1].end), content: [{ start: tokens[v + 2].start, end: tokens[aux - 1].end }] });
          v = np.end;
          continue;
        }
      }
    }
    // Rule "passive with its agent" (agent-reports.ts): "A new park was recommended by the panel."
    const by = passiveAgentBy(tokens, v, outlet);
    if (by !== undefined) {
      const np = npRight(tokens, by + 1, outlet, true);
      const speaks = byAgentSpeaks(tokens, np, true);
      const agent = speaks ? sentence.slice(tokens[np.start].start, tokens[np.end - 1].end) : '';
      if (agent && np.end - np.start <= 8 && plausibleSource(agent)) {
        cues.push({ verb: t.text, at: t.start, from: 'subject', speaker: agent, content: [{ start: 0, end: trimBack(sentence, tokens[by].start) }] });
        v = np.end - 1;
        continue;
      }
    }
    // Rule "noun of promising with its agent" (agent-reports.ts): "a pledge by the governor “to cut the rates”"
    const agentAt = promiseNounAgent(tokens, v, outlet);
    if (agentAt !== undefined) {
      const np = npRight(tokens, agentAt, outlet, true);
      let to = np.end;
      while (to < n && /^[“"‘]$/.test(tokens[to].text)) to++;
      if (byAgentSpeaks(tokens, np) && np.end - np.start <= 8 && tokens[to]?.lower === 'to' && tokens[to + 1]?.pos === 'VERB') {
        const stop = tokens.findIndex((x, i) => i > to && outlet(i) && /^[,;:]$/.test(x.text));
        cues.push({ verb: t.text, at: t.start, from: 'subject', speaker: sentence.slice(tokens[np.start].start, tokens[np.end - 1].end), content: [{ start: tokens[np.end].start, end: stop > 0 ? trimBack(sentence, tokens[stop].start) : end }] });
        v = to;
        continue;
      }
    }
    // Rule "report noun": "his claim that ...", "the senator's belief that ...", "a warning from the agency that ..."
    if (t.pos === 'NOUN' && isReportNoun(t.lemma)) {
      const r = reportNoun(tokens, v, outlet, quoted, sentence, end);
      if (r) {
        cues.push({ verb: t.text, at: t.start, from: r.speaker ? 'subject' : 'none', ...(r.speaker ? { speaker: r.speaker } : {}), ...(r.toldTo ? { toldTo: r.toldTo } : {}), content: [r.content] });
        continue;
      }
    }
    // the tagger reads a sentence-initial "Estimates" or "reports" as a verb as often as a noun: the words around decide
    if (STATEMENT_NOUNS.has(t.lower)) {
      const there = tokens.slice(Math.max(0, v - 3), v).some((x) => x.lower === 'there');
      const subjectNoun = v <= 2 && tokens[v + 1]?.lower === 'of' && tokens.slice(v + 2).some((x) => x.pos === 'AUX' || x.pos === 'VERB');
      if ((there && tokens[v + 1]?.lower === 'of') || (there && tokens[v + 1]?.lower === 'that')) {
        cues.push({ verb: t.text, at: t.start, from: 'none', content: [{ start: tokens[v + 2]?.start ?? t.end, end }] });
        continue;
      }
      if (subjectNoun && !tokens.some((x) => x.lower === 'by')) {
        cues.push({ verb: t.text, at: t.start, from: 'none', content: [{ start: 0, end }] });
        continue;
      }
    }
    // "The feeling was that he would yield", "the White House reaction was that ...": a view held, its holder named
    // only as the noun's modifier, if at all
    // (Rule "noun of saying is that": "the guild's claim is that ...", "her answer was that ...", "the story goes that
    // ...": any report noun or noun of reasoning, and "goes"/"runs" as well as "is", with a clause after the "that")
    // (not the writer's own: "my conclusion is that", "our feeling is that")
    const stanceNoun = STANCE_NOUNS.has(t.lower) || (t.pos === 'NOUN' && (isReportNoun(t.lemma) || TALE_NOUNS.has(t.lemma)) && !/^(?:my|our)$/i.test(tokens[v - 1]?.lower ?? ''));
    const stanceLink = tokens[v + 1]?.lemma === 'be' || (/^(?:go|run)$/.test(tokens[v + 1]?.lemma ?? '') && tokens[v + 1]?.pos === 'VERB');
    if (stanceNoun && stanceLink && tokens[v + 2]?.lower === 'that' && v + 3 < n && outlet(v + 2) && (STANCE_NOUNS.has(t.lower) || thatClauseAt(tokens, v + 3, outlet))) {
      let m = v - 1;
      while (m >= 0 && tokens[m].pos === 'PROPN') m--;
      let holder = m < v - 1 ? sentence.slice(tokens[m + 1].start, tokens[v - 1].end) : undefined;
      let the = m >= 0 && tokens[m].lower === 'the' ? 'the ' : '';
      // Rule "possessed view": "Mr. Hale's contention was that ...", "their feeling is that ...": the possessor holds it
      let p = v - 1;
      while (p >= 0 && tokens[p].pos === 'ADJ') p--;
      if (!holder && p >= 0 && /^['’]s$/.test(tokens[p].text)) {
        const np = npLeft(tokens, p - 1, outlet);
        if (np.end > np.start && startsNp(tokens[np.start])) holder = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
        the = '';
      } else if (!holder && p >= 0 && POSSESSOR[tokens[p].lower] && tokens[p].pos !== 'NOUN') holder = POSSESSOR[tokens[p].lower];
      cues.push({ verb: t.text, at: t.start, from: holder ? 'subject' : 'none', ...(holder ? { speaker: the + holder } : {}), content: [{ start: tokens[v + 3].start, end }] });
      v += 2;
      continue;
    }
    // "A publicity release ... quoted him as saying that the move had worked": the quoted one is the speaker
    if (t.lemma === 'quote' && outlet(v)) {
      const np = npRight(tokens, v + 1, outlet, true);
      if (np.end > np.start && tokens[np.end]?.lower === 'as' && tokens[np.end + 1]?.lemma === 'say') {
        let k = np.end + 2;
        if (tokens[k]?.lower === 'that') k++;
        if (k < n) {
          cues.push({ verb: t.text, at: t.start, from: 'subject', speaker: sentence.slice(tokens[np.start].start, tokens[np.end - 1].end), content: [{ start: tokens[k].start, end }] });
          v = n;
          continue;
        }
      }
    }
    // "Lee was quoted as saying the deal was dead": the one quoted is the speaker
    if (t.lemma === 'quote' && tokens[v - 1]?.lemma === 'be' && tokens[v + 1]?.lower === 'as' && tokens[v + 2]?.lemma === 'say') {
      const np = npLeft(tokens, v - 2, outlet);
      let k = v + 3;
      if (tokens[k]?.lower === 'that') k++;
      if (np.end > np.start && startsNp(tokens[np.start]) && k < n) {
        cues.push({ verb: t.text, at: t.start, from: 'subject', speaker: sentence.slice(tokens[np.start].start, tokens[np.end - 1].end), content: [{ start: tokens[k].start, end }] });
        v = n;
        continue;
      }
    }
    // Rule "parenthetical agentless": "After the vote, it was argued, the mayor will resign", "..., the argument went,
    // ...": an unnamed source's report, framing the words on both sides of it
    const parenthetical = agentlessAside(tokens, v, outlet);
    if (parenthetical) {
      const before = { start: 0, end: trimBack(sentence, tokens[parenthetical.open].start) };
      const after = !parenthetical.last && parenthetical.close + 1 < n ? { start: tokens[parenthetical.close + 1].start, end } : undefined;
      cues.push({ verb: t.text, at: t.start, from: 'none', content: [before, after].filter((r): r is { start: number; end: number } => !!r && r.end - r.start > 2) });
      v = parenthetical.close;
      continue;
    }
    // Rule "made it clear": "The governor made it plain that he would veto the bill": an adjective of knowing after
    // "made it" opens what the subject of "made" declares
    if (t.lemma === 'make' && t.pos === 'VERB' && outlet(v) && tokens[v + 1]?.lower === 'it' && /^(?:clear|plain|known|evident|obvious|plainer|clearer|public)$/i.test(tokens[v + 2]?.lower ?? '')) {
      let k = v + 3;
      while (k < n && (tokens[k].pos === 'ADV' || TIME_WORDS.test(tokens[k].lower) || /^(?:once|more|again)$/i.test(tokens[k].lower)) && tokens[k].lower !== 'that') k++;
      const j = prevSkipping(tokens, v, (x) => x.pos === 'ADV' || x.pos === 'AUX' || x.pos === 'PART');
      const np = j >= 0 ? npLeft(tokens, j, outlet) : undefined;
      const opener = np && (np.start === 0 || tokens[np.start - 1].pos === 'CCONJ' || /^[,;:—–-]$/.test(tokens[np.start - 1].text));
      if (tokens[k]?.lower === 'that' && k + 1 < n && np && np.end > np.start && opener && startsNp(tokens[np.start]) && np.end - np.start <= 8) {
        cues.push({ verb: t.text, at: t.start, from: 'subject', speaker: sentence.slice(tokens[np.start].start, tokens[np.end - 1].end), content: [{ start: tokens[k + 1].start, end }] });
        v = k;
        continue;
      }
    }
    // Rule "evidence verb": "The official figures show that half the mills are idle", "a survey of growers shows
    // that ...": a document or a count that shows something reports its finding, though WordNet files "show" under
    // perception, not saying; only a subject that opens the clause and is a record ("as the incident shows" and "this
    // shows that" are the writer's own inference)
    if (EVIDENCE_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN') && tokens[v + 1]?.lower === 'that' && outlet(v + 1) && v + 2 < n && startsNp(tokens[v + 2])) {
      const np = npLeft(tokens, v - 1, outlet);
      const opener = np.start === 0 || tokens[np.start - 1].pos === 'CCONJ' || /^[,;:—–-]$/.test(tokens[np.start - 1].text);
      const head = tokens[np.end - 1];
      if (np.end > np.start && opener && head && head.pos !== 'PRON' && EVIDENCE_SUBJECT.test(tokens.slice(np.start, np.end).map((x) => x.text).join(' '))) {
        const contrast = contrastingClause(tokens, v + 2, outlet);
        cues.push({ verb: t.text, at: t.start, from: 'subject', speaker: sentence.slice(tokens[np.start].start, tokens[np.end - 1].end), content: [{ start: tokens[v + 2].start, end: contrast > 0 ? trimBack(sentence, tokens[contrast].start) : end }] });
        v += 1;
        continue;
      }
    }
    // Rule "evidence verb in a relative": "he cited the poll figures which show that most voters approve", "new
    // statistics that show trade has grown": a record that shows something, named before "which" or "that", reports
    // its finding wherever the record stands in the sentence, since the relative takes its antecedent for subject;
    // the finding is a clause ("figures that show a decline" name only what they show, and are no report). Only a
    // record after a verb or preposition: one that opens the sentence has its own verb after the relative ("the
    // records that show he was absent were lost"), where the finding's end cannot be told
    if (EVIDENCE_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'NOUN') && /^(?:which|that)$/i.test(tokens[v - 1]?.lower ?? '') && v >= 2 && outlet(v - 1)) {
      const np = npLeft(tokens, v - 2, outlet);
      const hadThat = tokens[v + 1]?.lower === 'that' && outlet(v + 1);
      const k = hadThat ? v + 2 : v + 1;
      const head = tokens[np.end - 1];
      const governed = np.start > 0 && ['VERB', 'ADP'].includes(tokens[np.start - 1].pos);
      if (np.end > np.start && governed && head && head.pos !== 'PRON' && k < n && startsNp(tokens[k]) && EVIDENCE_SUBJECT.test(head.text) && forwardIsContent(tokens, k, t.lemma, hadThat, false, quoted)) {
        const contrast = contrastingClause(tokens, k, outlet);
        cues.push({ verb: t.text, at: t.start, from: 'subject', speaker: sentence.slice(tokens[np.start].start, tokens[np.end - 1].end), content: [{ start: tokens[k].start, end: contrast > 0 ? trimBack(sentence, tokens[contrast].start) : end }] });
        v = k - 1;
        continue;
      }
    }
    // Rule "on the grounds that": "the editorial was criticized on the grounds that it ignored the facts", "the council
    // opposed the toll on the grounds that it would drive trade away": the grounds given for a judgement or an act are a
    // reason someone stated, the subject's when the verb is active, no one's named when it is passive. Only when the
    // phrase follows its clause's verb and object, with no comma, so the reason is the clause's
    if (t.lower === 'grounds' && tokens[v - 1]?.lower === 'the' && tokens[v - 2]?.lower === 'on' && tokens[v + 1]?.lower === 'that' && outlet(v + 1) && v + 2 < n && startsNp(tokens[v + 2])) {
      let verbAt = -1;
      for (let i = v - 3; i >= 0 && outlet(i) && tokens[i].text !== ','; i--) if (tokens[i].pos === 'VERB') { verbAt = i; break; }
      const participle = verbAt > 0 && /(?:ed|en)$/i.test(tokens[verbAt].lower);
      const beAt = verbAt > 0 ? prevSkipping(tokens, verbAt, (x) => x.pos === 'ADV') : -1;
      const passive = participle && beAt >= 0 && tokens[beAt].lemma === 'be';
      // ("could have continued testing on the grounds that": a reason one might have given is none given)
      const modal = verbAt > 0 && tokens.slice(Math.max(0, verbAt - 4), verbAt).some((x) => x.pos === 'AUX' && /^(?:could|would|might|should|may|must|can)$/i.test(x.lower));
      let speaker: string | undefined;
      if (verbAt > 0 && !passive) {
        const j = prevSkipping(tokens, verbAt, (x) => x.pos === 'ADV' || x.pos === 'AUX' || x.pos === 'PART');
        const np = j >= 0 ? npLeft(tokens, j, outlet) : undefined;
        const opener = np && (np.start === 0 || tokens[np.start - 1].pos === 'CCONJ' || /^[,;:—–-]$/.test(tokens[np.start - 1].text));
        if (np && np.end > np.start && opener && startsNp(tokens[np.start]) && plausibleSource(sentence.slice(tokens[np.start].start, tokens[np.end - 1].end))) speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
      }
      if (verbAt > 0 && !modal && (passive || (speaker && !writersOwnStance(speaker, tokens[verbAt].lemma) && !/^(?:i|we)$/i.test(speaker.trim())))) {
        cues.push({ verb: t.text, at: t.start, from: speaker ? 'subject' : 'none', ...(speaker ? { speaker } : {}), content: [{ start: tokens[v + 2].start, end }] });
        v += 1;
        continue;
      }
    }
    // Rule "as X put it": "As the governor put it, the budget is a house of cards", "the plan, as one critic said, is
    // a folly": the clause around the "as" aside is what its subject said
    if (t.lower === 'as' && outlet(v) && (v === 0 || tokens[v - 1].text === ',')) {
      const np = npRight(tokens, v + 1, outlet, true);
      const verb = tokens[np.end];
      const put = verb && verb.lemma === 'put' && tokens[np.end + 1]?.lower === 'it';
      // (Rule "as X know": "as all the regulars know, the shop opens at nine", "the ferry, as pilots realize, is late": a
      // verb of knowing or of thought in the aside gives the clause to its subject as a verb of saying does; the
      // writer's and the reader's own, "as we know", "as you realize", are no one's report)
      const knows = verb && verb.pos === 'VERB' && (THOUGHT_THAT.has(verb.lemma) || thoughtThatVerbs().has(verb.lemma)) && !/^(?:see|find|decide)$/.test(verb.lemma) && !/^(?:i|we|you)$/i.test(tokens[np.start].lower);
      // (and a verb of advocacy: "the mayor must, as his rivals demand, resign" is what the rivals demand)
      const said = verb && verb.pos === 'VERB' && (SAYING.has(verb.lemma) || ADVOCACY.has(verb.lemma) || knows) && !/ing$/i.test(verb.lower);
      const close = put ? np.end + 2 : np.end + 1;
      if (np.end > np.start && np.end - np.start <= 6 && startsNp(tokens[np.start]) && (put || said) && tokens[close]?.text === ',' && close + 1 < n) {
        const speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
        // ("the party is annual and, as its friends know, that means ...": after a conjunction the aside frames only the
        // clause it opens)
        const conjoined = v > 1 && tokens[v - 2].pos === 'CCONJ';
        const before = v > 0 && !conjoined ? { start: 0, end: trimBack(sentence, tokens[v].start) } : undefined;
        const after = { start: tokens[close + 1].start, end };
        const content = [before, after].filter((r): r is { start: number; end: number } => !!r && r.end - r.start > 2);
        if (plausibleSource(speaker)) {
          cues.push({ verb: verb.text, at: verb.start, from: 'subject', speaker, content });
          v = close;
          continue;
        }
      }
    }
    // Rule "advocacy with a preposition": "The farm bureau called for an end to price supports", "the union is
    // pressing for a shorter week", "she insisted on a recount": what is called, pressed or argued for is the report,
    // up to the clause's end; the subject is the source
    if (t.pos === 'VERB' && PREPOSITIONAL_ADVOCACY[t.lemma] === tokens[v + 1]?.lower && outlet(v + 1) && v + 2 < n && startsNp(tokens[v + 2]) && tokens[v + 2].pos !== 'PRON' && !TIME_WORDS.test(tokens[v + 2].lower) && !/^(?:years?|hours?|days?|months?|weeks?)$/i.test(tokens[v + 3]?.lower ?? '')) {
      const j = prevSkipping(tokens, v, (x) => x.pos === 'ADV' || x.pos === 'AUX' || x.pos === 'PART');
      const np = j >= 0 ? npLeft(tokens, j, outlet) : undefined;
      const opener = np && (np.start === 0 || tokens[np.start - 1].pos === 'CCONJ' || /^[,;:—–-]$/.test(tokens[np.start - 1].text));
      if (np && np.end > np.start && opener && startsNp(tokens[np.start]) && np.end - np.start <= 8) {
        const speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
        const stop = tokens.findIndex((x, i) => i > v + 2 && outlet(i) && /^[;:]$/.test(x.text));
        if (plausibleSource(speaker)) {
          cues.push({ verb: t.text, at: t.start, from: 'subject', speaker, content: [{ start: tokens[v + 2].start, end: stop > 0 ? trimBack(sentence, tokens[stop].start) : end }] });
          v += 1;
          continue;
        }
      }
    }
    // Rule "what X argue:": "The cure is what economists have been urging for years: an end to the tariff": the
    // words after the colon are what the subject of the verb in the "what" clause says
    if (t.lower === 'what' && outlet(v)) {
      const np = npRight(tokens, v + 1, outlet, true);
      let g = np.end;
      // "economists like Ben Hart": a "like" phrase names examples of the source
      // ("economists like Ben Hart": a "like" phrase of names names the ones who said it)
      let named: { start: number; end: number } | undefined;
      if (tokens[g]?.lower === 'like') {
        named = npRight(tokens, g + 1, outlet, true);
        g = named.end;
        if (tokens[named.start]?.pos !== 'PROPN') named = undefined;
      }
      while (g < n && (tokens[g].pos === 'AUX' || tokens[g].pos === 'ADV' || tokens[g].pos === 'PART')) g++;
      const verb = tokens[g];
      const colon = tokens.findIndex((x, i) => i > g && i - g <= 5 && x.text === ':' && outlet(i));
      const between = colon > 0 ? tokens.slice(g + 1, colon) : [];
      if (np.end > np.start && startsNp(tokens[np.start]) && tokens[np.start].pos !== 'PRON' && verb?.pos === 'VERB' && isReportingVerb(verb.lemma) && colon > 0 && colon + 1 < n && !between.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
        const speaker = sentence.slice(tokens[(named ?? np).start].start, tokens[g - 1].end).replace(/\s+(?:have|has|had|been|are|is|were|was|do|does|did|will|would|long|always|often)(?:\s+.*)?$/i, '');
        if (plausibleSource(speaker)) {
          cues.push({ verb: verb.text, at: verb.start, from: 'subject', speaker, content: [{ start: tokens[colon + 1].start, end }] });
          v = colon;
          continue;
        }
      }
    }
    // Rule "noun lead-in": "Their reason: the roads are poor", "The chairman's message was clear: the board will not
    // sell": a possessed noun of saying or reasoning before a colon introduces what its possessor says
    if (t.pos === 'NOUN' && outlet(v) && (isReportNoun(t.lemma) || LEAD_NOUNS.has(t.lemma))) {
      let p = v - 1;
      while (p >= 0 && tokens[p].pos === 'ADJ') p--;
      let holder: string | undefined;
      if (p >= 0 && POSSESSOR[tokens[p].lower] && tokens[p].pos !== 'NOUN' && outlet(p)) holder = POSSESSOR[tokens[p].lower];
      else if (p >= 1 && /^['’]s$/.test(tokens[p].text)) {
        const np = npLeft(tokens, p - 1, outlet);
        if (np.end > np.start && startsNp(tokens[np.start])) holder = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
      }
      let c = v + 1;
      if (tokens[c]?.lemma === 'be' && tokens[c + 1]?.pos === 'ADJ') c += 2;
      const starts = holder && p >= 0 && (p === 0 || /^[,;—–-]$/.test(tokens[Math.max(0, (holder === POSSESSOR[tokens[p].lower] ? p : npLeft(tokens, p - 1, outlet).start) - 1)]?.text ?? '') || (holder !== POSSESSOR[tokens[p].lower] && npLeft(tokens, p - 1, outlet).start === 0));
      if (holder && starts && tokens[c]?.text === ':' && outlet(c) && c + 2 < n && !quoted(c + 1)) {
        cues.push({ verb: t.text, at: t.start, from: 'subject', speaker: holder, content: [{ start: tokens[c + 1].start, end }] });
        v = c;
        continue;
      }
    }
    // Rule "quoted characterisation": "The mayor dismissed the survey as “a fishing trip”", "seized on the incident to
    // attack the Corps as a “juvenile experiment”": quotation marks around what a subject takes its object "as" give the
    // wording to that subject, whatever the verb; an infinitive takes the subject of its clause
    if (t.pos === 'VERB' && outlet(v) && t.lemma !== 'be' && t.lemma !== 'have' && !SAYING.has(t.lemma) && !judgementVerbs().has(t.lemma) && v + 2 < n && startsNp(tokens[v + 1]) && tokens[v + 1].pos !== 'PRON') {
      const obj = npRight(tokens, v + 1, outlet, true);
      const as = obj.end;
      const q = tokens[as + 1] && /^(?:a|an|the)$/i.test(tokens[as + 1].lower) ? as + 2 : as + 1;
      if (obj.end > obj.start && obj.end - obj.start <= 6 && tokens[as]?.lower === 'as' && outlet(as) && quoted(q)) {
        let close = q;
        while (close < n && (quoted(close) || isCloseQuote(tokens[close]))) close++;
        const infinitive = tokens[v - 1]?.lower === 'to';
        const j = prevSkipping(tokens, v, (x) => x.pos === 'ADV' || x.pos === 'AUX' || x.pos === 'PART');
        const np = infinitive ? clauseSubject(tokens, v - 1, outlet) : j >= 0 ? npLeft(tokens, j, outlet) : undefined;
        const opener = np && (infinitive || np.start === 0 || tokens[np.start - 1].pos === 'CCONJ' || /^[,;:—–-]$/.test(tokens[np.start - 1].text));
        const speaker = np && np.end > np.start && opener && startsNp(tokens[np.start]) ? sentence.slice(tokens[np.start].start, tokens[np.end - 1].end) : undefined;
        if (speaker && plausibleSource(speaker) && tokens[np!.end - 1].pos !== 'PRON') {
          cues.push({ verb: t.text, at: t.start, from: 'subject', speaker, content: [{ start: tokens[v + 1].start, end: tokens[close - 1].end }] });
          v = close - 1;
          continue;
        }
      }
    }
    // Rule "went on to say": "The senator argued that the tariff would ruin the mills; he went on to say that farmers
    // would suffer": a verb of saying after "went on to" / "proceeded to" is the subject's next report
    // (Rule "saying in a verb chain": "the guild never ceased to suggest that ...", "Ada Pell seems to think that ...",
    // "critics are quick to point out that ...", "farmers tend to believe that ...": a verb of aspect or seeming, or
    // "be" and an adjective of readiness, before "to" leaves the saying to the chain's subject)
    const chainSays = t.pos === 'VERB' && (SAYING.has(t.lemma) || (thoughtThatVerbs().has(t.lemma) && tokens[v + 1]?.lower === 'that')) && tokens[v - 1]?.lower === 'to';
    const aspect = chainSays && tokens[v - 2]?.pos === 'VERB' && ASPECT_VERBS.has(tokens[v - 2].lemma);
    const ready = chainSays && tokens[v - 2]?.pos === 'ADJ' && READY_ADJECTIVES.has(tokens[v - 2].lower) && tokens[v - 3]?.lemma === 'be';
    const goOn = (t.pos === 'VERB' && SAYING.has(t.lemma) && tokens[v - 1]?.lower === 'to' && ((tokens[v - 2]?.lower === 'on' && tokens[v - 3]?.lemma === 'go') || tokens[v - 2]?.lemma === 'proceed')) || aspect || ready;
    if (goOn && outlet(v)) {
      const go = ready ? v - 3 : tokens[v - 2].lower === 'on' ? v - 3 : v - 2;
      const j = prevSkipping(tokens, go, (x) => x.pos === 'ADV' || x.pos === 'AUX' || x.pos === 'PART');
      const np = j >= 0 ? npLeft(tokens, j, outlet) : undefined;
      const opener = np && (np.start === 0 || tokens[np.start - 1].pos === 'CCONJ' || /^[,;:—–-]$/.test(tokens[np.start - 1].text));
      let k = v + 1;
      if (tokens[k]?.lower === 'that') k++;
      if (np && np.end > np.start && opener && startsNp(tokens[np.start]) && k < n && forwardIsContent(tokens, k, t.lemma, tokens[v + 1]?.lower === 'that', false, quoted)) {
        const speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
        // "this seems to suggest that ...", "it appears to indicate": a thing that seems to say is the writer's inference
        const inference = (aspect || ready) && /^(?:it|this|that|these|those|which|what)$/i.test(speaker);
        if (plausibleSource(speaker) && !inference) {
          cues.push({ verb: t.text, at: t.start, from: 'subject', speaker, content: [{ start: tokens[k].start, end }] });
          v = k - 1;
          continue;
        }
      }
    }
    // Rule "as reported by": "The plant will close, as reported by the Tribune", "as stated by the mayor, ...": the
    // "by" phrase is the source of the clause the "as" phrase hangs on
    if (t.lower === 'as' && outlet(v) && tokens[v + 1]?.pos === 'VERB' && /(?:ed|en)$/i.test(tokens[v + 1].lower) && SAYING.has(tokens[v + 1].lemma) && tokens[v + 2]?.lower === 'by') {
      const np = npRight(tokens, v + 3, outlet, true);
      const after = tokens[np.end];
      if (np.end > np.start && (!after || /^[,.;!?]$/.test(after.text)) && plausibleSource(sentence.slice(tokens[np.start].start, tokens[np.end - 1].end))) {
        const before = v > 0 ? { start: 0, end: trimBack(sentence, tokens[v].start) } : undefined;
        const rest = after?.text === ',' && np.end + 1 < n ? { start: tokens[np.end + 1].start, end } : undefined;
        const content = [before, rest].filter((r): r is { start: number; end: number } => !!r && r.end - r.start > 2);
        if (content.length) {
          cues.push({ verb: tokens[v + 1].text, at: t.start, from: 'subject', speaker: sentence.slice(tokens[np.start].start, tokens[np.end - 1].end), content });
          v = np.end;
          continue;
        }
      }
    }
    // Rule "relative hearsay": "a treasurer who prosecutors say siphoned $2 million was sentenced", "the men whom
    // officials said fled the scene": a verb of saying inside a relative clause, its own subject before it and the clause's
    // verb right after it, gives that verb's predicate to its subject
    if (t.pos === 'VERB' && SAYING.has(t.lemma) && outlet(v) && !/ing$/i.test(t.lower) && (tokens[v + 1]?.pos === 'VERB' || tokens[v + 1]?.pos === 'AUX') && !/ing$/i.test(tokens[v + 1].lower)) {
      let a = v - 1;
      while (a >= 0 && outlet(a) && (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[a].pos) || (tokens[a].pos === 'DET' && !/^(?:that|which)$/i.test(tokens[a].lower)))) a--;
      const np = { start: a + 1, end: v };
      const rel = a;
      const relWord = rel >= 1 && /^(?:who|whom|that|which)$/i.test(tokens[rel].lower) && ['NOUN', 'PROPN'].includes(tokens[rel - 1].pos);
      if (np.end === v && np.end > np.start && np.end - np.start <= 4 && relWord && ['NOUN', 'PROPN'].includes(tokens[np.end - 1].pos)) {
        const stop = tokens.findIndex((x, i) => i > v + 2 && outlet(i) && (x.text === ',' || (x.pos === 'AUX' && ['NOUN', 'PROPN', 'NUM'].includes(tokens[i - 1].pos) && tokens[i + 1]?.pos === 'VERB')));
        const speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
        if (plausibleSource(speaker)) {
          cues.push({ verb: t.text, at: t.start, from: 'subject', speaker, content: [{ start: tokens[v + 1].start, end: stop > 0 ? trimBack(sentence, tokens[stop].start) : end }] });
          v += 1;
          continue;
        }
      }
    }
    // Rule "reason to believe": "There is reason to believe that the mine will close": a view no one is named for
    if (t.lower === 'reason' && tokens.slice(Math.max(0, v - 3), v).some((x) => x.lower === 'there') && tokens[v + 1]?.lower === 'to' && isReportingVerb(tokens[v + 2]?.lemma ?? '') && tokens[v + 3]?.lower === 'that' && v + 4 < n) {
      cues.push({ verb: t.text, at: t.start, from: 'none', content: [{ start: tokens[v + 4].start, end }] });
      v += 3;
      continue;
    }
    // Rule "hearsay adverb": "The driver reportedly fled to Ohio", "the allegedly forged deed": an adverb made from a
    // verb of saying ("reported", "alleged", "purported") says someone unnamed says so
    if (t.pos === 'ADV' && outlet(v) && hearsayAdverb(t.lower) && tokens.slice(v + 1).some((x, i) => outlet(v + 1 + i) && x.pos === 'VERB')) {
      cues.push({ verb: t.text, at: t.start, from: 'none', content: [{ start: skipPunct(sentence, tokens[0].text === '(' ? tokens[0].end : 0), end: tokens[n - 1]?.text === ')' ? trimBack(sentence, tokens[n - 1].start) : end }] });
      continue;
    }
    // Rule "in his own words": "By her own account, Lee was broke", "who, in the mayor's words, is “a menace”": the
    // possessor of a noun of saying is the source of the clause after it
    const own = ownWords(tokens, v, outlet, sentence);
    if (own) {
      cues.push({ verb: t.text, at: t.start, from: 'subject', speaker: own.speaker, content: [{ start: tokens[own.after].start, end }] });
      v = own.after - 1;
      continue;
    }
    // "it was learned that ...", "it is understood that ...": the outlet names no source (learning is no saying otherwise)
    // (Rule "agentless report from WordNet": any verb of saying takes this frame with its "that": "it is argued that",
    // "it was agreed that", "it is feared that")
    // (a verb of thought as well, and an adverb after "be": "it was generally assumed that", "it is widely supposed that")
    const beAt = prevSkipping(tokens, v, (x) => x.pos === 'ADV');
    // (Rule "medium before the agentless that": "it has been reported in the papers that", "it was learned at city hall
    // that": a phrase of place or medium, with no verb in it, may stand between the participle and its "that"; a perfect
    // "has been" is read through, a modal is not: "it might be said that" is the writer's own hedge)
    let thatAt = v + 1;
    if (/^(?:in|at|from|on)$/i.test(tokens[v + 1]?.lower ?? '') && outlet(v + 1)) {
      const np = npRight(tokens, v + 2, outlet, true);
      if (np.end > np.start && np.end - np.start <= 6 && !tokens.slice(np.start, np.end).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) thatAt = np.end;
    }
    if (t.pos === 'VERB' && (AGENTLESS_PASSIVE.has(t.lemma) || isReportingVerb(t.lemma) || (thoughtThatVerbs().has(t.lemma) && !DECIDING.has(t.lemma))) && beAt > 0 && tokens[beAt].lemma === 'be' && tokens[prevSkipping(tokens, beAt, (x) => (x.pos === 'AUX' && x.lemma === 'have') || x.pos === 'ADV')]?.lower === 'it' && tokens[thatAt]?.lower === 'that' && outlet(thatAt) && thatAt + 1 < n) {
      cues.push({ verb: t.text, at: t.start, from: 'none', content: [{ start: tokens[thatAt + 1].start, end }] });
      continue;
    }
    const stance = stancePassive(tokens, v, outlet);
    if (stance) {
      const np = npLeft(tokens, stance.subjectEnd, outlet);
      const opener = np.start === 0 || tokens[np.start - 1].pos === 'CCONJ' || tokens[np.start - 1].text === ',';
      if (np.end > np.start && startsNp(tokens[np.start]) && opener && stance.that + 1 < n) {
        const speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
        if (plausibleSource(speaker) && !writersOwnStance(speaker, t.lemma)) cues.push({ verb: t.text, at: t.start, from: 'subject', speaker, content: [{ start: tokens[stance.that + 1].start, end }] });
      }
      continue;
    }
    // "..., he knew, it should ...": a thought verb between commas frames the sentence like "he said"
    // Rule "thought with its proposition" (speech-verbs.ts, thoughtThatVerbs): "Ada Pell surmised that the well was
    // dry", "the guild imagined that the toll would fall": a WordNet verb of cognition with a "that" clause holding a
    // subject and a verb is a view held, a statement; "knew him", "imagined a castle" are none
    const thought =
      (t.pos === 'VERB' && THOUGHT_THAT.has(t.lemma) && ((tokens[v + 1]?.lower === 'that' && outlet(v + 1)) || asideBeforeThat(tokens, v + 1, outlet) > 0 || (tokens[v + 1]?.text === ',' && tokens[v - 2]?.text === ',' && tokens[v - 1]?.pos === 'PRON'))) ||
      (t.pos === 'VERB' && thoughtThatVerbs().has(t.lemma) && ((tokens[v + 1]?.lower === 'that' && outlet(v + 1) && thatClauseAt(tokens, v + 2, outlet)) || asideBeforeThat(tokens, v + 1, outlet) > 0)) ||
      (t.pos === 'VERB' && thoughtAside(tokens, v));
    // "Our correspondent cabled from Rome as follows —": any verb before "as follows" at the end opens what follows
    // ("... set forth his view in these words:": the same for a lead-in that names its words as words)
    const follows = t.pos === 'VERB' && /\b(?:as follows|in (?:these|the following) words)\s*[:—–-]*\s*$/i.test(sentence) && !tokens.slice(v + 1).some((x, i) => (x.pos === 'VERB' || x.pos === 'AUX') && !asFollows(tokens, v + 1 + i));
    const raising = t.pos === 'VERB' && RAISING_PASSIVE.has(t.lemma) && tokens[v + 1]?.lower === 'to' && tokens[v - 1]?.lemma === 'be';
    const judged = t.pos === 'VERB' && judgementVerbs().has(t.lemma) ? objectComplement(tokens, v, outlet, quoted) : t.pos === 'VERB' && (SAYING.has(t.lemma) || IDENTIFYING.has(t.lemma)) ? asComplement(tokens, v, outlet) : -1;
    // Rule (an inverted lead-in names its speaker however it is written): "Writes columnist Ada Roe:", "Adds the
    // treasurer, Ivo Pratt:": a verb English inverts, opening its sentence, with a noun phrase up to a colon, is the
    // attribution of what follows, as "Said Mayor Roe:" is (even a verb that elsewhere names an act: "wrote a book")
    // (any verb of saying in its past form as well: "Snapped the coach:", "Growled he:", as a manner verb inverts only so)
    const leadsIn =
      v === 0 && t.pos === 'VERB' && (INVERTIBLE.has(t.lemma) || (isReportingVerb(t.lemma) && /ed$/.test(t.lower))) && tokens.slice(1, 9).some((x, i) => x.text === ':' && outlet(i + 1));
    // Rule (a message's "that"): "Jefferson once wrote that ...", "the consul cabled last week that ...": a verb of sending
    // words names an act ("wrote a book", "wired the money") until a "that" clause after it, a few words on, says
    // what the words were
    // (only a time, an adverb or a phrase of where or to whom between: "wrote a book that sold" is a relative clause;
    // or the one written to, Rule "written to, that": "wrote Mrs. Lane that")
    const sentThat =
      t.pos === 'VERB' &&
      MESSAGE_VERBS.has(t.lemma) &&
      (someoneThenThat(tokens, v + 1, outlet) ||
        ((tokens[v + 1]?.lower === 'that' || ['ADP', 'ADV'].includes(tokens[v + 1]?.pos ?? '') || /^(?:last|this|next|yesterday|today|once)$/.test(tokens[v + 1]?.lower ?? '')) &&
      tokens.slice(v + 1, v + 9).some((x, i) => x.lower === 'that' && outlet(v + 1 + i) && !tokens.slice(v + 1, v + 1 + i).some((y) => y.pos === 'VERB' || y.pos === 'AUX' || /^[;:.!?]$/.test(y.text)))));
    const askedWh = t.pos === 'VERB' && QUESTION_VERBS.has(t.lemma) && WH_WORDS.test(tokens[v + 1]?.lower ?? '') && outlet(v + 1);
    if (t.pos !== 'VERB' || (!isReportingVerb(t.lemma) && !thought && !follows && !raising && !leadsIn && !sentThat && !askedWh && judged < 0)) continue;
    if (v > 0 && /^\p{Lu}/u.test(t.text) && !isCloseQuote(tokens[v - 1])) continue; // "Mrs. Peck", "Sports Illustrated": a capital mid-sentence is a name
    // "a soft-spoken man", "a much-quoted remark": the second half of a hyphenated word is no verb of its own
    if (v > 1 && tokens[v - 1].text === '-' && tokens[v - 1].end === t.start && tokens[v - 2].end === tokens[v - 1].start) continue;
    // "the war's three exposed fronts", "a reported loss": a participle between a determiner or number and its noun is an adjective
    if (/ed$/i.test(t.lower) && tokens[v + 1]?.pos === 'NOUN' && ['NUM', 'DET', 'ADJ'].includes(tokens[v - 1]?.pos ?? '') && !['NOUN', 'PROPN', 'PRON'].includes(tokens[v - 2]?.pos ?? '')) continue;
    // Rule "progressive": "the city was arguing that the fee is legal": a verb of saying after "be" is finite, when its
    // "that" clause follows (without one it names an activity: "is investigating the part the firm played")
    const beforeIng = prevSkipping(tokens, v, (x) => x.pos === 'ADV');
    const progressive =
      /ing$/i.test(t.lower) && beforeIng > 0 && tokens[beforeIng].lemma === 'be' && tokens[beforeIng].pos === 'AUX' && tokens[beforeIng - 1]?.text !== ',' &&
      tokens.slice(v + 1, v + 12).some((x, i) => x.lower === 'that' && outlet(v + 1 + i));
    if (/ing$/i.test(t.lower) && t.lemma !== t.lower && !progressive) {
      // "Reyes objected to the fee, saying that trade was slow": the participle shares the sentence's subject
      if (tokens[v - 1]?.text === ',' && SAYING.has(t.lemma)) {
        let k = v + 1;
        // (Rule "participle with its particle": "..., pointing out that the fee would fall on the poor": the particle
        // of a phrasal verb of saying stands between it and its "that", as after the finite verb)
        if (tokens[k]?.lower === 'out' && outlet(k)) k++;
        const that = tokens[k]?.lower === 'that';
        if (that) k++;
        if (k < n && forwardIsContent(tokens, k, t.lemma, that, false, quoted))
          cues.push({ verb: t.text, at: t.start, from: 'shared', content: [{ start: tokens[k].start, end }] });
      } else if (tokens[v - 1]?.text === ',' && judged > 0) {
        // Rule "judging participle": "The rebels jeered the envoy, calling him a coward": a judgement in a participle
        // shares the sentence's subject as a saying participle does
        const stop = tokens.findIndex((x, i) => i > judged && outlet(i) && /^[;:]$/.test(x.text));
        const subject = clauseSubject(tokens, v, outlet);
        const speaker = subject ? sentence.slice(tokens[subject.start].start, tokens[subject.end - 1].end) : undefined;
        cues.push({ verb: t.text, at: t.start, ...(speaker ? { from: 'subject' as const, speaker } : { from: 'shared' as const }), content: [{ start: tokens[v + 1].start, end: stop > 0 ? trimBack(sentence, tokens[stop].start) : end }] });
      }
      continue; // otherwise a participle opens a side clause, not a report
    }
    const prev = tokens[v - 1];
    // "to say", "the reported loss"; but a quantity standing alone is the subject: "both concede", "some say"
    // (nor a "which" the tagger reads as a determiner: "some clubs which claim")
    if (prev && (prev.lower === 'to' || (prev.pos === 'DET' && prev.lower !== 'that' && prev.lower !== 'which' && !QUANTITY_SUBJECT.test(prev.lower)))) continue;
    // Passive: "it was learned that ..." (no source), "the commission was told Friday" (the subject is the listener).
    const aux = prevSkipping(tokens, v, (x) => x.pos === 'ADV' || x.pos === 'PART');
    if (aux >= 0 && tokens[aux].lemma === 'be' && tokens[aux].pos === 'AUX' && !progressive) {
      const subj = aux - 1 >= 0 ? tokens[aux - 1] : undefined;
      const by = tokens.findIndex((x, i) => i > v && x.lower === 'by' && outlet(i));
      // (the passive's subject is its listener, with a verb of telling: "The commission was told ...")
      const passiveListener = () => {
        const s0 = prevSkipping(tokens, aux, (x) => x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART');
        const np = s0 >= 0 ? npLeft(tokens, s0, outlet) : undefined;
        const listener = np && np.end > np.start && startsNp(tokens[np.start]) && !/^(?:who|whom|which|that|it)$/i.test(tokens[np.start].lower) ? sentence.slice(tokens[np.start].start, tokens[np.end - 1].end) : undefined;
        return { np, listener };
      };
      // ("shouldn't be asked to carry more" says nothing was asked)
      const negatedPassive = () => tokens.slice(Math.max(0, aux - 2), v).some((x) => /^(?:not|n't|never)$/i.test(x.lower));
      let w = v + 1;
      while (w < n && TIME_WORDS.test(tokens[w].lower)) w++;
      const itComma = aux - 2 > 0 && tokens[aux - 2].text === ',' && outlet(aux - 2);
      if (subj?.lower === 'it' && itComma && tokens[w]?.lower === 'by' && outlet(w) && isReportingVerb(t.lemma)) {
        // Rule "announced by, after the news": "Ann Roe has been named clerk, it was announced Monday by Mayor Ted
        // Lunt.": the "by" phrase after a trailing "it was announced" is the source of the clause before the comma
        // (the name, without a title after its comma: "by Ted Lunt, City Manager" is Ted Lunt)
        const np = npRight(tokens, w + 1, outlet, true);
        const comma = tokens.findIndex((x, i) => i > w + 1 && i < np.end && x.text === ',');
        const stop = comma > 0 && tokens.slice(w + 1, comma).some((x) => x.pos === 'PROPN') ? comma : np.end;
        if (stop > w + 1) cues.push({ verb: t.text, at: t.start, from: 'subject', speaker: sentence.slice(tokens[w + 1].start, tokens[stop - 1].end), content: [{ start: 0, end: tokens[aux - 2].start }] });
      } else if (subj?.lower === 'it' && (AGENTLESS_PASSIVE.has(t.lemma) || (isReportingVerb(t.lemma) && tokens[w]?.lower === 'that'))) {
        // "it was announced today that ...": a time word may stand before the clause
        const that = tokens[w]?.lower === 'that' ? w + 1 : w;
        if (that < n) cues.push({ verb: t.text, at: t.start, from: 'none', content: [{ start: tokens[that].start, end }] });
      } else if (tokens[v + 1]?.lower === 'at' && ['NUM', 'SYM'].includes(tokens[v + 2]?.pos ?? '') && by < 0) {
        // Rule "estimated figure": "the crop is estimated at 4 million bales", "output is officially forecast at
        // 129%": a figure someone put forward, with no one named
        cues.push({ verb: t.text, at: t.start, from: 'none', content: [{ start: 0, end }] });
      } else if (RAISING_PASSIVE.has(t.lemma) && tokens[v + 1]?.lower === 'to' && tokens[v + 2]?.pos !== 'DET') {
        // (a "by" after the infinitive is the infinitive's own: "is reported to be alarmed by the vote")
        // "the plant is expected to close", "Mr. Lee is known to rely on ...": a view with no source named
        cues.push({ verb: t.text, at: t.start, from: 'none', content: [{ start: 0, end }] });
      } else if (LISTENER_VERBS.has(t.lemma) && !WON_OVER.has(t.lemma) && by === w && !negatedPassive()) {
        // Rule "listener in the passive, with the teller": "Ann Roe was told by the board that her post would go",
        // "the staff were urged by the union to refuse": the "by" phrase names who said it, the subject whom it was
        // said to, and the "that" clause or the infinitive after the teller what was said
        const agent = npRight(tokens, by + 1, outlet, true);
        const at = agent.end > agent.start ? passiveListenerContent(tokens, v, agent.end, outlet) : -1;
        if (at >= 0) {
          const { listener } = passiveListener();
          const stop = tokens.findIndex((x, i) => i > at && (!outlet(i) || (tokens[at].lower === 'to' ? /^[,;:()]$/ : /^[;:]$/).test(x.text)));
          const until = stop > 0 ? trimBack(sentence, tokens[stop].start) : end;
          const speaker = sentence.slice(tokens[agent.start].start, tokens[agent.end - 1].end);
          cues.push({ verb: t.text, at: t.start, from: 'subject', speaker, ...(listener ? { toldTo: listener } : {}), content: [{ start: tokens[at].start, end: until }] });
        }
      } else if (LISTENER_VERBS.has(t.lemma) && !WON_OVER.has(t.lemma) && by < 0 && passiveListenerContent(tokens, v, w, outlet) >= 0 && !negatedPassive()) {
        // Rule "listener in the passive": "The commission was told Friday that the fund was empty", "the board was
        // asked Monday to take a stand", "laymen, who will be urged to move": the subject is the listener, the "that"
        // clause or the infinitive what was said to it, and no one is named as the one who said it ("shouldn't be
        // asked to carry more" says nothing was asked)
        const at = passiveListenerContent(tokens, v, w, outlet);
        const { np, listener } = passiveListener();
        // (in a clause of time or cause the report ends at the clause's comma: "When Lee was told that the bridge was
        // shut, he said: ..." keeps the quotation to the main clause; the infinitive ends at its clause's punctuation)
        const scene = np && np.start > 0 && /^(?:when|after|as|because|before|since|while|once|until)$/i.test(tokens[np.start - 1].lower);
        const stop = tokens.findIndex((x, i) => i > at && (!outlet(i) || (tokens[at].lower === 'to' || scene ? /^[,;:()]$/ : /^[;:]$/).test(x.text)));
        const contrast = contrastingClause(tokens, at, outlet);
        const until = stop > 0 ? trimBack(sentence, tokens[stop].start) : contrast > 0 ? trimBack(sentence, tokens[contrast].start) : end;
        cues.push({ verb: t.text, at: t.start, from: 'none', ...(listener ? { toldTo: listener } : {}), content: [{ start: tokens[at].start, end: until }] });
      } else if (LISTENER_VERBS.has(t.lemma) && by < 0) {
        // "..., the commission was told Friday": what was told stands before the listener.
        const np = npLeft(tokens, aux - 1, outlet);
        const comma = np.start - 1;
        if (comma > 0 && tokens[comma].text === ',' && noClauseAfter(tokens, v + 1, outlet))
          cues.push({ verb: t.text, at: t.start, from: 'none', toldTo: sentence.slice(tokens[np.start].start, tokens[np.end - 1].end), content: [{ start: 0, end: tokens[comma].start }] });
      }
      continue;
    }

    // Rule "source inverted in the middle" (clause-frames.ts): "The rates, said the treasurer, will rise."
    if (INVERTIBLE.has(t.lemma)) {
      const np = npRight(tokens, v + 1, outlet, true);
      const middle = np.end > np.start && startsNp(tokens[np.start]) ? invertedMiddleSource(sentence, tokens, v, np, outlet) : undefined;
      if (middle) {
        cues.push({ verb: t.text, at: t.start, from: 'inverted', speaker: sentence.slice(tokens[np.start].start, tokens[np.end - 1].end), content: middle });
        v = np.end;
        continue;
      }
    }
    // The source: the noun phrase before the verb, or after it when the verb comes first ("..., said X").
    const j0 = prevSkipping(tokens, v, (x) => x.pos === 'ADV' || x.pos === 'AUX' || (x.pos === 'PART' && x.lower !== "'s"));
    const j = relativeBeforeTime(tokens, dashAsideBefore(tokens, j0, outlet), outlet);
    let from: SpeechCue['from'] = 'subject';
    let speaker: string | undefined;
    let subjectStart = -1;
    let appositive = false;
    let relativeAside = false;
    const opening = j > 0 && tokens[j].text === ',' ? openingRelativeSubject(tokens, j, outlet) : undefined;
    if (opening) {
      subjectStart = opening.start;
      speaker = sentence.slice(tokens[opening.start].start, tokens[opening.end - 1].end);
      appositive = true;
    } else if (j < 0 || tokens[j].text === ',' || isCloseQuote(tokens[j]) || tokens[j].pos === 'CCONJ') {
      const np = npRight(tokens, v + 1, outlet);
      // (the source ends before "and" opens the next clause: "says Mr. Brill and they are doing it", invertedEnds)
      const and = tokens.findIndex((x, i) => i > np.start && i < np.end && x.pos === 'CCONJ' && invertedEnds(tokens, i));
      if (and > 0) np.end = and;
      const inverted =
        j >= 0 && INVERTIBLE.has(t.lemma) && np.end > np.start && startsNp(tokens[np.start]) && tokens[j].pos !== 'CCONJ' && invertedEnds(tokens, np.end) &&
        // Rule "a day is no source": "..., Ann Roe, the party's secretary, reported Tuesday.": a time after the verb is
        // when it was said, and the source stands before the verb
        !tokens.slice(np.start, np.end).every((x) => x.pos === 'PUNCT' || TIME_WORDS.test(x.lower)) &&
        // what was said stands before: a clause or a quotation
        tokens.slice(0, j).some((x, i) => x.pos === 'VERB' || x.pos === 'AUX' || quoted(i));
      if (j >= 0 && tokens[j].text === ',') {
        // "X, director of field service, told ...", "Lewis, who handled both cases, said": a side phrase between commas.
        let open = previousComma(tokens, j - 1);
        let side = open >= 0 ? { start: open + 1, end: j } : undefined;
        let name = open > 0 ? npLeft(tokens, open - 1, outlet) : undefined;
        // Rule (a company's suffix is part of its name): "Tom Birch, head of Birch Hauling Service, Inc., said": the
        // "Inc." between two commas closes the firm's name in the side phrase, so the side phrase, and the name before
        // it, lie one comma further back
        if (side && open > 0 && CORPORATE_SUFFIX.test(sentence.slice(tokens[side.start].start, tokens[side.end - 1].end))) {
          const further = previousComma(tokens, open - 1);
          if (further > 0) {
            side = { start: further + 1, end: j };
            open = further;
            name = npLeft(tokens, further - 1, outlet);
          }
        }
        // Rule "place after an affiliation": "Ann Roe, economist of Lake Bank, Chicago, said", "Ann Roe, professor at
        // Yale, New Haven, said": a place name between two commas, after a role in lower case, closes the role's
        // affiliation, so the role is the side phrase and the name one comma further back speaks (the role alone is
        // no source where a name stands before it)
        if (side && open > 1 && side.end - side.start <= 3 && tokens.slice(side.start, side.end).every((x) => x.pos === 'PROPN')) {
          const further = previousComma(tokens, open - 1);
          const role = tokens.slice(further + 1, open);
          const isRole = further > 0 && role.length > 0 && /^\p{Ll}/u.test(role[0].text) && !role.some((x) => x.pos === 'VERB' || x.pos === 'AUX');
          const before = isRole ? npLeft(tokens, further - 1, outlet) : undefined;
          if (before && before.end > before.start && tokens.slice(before.start, before.end).every((x) => x.pos === 'PROPN' || x.text === '.')) {
            side = { start: further + 1, end: j };
            open = further;
            name = before;
          }
        }
        // "Pratt, president of the PTC, who attended the meeting, said": step over a relative clause to the phrase before it
        if (side && name && /^(?:who|which|whose)$/i.test(tokens[side.start].lower) && name.start > 0 && tokens[name.start - 1].text === ',' && /^\p{Ll}/u.test(tokens[name.start].text)) {
          const before = npLeft(tokens, name.start - 2, outlet);
          if (before.end > before.start && /^\p{Lu}/u.test(tokens[before.start].text)) {
            side = { start: name.start, end: name.end };
            open = name.start - 1;
            name = before;
          }
        }
        // Rule "post-nominal letters": "Ann Roe, M.P., writing in the Gazette, states": letters after a name belong to it
        if (side && name && name.end > name.start && name.start > 1 && tokens[name.start - 1].text === ',' && /^(?:(?:\p{Lu}\.?){1,4}|Jr\.?|Sr\.?|Ph\.?\s?D\.?)$/u.test(sentence.slice(tokens[name.start].start, tokens[name.end - 1].end).replace(/\.$/, '') || '')) {
          const before = npLeft(tokens, name.start - 2, outlet);
          if (before.end > before.start && tokens[before.start].pos === 'PROPN') name = before;
        }
        // Rule "relative clause before the name": "The leader of the council, which owns the museum, Councillor Ivo
        // Marsh, said": the noun phrase before the side name closes a relative clause on the role; the role and the
        // name speak, and the clause is no part of who they are
        let relativeRole: { start: number; end: number } | undefined;
        if (side && name && name.end > name.start && tokens[side.start].pos === 'PROPN') {
          const clauseOpen = previousComma(tokens, name.start - 1);
          if (clauseOpen > 0 && /^(?:which|who|that)$/i.test(tokens[clauseOpen + 1]?.lower ?? '')) {
            const role = npLeft(tokens, clauseOpen - 1, outlet);
            if (role.end > role.start && startsNp(tokens[role.start])) relativeRole = role;
          }
        }
        if (relativeRole && side) {
          subjectStart = relativeRole.start;
          speaker = `${sentence.slice(tokens[relativeRole.start].start, tokens[relativeRole.end - 1].end)}, ${sentence.slice(tokens[side.start].start, tokens[side.end - 1].end)}`;
          appositive = true;
        } else if (side && name && name.end > name.start && startsNp(tokens[name.start]) && isSideNp(tokens, side)) {
          subjectStart = name.start;
          speaker = sentence.slice(tokens[name.start].start, tokens[side.end - 1].end);
          appositive = true;
        } else if (side && name && name.end > name.start && startsNp(tokens[name.start])) {
          subjectStart = name.start;
          speaker = sentence.slice(tokens[name.start].start, tokens[name.end - 1].end);
          appositive = true;
        } else if (!inverted && !CONJUNCTION_PARTICIPLES.has(t.lower) && seriesVerb(tokens, j, v, outlet)) {
          // Rule "verb series": "The lawyers read the files, found that few had been questioned": a second verb
          // after a comma shares the first one's subject; the noun phrase before the comma is that verb's object
          from = 'shared';
        } else if (!inverted) {
          const role = npLeft(tokens, j - 1, outlet);
          if (role.end > role.start && startsNp(tokens[role.start]) && (role.start === 0 || tokens[role.start - 1].pos !== 'ADP')) {
            subjectStart = role.start;
            speaker = sentence.slice(tokens[role.start].start, tokens[role.end - 1].end);
          }
        }
        if (appositive && inverted && !forwardIsContent(tokens, v + 1, t.lemma, false, false, quoted) && !LISTENER_VERBS.has(t.lemma)) {
          speaker = undefined;
          appositive = false;
          subjectStart = -1;
        }
      }
      // "Said he: “...”": an inverted pronoun before a colon is a source too
      const saidPronoun = tokens[np.start]?.pos === 'PRON' && /^(?:he|she|they|we)$/i.test(tokens[np.start].lower) && tokens[np.end]?.text === ':';
      // (a described speaker too, "Adds the treasurer, Ivo Pratt:", where the phrase, or a name after it, ends at the colon)
      const named = tokens[np.end]?.text === ',' ? npRight(tokens, np.end + 1, outlet) : undefined;
      const toColon = tokens[np.end]?.text === ':' || (!!named && named.end > named.start && tokens[named.start].pos === 'PROPN' && tokens[named.end]?.text === ':');
      // (a manner verb too where its phrase runs to the colon: "Snapped the coach:", "Growled he:")
      const mannerLeadIn = toColon && isReportingVerb(t.lemma) && /ed$/.test(t.lower);
      const saidPronounOrManner = saidPronoun || (mannerLeadIn && tokens[np.start]?.pos === 'PRON' && /^(?:he|she|they|we)$/i.test(tokens[np.start].lower));
      if (!speaker && j < 0 && (SAYING.has(t.lemma) || mannerLeadIn) && np.end > np.start && (/^\p{Lu}/u.test(tokens[np.start].text) || saidPronounOrManner || (toColon && startsNp(tokens[np.start])))) {
        // "“How many is that, Jim?” Asked Willie at one stage.": the sentence is the attribution of the quote before.
        // "Asked Palmer of an official", "Asked Mrs. Peck, representative from Multnomah County, of the chairman, Joseph E. Harvey Jr."
        const of = t.lemma === 'ask' ? tokens.findIndex((x, i) => i > np.start && x.lower === 'of' && outlet(i)) : -1;
        const asker = of > 0 && of < np.end ? { start: np.start, end: of } : np;
        const listener = of > 0 ? npRight(tokens, of + 1, outlet) : undefined;
        const toldTo = listener && listener.end > listener.start ? sentence.slice(tokens[listener.start].start, tokens[listener.end - 1].end) : undefined;
        // "Said Leatherneck Shoup: “A year ago ...”": a colon after the source opens what was said, in this sentence
        const colon = tokens.findIndex((x, i) => i >= np.end && x.text === ':' && outlet(i));
        // the quotation after the colon is what was said; a sentence the splitter ran on after it is not
        let stop = colon + 1;
        if (colon > 0 && quoted(stop)) while (stop < n && (quoted(stop) || isCloseQuote(tokens[stop]))) stop++;
        const until = colon > 0 && quoted(colon + 1) && stop < n ? tokens[stop - 1].end : end;
        const content = colon > 0 && colon + 1 < n ? [{ start: tokens[colon + 1].start, end: until }] : [];
        cues.push({ verb: t.text, at: t.start, from: 'inverted', speaker: sentence.slice(tokens[asker.start].start, tokens[asker.end - 1].end).replace(/[\s,:]+$/, ''), ...(toldTo ? { toldTo } : {}), content });
        continue;
      }
      if (!speaker && inverted) {
        from = 'inverted';
        speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
      } else if (!speaker && j >= 0 && tokens[j].pos === 'CCONJ') from = 'shared'; // a verb opening its sentence shares no one's subject
      else if (!speaker && from !== 'shared') continue;
    } else if (relativePronoun(tokens, j) && j > 0) {
      // Rule "relative report": "..., from Mayor Lee, who said the plan would fail", "a report which said that the dam
      // had failed", "the agency that predicted the flood": the relative pronoun's head speaks
      relativeAside = tokens[j - 1].text === ',';
      let head = relativeAside ? npLeft(tokens, j - 2, outlet) : npLeft(tokens, j - 1, outlet);
      // ("King Leopold, of the Belgians, who concluded that ...": an "of" phrase between commas belongs to the name
      // before it, which heads the clause)
      if (relativeAside && head.start > 2 && tokens[head.start - 1].lower === 'of' && tokens[head.start - 2].text === ',' && outlet(head.start - 2)) {
        const before = npLeft(tokens, head.start - 3, outlet);
        if (before.end > before.start && tokens[before.start].pos === 'PROPN') head = before;
      }
      // (Rule "some who believe": a pronoun of quantity heads a "who" clause as a noun does: "the tax is defended by
      // some who believe the county needs revenue", "many who said the plan would fail")
      const quantity = tokens[j].lower === 'who' && head.end - head.start === 1 && /^(?:some|many|others|those|few|most|several|all)$/i.test(tokens[head.start].lower);
      // (a name may end in its number: "King Leopold 2", "Pope John 23")
      const numbered = tokens[head.end - 1].pos === 'NUM' && tokens[head.end - 2]?.pos === 'PROPN' && head.end - head.start >= 2;
      if (head.end <= head.start || !startsNp(tokens[head.start]) || (!['NOUN', 'PROPN'].includes(tokens[head.end - 1].pos) && !quantity && !numbered)) continue;
      // ("which" and "that" stand for things: only a body or a document speaks, "the board, which said ...", not "the
      // bill, which provides ...")
      // (the noun's lemma too: "some clubs which claim ...", where the plural is the body's)
      // (and an account WordNet knows as one, wordnet.ts isAccountNoun, with a verb of saying proper: "a news dispatch
      // which said that ..."; a bill or a plan "which provides" is no account, and "a provision that bars" says nothing)
      if (tokens[j].lower !== 'who' && !SOURCE_NOUN.test(tokens[head.end - 1].text) && !SOURCE_NOUN.test(tokens[head.end - 1].lemma) && !(SAYING.has(t.lemma) && isAccountNoun(tokens[head.end - 1].lemma))) continue;
      // (subjectStart stays unset: "from Mayor Lee" is no subject after a preposition, the relative pronoun is)
      speaker = sentence.slice(tokens[head.start].start, tokens[head.end - 1].end);
    } else {
      let np = npLeft(tokens, j, outlet);
      // "Seven of the firms that make tractors say ...": a relative clause in the subject; its head noun phrase speaks
      const rel = relativeHead(tokens, np.end > np.start ? np.start : j + 1, outlet);
      // a bare "those" keeps its clause: "those who were in favor of the meeting"
      if (rel) np = rel.end - rel.start === 1 && /^(?:those|many|some|all|few)$/i.test(tokens[rel.start].lower) ? { start: rel.start, end: j + 1 } : rel;
      // (an object pronoun after a preposition ends a participle's phrase, never a subject: "information supplied to
      // us discloses")
      else if (SAYING.has(t.lemma) && (['NOUN', 'PROPN'].includes(tokens[j].pos) || (/^(?:us|them|him|me)$/i.test(tokens[j].lower) && tokens[j - 1]?.pos === 'ADP'))) np = participleSubject(tokens, np.end > np.start ? np.start : j + 1, outlet) ?? np;
      if (np.end <= np.start || !startsNp(tokens[np.start])) continue;
      subjectStart = np.start;
      speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
      const head = headBeforeModifiers(tokens, np.start, outlet);
      if (head) {
        // "an official statement adopted by the board at its meeting Friday noted": the head noun phrase speaks
        subjectStart = head.start;
        speaker = sentence.slice(tokens[head.start].start, tokens[head.end - 1].end);
      }
      // Rule "unclosed appositive": "..., Ivo Marsh, counsel for the union told the board": a role in lower case right
      // after a name and its comma, with the closing comma left out, still describes the name, which speaks
      const name = subjectStart > 2 && tokens[subjectStart - 1].text === ',' && /^\p{Ll}/u.test(tokens[subjectStart].text) && outlet(subjectStart - 1) ? npLeft(tokens, subjectStart - 2, outlet) : undefined;
      if (name && name.end - name.start >= 2 && tokens.slice(name.start, name.end).every((x) => x.pos === 'PROPN' || x.text === '.') && (name.start === 0 || tokens[name.start - 1].text === ',')) {
        subjectStart = name.start;
        speaker = sentence.slice(tokens[name.start].start, tokens[np.end - 1].end);
      }
    }
    if (speaker && !plausibleSource(speaker)) continue;
    // "made it plain that ...": an "it" right after a verb is its object, and a plain form after it no verb of its own
    // ("said it expects ..." and "heard him say ..." are different)
    if (subjectStart > 0 && /^it$/i.test(speaker ?? '') && tokens[subjectStart - 1].pos === 'VERB' && t.lower === t.lemma && subjectStart === v - 1) continue;

    let subordinate = false;
    if (subjectStart > 0 && from === 'subject') {
      const before = tokens[subjectStart - 1];
      // "When he protested, ...": a report inside a subordinate clause is background, not a statement
      // ("Although both concede they would like to hit 60, ...": a concession still asserts what was conceded);
      // one with its "that" clause still reports, up to the clause's comma: "When the mayor announced that she would
      // run, ..." (a condition, "if he says that ...", asserts nothing)
      // (Rule "when-clause after its main clause": "Lee sounded the keynote when he said the bill would hurt banks": a
      // "when" after a finished main clause, no comma between, times a report, by a verb of saying proper, that still
      // asserts its clause ("when the colony received independence" is an event); only a
      // clause of time opening the sentence sets a scene)
      // (and "after", "before", "until", "once" as well: "Court adjourned after he testified he had introduced the two")
      const trailingWhen = /^(?:when|after|before|until|once)$/i.test(before.lower) && SAYING.has(t.lemma) && subjectStart > 2 && tokens[subjectStart - 2]?.text !== ',' && tokens.slice(0, subjectStart - 1).some((x, i) => outlet(i) && (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/i.test(x.lower))));
      if (trailingWhen) {
        // a report as any other
      } else if (/^(?:when|after|as|because|before|since|while)$/i.test(before.lower) && tokens.slice(v + 1, v + 8).some((x, i) => x.lower === 'that' && outlet(v + 1 + i))) subordinate = true;
      else if ((before.pos === 'SCONJ' && !/^(?:although|though)$/i.test(before.lower)) || /^(?:when|after|as|because|if|before|since|while|until|unless)$/i.test(before.lower)) continue;
      // "on the clock given him": a noun phrase after a preposition is no subject
      // (but see Rule "subject with a phrase of place", view-frames.ts: "Residents near the plant complained that ...")
      const placed = before.pos === 'ADP' && !subordinate && !trailingWhen ? placedSubject(tokens, subjectStart, outlet) : -1;
      if (placed >= 0) {
        subjectStart = placed;
        speaker = sentence.slice(tokens[placed].start, tokens[j].end);
      } else if (before.pos === 'ADP' && !subordinate && !trailingWhen && !/^(?:of|although|though)$/i.test(before.lower)) continue;
    }
    if (speaker && /\b(?:who|which|that)$/i.test(speaker)) continue; // "The trio who shared": a relative clause
    // "The only hope which ...": a lone article as the subject means the tagger read a noun as the verb
    if (speaker && /^(?:the|a|an)$/i.test(speaker.trim())) continue;
    if (writersOwnStance(speaker, t.lemma) || questionedReport(tokens, v, sentence) || frontedWhat(tokens, subjectStart)) continue;
    if (THOUGHT_THAT.has(t.lemma) && hypotheticalFinding(tokens, v)) continue;
    // "did not mention": nothing was said; but see Rule "negated belief"
    if (tokens.slice(Math.max(0, v - 2), v).some((x) => /^(?:not|n't|never)$/i.test(x.lower)) && !negatedBelief(tokens, v)) continue;
    // "Neither Lee nor Hall will predict ...", "No one said ...": a negated subject says nothing
    if (subjectStart >= 0 && tokens.slice(Math.max(0, subjectStart - 3), subjectStart + 1).some((x) => /^(?:neither|nor|nobody|none|nothing)$/i.test(x.lower) || (x.lower === 'no' && x.pos === 'DET'))) continue;

    // What was said: after the verb (with its listener), else before the source's comma.
    let k = v + 1;
    while (k < n && outlet(k) && (tokens[k].pos === 'ADP' && tokens[k].lower === 'out' || tokens[k].lower === 'out' || (TIME_WORDS.test(tokens[k].lower) && !timeOpensSubject(tokens, k)))) k++;
    let toldTo: string | undefined;
    if (from === 'inverted') k = n; // "..., said X": what was said came first
    else if (k < n && (LISTENER_VERBS.has(t.lemma) || someoneThenThat(tokens, k, outlet)) && outlet(k) && startsNp(tokens[k]) && tokens[k].lower !== 'that' && !(QUESTION_VERBS.has(t.lemma) && WH_WORDS.test(tokens[k].lower))) {
      const obj = npRight(tokens, k, outlet, true);
      // Rule "listener ends where the clause begins": "told reporters his client would appeal", "told the board the
      // fund was empty": a pronoun, or an article after a noun, opens the clause's subject, not more of the listener;
      // a day after the listener is when it was told ("told the council Monday night")
      for (let i = obj.start + 1; i < obj.end; i++) {
        if ((tokens[i].pos === 'PRON' || (tokens[i].pos === 'DET' && tokens[i - 1].pos === 'NOUN')) && !/^(?:of|'s|’s)$/i.test(tokens[i - 1].text)) {
          obj.end = i;
          break;
        }
      }
      while (obj.end - 1 > obj.start && (tokens[obj.end - 1].pos === 'PUNCT' || TIME_WORDS.test(tokens[obj.end - 1].lower))) obj.end--;
      if (obj.end > obj.start) {
        toldTo = sentence.slice(tokens[obj.start].start, tokens[obj.end - 1].end);
        k = obj.end;
      }
    } else if (k < n && tokens[k].lower === 'to' && outlet(k)) {
      const obj = npRight(tokens, k + 1, outlet, true);
      if (obj.end > obj.start && tokens[obj.end]?.lower === 'that') {
        toldTo = sentence.slice(tokens[obj.start].start, tokens[obj.end - 1].end);
        k = obj.end;
      }
    } else if (k < n && /^(?:from|in|at|on|with)$/i.test(tokens[k].lower) && outlet(k)) {
      // "reported from Moscow that ...", "agreed with its allies that ...": a place or a partner stands before the clause
      const obj = npRight(tokens, k + 1, outlet, true);
      if (obj.end > obj.start && obj.end - obj.start <= 8 && tokens[obj.end]?.lower === 'that') k = obj.end;
    }
    while (k < n && outlet(k) && TIME_WORDS.test(tokens[k].lower) && !timeOpensSubject(tokens, k)) k++;
    // "indicated, however, that ...": a sentence adverb between commas stands outside the report
    if (tokens[k]?.text === ',' && tokens[k + 1]?.pos === 'ADV' && tokens[k + 2]?.text === ',' && tokens[k + 3]?.lower === 'that' && outlet(k + 3)) k += 3;
    // (and a longer one: "knew, as did everyone at the club, that", "said, in a statement Monday, that": view-frames.ts)
    else if (asideBeforeThat(tokens, k, outlet) > 0) k = asideBeforeThat(tokens, k, outlet);
    if (from !== 'inverted' && (isReportingVerb(t.lemma) || thought || sentThat) && k < n && (tokens[k].pos === 'ADP' || tokens[k].pos === 'ADV') && tokens[k].lower !== 'that') {
      // "thought at first, as did most others, that ...": an adverbial phrase between the verb and its "that"
      // ("so well, that ...": a clause of result, no content)
      // ("after a warning from the agency that ...": the clause is the noun's, and the noun's rule reads it)
      // ("said in a statement to the Ledger that ...": a report noun after "in" is the medium of the saying, not a noun
      // with a clause of its own)
      const medium = (i: number) => tokens.slice(k, i).findLast((x) => x.pos === 'ADP')?.lower === 'in';
      for (let i = k + 1; i < n && i - k <= 10 && outlet(i) && tokens[i].pos !== 'VERB' && !/^(?:[;.!?:]|so|such)$/i.test(tokens[i].text) && !(tokens[i].pos === 'NOUN' && isReportNoun(tokens[i].lemma) && !medium(i)); i++) {
        if (tokens[i].lower === 'that' && (tokens[i - 1].text === ',' || tokens.slice(k, i).every((x) => x.pos !== 'PUNCT' && x.pos !== 'AUX'))) {
          k = i;
          break;
        }
      }
    }
    // Rule "the fact that": "she stressed the fact that the levy would rise", "the plan recognizes the fact that towns
    // gain by working together": after a verb of saying or of thought, "the fact that" only marks the clause as true
    // in the subject's eyes; the clause is what was said or held, as after a bare "that". Only after a verb of saying
    // proper or of grasping: one "ignores", "overlooks" or "faces" a fact the writer asserts, and says nothing
    if (from !== 'inverted' && (SAYING.has(t.lemma) || FACT_GRASPING.has(t.lemma)) && tokens[k]?.lower === 'the' && tokens[k + 1]?.lower === 'fact' && tokens[k + 2]?.lower === 'that' && outlet(k) && outlet(k + 2)) k += 2;
    // the tagger often reads the complementizer as a determiner ("said that single rooms account ..."): a verb of saying decides
    // "asked whether the orchestra could play": a reported question's "whether" opens it as "that" opens a statement
    // (Rule "reported question": "asked if the bridge was safe", "questioned why the defences were not built", "wondered
    // how long it would last": after a verb of asking, a question word with a clause is the question asked; "whether"
    // and "if" open it as "that" does, the other question words are part of it)
    // (only where the asker opens its clause: "the reason he asked you where you were going is ..." holds the question
    // inside a noun's clause, and the sentence runs on past it)
    const askerOpens = subjectStart <= 0 || ['PUNCT', 'CCONJ', 'SCONJ'].includes(tokens[subjectStart - 1].pos);
    const asked =
      k < n &&
      outlet(k) &&
      ((QUESTION_VERBS.has(t.lemma) && (tokens[k].lower === 'whether' || (askerOpens && WH_WORDS.test(tokens[k].lower) && (thatClauseAt(tokens, k + 1, outlet) || (/^(?:who|what|which)$/i.test(tokens[k].lower) && ['VERB', 'AUX'].includes(tokens[k + 1]?.pos ?? '')))))) ||
        toldHow(tokens, k, t.lemma, outlet));
    // Rule "aside after that": "argued that, after all, the old poets were borrowers too": a phrase between commas right
    // after the "that" opens the reported clause; it is part of what was said, and the clause follows its comma
    const asideAfterThat = k < n && tokens[k].lower === 'that' && outlet(k) && tokens[k + 1]?.text === ',' ? thatAsideClose(tokens, k + 1, outlet) : -1;
    const hadThat = (k < n && (tokens[k].lower === 'that' || (tokens[k].lower === 'whether' && outlet(k))) && !['VERB', 'AUX', 'PUNCT'].includes(tokens[k + 1]?.pos ?? 'PUNCT')) || asked || asideAfterThat > 0;
    if (asideAfterThat > 0) k++; // (the comma after "that" is skipped below, with the "that")
    if (subordinate && !hadThat) continue;
    if ((hadThat && !(asked && tokens[k].lower !== 'whether')) || tokens[k]?.text === ':' || tokens[k]?.text === ',') k++;
    // "Although both concede they would like to win, they ...": a concession's report ends with its clause
    const concession = subordinate || (subjectStart > 0 && /^(?:although|though)$/i.test(tokens[subjectStart - 1].lower));
    const clauseEnd = concession ? tokens.findIndex((x, i) => i > k && x.text === ',' && outlet(i)) : -1;
    const contrast = contrastingClause(tokens, k, outlet);
    // Rule "relative aside ends at its comma": "Ann Roe, who said the plan would fail, resigned": the report ends where
    // a comma hands back to the main clause's verb
    const asideEnd = relativeAside ? tokens.findIndex((x, i) => i > k && x.text === ',' && outlet(i) && (tokens[i + 1]?.pos === 'AUX' || (tokens[i + 1]?.pos === 'VERB' && !/ing$/i.test(tokens[i + 1].lower)))) : -1;
    const forwardEnd = clauseEnd > 0 ? tokens[clauseEnd].start : asideEnd > 0 ? tokens[asideEnd].start : contrast > 0 ? trimBack(sentence, tokens[contrast].start) : end;
    const forward = k < n ? { start: tokens[k].start, end: forwardEnd } : undefined;
    const forwardOk = forward && forwardIsContent(tokens, k, t.lemma, hadThat, toldTo !== undefined, quoted);
    const content: { start: number; end: number }[] = [];
    const leadIn = LEAD_IN_END.test(sentence) && !tokens.slice(v + 1).some((x, i) => quoted(v + 1 + i) || ((x.pos === 'VERB' || x.pos === 'AUX') && !asFollows(tokens, v + 1 + i)));
    // Rule "said inside a relative clause": "a list which she said contained errors", "the man who police say fired the
    // shots": a verb of saying between "which" or "who" and the clause's own verb is an aside; what was said is the
    // relative clause from its verb on, up to the clause's end ("the scheme that he said would save money" is left
    // out: a "that" there as often hangs the clause on a thing the sentence goes on to tell of)
    const relativeSaid =
      from === 'subject' && subjectStart > 0 && /^(?:which|who)$/i.test(tokens[subjectStart - 1].lower) && outlet(subjectStart - 1) && SAYING.has(t.lemma) &&
      ['VERB', 'AUX'].includes(tokens[v + 1]?.pos ?? '') && !/ing$/i.test(tokens[v + 1].lower) && outlet(v + 1) && tokens[v + 1].lower !== t.lower;
    if (relativeSaid) {
      const stop = tokens.findIndex((x, i) => i > v + 1 && outlet(i) && /^[,;:—–]$/.test(x.text));
      content.push({ start: tokens[v + 1].start, end: stop > 0 ? trimBack(sentence, tokens[stop].start) : end });
    } else if (judged > 0 && from === 'subject') {
      // Rule "judgement": "The senator considered the treaty a surrender", "officials called him “evasive”": the
      // object and its complement are what the subject holds, up to the clause's end
      // ("called the plan “a gamble” and said ...": a verb joined by "and" starts the subject's next report)
      // (an identification keeps the name's apposition and a list: "identified the man as Ed Roe, 59, a farmer")
      const stop = tokens.findIndex((x, i) => i > judged && outlet(i) && ((IDENTIFYING.has(t.lemma) ? /^[;:]$/ : /^[,;:]$/).test(x.text) || (x.pos === 'CCONJ' && tokens[i + 1]?.pos === 'VERB')));
      content.push({ start: tokens[v + 1].start, end: stop > 0 ? trimBack(sentence, tokens[stop].start) : end });
    } else if (leadIn) {
      // "When the verdict came in, Hengesbach said:": what was said is the quotation that follows.
    } else if (forwardOk && forward) {
      const quotedAfter = quotationRunsOn(tokens, k, quoted);
      const middle = from === 'subject' ? clauseBeforeMiddleSource(sentence, tokens, subjectStart, v, outlet, quotedAfter) : undefined;
      // (a quotation after the attribution is a statement of its own: the reported part before is another)
      if (middle && quotedAfter) cues.push({ verb: t.text, at: t.start, from, ...(speaker ? { speaker } : {}), content: [middle] });
      else if (middle) content.push(middle);
      content.push(forward);
    }
    else if (COMMISSIVE.has(t.lemma) && from === 'subject' && tokens[v + 1]?.lower === 'to' && tokens[v + 2]?.pos === 'VERB' && outlet(v + 1)) {
      // Rule "promise": "The governor vowed to veto the bill", "the union threatened to strike", "the service proposes to
      // preserve the prairie": what one promises, threatens, proposes or claims to have done is the report, up to a
      // comma that hands on to a clause ("to preserve the tract in Wade County, northern Ohio, as a park" runs on)
      const stop = tokens.findIndex((x, i) => i > v + 2 && outlet(i) && (/^[;:]$/.test(x.text) || (x.text === ',' && commaOpensClause(tokens, i))));
      content.push({ start: tokens[v + 1].start, end: stop > 0 ? trimBack(sentence, tokens[stop].start) : end });
    } else if (EXPECTING.has(t.lemma) && from === 'subject' && expectedObject(tokens, v, outlet) > 0) {
      // Rule "expectation with its object": "Analysts had expected a cut", "the firm now expects profit of $4 million",
      // "the coach expects the squad to be fit", "they expect to win": what one expects or predicts, a thing, a thing
      // with an infinitive or an infinitive, is a view of what will be, the report, up to where a new clause begins
      const stop = expectedObject(tokens, v, outlet);
      content.push({ start: tokens[v + 1].start, end: stop < n ? trimBack(sentence, tokens[stop].start) : end });
    } else if (from === 'subject' && intentionObject(tokens, v + 1, outlet) > 0) {
      // Rule "announced plans to": "The mayor announced plans to retire", "the firm disclosed its intention to sell":
      // a noun of intending with its infinitive, as the object of a verb of saying, is what the subject declares
      const at = intentionObject(tokens, v + 1, outlet);
      const stop = tokens.findIndex((x, i) => i > at && outlet(i) && /^[,;:]$/.test(x.text));
      content.push({ start: tokens[at].start, end: stop > 0 ? trimBack(sentence, tokens[stop].start) : end });
    } else if (ADVOCACY.has(t.lemma) && from === 'subject' && proposalObject(tokens, v, outlet)) {
      // Rule "proposal": "He urged support for the aid bill", "the letter suggested a meeting before June": what is
      // urged or proposed is the report, up to the clause's end
      const stop = tokens.findIndex((x, i) => i > v + 1 && outlet(i) && /^[,;:]$/.test(x.text));
      content.push({ start: tokens[v + 1].start, end: stop > 0 ? trimBack(sentence, tokens[stop].start) : end });
      toldTo = undefined;
    }
    else if (from === 'subject' && speaker && figureObject(tokens, v, outlet) > 0) {
      // Rule "figure put on record" (view-frames.ts): "The agency had reported 24 blasts in the new series"
      const stop = figureObject(tokens, v, outlet);
      content.push({ start: tokens[v + 1].start, end: stop < n ? trimBack(sentence, tokens[stop].start) : end });
    }
    else if (SAYING.has(t.lemma) || thought) {
      const comma = subjectStart - 1;
      const back = from === 'inverted' ? j : comma >= 0 && (tokens[comma].text === ',' || isCloseQuote(tokens[comma])) ? comma : -1;
      const close = nextComma(tokens, v + 1);
      // "..., he said, and added ...": the verb after the comma is his next report, not more of this one
      // (and so is a saying participle after it: "“We opened 7,000 churches,” Mr. Abel said, adding that the goal was
      // higher": the participle is a report of its own, sharing the subject, not the rest of the words quoted)
      const coordinated =
        close > 0 &&
        ((tokens[close + 1]?.pos === 'CCONJ' && tokens[close + 2]?.pos === 'VERB') || (/ing$/i.test(tokens[close + 1]?.lower ?? '') && SAYING.has(tokens[close + 1]?.lemma ?? '')));
      if (back > 0 && close > 0 && close + 1 < n && coordinated) content.push({ start: 0, end: tokens[back].start });
      else if (back > 0 && close > 0 && close + 1 < n) {
        // "The fees, which, he said, had been under study", "No group, he declared in an interview, will": the attribution stands in the middle.
        content.push({ start: 0, end: tokens[back].start }, { start: tokens[close + 1].start, end });
      } else if (back > 0 && (from === 'inverted' || noClauseAfter(tokens, v + 1, outlet)) && !attributionEnds(tokens, back)) content.push({ start: 0, end: tokens[back].start });
    }
    if (!content.length) {
      // "Smith said:" at the end of a paragraph is a lead-in; the quote that follows takes its speaker.
      // "A reporter asked Ortiz later." after a quotation standing alone: the attribution of that quotation
      const attributionOnly = from === 'subject' && SAYING.has(t.lemma) && !tokens.slice(0, v).some((x, i) => quoted(i)) && noClauseAfter(tokens, v + 1, outlet) && /[.!?]\s*$/.test(sentence);
      if (tokens[v + 1]?.text === ':' || LEAD_IN_END.test(sentence) || attributionOnly) cues.push({ verb: t.text, at: t.start, from, ...(speaker ? { speaker } : {}), ...(toldTo ? { toldTo } : {}), content: [] });
      continue;
    }
    cues.push({ verb: t.text, at: t.start, from, ...(speaker ? { speaker } : {}), ...(toldTo ? { toldTo } : {}), content });
  }
  // the frames of view-frames.ts: fronted and trailing participles, "To X, ...", "..., X writes."
  cues.push(...frameCues(sentence, tokens, outlet, end));
  cues.push(...agentlessCues(sentence, tokens, outlet, end, cues)); // (agentless-reports.ts: frames read there)
  cues.push(...heldViewCues(sentence, tokens, outlet, end, cues)); // (held-views.ts: "was sure that", "are aware that")
  const inQuotes = quotedReports(sentence, tagged, quoted);
  const opening = datelineEnd(sentence);
  if (opening > 0) for (const c of cues) for (const r of c.content) if (r.start < opening && r.end > opening) r.start = opening;
  for (const c of cues) for (const r of c.content) if (r.start <= opening) r.start = afterConnective(sentence, tokens, Math.max(r.start, opening));
  return [...nest(cues, sentence), ...nest(inQuotes, sentence)];
}

/**
 * Rule "report inside a quotation": “The old man came up and said he wanted four volunteers,” the recruit said. What
 * a quoted speaker reports of a third person is a report too, the third person its source. Each sentence inside the
 * quotation is read on its own; the quoted speaker's own "I said", "we told them" stay theirs, so only a report
 * whose subject is a third person counts, only with a verb of saying proper ("the school will consider ..." is the
 * quoted speaker's own plan), and only one wholly inside the quotation.
 */
function quotedReports(sentence: string, tagged: readonly Token[], quoted: (i: number) => boolean): SpeechCue[] {
  const out: SpeechCue[] = [];
  for (let a = 0; a < tagged.length; a++) {
    if (!quoted(a)) continue;
    let b = a;
    while (b < tagged.length && quoted(b)) b++;
    // the quotation's sentences: a stop before a capital starts the next
    let from = a;
    for (let i = a; i <= b; i++) {
      const ends = i === b || (/^[.!?]$/.test(tagged[i].text) && /^\p{Lu}/u.test(tagged[i + 1]?.text ?? '') && i + 1 < b);
      if (!ends) continue;
      const last = i === b ? b : i + 1;
      let to = last;
      while (to > from && /^[“”"‘’'.,!?;:]+$/.test(tagged[to - 1].text)) to--;
      let start = from;
      while (start < to && /^[“”"‘’']+$/.test(tagged[start].text)) start++;
      if (to - start >= 5) {
        const part = tagged.slice(start, to);
        const text = sentence.slice(0, tagged[to - 1].end);
        // "The old man came up and said ...": a verb sharing its subject shares the quoted sentence's
        const opener = npRight(part, 0, () => true, true);
        const subject = opener.end > opener.start && ['DET', 'PROPN', 'NOUN'].includes(part[0].pos) ? text.slice(part[opener.start].start, part[opener.end - 1].end) : undefined;
        for (const c of findSpeechCues(text, part, () => false)) {
          const cue = c.from === 'shared' && subject ? { ...c, from: 'subject' as const, speaker: subject } : c;
          if (cue.from === 'subject' && SAYING.has(part.find((x) => x.start === cue.at)?.lemma ?? '') && cue.speaker && !/^(?:i|we|you|me|us)$/i.test(cue.speaker) && cue.content.length && cue.content.every((r) => r.start >= part[0].start)) out.push(cue);
        }
      }
      from = last;
    }
    a = b;
  }
  return out;
}

/**
 * Rule (a dateline is the outlet's, not the speaker's): "RIVERTON, ORE. — The mill will close, the owner said.",
 * "DALTON, May 3 (UPI) — ...": the place in capitals and the dash before a wire story's first sentence say where it
 * was filed, so reported content that runs from the start of the sentence begins after them. Returns where the
 * sentence proper starts (0: no dateline).
 */
function datelineEnd(sentence: string): number {
  const m = /^\s*\p{Lu}[\p{Lu}.'’-]+[\s,]+(?:\p{Lu}[\p{Lu}.'’-]*[\s,]+){0,5}(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*)?(?:\((?:\p{Lu}+|\p{Lu}\p{Ll}+)\)\s*)?[—–-]{1,2}\s*/u.exec(sentence.slice(0, 60));
  return m ? m[0].length : 0;
}

/**
 * Rule "attribution is no content": in "In addition, he said, he has answered 400 messages" the words before "he has
 * answered" end with an attribution of their own (", he said,"), so "answered" is the reported clause's verb, not a
 * back-attribution of "In addition, he said". True when the comma at `back` closes a verb of saying with a short
 * subject set off by commas.
 */
function attributionEnds(tokens: readonly Token[], back: number): boolean {
  const verb = tokens[back - 1];
  if (!verb || verb.pos !== 'VERB' || !SAYING.has(verb.lemma)) return false;
  for (let i = back - 2; i >= 0 && back - i <= 5; i--) {
    if (tokens[i].text === ',') return i < back - 2;
    if (!['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ'].includes(tokens[i].pos) && tokens[i].text !== '.') return false;
  }
  return false;
}

/**
 * Rule "aside between dashes before the verb": "One member of the panel — not Mr. Parker — indicated he had been a
 * member", "The mayor — who had opposed the plan — said it would pass": a phrase between two dashes right before the
 * verb stands outside the clause, as one between commas does, and the subject is the noun phrase before the first
 * dash. Given the token before the verb, returns the token before the opening dash, or `j` itself.
 */
function dashAsideBefore(tokens: readonly Token[], j: number, outlet: (i: number) => boolean): number {
  if (j < 2 || !/^[—–]$/.test(tokens[j].text) || !outlet(j)) return j;
  for (let d = j - 2; d > 0 && j - d <= 12; d--) {
    if (!outlet(d) || /^[;:.!?]$/.test(tokens[d].text)) return j;
    if (tokens[d].text !== tokens[j].text) continue;
    // (a noun phrase must stand before the aside: "... the fleet — and the crew — said" has a subject there too)
    return ['NOUN', 'PROPN', 'PRON'].includes(tokens[d - 1].pos) ? d - 1 : j;
  }
  return j;
}

/** A later report inside an earlier one's content is part of it ("said he insisted"), unless ", and he said" starts a new one. */
function nest(cues: SpeechCue[], sentence: string): SpeechCue[] {
  const inside = (c: SpeechCue, host: SpeechCue) => host !== c && host.content.some((r) => c.at >= r.start && c.at < r.end);
  // A report standing inside another's content is part of it, except when ", and he said" opens a new one; where two
  // hold each other ("The Hughes concern took “shortcuts” ..., Hemphill said") the one at the end frames the sentence.
  const dropped = new Set<SpeechCue>();
  for (const c of cues) {
    for (const host of cues) {
      if (!inside(c, host) || dropped.has(host)) continue;
      const givesWay = inside(host, c) ? agentlessGivesWay(c, host) : undefined;
      if (givesWay) {
        dropped.add(givesWay);
        continue;
      }
      if (inside(host, c) && host.at < c.at) {
        dropped.add(host);
        continue;
      }
      // ", and he said", "; she added": a new report; "... and added that", "... and asked whether": a second report sharing the subject
      const boundary = /(?:[,;]\s*(?:and|but)|;)\s+(?:\S+\s+){0,4}$/.exec(sentence.slice(0, c.at)) ?? (c.from === 'shared' && /^\s+(?:that|whether)\b/i.test(sentence.slice(c.at + c.verb.length)) ? /\s+(?:and|but)\s+(?:then\s+|also\s+)?$/.exec(sentence.slice(0, c.at)) : null);
      if (boundary && c.content.length && boundary.index > host.at) {
        for (const r of host.content) if (c.at >= r.start && c.at < r.end) r.end = boundary.index;
      } else dropped.add(c);
    }
  }
  return cues.filter((c) => !dropped.has(c) && (c.content.length === 0 || c.content.some((r) => r.end - r.start > 2)));
}

/**
 * Where what was said to a passive listener starts (Rule "listener in the passive"), or -1: after "that" with a clause
 * ("was told that the fund was empty"), or at "to" with its verb for a verb of asking ("was asked to take a stand").
 * `w` is the first token after the verb and any time words ("was asked Monday to").
 */
function passiveListenerContent(tokens: readonly Token[], v: number, w: number, outlet: (i: number) => boolean): number {
  const x = tokens[w];
  if (!x || !outlet(w)) return -1;
  if (x.lower === 'that' && thatClauseAt(tokens, w + 1, outlet)) return w + 1;
  if (x.lower === 'to' && ASKED_TO.has(tokens[v].lemma) && tokens[w + 1]?.pos === 'VERB' && outlet(w + 1)) return w;
  return -1;
}

/**
 * Rule "time word opens the subject": "Kern said this Sunday's sessions will be open", "she said last year's budget
 * was short": a time word with a possessive after it ("this Sunday's", "Monday's") is part of the subject of what was
 * said, not when it was said ("said Monday that", "told reporters this week").
 */
function timeOpensSubject(tokens: readonly Token[], k: number): boolean {
  const possessive = (x: Token | undefined) => !!x && /^['’]s$/.test(x.text);
  return possessive(tokens[k + 1]) || (possessive(tokens[k + 2]) && TIME_WORDS.test(tokens[k + 1].lower));
}

/** Quantity words that stand as a subject by themselves: "few think", "two out of three report", "most say". */
const QUANTITY_SUBJECT = /^(?:few|many|most|some|several|both|all|others|none|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

/**
 * The tagger reads a verb of saying in its plain form as a noun after a bare quantity ("few think it will ...",
 * "two out of three report their ...", "most say that ..."): there it is the verb when a clause (a pronoun, a
 * determiner or "that") follows.
 */
function retagVerbs(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  // Rule (an inverted manner verb before a colon): "Snapped the coach: “...”", "Growled he: “...”": a verb of saying
  // in its past form opening the sentence, a noun phrase after it and a colon within a few words, is the verb of a
  // lead-in, even where the tagger reads the capitalised word as a name
  const first = tokens[0];
  const stem = first && /^\p{Lu}\p{Ll}+ed$/u.test(first.text) ? [first.lower.slice(0, -2), first.lower.slice(0, -1), first.lower.slice(0, -3)].find((w) => w.length > 2 && isReportingVerb(w)) : undefined;
  if (stem && first.pos !== 'VERB' && ['DET', 'PRON', 'PROPN', 'NOUN'].includes(tokens[1]?.pos ?? '') && tokens.slice(2, 9).some((x) => x.text === ':')) {
    out = [...tokens];
    out[0] = { ...first, pos: 'VERB', lemma: stem };
  }
  // Rule (a listener's participle read as an adjective): "when Royal was informed that ...", "they were notified that
  // ...", "were alleged to be": the tagger reads some "-ed" forms after "be" as adjectives; before "that" or "to", with a verb of telling as
  // their stem, they are the passive verb
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'ADJ' || !/ed$/.test(t.lower) || !/^(?:that|to)$/.test(tokens[i + 1].lower)) continue;
    const be = tokens[i - 1].pos === 'ADV' ? tokens[i - 2] : tokens[i - 1];
    if (be?.lemma !== 'be') continue;
    // (and a raising verb before its infinitive: "who were alleged to be smugglers")
    const stem = [t.lower.slice(0, -2), t.lower.slice(0, -1)].find((w) => LISTENER_VERBS.has(w) || (RAISING_PASSIVE.has(w) && tokens[i + 1].lower === 'to'));
    if (!stem) continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'VERB', lemma: stem };
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' || t.lower !== t.lemma || !isReportingVerb(t.lemma)) continue;
    // (after a relative pronoun with its noun too: "some clubs which claim they learned ...")
    const relative = /^(?:who|which)$/i.test(tokens[i - 1].lower) && ['NOUN', 'PROPN'].includes(tokens[i - 2]?.pos ?? '');
    if (!relative && (!QUANTITY_SUBJECT.test(tokens[i - 1].lower) || !(tokens[i - 1].pos === 'NUM' || tokens[i - 1].pos === 'ADJ' || tokens[i - 1].pos === 'DET' || tokens[i - 1].pos === 'PRON' || tokens[i - 1].pos === 'NOUN'))) continue;
    const next = tokens[i + 1];
    if (!(next.lower === 'that' || next.pos === 'PRON' || next.pos === 'DET')) continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'VERB' };
  }
  // Rule (a noun before its relative pronoun): "a news dispatch which said that ...", "the latest report which shows
  // ...": a word the tagger reads as a verb, between an article, an adjective or a noun and a "which" or "who" with a
  // verb after it, is the noun the relative clause hangs on (WordNet knows it as a noun too)
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = (out ?? tokens)[i];
    if (t.pos !== 'VERB' || !['DET', 'ADJ', 'NOUN'].includes(tokens[i - 1].pos) || !/^(?:which|who)$/i.test(tokens[i + 1].lower) || !['VERB', 'AUX', 'ADV'].includes(tokens[i + 2].pos) || !isCommonNoun(t.lower)) continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'NOUN', lemma: t.lower };
  }
  return agreeingVerbs(out ?? tokens);
}

/**
 * Rule "subject agreement": the tagger reads a present-tense verb of saying as a noun after its subject ("dealers
 * report", "economists estimate the crop will ...", "Mr. Voss reports."). It is the verb when it agrees with the noun
 * before it (a plural noun and the plain form, a singular name and the -s form) and a clause follows it (a pronoun, a
 * determiner, "that", "out that"), or, as a back-attribution, its subject stands after a comma and the sentence ends there:
 * "..., the growers report." A compound such as "the weather reports" has no comma before it and no clause after.
 */
function agreeingVerbs(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // any verb of saying when "that" follows ("the figures show that ..."), which no compound noun is followed by
    if (t.pos !== 'NOUN' || !(SAYING.has(t.lemma) || ADVOCACY.has(t.lemma) || (isReportingVerb(t.lemma) && tokens[i + 1]?.lower === 'that'))) continue;
    const subj = tokens[i - 1];
    // a plural noun opening the sentence is often tagged as a name: "Growers estimate ..."
    const pluralNoun = (subj.pos === 'NOUN' && subj.lemma !== subj.lower && /s$/i.test(subj.lower)) || (i === 1 && subj.pos === 'PROPN' && /[^s]s$/i.test(subj.lower));
    const singular = subj.pos === 'PROPN' || (subj.pos === 'NOUN' && subj.lemma === subj.lower);
    const agrees = (pluralNoun && t.lower === t.lemma) || (singular && t.lower === `${t.lemma}s`);
    if (!agrees) continue;
    const next = tokens[i + 1];
    // "Morrison points out that ...": a particle may stand before the "that"
    // (Rule "aside before that", view-frames.ts, after the verb too: "Dr. Jenkins notes, however, that ...", "the
    // mayor argues, in a letter, that ...": no noun is followed by an aside and a "that" clause)
    const clause =
      next !== undefined &&
      (next.lower === 'that' || (next.lower === 'out' && tokens[i + 2]?.lower === 'that') || /^(?:he|she|they|it|we|i|you|his|her|their|its|our)$/i.test(next.lower) || next.pos === 'DET' || asideBeforeThat(tokens, i + 1, () => true) > 0);
    let k = i - 1;
    while (k > 0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(tokens[k - 1].pos)) k--;
    const back = (next === undefined || /^[.!?;]$/.test(next.text)) && tokens[k - 1]?.text === ',';
    // (Rule "as X put it" with a noun-tagged verb: "the mayor must, as his rivals demand, resign": no noun phrase closes
    // an "as" aside between commas)
    let a = k;
    if (/^(?:his|her|its|their|our)$/i.test(tokens[a - 1]?.lower ?? '')) a--;
    const asAside = next?.text === ',' && tokens[a - 1]?.lower === 'as' && tokens[a - 2]?.text === ',';
    if (!SAYING.has(t.lemma) && !(isReportingVerb(t.lemma) && next?.lower === 'that') && !asAside) continue;
    if (!clause && !back && !asAside) continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'VERB' };
  }
  return sideSubjectVerbs(out ?? tokens);
}

/**
 * Rule "agreement across a side phrase": "Ada Roe, writing in the Gazette, states that ...": the -s form of a verb
 * of saying after a comma, with "that" after it, agrees with the singular name or noun before the side phrase.
 */
function sideSubjectVerbs(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' || tokens[i - 1].text !== ',' || tokens[i + 1].lower !== 'that' || t.lower !== `${t.lemma}s` || !isReportingVerb(t.lemma)) continue;
    const open = previousComma(tokens, i - 2);
    const subj = open > 0 ? tokens[open - 1] : undefined;
    if (!subj || !(subj.pos === 'PROPN' || (subj.pos === 'NOUN' && subj.lemma === subj.lower))) continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'VERB' };
  }
  return out ?? tokens;
}

function sentenceEnd(sentence: string): number {
  const m = /[\s.!?;:,]*$/.exec(sentence);
  let e = m ? m.index : sentence.length;
  // keep a closing quote mark that belongs to a quote at the end
  if (/^[.!?,]*["”’]/.test(sentence.slice(e))) e = sentence.length;
  return e;
}

function trimBack(sentence: string, at: number): number {
  let e = at;
  while (e > 0 && /[\s,;:–—-]/.test(sentence[e - 1])) e--;
  return e;
}

function skipPunct(sentence: string, at: number): number {
  let s = at;
  while (s < sentence.length && /[\s,;:–—-]/.test(sentence[s])) s++;
  return s;
}

function isCloseQuote(t: Token): boolean {
  return /^["”’'»]+$/.test(t.text);
}

export function startsNp(t: Token): boolean {
  return ['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON'].includes(t.pos) || (/^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT' && t.pos !== 'SCONJ' && t.pos !== 'ADP' && t.pos !== 'CCONJ' && t.pos !== 'ADV');
}

function prevSkipping(tokens: readonly Token[], v: number, skip: (t: Token) => boolean): number {
  let j = v - 1;
  while (j >= 0 && skip(tokens[j]) && tokens[j].lower !== 'that') j--;
  return j;
}

/** The noun phrase ending at token j (inclusive), leftwards: no commas, no verbs. */
/**
 * Rule (a hyphened compound is one word): "the union-backed majority", "well-wishers": the tagger splits a
 * compound at its hyphen and may read a half as a verb or an adverb; a word joined to a hyphen with no space between
 * is part of the noun phrase the compound stands in.
 */
function hyphenJoined(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const joins = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (before?.text === '-' && joins(before, t) && joins(tokens[k - 2], before)) || (after?.text === '-' && joins(t, after) && joins(after, tokens[k + 2]));
}

export function npLeft(tokens: readonly Token[], j: number, outlet: (i: number) => boolean): { start: number; end: number } {
  // Rule (a label in parentheses belongs to the name before it): "Councilman Ned Hale (D., Fourth) said" is Hale, not
  // "Fourth": the party and district, commas and all, are read past to the name they follow
  if (j > 1 && tokens[j].text === ')') {
    let open = j - 1;
    while (open > 0 && j - open <= 8 && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
    if (tokens[open].text === '(' && open > 0 && /^\p{Lu}/u.test(tokens[open - 1].text) && outlet(open - 1)) {
      const named = npLeft(tokens, open - 1, outlet);
      if (named.end > named.start) return { start: named.start, end: j + 1 };
    }
  }
  // "Before the vote she said": a personal pronoun is its whole phrase, the noun before it belongs to something else
  if (j >= 0 && tokens[j].pos === 'PRON' && /^(?:he|she|they|we|i|it)$/i.test(tokens[j].lower) && outlet(j)) return { start: j, end: j + 1 };
  // (a phrase never ends inside a compound: "get-together" read only up to its hyphen is no noun phrase)
  if (j >= 0 && tokens[j].text === '-' && hyphenJoined(tokens, j + 1)) return { start: j + 1, end: j + 1 };
  let k = j;
  while (k >= 0 && outlet(k) && (isNpToken(tokens[k]) || hyphenJoined(tokens, k)) && !(tokens[k].pos === 'PRON' && k < j && !/^(?:its|his|her|their|our|my)$/i.test(tokens[k].lower))) {
    k--;
    // a determiner opens its noun phrase: "In Ghana an American missionary" is "an American missionary"
    if (tokens[k + 1].pos === 'DET' && !(k >= 0 && (tokens[k].pos === 'DET' || /^(?:of|for)$/i.test(tokens[k].text)))) break;
  }
  let start = k + 1;
  while (start <= j && /^(?:of|for|and|&|\)|-|’|'|’s|'s)$/i.test(tokens[start].text)) start++;
  // a pronoun is a whole noun phrase: "he", never "he personally"
  return { start, end: j + 1 };
}

/** The noun phrase starting at token k, rightwards; `object` stops before "that" and "to". */
/**
 * Rule "written to, that": "The mayor wrote Mrs. Lane that the bridge would close", "cabled the embassy that": after
 * a verb of saying that does not always take a listener, a person or a body right before "that" is whom it was said
 * to, not what was said (a person is never the thing written), so the report is the "that" clause after it.
 */
function someoneThenThat(tokens: readonly Token[], k: number, outlet: (i: number) => boolean): boolean {
  const np = npRight(tokens, k, outlet, true);
  if (np.end <= np.start || np.end - np.start > 5 || tokens[np.end]?.lower !== 'that') return false;
  const head = tokens[np.end - 1];
  const name = tokens.slice(np.start, np.end).every((x) => x.pos === 'PROPN' || /^(?:mr|mrs|miss|ms|dr)\.?$/i.test(x.lower) || x.pos === 'PUNCT');
  // (a writing is the thing written, "wrote a book that sold")
  return name || /^(?:him|her|them|us|me)$/i.test(head.lower) || isPersonOrBodyNoun(head.lemma);
}

export function npRight(tokens: readonly Token[], k: number, outlet: (i: number) => boolean, object = false): { start: number; end: number } {
  let e = k;
  if (e < tokens.length && tokens[e].pos === 'PRON' && !/^(?:its|his|her|their|our|my)$/i.test(tokens[e].lower)) return { start: k, end: k + 1 };
  while (e < tokens.length && outlet(e) && (isNpToken(tokens[e]) || (!object && tokens[e].text === ',' && e + 1 < tokens.length && isNpToken(tokens[e + 1]) && tokens[e + 1].pos !== 'PRON'))) {
    if (object && (tokens[e].lower === 'that' || tokens[e].lower === 'to')) break;
    if (object && e > k && tokens[e].pos === 'PRON' && !/^(?:its|his|her|their|our|my)$/i.test(tokens[e].lower)) break;
    // "told the council the plan would cost too much": a determiner after a noun opens the next phrase
    if (object && e > k && tokens[e].pos === 'DET' && ['NOUN', 'PROPN'].includes(tokens[e - 1].pos)) break;
    e++;
  }
  while (e > k && /^(?:,|of|for|and|&|\()$/i.test(tokens[e - 1].text)) e--;
  return { start: k, end: e };
}

/**
 * "X was convinced that", "experts were all agreed that", "he had become convinced that": the passive of a stance
 * verb followed by "that". Returns the last token of the subject and the offset of "that".
 */
function stancePassive(tokens: readonly Token[], v: number, outlet: (i: number) => boolean): { subjectEnd: number; that: number } | undefined {
  const t = tokens[v];
  if (!outlet(v) || !STANCE_PASSIVE.has(t.lemma) || !/(?:ed|en)$/i.test(t.lower)) return undefined;
  const that = tokens[v + 1]?.lower === 'that' ? v + 1 : undefined;
  if (that === undefined || !outlet(that)) return undefined;
  let k = v - 1;
  while (k >= 0 && (tokens[k].pos === 'ADV' || /^(?:all|both|now|fully)$/i.test(tokens[k].lower))) k--;
  if (k < 0 || !/^(?:be|become|get|grow)$/.test(tokens[k].lemma)) return undefined;
  k--;
  while (k >= 0 && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k--;
  return k >= 0 && !quotedOrPunct(tokens[k]) ? { subjectEnd: k, that } : undefined;
}

/** A clause opens at k: a noun phrase's first word, then a verb within a few words, before any stop. */
/**
 * Where the aside that opens a "that" clause closes (Rule "aside after that"): given the comma right after "that",
 * the closing comma within ten words, with a clause after it ("that, after all, the poets were ..."); or -1.
 */
function thatAsideClose(tokens: readonly Token[], open: number, outlet: (i: number) => boolean): number {
  for (let i = open + 2; i < tokens.length && i - open <= 10; i++) {
    if (!outlet(i) || /^[;:.!?]$/.test(tokens[i].text)) return -1;
    if (tokens[i].text === ',') return thatClauseAt(tokens, i + 1, outlet) ? i : -1;
  }
  return -1;
}

function thatClauseAt(tokens: readonly Token[], k: number, outlet: (i: number) => boolean): boolean {
  // ("that in many villages the farmers are finding ...": a fronted phrase of place or time may open the clause)
  if (!tokens[k] || !outlet(k) || !(startsNp(tokens[k]) || tokens[k].pos === 'PRON' || tokens[k].pos === 'ADP' || tokens[k].pos === 'ADV')) return false;
  for (let i = k + 1; i < tokens.length && i <= k + 10; i++) {
    if (/^[;:.!?]$/.test(tokens[i].text)) return false;
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
  }
  return false;
}

function quotedOrPunct(t: Token): boolean {
  return t.pos === 'PUNCT';
}

/**
 * The head of a subject that holds a relative clause ("Seven of the eight firms that make tractors say", "dealers
 * who were questioned report"): walking left from the phrase before the verb over at most eight words with a verb
 * among them, no comma, to a relative pronoun whose noun phrase before it opens the clause.
 */
/**
 * Rule "subject held apart by relative clauses": "A driver of a dairy truck, who begins work at 1 a.m., and who has used
 * the cannery to feed a family of five, asked, ...": a sentence that opens on a noun phrase and a ", who" clause (or
 * several, joined by "and"), closed by a comma right before the verb, has that opening noun phrase as the verb's
 * subject; the nouns inside the clauses ("a family of five") are their objects. The last stretch before the verb must
 * be a clause (hold a verb), or it is an appositive the other rules read ("Lewis, who met Abel, the mayor, said").
 */
function openingRelativeSubject(tokens: readonly Token[], j: number, outlet: (i: number) => boolean): { start: number; end: number } | undefined {
  const w = tokens.findIndex((x, i) => i > 1 && i < j && x.lower === 'who' && tokens[i - 1].text === ',');
  if (w < 0 || !startsNp(tokens[0])) return undefined;
  if (tokens.slice(0, j).some((x, i) => !outlet(i))) return undefined;
  const head = tokens.slice(0, w - 1);
  if (head.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.text === ',' || x.pos === 'PRON') || !['NOUN', 'PROPN'].includes(head[head.length - 1]?.pos ?? '')) return undefined;
  let last = j - 1;
  while (last > w && tokens[last].text !== ',') last--;
  if (last <= w) return undefined; // one clause only: the rules for "X, who ..., said" read it
  const tail = tokens.slice(last + 1, j);
  if (!tail.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return undefined;
  return { start: 0, end: w - 1 };
}

function relativeHead(tokens: readonly Token[], from: number, outlet: (i: number) => boolean): { start: number; end: number } | undefined {
  let sawVerb = false;
  for (let i = from - 1; i >= 0 && from - i <= 8; i--) {
    const x = tokens[i];
    if (!outlet(i) || x.pos === 'PUNCT') return undefined;
    if (x.pos === 'VERB' || x.pos === 'AUX') sawVerb = true;
    if (/^(?:who|that|which)$/i.test(x.lower) && (x.pos === 'PRON' || x.lower !== 'that')) {
      if (!sawVerb || i === 0) return undefined;
      const head = npLeft(tokens, i - 1, outlet);
      // "those who were in favor felt": a demonstrative stands for its people
      if (head.end <= head.start || !(['NOUN', 'PROPN', 'NUM'].includes(tokens[i - 1].pos) || /^(?:those|many|some|all|few)$/i.test(tokens[i - 1].lower))) return undefined;
      const opener = head.start === 0 || tokens[head.start - 1].pos === 'CCONJ' || tokens[head.start - 1].text === ',';
      return opener ? head : undefined;
    }
  }
  return undefined;
}

/**
 * Rule "identified as": "Police identified the victim as Ed Roe, 59, of Elm Street", "the FBI identified the couple
 * as Morris and Lola Cohen", "Leavitt identified the unions as a warehouseman's local, ...": naming who or what
 * someone or something is puts a fact on record, the identifier its source, the object with its "as" phrase (a name,
 * or an article and a noun) what was said. "identified with the cause" and "identified the problem" have no "as".
 */
const IDENTIFYING = new Set(['identify']);

/**
 * "claimed the payment as a deduction", "cited the ruling as proof": a verb of saying whose object is followed by "as"
 * and a noun phrase states what the object is taken for. Returns where "as" stands, or -1 ("as soon as", "as well").
 */
function asComplement(tokens: readonly Token[], v: number, outlet: (i: number) => boolean): number {
  const k = v + 1;
  if (!tokens[k] || !outlet(k) || !startsNp(tokens[k]) || tokens[k].lower === 'that' || tokens[k].pos === 'PRON') return -1;
  const obj = npRight(tokens, k, outlet, true);
  let c = obj.end;
  while (c > obj.start + 1 && tokens[c - 1].pos === 'PUNCT') c--;
  if (c <= obj.start || !outlet(c)) return -1;
  // "estimated the losses at 500 men": a verb of reckoning puts a figure on its object
  if (tokens[c]?.lower === 'at' && /^(?:estimate|reckon|calculate|figure|put|place|project|forecast)$/.test(tokens[v].lemma) && ['NUM', 'SYM'].includes(tokens[c + 1]?.pos ?? '')) return c;
  if (tokens[c]?.lower !== 'as') return -1;
  const next = tokens[c + 1];
  // (Rule "identified as": a name after "as" too)
  if (IDENTIFYING.has(tokens[v].lemma) && next?.pos === 'PROPN') return c;
  return next && /^(?:a|an|the)$/i.test(next.lower) && ['NOUN', 'ADJ'].includes(tokens[c + 2]?.pos ?? '') && !/^(?:part|well|soon|much|long)$/i.test(tokens[c + 2]?.lower ?? '') ? c : -1;
}

/**
 * Whether the words after a comma open a clause of their own (a conjunction, or a verb before the next punctuation:
 * ", and the crowd cheered", ", he said"), not an apposition or a list that carries the phrase on (", northern Ohio,").
 */
function commaOpensClause(tokens: readonly Token[], comma: number): boolean {
  const next = tokens[comma + 1];
  if (!next || next.pos === 'CCONJ' || next.pos === 'SCONJ') return true;
  for (let i = comma + 1; i < tokens.length && !/^[,;:.!?—–()]$/.test(tokens[i].text); i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
  return false;
}

/** Verbs of saying that commit or claim with an infinitive: "promised to cut taxes", "claimed to have seen it". */
/** Verbs by which a record reports what it found: "the figures show that", "the census proves that". */
const EVIDENCE_VERBS = new Set(['show', 'demonstrate', 'prove']);
/** Subjects that are records or counts: a source noun ("the report", "figures") or the plain names of data. */
const EVIDENCE_SUBJECT = new RegExp(`${SOURCE_NOUN.source}|\\b(?:statistics|polls?|census|surveys|studies|returns|data|findings|tests|records|count|tally|tallies)\\b`, 'i');

/**
 * Verbs of advocacy whose proposal stands after a preposition ("called for", "pressed for", "insisted on"): each with
 * its one preposition, since "called on the mayor" and "argued about money" name a listener or a topic instead.
 */
const PREPOSITIONAL_ADVOCACY: Record<string, string> = { call: 'for', press: 'for', plead: 'for', appeal: 'for', argue: 'for', insist: 'on', campaign: 'for', clamor: 'for', clamour: 'for' };
/** Nouns that introduce what their possessor says when a colon follows: "Their reason: ...", "his answer: ...". */
const LEAD_NOUNS = new Set(['reason', 'message', 'answer', 'reply', 'point', 'position', 'verdict', 'advice', 'view', 'argument', 'case', 'complaint', 'conclusion']);

const COMMISSIVE = new Set(['promise', 'vow', 'pledge', 'threaten', 'swear', 'claim', 'propose']);

/**
 * Verbs of looking ahead whose object is the outcome foreseen: WordNet's "expect, anticipate" (regard as likely) and
 * "predict, forecast, foresee" (tell in advance). "Expected a cut", "predicted escalation".
 */
const EXPECTING = new Set(['expect', 'anticipate', 'predict', 'forecast', 'foresee']);

/**
 * Where the object of a verb of expecting ends (Rule "expectation with its object"), or -1 when there is none: a noun
 * phrase ("expected a cut"), a noun phrase and an infinitive ("expects the squad to be fit") or an infinitive ("expect
 * to win"). It runs to a semicolon or colon, a quotation, or a comma or conjunction that opens a new clause ("predicted
 * escalation, and escalation is what we got" ends at the comma; "expected a cut, but not one this deep" runs on). A
 * time word alone ("expected Monday") or a pronoun alone ("expected it") is no outcome.
 */
function expectedObject(tokens: readonly Token[], v: number, outlet: (i: number) => boolean): number {
  const n = tokens.length;
  const k = v + 1;
  const first = tokens[k];
  if (!first || !outlet(k)) return -1;
  if (first.lower === 'to') {
    if (tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'AUX') return -1;
  } else {
    // ("expects adjusted profit of ...": a participle before a noun opens the phrase as an adjective would)
    const participle = first.pos === 'VERB' && /ed$/i.test(first.lower) && ['ADJ', 'NOUN'].includes(tokens[k + 1]?.pos ?? '');
    if ((!startsNp(first) && !participle) || TIME_WORDS.test(first.lower) || first.lower === 'that') return -1;
    const obj = npRight(tokens, participle ? k + 1 : k, outlet, true);
    if (obj.end <= obj.start) return -1;
    const bare = tokens.slice(obj.start, obj.end);
    if (bare.every((x) => x.pos === 'PRON' || TIME_WORDS.test(x.lower) || x.pos === 'PUNCT')) return -1;
  }
  let i = k + 1;
  for (; i < n; i++) {
    if (!outlet(i) || /^[;:]$/.test(tokens[i].text)) break;
    const joins = tokens[i].text === ',' || tokens[i].pos === 'CCONJ' || tokens[i].pos === 'SCONJ';
    if (!joins) continue;
    // a second verb of the same subject: "expects no change and believes it ..."
    if (tokens[i].pos === 'CCONJ' && tokens[i + 1]?.pos === 'VERB' && !/ing$/i.test(tokens[i + 1].lower)) break;
    // a new clause: a subject and a finite verb before the next stop
    let g = i + 1;
    while (g < n && (tokens[g].pos === 'CCONJ' || tokens[g].pos === 'SCONJ' || tokens[g].pos === 'ADV')) g++;
    const np = npRight(tokens, g, outlet, true);
    let h = np.end;
    while (h < n && (tokens[h].pos === 'ADV' || tokens[h].pos === 'PART')) h++;
    if (np.end > np.start && (tokens[h]?.pos === 'AUX' || (tokens[h]?.pos === 'VERB' && !/ing$/i.test(tokens[h].lower)))) break;
  }
  return i;
}

/**
 * Verbs of urging and proposing, whose noun-phrase object is what they put forward: "urged restraint", "proposed a tax".
 * That object is a whole statement even at two words ("urged a recount", "demanded a cease-fire"): quotes.ts keeps it.
 */
export const ADVOCACY = new Set(['urge', 'suggest', 'propose', 'recommend', 'advocate', 'demand']);

/** The object of a verb of urging is a proposal, not a listener: a noun phrase of two words or more, no pronoun, with nothing owed after it ("urged the council to act" has its listener). */
function proposalObject(tokens: readonly Token[], v: number, outlet: (i: number) => boolean): boolean {
  const k = v + 1;
  if (!tokens[k] || !outlet(k) || tokens[k].pos === 'PRON' || !startsNp(tokens[k]) || tokens[k].pos === 'PROPN') return false;
  const obj = npRight(tokens, k, outlet, true);
  const next = tokens[obj.end];
  return obj.end - obj.start >= 2 && (!next || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'CCONJ') && next?.lower !== 'to';
}

/** Judgement verbs that also see, feel or handle: with a bare complement after the object they describe a scene. */
const PERCEIVING = new Set(['see', 'feel', 'hold', 'find', 'view']);

/**
 * Where the complement of a judgement verb's object starts ("considered [the treaty] [a surrender]", "called [him]
 * [“evasive”]", "held [the statute] [void]", "regarded [it] [as an exception]"), or -1: the object is a noun phrase, and
 * the complement an indefinite noun phrase, an adjective, "as", or quoted words. "Called the meeting Monday" and
 * "found the money" have none.
 */
function objectComplement(tokens: readonly Token[], v: number, outlet: (i: number) => boolean, quoted: (i: number) => boolean): number {
  const k = v + 1;
  if (!tokens[k] || !outlet(k) || !startsNp(tokens[k]) || tokens[k].lower === 'that') return -1;
  const obj = npRight(tokens, k, outlet, true);
  if (obj.end <= obj.start) return -1;
  let c = obj.end;
  while (c > obj.start + 1 && tokens[c - 1].pos === 'PUNCT') c--;
  // an adjective the object phrase swallowed is the complement: "held the statute void"
  if (tokens[c - 1].pos === 'ADJ' && c - 1 > obj.start && ['NOUN', 'PROPN', 'PRON'].includes(tokens[c - 2].pos)) c--;
  const x = tokens[c];
  if (!x) return -1;
  if (quoted(c)) return c;
  if (!outlet(c)) return -1;
  if (x.lower === 'as' && tokens[c + 1] && startsNp(tokens[c + 1])) return c;
  // verbs with a sense of seeing or handling judge only "as" something: "saw the plan as a trap", not "found the car a
  // block away" or "held the door open"
  if (PERCEIVING.has(tokens[v].lemma)) return -1;
  // "called the police a second time", "moved the car a block": a measure of time or distance is no complement
  const measure = tokens.slice(c, c + 4).some((y) => /^(?:times?|moment|while|day|week|month|year|miles?|blocks?|yards?|feet|foot|inch(?:es)?|kilomet(?:er|re)s?|distance|way)$/i.test(y.lower) || TIME_WORDS.test(y.lower));
  if (/^(?:a|an)$/i.test(x.lower) && ['NOUN', 'ADJ', 'ADV'].includes(tokens[c + 1]?.pos ?? '') && !measure) return c;
  const after = tokens[c + 1];
  if (x.pos === 'ADJ' && (!after || after.pos === 'PUNCT' || after.pos === 'CCONJ' || after.pos === 'NOUN' || after.lower === 'of')) return c;
  return -1;
}

/**
 * Whether the verb at v, after the comma at j, is the second of a series ("dug into the records, found that ..."): a
 * "that" clause follows it, a finite verb stands before the comma, and the words just before the comma are no
 * subject of their own (they follow a verb, a preposition or a noun, not a comma or the sentence start).
 */
function seriesVerb(tokens: readonly Token[], j: number, v: number, outlet: (i: number) => boolean): boolean {
  if (tokens[v + 1]?.lower !== 'that' || !outlet(v + 1)) return false;
  const finite = tokens.slice(0, j).findIndex((x, i) => outlet(i) && x.pos === 'VERB' && !/ing$/i.test(x.lower) && tokens[i - 1]?.text !== ',');
  if (finite <= 0) return false;
  const np = npLeft(tokens, j - 1, outlet);
  const before = tokens[np.start - 1];
  return np.end > np.start && np.start > finite && before !== undefined && before.text !== ',' && before.pos !== 'CCONJ';
}

/**
 * "it was argued," / "it is said," / "the argument went," standing between commas (or after the last one) inside what
 * it frames: returns the commas around it. Its verb is an agentless passive of saying, or "go"/"run" after a noun of
 * saying ("the story goes", "the reasoning ran").
 */
function agentlessAside(tokens: readonly Token[], v: number, outlet: (i: number) => boolean): { open: number; close: number; last?: boolean } | undefined {
  const t = tokens[v];
  if (!outlet(v) || t.pos !== 'VERB') return undefined;
  let open: number;
  if (tokens[v - 1]?.lemma === 'be' && tokens[v - 2]?.lower === 'it' && (isReportingVerb(t.lemma) || (thoughtThatVerbs().has(t.lemma) && !DECIDING.has(t.lemma)))) open = v - 3;
  else if ((t.lemma === 'go' || t.lemma === 'run') && tokens[v - 1]?.pos === 'NOUN' && isReportNoun(tokens[v - 1].lemma) && tokens[v - 2]?.pos === 'DET') open = v - 3;
  else return undefined;
  if (open <= 0 || tokens[open].text !== ',') return undefined;
  // (a colon or semicolon after the aside ends what it frames: "The troops cannot rebel, it is assumed: but will
  // their discontent spread?" reports only the words before it; the clause after is the writer's own)
  if (/^[:;]$/.test(tokens[v + 1]?.text ?? '')) return { open, close: v + 1, last: true };
  const close = tokens[v + 1]?.text === ',' ? v + 1 : /^[.!?]$/.test(tokens[v + 1]?.text ?? '.') ? tokens.length : -1;
  return close < 0 ? undefined : { open, close };
}

/** "reportedly", "allegedly", "purportedly", "reputedly": the past participle of a verb of saying, made an adverb. */
function hearsayAdverb(word: string): boolean {
  const m = /^(\w+?)e?dly$/.exec(word);
  return !!m && [m[1], `${m[1]}e`].some((stem) => isReportingVerb(stem) && SAYING.has(stem)) || /^(?:reputedly|purportedly|allegedly)$/.test(word);
}

/** "by his own confession,", "in Mr. Lee's words,", "on her own account,": the possessor, and where the clause starts. */
function ownWords(tokens: readonly Token[], v: number, outlet: (i: number) => boolean, sentence: string): { speaker: string; after: number } | undefined {
  if (!/^(?:by|in|on)$/i.test(tokens[v].lower) || !outlet(v)) return undefined;
  let k = v + 1;
  let speaker: string | undefined;
  const poss = tokens[k];
  if (poss && POSSESSOR[poss.lower]) {
    speaker = POSSESSOR[poss.lower];
    k++;
  } else {
    let e = k;
    while (e < tokens.length && e - k < 6 && (tokens[e].pos === 'PROPN' || tokens[e].pos === 'NOUN' || tokens[e].pos === 'DET') && outlet(e)) e++;
    if (e === k || !/^['’]s$/.test(tokens[e]?.text ?? '')) return undefined;
    speaker = sentence.slice(tokens[k].start, tokens[e - 1].end);
    k = e + 1;
  }
  if (tokens[k]?.lower === 'own') k++;
  const noun = tokens[k];
  if (!noun || noun.pos !== 'NOUN' || !(/^(?:words|account|reckoning|eyes|opinion|judgment|judgement|estimation)$/i.test(noun.lower) || isReportNoun(noun.lemma))) return undefined;
  if (tokens[k + 1]?.text !== ',' || k + 2 >= tokens.length) return undefined;
  return { speaker, after: k + 2 };
}

/** Participles that join a condition to a clause, as "if" does: "..., provided that the talks go well". */
const CONJUNCTION_PARTICIPLES = new Set(['provided', 'providing', 'granted', 'given', 'assuming', 'supposing', 'considering', 'seeing']);

/**
 * Verbs that voice or hold the view their object names, so their subject is its holder: "expressed the hope that",
 * "voiced the fear that", "took the position that", "made the claim that", "issued a warning that".
 */
const EXPRESSING = new Set(['express', 'voice', 'state', 'reiterate', 'repeat', 'restate', 'share', 'hold', 'take', 'make', 'issue', 'sound', 'advance', 'offer', 'hold', 'cling', 'reach']);

/** Verbs whose object is a statement as a thing: "the report that the board released", "the claim that he filed". */
const STATEMENT_OBJECT = new Set(['release', 'publish', 'read', 'write', 'send', 'receive', 'hear', 'deliver', 'prepare', 'sign', 'file', 'give', 'see', 'submit', 'present', 'draft', 'reject', 'deny', 'accept', 'dismiss']);

/** A possessive as the pronoun that speaks: "his claim" is what he claims. */
const POSSESSOR: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it', our: 'we', my: 'I' };

/**
 * A noun of saying or holding with its "that" clause ("the belief that the war would end", "his claim that ...",
 * "a cry from the government that ..."), and whose it is: a possessive before it, a name modifying it ("the Navy
 * claim"), or a "from"/"by"/"of" phrase between it and "that"; none named otherwise. A relative "that" ("the statement
 * that he made was false", "the report that was issued") is no content: its clause lacks an object or runs on into
 * the main verb.
 */
function reportNoun(
  tokens: readonly Token[],
  v: number,
  outlet: (i: number) => boolean,
  quoted: (i: number) => boolean,
  sentence: string,
  end: number,
): { speaker?: string; toldTo?: string; content: { start: number; end: number } } | undefined {
  const n = tokens.length;
  let that = v + 1;
  let speaker: string | undefined;
  // ("a feeling among the growers that ...", "fears among residents that ...": "among" names the ones who hold the view)
  if (/^(?:from|by|of|among)$/i.test(tokens[v + 1]?.lower ?? '') && outlet(v + 1)) {
    const np = npRight(tokens, v + 2, outlet, true);
    if (np.end <= np.start || np.end - np.start > 8) return undefined;
    speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
    that = np.end;
  }
  // Rule "report noun with its listener or an aside": "his warning to the council that the wells would fail", "the
  // speculation abroad that the plan may change", "the feeling, however, that the chairs lacked comfort", "a feeling
  // among fans around here that the team can win": whom it was said to, an adverb, a place word, or a sentence adverb
  // between commas may stand between the noun and its "that"
  let toldTo: string | undefined;
  for (let step = 0; step < 3 && tokens[that]?.lower !== 'that' && outlet(that); step++) {
    const x = tokens[that];
    if (x.lower === 'to' && !toldTo) {
      const np = npRight(tokens, that + 1, outlet, true);
      if (np.end <= np.start || np.end - np.start > 8 || tokens[np.start].pos === 'VERB') break;
      toldTo = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
      that = np.end;
    } else if (x.pos === 'ADV' && !/^(?:so|such|not|never|only|even)$/i.test(x.lower)) that++;
    else if (x.pos === 'ADP' && /^(?:here|there|abroad)$/i.test(tokens[that + 1]?.lower ?? '')) that += 2;
    else if (x.text === ',' && tokens[that + 1]?.pos === 'ADV' && tokens[that + 2]?.text === ',') that += 3;
    else break;
  }
  // Rule "expressed view without that": "He expressed the opinion the city could hire a director", "she voiced the
  // fear the mill would close": after a verb of voicing (EXPRESSING) and an article, the noun's clause may come without
  // its "that", as a verb's does; a pronoun, an article or a name opens it, and a verb follows
  let d1 = v - 1;
  while (d1 >= 0 && ['ADJ', 'DET'].includes(tokens[d1].pos)) d1--;
  const bare = that === v + 1 && d1 < v - 1 && tokens[d1]?.pos === 'VERB' && EXPRESSING.has(tokens[d1].lemma) && ['PRON', 'DET', 'PROPN'].includes(tokens[v + 1]?.pos ?? '') && tokens[v + 1].lower !== 'that' && thatClauseAt(tokens, v + 1, outlet);
  if (bare) that = v;
  else if (tokens[that]?.lower !== 'that' || !outlet(that) || that + 2 >= n) return undefined;
  const first = tokens[that + 1];
  if (!quoted(that + 1) && (first.pos === 'VERB' || first.pos === 'AUX' || !startsNp(first))) return undefined;
  // "to satisfy world opinion that ...", "assured the public that ...": after a verb of persuading or telling, the
  // noun is its listener and the clause is the verb's
  let d0 = v - 1;
  while (d0 >= 0 && ['ADJ', 'DET', 'NOUN', 'PROPN'].includes(tokens[d0].pos)) d0--;
  if (d0 >= 0 && tokens[d0].pos === 'VERB' && (LISTENER_VERBS.has(tokens[d0].lemma) || STANCE_PASSIVE.has(tokens[d0].lemma))) return undefined;
  // "It was in the midst of these talks that ...": a cleft sentence's "that" opens its main clause
  if (/^it$/i.test(tokens[0]?.lower ?? '') && tokens[1]?.lemma === 'be') return undefined;
  // "so firm a belief that", "such a warning that": a clause of result, not of content
  if (tokens.slice(Math.max(0, v - 4), v).some((x) => /^(?:so|such)$/i.test(x.lower))) return undefined;
  // "no evidence that", "not the claim that": a negated report says nothing was said
  if (tokens.slice(Math.max(0, v - 3), v).some((x) => /^(?:no|not|never|without)$/i.test(x.lower))) return undefined;
  // (a gerund after a preposition is inside the subject, not the clause's verb: "that methods of dealing with
  // security be improved")
  // (nor is a verb inside an aside between commas after the subject: "that these pieces, fine as they were, lacked use")
  const clauseVerb = (from: number) => tokens.findIndex((x, i) => i > from && i - that <= 14 && (x.pos === 'VERB' || x.pos === 'AUX') && !(/ing$/i.test(x.lower) && tokens[i - 1].pos === 'ADP'));
  let verb = clauseVerb(that + 1);
  if (verb > 0 && tokens[verb + 1]?.text === ',' && tokens.slice(that + 2, verb).some((x) => x.text === ',')) verb = clauseVerb(verb + 1);
  if (verb < 0 && !tokens.slice(that + 1).some((_, i) => quoted(that + 1 + i))) return undefined;
  let bareEnd = false;
  let passiveEnd = -1;
  if (verb > 0) {
    let g = verb;
    // the verb group: auxiliaries and adverbs up to the main verb ("would not have been needed"), then its adverbs
    while (g + 1 < n && tokens[g].pos !== 'VERB' && ['VERB', 'AUX', 'PART', 'ADV'].includes(tokens[g + 1].pos) && tokens[g + 1].lower !== 'to') g++;
    while (g + 1 < n && (tokens[g + 1].pos === 'ADV' || TIME_WORDS.test(tokens[g + 1].lower))) g++;
    const after = tokens[g + 1];
    // "the statement that he made.", "the report that they released": a verb that takes a statement as its object, with none after it
    const gap = !after || (after.pos === 'PUNCT' && !quoted(g + 1) && !isCloseQuote(after)) || after.pos === 'ADP';
    const passive = tokens[g - 1]?.lemma === 'be';
    if (gap && !passive && (EXPRESSING.has(tokens[g].lemma) || STATEMENT_OBJECT.has(tokens[g].lemma))) return undefined;
    // (Rule "complete passive clause": "Sen. Hale's recommendation that the tax be repealed drew cheers": a clause
    // ending in a passive, "be repealed", "was approved", is whole, so the verb after it is the sentence's, not a sign
    // of a relative clause missing its object; the report ends at the passive)
    const whole = passive && tokens[g].pos === 'VERB' && /(?:ed|en)$/i.test(tokens[g].lower) && g > that + 2;
    if (after && (after.pos === 'AUX' || after.pos === 'VERB') && !whole) return undefined;
    if (after && whole && (after.pos === 'AUX' || after.pos === 'VERB')) passiveEnd = tokens[g].end;
    // "... the feeling that they would win." with no holder may as well be relative ("the feeling that they had"):
    // a clause ending at its verb counts only when someone holds the view (checked below)
    // (a clause ending in a passive has no object missing, so it is the noun's content even with no holder: "the
    // speculation abroad that the plan may be altered")
    if ((!after || (after.pos === 'PUNCT' && !quoted(g + 1) && !isCloseQuote(after))) && !whole) bareEnd = true;
    // Rule "verb with its particle and object": "his warning that the state will build up its forces was ignored": a
    // particle and a noun phrase after the clause's verb are its object, so the clause is whole (no relative clause
    // missing its object, as in "the report that he handed in was late") and a finite verb after it is the sentence's own
    const particleObject = after?.pos === 'ADP' && /^(?:up|out|down|off|back|over|away|forward)$/i.test(after.lower) && tokens[g + 2] !== undefined && startsNp(tokens[g + 2]) && tokens[g + 2].pos !== 'ADP';
    if (particleObject) {
      const obj = npRight(tokens, g + 2, outlet, true);
      const next = tokens[obj.end];
      if (obj.end > obj.start && next?.pos === 'AUX' && FINITE_AUX.test(next.lower) && outlet(obj.end)) passiveEnd = tokens[obj.end - 1].end;
    }
    if (after && !startsNp(after) && !quoted(g + 1) && !particleObject) {
      const stop = tokens.findIndex((x, i) => i > g + 1 && (x.text === ',' || x.pos === 'CCONJ' || x.pos === 'SCONJ' || /^[;.!?]$/.test(x.text)));
      const limit = stop < 0 ? n : stop;
      if (tokens.slice(g + 2, limit).some((x, i) => outlet(g + 2 + i) && (x.pos === 'AUX' || (x.pos === 'VERB' && !/(?:ing|ed|en)$/i.test(x.lower))))) return undefined;
    }
  }
  if (!speaker) {
    let k = v - 1;
    while (k >= 0 && (tokens[k].pos === 'ADJ' || tokens[k].lower === 'own') && outlet(k)) k--;
    const m = tokens[k];
    if (m && outlet(k) && POSSESSOR[m.lower] && m.pos !== 'NOUN') speaker = POSSESSOR[m.lower];
    else if (m && outlet(k) && /^['’]s$/.test(m.text)) {
      const np = npLeft(tokens, k - 1, outlet);
      if (np.end > np.start) speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
    } else if (m && m.pos === 'PROPN' && k === v - 1) {
      let s = k;
      while (s > 0 && tokens[s - 1].pos === 'PROPN' && outlet(s - 1)) s--;
      const the = tokens[s - 1]?.lower === 'the' ? tokens[s - 1].start : tokens[s].start;
      speaker = sentence.slice(the, tokens[k].end);
    }
  }
  if (!speaker) {
    // Rule "expressed view": "The mayor expressed the hope that ...", "she took the position that ...": a verb of
    // voicing or holding gives the noun its subject
    let d = v - 1;
    while (d >= 0 && ['ADJ', 'DET'].includes(tokens[d].pos) && outlet(d)) d--;
    const verb = tokens[d];
    if (d < v - 1 && verb?.pos === 'VERB' && EXPRESSING.has(verb.lemma) && outlet(d)) {
      const j = prevSkipping(tokens, d, (x) => x.pos === 'ADV' || x.pos === 'AUX' || x.pos === 'PART');
      const np = j >= 0 ? npLeft(tokens, j, outlet) : undefined;
      if (np && np.end > np.start && startsNp(tokens[np.start]) && (np.start === 0 || /^[,;:—–-]$/.test(tokens[np.start - 1].text) || tokens[np.start - 1].pos === 'CCONJ'))
        speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
      // ("We take the position that ...", "I hold the view that ...": the writer's own stance is the piece's argument,
      // writer-voice.ts Rule "writer's own stance")
      if (speaker && /^(?:i|we)$/i.test(speaker.trim())) return undefined;
    }
  }
  if (bareEnd && !speaker) return undefined;
  // "Despite his claim that the road was safe, the council closed it": a fronted phrase ends at its comma
  // ("In the background lurked the feeling that ...": with the sentence's verb before the noun, the phrase was the
  // verb's, and the noun is its subject inverted; the clause runs on past its commas)
  const fronted = (tokens[0].pos === 'ADP' || tokens[0].pos === 'SCONJ') && !tokens.slice(0, v).some((x) => x.text === ',' || x.pos === 'VERB');
  const comma = fronted ? tokens.findIndex((x, i) => i > that + 1 && x.text === ',' && outlet(i)) : -1;
  return { ...(speaker ? { speaker } : {}), ...(toldTo ? { toldTo } : {}), content: { start: tokens[that + 1].start, end: comma > 0 ? tokens[comma].start : passiveEnd > 0 ? passiveEnd : end } };
}

/**
 * Rule "contrasting clause": "He thinks the inn could double its trade, but his wife disagrees", "The mayor says the
 * road is safe; yet the council has closed it": after ", but", ", yet", ", while" or "; but" comes a clause with its
 * own subject and verb, a second thought that is not the speaker's report. Returns the comma's index, or -1.
 * ("said the town was small but growing", "said it was cheap, but not free": no subject and verb follow, so the
 * report runs on.)
 */
function contrastingClause(tokens: readonly Token[], k: number, outlet: (i: number) => boolean): number {
  for (let i = k + 2; i + 2 < tokens.length; i++) {
    // Rule "next verb of saying": "said the plan was sound but insisted the board had no choice", "said ... and added
    // that ...": a finite verb of saying after "and" or "but" is the subject's next report, not part of this one
    const next = tokens[i + 1];
    if (outlet(i) && tokens[i].pos === 'CCONJ' && /^(?:and|but)$/i.test(tokens[i].lower) && next.pos === 'VERB' && SAYING.has(next.lemma) && next.lower !== next.lemma && !/ing$/i.test(next.lower)) return i;
    if (!outlet(i) || !/^[,;]$/.test(tokens[i].text) || !/^(?:but|yet|whereas)$/i.test(tokens[i + 1].lower)) continue;
    const np = npRight(tokens, i + 2, outlet, true);
    if (np.end <= np.start || !startsNp(tokens[np.start]) || tokens[np.start].pos === 'ADJ') continue;
    let g = np.end;
    while (g < tokens.length && (tokens[g].pos === 'ADV' || tokens[g].pos === 'PART')) g++;
    if (tokens[g] && (tokens[g].pos === 'VERB' || tokens[g].pos === 'AUX') && !/ing$/i.test(tokens[g].lower)) return i;
  }
  return -1;
}

/**
 * The subject of the clause a participle or an infinitive hangs on: the noun phrase that opens the sentence, or the
 * clause after ", but" / ", and", when a verb follows it ("the rebels went out of their way ..., calling him ...").
 */
function clauseSubject(tokens: readonly Token[], v: number, outlet: (i: number) => boolean): { start: number; end: number } | undefined {
  let open = 0;
  for (let i = v - 1; i > 0; i--) {
    if (tokens[i].pos === 'CCONJ' && tokens[i - 1].text === ',' && outlet(i)) {
      open = i + 1;
      break;
    }
  }
  const np = npRight(tokens, open, outlet, true);
  if (np.end <= np.start || np.end >= v || !['DET', 'PROPN', 'NOUN'].includes(tokens[np.start].pos)) return undefined;
  let g = np.end;
  while (g < v && (tokens[g].pos === 'ADV' || tokens[g].pos === 'AUX')) g++;
  return g < v && tokens.slice(np.end, g + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX') && tokens[np.end - 1].pos !== 'PRON' ? np : undefined;
}

/** The "follows" of "as follows", which the tagger reads as a verb. */
function asFollows(tokens: readonly Token[], i: number): boolean {
  return tokens[i].lower === 'follows' && tokens[i - 1]?.lower === 'as';
}

/** After an inverted source ("said Mayor Dilworth") the sentence ends or goes on with a side phrase. */
function invertedEnds(tokens: readonly Token[], e: number): boolean {
  const next = tokens[e];
  // ("..., says Mr. Brill and they are doing it because ...": "and" with a subject pronoun and its verb opens the next
  // clause, the comma before it left out; "said Mr. Alden and his wife" is one source)
  const nextClause = next?.pos === 'CCONJ' && /^(?:he|she|they|we|it)$/i.test(tokens[e + 1]?.lower ?? '') && ['VERB', 'AUX'].includes(tokens[e + 2]?.pos ?? '');
  return !next || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'SCONJ' || TIME_WORDS.test(next.lower) || nextClause;
}

/** No clause follows: "Smythe said." / "Smythe said in a statement Friday." */
function noClauseAfter(tokens: readonly Token[], k: number, outlet: (i: number) => boolean): boolean {
  for (let i = k; i < tokens.length; i++) {
    if (!outlet(i)) return false;
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return false;
    if (tokens[i].text === ',' || tokens[i].text === ';') return true;
  }
  return true;
}

/** What follows the verb is what was said: a clause (it has a verb), a quotation, or a gerund or "as" complement. */
function forwardIsContent(tokens: readonly Token[], k: number, lemma: string, hadThat: boolean, hadListener: boolean, quoted: (i: number) => boolean): boolean {
  const first = tokens[k];
  if (!first) return false;
  if (quoted(k)) return true;
  // "told them to leave" holds a request; "feels that to wait is folly" has a clause whose subject is an infinitive
  if (first.lower === 'to' && !hadThat) return hadListener && tokens[k + 1]?.pos === 'VERB';
  // Rule "told not to": "ordered the railroads not to raise their rates", "warned the boys never to swim there": a
  // request is as often for something not to be done, and English puts its "not" before the "to"
  if (/^(?:not|never)$/i.test(first.lower) && tokens[k + 1]?.lower === 'to' && !hadThat) return hadListener && tokens[k + 2]?.pos === 'VERB';
  if (GERUND_VERBS.has(lemma) && first.pos === 'VERB' && /ing$/i.test(first.lower)) return true;
  // "believes it “even more unlikely that ...”": an object with a quoted complement holds the quoted words
  if (/^(?:it|this|that|them|him|her)$/i.test(first.lower) && (quoted(k + 1) || quoted(k + 2))) return true;
  const aside = subjectAside(tokens, k);
  if (aside) {
    const width = aside.end - aside.start + 1;
    const without = [...tokens.slice(0, aside.start), ...tokens.slice(aside.end + 1)];
    return forwardIsContent(without, k, lemma, hadThat, hadListener, (i) => quoted(i < aside.start ? i : i + width));
  }
  const rest = tokens.slice(k);
  // (with "how" after it, Rule "told how", a description is an account: "described how the car swerved")
  if ((lemma === 'describe' || lemma === 'term' || lemma === 'characterize') && !(hadThat && first.lower === 'how')) return rest.some((t) => t.lower === 'as');
  // (Rule "infinitive in the clause's subject": the first verb of "said the decision to close the plant was final"
  // belongs to the subject's noun; the clause's own verb is the finite one after it)
  const verbAt0 = rest.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const finite = verbAt0 > 1 && rest[verbAt0 - 1].lower === 'to' && rest[verbAt0 - 2].pos === 'NOUN' ? finiteAfterInfinitive(rest, verbAt0) : -1;
  const verbAt = finite > 0 ? finite : verbAt0;
  // "reflects the region's lack of purchasing power": when every verb left is a participle inside a noun phrase, no clause follows
  if (verbAt >= 0 && !hadThat && rest.every((t, i) => (t.pos !== 'VERB' && t.pos !== 'AUX') || bareParticiple(tokens, k + i))) return rest.some((_, i) => quoted(k + i));
  // "said that single rooms account for 95 percent": after "that" a clause follows, whatever the tagger made of its verb
  if (hadThat) return rest.length >= 2;
  if (verbAt < 0) return rest.some((_, i) => quoted(k + i));
  // A clause needs a subject before its verb: "said the bid was low", not "announced the appointment of".
  // (with an infinitive in the subject, the subject is read up to its "to")
  const subject = rest.slice(0, finite > 0 ? verbAt0 - 1 : verbAt);
  // Rule "approximate figure opens the clause": "said about 340 homes were flooded", "said nearly 90 staff had left":
  // an adverb of degree before a number starts the subject as the number would
  const approx = first.pos === 'ADV' && ['NUM', 'SYM'].includes(tokens[k + 1]?.pos ?? '');
  return (
    verbAt > 0 &&
    (['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON'].includes(first.pos) || approx || currencyInPhrase(rest, 0)) &&
    // "said her shop would close": a possessive "her" opens the subject; "told her" does not
    !(/^(?:him|her|them|me|us|whom)$/i.test(first.lower) && !(first.lower === 'her' && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[k + 1]?.pos ?? ''))) &&
    // "he and Crawford received ...": a coordinated subject; "his business since August is ...": a time phrase in it
    // ("said work on the £28m scheme was due", "said $40,000 was missing": a currency sign before its number, opening the
    // subject or after an article or adjective, is part of a figure in it; "billed the firm for $7,500" is an object)
    subject.every((t, i) => ['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON', 'PART', 'ADP', 'ADV', 'PUNCT', 'CCONJ'].includes(t.pos) || (currencyInPhrase(subject, i)) || (i > 0 && /^(?:since|until|till)$/i.test(t.lower))) &&
    !subject.some((t) => t.text === ',' || t.text === ';') &&
    !objectThenClause(subject, rest.slice(verbAt)) &&
    // "bull into the rules when he is sure": a subordinator opens a clause of its own; the words before it are no subject
    !subject.some((t) => /^(?:when|where|while|if|because|unless|until|whenever)$/i.test(t.lower)) &&
    // "attacked one of the officers and was restrained": an object and a second verb, not a clause
    subject[subject.length - 1]?.pos !== 'CCONJ' &&
    // "gives the Legislature the power to exempt": an infinitive is no finite verb
    (finite > 0 || subject[subject.length - 1]?.lower !== 'to')
  );
}

/** Finite forms that can only be a clause's own verb: a modal or a tensed "be", "have" or "do". */
const FINITE_AUX = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|does|did|ca|wo)$/i;

/**
 * Rule "infinitive in the clause's subject": "said the decision to close the plant was final", "said the number to be
 * furloughed cannot be estimated", "said efforts to reach the crew have failed": a noun with its infinitive is the
 * subject of a clause when a finite verb (a modal, or a tensed "be", "have" or "do") follows the infinitive's words
 * with nothing between that would open a clause of its own (a comma, "that", "and", a subordinator), and no verb of
 * saying in the infinitive ("urged the board to say the fee is fair" holds a request, not a clause). Without such a
 * finite verb it is an object and its purpose ("announced plans to build a plant"), no clause.
 * Returns the finite verb's offset within `rest`, or -1.
 */
function finiteAfterInfinitive(rest: readonly Token[], inf: number): number {
  if (isReportingVerb(rest[inf].lemma) || thoughtThatVerbs().has(rest[inf].lemma)) return -1;
  for (let i = inf + 1; i < rest.length && i - inf <= 10; i++) {
    const t = rest[i];
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || /^(?:that|which|who|whom|whose|to|if|whether)$/i.test(t.lower)) return -1;
    if (t.pos === 'AUX' && FINITE_AUX.test(t.lower)) return i;
  }
  return -1;
}

/** A currency or percent sign before its number, at the phrase's start or after an article, adjective or number. */
function currencyInPhrase(words: readonly Token[], i: number): boolean {
  const t = words[i];
  return t.pos === 'SYM' && /^[$£€¥]$/.test(t.text) && words[i + 1]?.pos === 'NUM' && (i === 0 || ['DET', 'ADJ', 'NUM'].includes(words[i - 1].pos));
}

/**
 * Rule "aside in the subject": "says the state, in order to grow, must know its economy", "said the plan, in her view,
 * would fail": a phrase between commas that opens with a preposition, a subordinator or an adverb, right after a
 * short subject and right before the verb, stands outside the clause; the clause is read without it.
 */
function subjectAside(tokens: readonly Token[], k: number): { start: number; end: number } | undefined {
  let open = k + 1;
  while (open < tokens.length && open - k <= 6 && tokens[open].pos !== 'PUNCT' && tokens[open].pos !== 'VERB' && tokens[open].pos !== 'AUX') open++;
  if (tokens[open]?.text !== ',' || !['ADP', 'SCONJ', 'ADV'].includes(tokens[open + 1]?.pos ?? '')) return undefined;
  let close = open + 2;
  while (close < tokens.length && close - open <= 14 && tokens[close].pos !== 'PUNCT') close++;
  if (tokens[close]?.text !== ',') return undefined;
  let verb = close + 1;
  while (tokens[verb]?.pos === 'ADV') verb++;
  return tokens[verb]?.pos === 'VERB' || tokens[verb]?.pos === 'AUX' ? { start: open, end: close } : undefined;
}

/**
 * The clause's head noun phrase when the phrase before the verb is only the tail of its modifiers ("... adopted by
 * the board at its meeting Friday"): walks left over prepositions, participles and their objects to a phrase that
 * opens the clause (at the sentence start, or after "and"/"but").
 */
function headBeforeModifiers(tokens: readonly Token[], start: number, outlet: (i: number) => boolean): { start: number; end: number } | undefined {
  let s = start;
  let head: { start: number; end: number } | undefined;
  for (let guard = 0; guard < 6 && s > 0; guard++) {
    const before = tokens[s - 1];
    let k = s - 1;
    // (a subordinator of time opens a clause of its own, no modifier: "The hearing ended after the judge said ...")
    if (before.pos === 'ADP' && before.lower !== 'of' && !/^(?:after|before|until|since|because|while)$/i.test(before.lower)) k = s - 2;
    else if (before.pos === 'VERB' && /(?:ed|en)$/i.test(before.lower)) k = s - 2;
    else break;
    if (k >= 0 && tokens[k].pos === 'VERB' && /(?:ed|en)$/i.test(tokens[k].lower)) k--; // "adopted by"
    if (k < 0) return undefined;
    const np = npLeft(tokens, k, outlet);
    if (np.end <= np.start) return undefined;
    s = np.start;
    head = np;
  }
  if (!head) return undefined;
  const opener = s === 0 || tokens[s - 1].pos === 'CCONJ' || /^[,;:—–-]$/.test(tokens[s - 1].text);
  return opener && tokens[head.start].pos === 'DET' ? head : undefined;
}

/** The comma closing a parenthetical attribution after token k ("he declared in an interview,"), or -1 when a verb comes first. */
function nextComma(tokens: readonly Token[], k: number): number {
  for (let i = k; i < tokens.length && i - k < 8; i++) {
    if (tokens[i].text === ',') return i;
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || /^[.;:!?“"]$/.test(tokens[i].text)) return -1;
  }
  return -1;
}

/** The comma opening a side phrase that ends at a comma after token e, or -1: no verb-led clause may stand between. */
/** What follows a firm's name after a comma: "Acme Tool Co., Inc.", "Brant & Sons, Ltd.". */
const CORPORATE_SUFFIX = /^(?:Inc|Incorporated|Ltd|Limited|Co|Corp|L\.\s?P|LLC|plc)\.?$/;

function previousComma(tokens: readonly Token[], e: number): number {
  for (let i = e; i >= 0 && e - i < 14; i--) {
    if (tokens[i].text === ',') return i;
    if (/^[.;:!?”"]$/.test(tokens[i].text)) return -1;
  }
  return -1;
}

/** A side phrase that is a role ("director of field service", "a roofer"), not a clause or a place ("of rural Elsie"). */
function isSideNp(tokens: readonly Token[], r: { start: number; end: number }): boolean {
  const part = tokens.slice(r.start, r.end);
  if (!part.length || part[0].pos === 'ADP' || /^(?:who|which|whose|that)$/i.test(part[0].lower)) return false;
  // "competitor of Mr. Houtz in this farm community": a noun with its prepositional phrases, and no verb
  return isNpToken(part[0]) && !part.some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text));
}

/** Nouns of intending whose infinitive says what is intended: "plans to retire", "its intention to sell". */
const INTENTION_NOUNS = new Set(['plan', 'plans', 'intention', 'intentions', 'intent', 'decision', 'readiness', 'willingness', 'determination', 'resolve']);

/**
 * Where the object of a verb of saying is a noun of intending with its infinitive ("plans to retire", "his decision to
 * quit"): the noun's offset, after an optional possessive; else -1.
 */
function intentionObject(tokens: readonly Token[], k: number, outlet: (i: number) => boolean): number {
  const at = /^(?:his|her|its|their|our|my|the|a|new)$/i.test(tokens[k]?.lower ?? '') ? k + 1 : k;
  const noun = tokens[at];
  if (!noun || !outlet(at) || !INTENTION_NOUNS.has(noun.lower) || tokens[at + 1]?.lower !== 'to' || tokens[at + 2]?.pos !== 'VERB') return -1;
  return at;
}

/**
 * Rule "participle in the subject": "Congressmen returning from the recess say ...", "two officials familiar with the
 * talks said ...": a participle (or "familiar with", "close to") phrase between a subject and its verb describes the
 * subject, so the noun phrase before the participle speaks, not the object of its preposition. Walks left from the
 * phrase before the verb over at most eight words, no comma and no other verb.
 */
function participleSubject(tokens: readonly Token[], from: number, outlet: (i: number) => boolean): { start: number; end: number } | undefined {
  for (let i = from - 1; i > 0 && from - i <= 8; i--) {
    const x = tokens[i];
    if (!outlet(i) || x.pos === 'PUNCT') return undefined;
    // (a past participle with its preposition too: "information supplied to us discloses that", "officers posted at
    // the border reported that": the thing or people it describes speak)
    const past = x.pos === 'VERB' && /(?:ed|en)$/i.test(x.lower) && x.lemma !== x.lower && /^(?:to|by|from|at|in|for)$/i.test(tokens[i + 1]?.lower ?? '');
    const participle = (x.pos === 'VERB' && /ing$/i.test(x.lower) && x.lemma !== x.lower) || past;
    const near = x.pos === 'ADJ' && /^(?:familiar|close)$/i.test(x.lower) && /^(?:with|to)$/i.test(tokens[i + 1]?.lower ?? '');
    if (participle || near) {
      const head = npLeft(tokens, i - 1, outlet);
      if (head.end <= head.start || !['NOUN', 'PROPN'].includes(tokens[i - 1].pos) || !startsNp(tokens[head.start])) return undefined;
      const opener = head.start === 0 || tokens[head.start - 1].pos === 'CCONJ' || /^[,;:—–-]$/.test(tokens[head.start - 1].text);
      return opener ? head : undefined;
    }
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'SCONJ') return undefined;
  }
  return undefined;
}

/**
 * A relative pronoun right before the verb, with its head before it: "who", "which", or a "that" the tagger reads as
 * a pronoun or determiner after a noun ("the agency that said ..."; "said that", "so that" open no relative clause).
 */
/**
 * Rule "relative with a time between": "Ezra Cole, who in 1890 concluded that ...", "the board, which on Monday said
 * ...": a phrase of time after the relative pronoun stands between it and its verb, as an adverb does. Given the token
 * before the verb, returns the relative pronoun before such a phrase (a preposition and up to three words of a date or
 * a time), or `j` itself.
 */
function relativeBeforeTime(tokens: readonly Token[], j: number, outlet: (i: number) => boolean): number {
  for (let p = j; p >= 1 && j - p <= 3; p--) {
    if (tokens[p].pos !== 'ADP' || !outlet(p)) continue;
    const phrase = tokens.slice(p + 1, j + 1);
    const timely = phrase.length > 0 && phrase.every((x) => x.pos === 'NUM' || x.pos === 'DET' || TIME_WORDS.test(x.lower) || isTimeNoun(x.lower));
    return timely && /^(?:who|which)$/i.test(tokens[p - 1].lower) ? p - 1 : j;
  }
  return j;
}

function relativePronoun(tokens: readonly Token[], j: number): boolean {
  const x = tokens[j];
  if (/^(?:who|which)$/i.test(x.lower)) return true;
  return x.lower === 'that' && j > 0 && ['PRON', 'DET'].includes(x.pos) && ['NOUN', 'PROPN'].includes(tokens[j - 1].pos);
}

/**
 * An agent after "by" that can have said something: a name or a source noun ("the panel", "the board"); after a noun
 * of promising also a pronoun or any person word ("a pledge by him", "a plea by a farmer"). `named` (the passive):
 * a name or a source noun only, since "was opposed by a neighbor" in a feature names a party to a quarrel at least as
 * often as a source.
 */
function byAgentSpeaks(tokens: readonly Token[], np: { start: number; end: number }, named = false): boolean {
  while (np.end > np.start && tokens[np.end - 1].pos === 'PUNCT') np.end--;
  if (np.end <= np.start) return false;
  const head = tokens[np.end - 1];
  if (head.pos === 'PROPN' || SOURCE_NOUN.test(head.text) || BODY_NOUN.test(head.text)) return true;
  return !named && ((head.pos === 'PRON' && /^(?:he|she|they|him|her|them)$/i.test(head.lower)) || isPersonNoun(head.lemma));
}

/** A source is a noun phrase of a reasonable length, not a bare adverb or relative word. */
function plausibleSource(s: string): boolean {
  const w = s.split(/\s+/);
  return w.length <= 18 && !/^(?:which|who|that|what|this|these|those|there|here)$/i.test(s.trim());
}
