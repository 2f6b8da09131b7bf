// Rule "what was said, asked as a noun": people ask for someone's words with a noun as often as with a verb — "what's
// the defence lawyer's argument", "what was the union's complaint about the rota", "what is the council's
// explanation for the delay", "what's the mayor's side of it". The noun names a statement (a verb of saying made a
// noun: argue → argument, complain → complaint, explain → explanation, state → statement) or an answer to one
// (reply, response, position); "what is the railroad's payroll" names a thing and is no such question.
//
// The nouns are matched here by their derivation from the verbs a question may use for saying, not looked up in
// WordNet: this runs at question time, where loading WordNet's verb files would cost a second on a warm start.

/** Verbs of saying whose nouns ask for what was said (argue → argument, explain → explanation). */
const VERBS = [
  'argue', 'claim', 'complain', 'explain', 'state', 'announce', 'assert', 'contend', 'insist', 'declare', 'comment',
  'remark', 'reply', 'respond', 'react', 'answer', 'object', 'protest', 'allege', 'accuse', 'deny', 'admit',
  'predict', 'warn', 'promise', 'recommend', 'suggest', 'propose', 'demand', 'request', 'testify', 'defend', 'plead',
  'excuse', 'justify', 'criticize', 'criticise', 'concede', 'conclude', 'believe',
];

/** How English makes a noun of such a verb, each suffix with what it replaces at the verb's end. */
const SUFFIXES: readonly { noun: string; verb: readonly string[] }[] = [
  { noun: 'ication', verb: ['y'] }, // justify → justification
  { noun: 'ation', verb: ['e', '', 'ate'] }, // declare → declaration, accuse → accusation, explain (see below)
  { noun: 'ission', verb: ['it'] }, // admit → admission
  { noun: 'ion', verb: ['', 'e'] }, // assert → assertion, object → objection, predict → prediction
  { noun: 'sion', verb: ['d', 'de'] }, // conclude → conclusion
  { noun: 'ment', verb: ['', 'e'] }, // state → statement, argue → argument
  { noun: 'ence', verb: ['', 'e'] }, // insist → insistence
  { noun: 'ial', verb: ['y'] }, // deny → denial
  { noun: 'ism', verb: ['ize', 'ise'] }, // criticize → criticism
  { noun: 't', verb: [''] }, // complain → complaint
  { noun: 'ies', verb: ['y'] }, // replies
  { noun: 's', verb: [''] }, // claims, comments
  { noun: '', verb: [''] }, // claim, reply, protest, demand, request, excuse, comment, remark
];

/** Nouns of an answer or a view that no verb of saying is spelt in: "his position", "her side of it", "their take". */
const VIEW_NOUNS = new Set(['position', 'stance', 'side', 'take', 'case', 'version', 'account', 'opinion', 'view', 'views', 'verdict', 'ruling', 'message', 'words', 'point', 'line', 'plea', 'answer', 'response', 'reaction', 'defence', 'defense']);

const verbs = new Set(VERBS);
const forms = (noun: string) => SUFFIXES.flatMap((s) => (noun.endsWith(s.noun) ? s.verb.map((v) => noun.slice(0, noun.length - s.noun.length) + v) : []));

/** Whether a noun asks for what someone said: "argument", "complaint", "explanation", "position". */
export function isSayingNoun(noun: string): boolean {
  const w = noun.toLowerCase();
  if (VIEW_NOUNS.has(w)) return true;
  // (the verb's "ai" is written "a" before "-ation": explain → explanation, proclaim → proclamation)
  return forms(w).some((v) => verbs.has(v) || verbs.has(v.replace(/an(e?)$/, 'ain')) || verbs.has(v.replace(/am(e?)$/, 'aim')));
}

// "what's the defence lawyer's argument (in the trial)", "what was the union's complaint about the rota"
const ASKED = /^what(?:'s|’s|s|\s+(?:is|was|are|were|has been))\s+(.+?)(?:'s|’s|s'|s’)\s+([\p{L}-]+)(?:\s+(?:of\s+(?:it|this|that|the\s+story)))?(?:\s+(?:about|on|over|in|for|regarding|concerning|against|to|with)\s+(.+))?$/iu;

/**
 * "What's X's <noun of saying> (about Y)": the speaker X and the topic Y, in the shape of the what-said rule's match
 * (index 1 the speaker, 2 the topic), or null for any other noun.
 */
export function saidAsANoun(q: string): [string, string, string | undefined] | null {
  const m = ASKED.exec(q);
  if (!m || !isSayingNoun(m[2])) return null;
  return [m[0], m[1], m[3]];
}
