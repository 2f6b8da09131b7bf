import { isOutletLike, leadingSource, SPEECH_VERB, sourceAfterVerb, stripLeadingClauses } from './cues.js';
import { parseSpeakerPhrase, type SpeakerRef } from './speaker-phrase.js';
import { isCommunicationVerb, isReportingVerb, LISTENER_VERBS } from './speech-verbs.js';
import { tag, type Token } from './tagger.js';
import { isGroupNoun, isPersonNoun } from './wordnet.js';
import { describedSource, singular, withoutDescribingClause } from './described-sources.js';
import { asNounPhrase } from './noun-phrase.js';

/** What the words around one quote say about its speaker, before resolution. */
export interface Attribution {
  ref?: SpeakerRef;
  /** The speaker as written ("Kuzyk", "he", "One US official"). */
  written?: string;
  /** The original source credited, as written ("The Post", "the newspaper", "Twitter"). */
  source?: string;
  /** Whom the words were spoken to, as written ("a sportswriter", "the chairman"); never an outlet (that is `source`). */
  listener?: string;
  /** The sentence is the quote alone: it may continue the previous speaker's words. */
  quoteOnly: boolean;
  /** A later quote in the same sentence with no cue of its own: same speaker as the one before it. */
  sameAsPrevious: boolean;
}

const PLACEHOLDER = /“§(\d+)”/g;
const CONJUNCTION_START = /^(?:as|and|but|or|while|when|because|after|before|since|though|although|if|so|to|from|in|on|at|with|for|of|by|which|that|who)\b/i;

interface VerbHit {
  verb: string;
  index: number;
}

function verbsIn(text: string): VerbHit[] {
  return [...text.matchAll(SPEECH_VERB)].map((m) => ({ verb: m[0], index: m.index ?? 0 }));
}

/** Attributes placeholder `k` in a masked sentence (quotes replaced by “§n”). */
export function attribute(sentence: string, k: number): Attribution {
  const marker = `“§${k}”`;
  const at = sentence.indexOf(marker);
  const beforeAll = sentence.slice(0, at);
  const prevPlaceholder = [...beforeAll.matchAll(PLACEHOLDER)].pop();
  const before = prevPlaceholder ? beforeAll.slice((prevPlaceholder.index ?? 0) + prevPlaceholder[0].length) : beforeAll;
  const afterAll = sentence.slice(at + marker.length);
  const nextPlaceholder = afterAll.search(PLACEHOLDER);
  const after = nextPlaceholder >= 0 ? afterAll.slice(0, nextPlaceholder) : afterAll;
  const quoteOnly = !beforeAll.replace(PLACEHOLDER, '').trim() && !afterAll.replace(PLACEHOLDER, '').replace(/[\s.,;:!?]+/g, '');

  return (
    afterCue(after) ??
    beforeCue(before, beforeAll) ??
    verblessAfter(after) ?? { quoteOnly, sameAsPrevious: Boolean(prevPlaceholder) && !before.replace(/[\s,;:.-]/g, '').match(/[.!?]/) }
  );
}

// `“…,” Kuzyk told the FT.` / `“…,” said the 31-year-old.` / `“…,” the newspaper quoted Petro Kuzyk, a commander.` / `“…”, according to X.`
function afterCue(after: string): Attribution | undefined {
  const text = after.replace(/^[\s,;:–—-]+/, '');
  if (!text) return undefined;
  // the clause ends at a full stop, not at the period of "Rep." or an initial
  const sentenceEnd = [...text.matchAll(/[.!?](?=\s|$)/g)].find((m) => !(m[0] === '.' && /(?:\b\p{Lu}|\b(?:Rep|Sen|Gov|Gen|Dr|Mr|Mrs|Ms|St|Jr|Sr|Lt|Col|Capt|Sgt|Rev|Prof))$/u.test(text.slice(0, m.index))))?.index ?? -1;
  const clause = sentenceEnd >= 0 ? text.slice(0, sentenceEnd) : text;
  const according = /^according to (?:the (?:description|words|account) of )?(.+)$/i.exec(clause);
  if (according) return fromPhrase(according[1]) ?? fromWriting(according[1]);
  // Rule (the way one puts it): “We belong to no bloc,” is the way the prince puts it. / “...,” was how Roe said it.:
  // the one whose way of putting it the words are is the speaker
  const way = /^(?:is|was)\s+(?:the\s+way|how)\s+(.+?)\s+(?:puts?|phrases?|phrased|says?|said|sums?|summed)\s+(?:it|the\s+matter|things)\b/i.exec(clause);
  if (way) return fromPhrase(way[1]);
  const verbs = verbsIn(clause);
  const found: { verb: string; index: number; talk?: boolean } | undefined = verbs[0] ?? featureVerb(clause);
  if (!found) return undefined;
  const { verb, index } = found;
  // (a turn-taking verb's subject may be a writing or a body, as a "said"'s is: “...,” the statement went on.)
  if (found.talk) {
    const who = clause.slice(0, index).trim();
    const ref = who ? describedSource(who.replace(/[,\s]+$/, '')) : undefined;
    if (who && !fromPhrase(who) && ref) return { ref, written: who, quoteOnly: false, sameAsPrevious: false };
  }
  const subject = clause.slice(0, index).trim();
  const rest = clause.slice(index + verb.length);
  if (!subject) {
    // Inverted: `said the 31-year-old`, `say residents of X in the Washington Post`, `asked Abel of an official`.
    const of = /^(.*?)\s+of\s+(.+)$/.exec(rest.trim());
    if (/^ask/i.test(verb) && of && !/^(?:one|some|many|most|each|several|all|none|two|three)$/i.test(of[1].trim()))
      return withListener(fromPhrase(of[1]), of[2]);
    const { phrase, source } = splitTrailingSource(rest);
    // `says librarian Joan Tufts of her new building`: what she spoke of is no part of who she is
    const about = /^(.*?\p{Lu}[\p{L}’'-]+)\s+(?:of|about|on)\s+(?:his|her|their|the|its)\b.*$/u.exec(phrase.trim());
    // ("says Mr. Alden and his helpers agree": the name before a clause joined by "and")
    const joined = /^(.*?\p{Lu}[\p{L}’'.-]*)\s+and\s+(?:his|her|their|the|all|everyone|others?)\b.*\s\p{Ll}+$/u.exec(phrase.trim());
    return (
      fromPhrase(phrase, source) ??
      (about ? fromPhrase(about[1], source) : undefined) ??
      (joined ? fromPhrase(joined[1], source) : undefined) ??
      describedAfter(phrase, source)
    );
  }
  if (subject.split(/\s+/).length > 16) return undefined;
  if (/^quot(?:ed|es)$/i.test(verb)) {
    // `the newspaper quoted Petro Kuzyk, a commander …`: the subject is the source, the object the speaker.
    return fromPhrase(rest, subject);
  }
  // `from the Russian units, Kuzan said`: the subject is what follows the last comma of a trailing clause.
  const speakerText = CONJUNCTION_START.test(subject) ? subject.slice(subject.lastIndexOf(',') + 1) : subject;
  if (!speakerText.trim()) return undefined;
  const { source: lead, rest: afterLead } = leadingSource(speakerText);
  const source = lead ?? sourceAfterVerb(verb, rest);
  return withListener(fromPhrase(afterLead, source), source ? undefined : listenerAfterVerb(verb, rest));
}

/**
 * The listener a verb names: "told a sportswriter last week", "asked the mayor", "said to his wife", "asked him of
 * the plan" is him. An outlet is a source, not a listener, and a clause ("told that ...") names no one.
 */
export function listenerAfterVerb(verb: string, rest: string): string | undefined {
  const v = verb.toLowerCase();
  const text = rest.trim();
  // (a bare plural of people too: "told reporters on a call", "told delegates"; any form of a verb whose object is
  // its listener: "urging officials", "promised voters")
  const m = LISTENER_VERBS.has(v) || LISTENER_VERBS.has(tag(v)[0]?.lemma ?? '')
    ? /^((?:the|a|an|his|her|their|my|our)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|(?:\p{Lu}[\p{L}’'.-]*\s*){1,4}|him|her|them|me|us|\p{Ll}[\p{Ll}-]+s)(?=\s|,|$)/u.exec(text)
    : /^to\s+((?:the|a|an|his|her|their|my|our)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|(?:\p{Lu}[\p{L}’'.-]*\s*){1,4}|him|her|them|me|us|\p{Ll}[\p{Ll}-]+s)(?=\s|,|$)/u.exec(text);
  if (!m) return undefined;
  // the object's words end before a time, a place or a clause: "a sportswriter last week", "the mayor in Rome"
  // ("a news conference": the shortest phrase is "a news"; a gathering's noun after it completes it)
  const compound = /^\s+(\p{Ll}+)(?=[\s,.;:]|$)/u.exec(text.slice(m[1].length));
  const np = (compound && isGroupNoun(compound[1]) ? `${m[1]} ${compound[1]}` : m[1])
    .replace(/\s+(?:last|this|next|yesterday|today|recently|once|later|again|afterward)\b.*$/i, '')
    .trim();
  if (!np || isOutletLike(np) || /^(?:that|whether|if|what|how|why|when|where)$/i.test(np)) return undefined;
  const head = np.split(/\s+/).pop() ?? '';
  if (/^\p{Ll}[\p{Ll}-]+s$/u.test(np) && !isPersonNoun(singular(np))) return undefined; // "told lies"
  // Rule (told to a gathering or a body): "he told the meeting", "she told a news conference", "told the Ledger": a
  // gathering, a body or an outlet by its name is a listener as a person is, and the statement is kept with it
  const gathering = isGroupNoun(head) || /^the\s+\p{Lu}/u.test(np);
  if (!parseSpeakerPhrase(np) && !gathering && !/^(?:him|her|them|me|us)$/i.test(np) && !isPersonNoun(singular(head))) return undefined;
  return np;
}

function withListener(a: Attribution | undefined, listener: string | undefined): Attribution | undefined {
  if (!a || !listener) return a;
  return { ...a, listener };
}

/**
 * Verbs that carry a quotation by the look or sound that goes with it, which WordNet files with the body rather than
 * with speech: “Not a chance,” grinned Abel / Abel laughed / he shrugged.
 */
const GESTURE_VERBS: ReadonlySet<string> = new Set(['grin', 'laugh', 'chuckle', 'shrug', 'gasp', 'sob', 'sniff', 'muse', 'boom', 'chime', 'giggle', 'smirk', 'wince']);

/** Verbs of taking up talk that WordNet files elsewhere: repeating another's words, talking of the past. */
const TALK_VERBS: ReadonlySet<string> = new Set(['echo', 'reminisce', 'muse']);
/** Verbs that with "on" or "in" take up talk: "went on", "came in", "cut in", "broke in", "put in", "chimed in". */
const TALK_PHRASAL = /^(?:go|goes|went|come|came|cut|break|broke|put|chime|chimed)$/i;

/**
 * Rule "turn-taking verb": “The rest can wait,” the statement went on. / “That he hoped,” the translator came in, “you
 * would visit.” / “What now?” echoed others. / “I bought my first dress from him,” she reminisces.: after a quotation, a
 * verb that only takes up talk (going on with it, coming or cutting in, echoing someone, reminiscing) attributes the
 * quotation as "said" does, though WordNet files it with motion or memory. The phrasal ones count only where the
 * particle ends the clause ("the bill came in at $5" is no attribution).
 */
function turnTaking(clause: string, t: Token, lemma: string): boolean {
  if (TALK_VERBS.has(lemma)) return true;
  if (!TALK_PHRASAL.test(t.text) && !TALK_PHRASAL.test(lemma)) return false;
  return /^\s+(?:on|in)(?:\s+(?:again|once\s+more|\p{Ll}+ly))?\s*[,.;:!?]*\s*$/u.test(clause.slice(t.end));
}

/**
 * Rule (any verb of saying): after a quotation, the verb of its attribution may be any verb of speaking or of its
 * manner, as feature writing varies them (“No,” snaps Abel; “Well,” he sighed; “Fine,” the coach grumbled), not only
 * the common ones: the first verb of the clause, within its first words, whose lemma WordNet files as communication.
 */
function featureVerb(clause: string): { verb: string; index: number; talk?: boolean } | undefined {
  if (clause.split(/\s+/).length > 14) return undefined;
  const tokens = tag(clause).slice(0, 8);
  // (an inverted "grins Abel" may be read as a noun: the lower-case first word stands in for the verb)
  const t = tokens.find((x) => x.pos === 'VERB') ?? (tokens[0] && /^\p{Ll}/u.test(tokens[0].text) ? tokens[0] : undefined);
  if (!t) return undefined;
  const lemma = t.lemma.toLowerCase();
  // Rule (a verb of speaking that names no content): “Nelson was superb,” Abel praised. / “Welcome,” she greeted.: a
  // verb WordNet files with communication but that reports no content of its own ("praise", "commend") is the
  // attribution of the quotation before it when it ends the clause, the quotation being what was said
  const endsClause = !clause.slice(t.end).replace(/^\s*(?:\p{Ll}+ly\b)?/u, '').replace(/[\s.,;:!?]+$/, '').trim();
  if (turnTaking(clause, t, lemma)) return { verb: t.text, index: t.start, talk: true };
  if (!isReportingVerb(lemma) && !GESTURE_VERBS.has(lemma) && !(endsClause && isCommunicationVerb(lemma))) return undefined;
  return { verb: t.text, index: t.start };
}

// `One Ukrainian commander said: “…”`, `Kuzyk said some of the Russians … “…”`, `X commented on Twitter that … “…”`.
function beforeCue(before: string, beforeAll: string): Attribution | undefined {
  const according = /according to (?:the (?:description|words|account) of )?([^,]+),\s*$/i.exec(before);
  if (according) return fromPhrase(according[1]) ?? fromWriting(according[1]);
  // `Roe's answer: “…”`, `The mayor's reply was “…”`: the one whose answer it is
  const answer = /(?:^|[.;]\s+)((?:the\s+)?[\p{L}.’' -]{1,40}?)['’]s?\s+(?:answer|reply|response|retort|rejoinder|comment|explanation|verdict|advice|words)(?:\s+(?:was|is|came))?\s*[:,]?\s*$/iu.exec(before);
  if (answer && parseSpeakerPhrase(answer[1].trim())) return fromPhrase(answer[1]);
  // `in Senator Roe's words, it was “…”`, `in the words of one aide, “…”`: whose words they are
  const words =
    /\bin\s+((?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*|(?:his|her|their)\s+own)['’]s?\s+(?:own\s+)?words\b/u.exec(before) ??
    /\bin\s+the\s+words\s+of\s+([^,]+),/iu.exec(before);
  if (words && !/^(?:his|her|their)\s+own$/i.test(words[1])) return fromPhrase(words[1].replace(/['’]s?$/, ''));
  // Rule (as one puts it): "And as Sen. Ames puts it, “...”": the one whose way of putting it the words are
  const puts = /\bas\s+((?:[\p{L}.’'-]+\s+){0,5}?[\p{L}.’'-]+)\s+(?:puts?|phrases?|phrased)\s+it(?:\s+\p{Ll}+)?,?\s*$/iu.exec(before);
  if (puts) {
    const a = fromPhrase(puts[1]);
    if (a) return a;
  }
  // Rule (an "as" aside of saying or fearing): "it may be — as Mr. Stevenson fears — “the first step downhill”",
  // "the plan is, as the mayor says, “a fine start”": an aside "as X <verb>" between dashes or commas, its verb one of
  // saying or of holding a view, right before the quotation gives the quoted words to X, as "as X puts it" does
  const asAside = /(?:^|[—–,(]\s*)as\s+((?:[\p{L}.’'-]+\s+){0,5}?[\p{L}.’'-]+)\s+(\p{Ll}+)\s*[—–,)]\s*$/u.exec(before);
  if (asAside) {
    const lemma = tag(`they ${asAside[2]}`)[1]?.lemma ?? '';
    // (WordNet's verbs of saying with the views news reports: fear, believe, hope, suspect, warn, contend, insist)
    const a = isReportingVerb(lemma) ? fromPhrase(asAside[1]) : undefined;
    if (a) return a;
  }
  const verbs = verbsIn(before);
  if (!verbs.length) return undefined;
  const last = verbs[verbs.length - 1];
  const rest = before.slice(last.index + last.verb.length);
  let subjectEnd = last.index;
  let verb = last.verb;
  let subject = before.slice(0, subjectEnd);
  // `X said …, describing it as a “…”` and `X conceded …, but described this as`: the subject of the first verb.
  const earlier = verbs.length > 1 ? verbs[0] : undefined;
  if (/ing$/i.test(verb) && /,\s*$/.test(subject) && earlier) {
    subjectEnd = earlier.index;
    subject = before.slice(0, subjectEnd);
  } else if (/ing$/i.test(verb)) {
    // `a Russian tank unit saying “…”`: the noun phrase right before the participle.
    const np = /(?:\b(?:a|an|the|one|his|her|their|its|some)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*$/iu.exec(subject);
    if (np) subject = np[0];
  } else if (earlier && /\b(?:but|and)\s*$/i.test(subject)) {
    subject = before.slice(0, earlier.index);
    verb = earlier.verb;
  }
  // Rule (a relative "who" speaks for its head): "the recent talk I had with another minister, a modest Methodist,
  // who said: “...”": the speaker is the noun phrase (with its appositive) that the "who" stands for, not the
  // sentence's opening words up to it
  const who = /,\s*who\s*$/i.exec(subject);
  if (who) {
    const head = relativeHeadPhrase(subject.slice(0, who.index));
    const ref = head ? (describedSource(head) ?? describedSource(head.split(',')[0])) : undefined;
    const a = head ? (fromPhrase(head) ?? (ref ? { ref: { kind: 'descriptive' as const, text: head }, written: head, quoteOnly: false, sameAsPrevious: false } : undefined)) : undefined;
    if (a) return a;
  }
  if (!subject.trim() && beforeAll !== before) {
    // Rule (a subject held apart by its relative clause): "Mrs. Roe, who kept repeating that they must “act now,”
    // said, “...”": the verb's subject is the one the sentence opens on, before the ", who" clause that holds the
    // earlier quotation
    const held = /^\s*((?:(?:Mr|Mrs|Miss|Ms|Dr)\.\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+(?:who|whose)\s/u.exec(beforeAll);
    if (!held || !/^\s*$/.test(subject)) return undefined;
    return fromPhrase(held[1]);
  }
  const { source: lead, rest: afterLead } = leadingSource(stripLeadingClausesKeepingSource(subject));
  const source = lead ?? sourceAfterVerb(verb, rest);
  // `he told manager Abel Ruiz: “…”`: the listener stands between the verb and the quote
  return withListener(fromPhrase(afterLead, source), source ? undefined : listenerAfterVerb(verb, rest.replace(/[\s:,]+$/, '')));
}

/** The noun phrase a text ends on, with appositives between commas: "I spoke with another minister, a Methodist" → "another minister, a Methodist". */
function relativeHeadPhrase(text: string): string | undefined {
  const tokens = tag(text);
  let i = tokens.length;
  while (i > 0 && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[i - 1].pos) || (tokens[i - 1].text === ',' && i < tokens.length) || tokens[i - 1].text === '.')) i--;
  while (i < tokens.length && tokens[i].text === ',') i++;
  if (i >= tokens.length || !['NOUN', 'PROPN'].includes(tokens[tokens.length - 1].pos)) return undefined;
  return text.slice(tokens[i].start).trim();
}

function stripLeadingClausesKeepingSource(subject: string): string {
  return /^\s*(?:speaking|talking|writing|in an? (?:interview|conversation|statement))/i.test(subject)
    ? subject
    : stripLeadingClauses(subject);
}

// `“I think it's the beginning of the end,” a 25-year-old Ukrainian soldier named Marty` (no verb at all).
function verblessAfter(after: string): Attribution | undefined {
  const text = after.replace(/^[\s,;:–—-]+/, '').replace(/[.!?\s]+$/, '');
  if (!text || CONJUNCTION_START.test(text) || text.split(/\s+/).length > 14 || /[.!?;:]/.test(text)) return undefined;
  const ref = parseSpeakerPhrase(text);
  if (!ref || ref.kind === 'pronoun' || ref.kind === 'definite') return undefined;
  return { ref, written: text, quoteOnly: false, sameAsPrevious: false };
}

/**
 * Rule (a writing or a body is a source by "according to"): "The shops “must be retained,” according to the
 * resolution", "“Costs will rise,” according to the council": what "according to" credits may be a document or a
 * body as well as a person, as the reports "the resolution said" and "the council said" are.
 */
function fromWriting(phrase: string): Attribution | undefined {
  const written = phrase.replace(/[.!?;:]+\s*$/, '').replace(/,\s*(?:which|who)\b.*$/i, '').trim();
  const ref = written.split(/\s+/).length <= 8 ? describedSource(written) : undefined;
  return ref ? { ref, written, quoteOnly: false, sameAsPrevious: false } : undefined;
}

function fromPhrase(phrase: string, source?: string): Attribution | undefined {
  // ("As Mr. Pell himself said": the reflexive of emphasis is no part of who spoke)
  const cleaned = stripLeadingClauses(phrase.replace(/[.!?;:]+\s*$/, '').trim()).replace(/\s+(?:himself|herself|themselves|itself)$/i, '');
  const ref = parseSpeakerPhrase(cleaned) ?? peopleDescribed(cleaned) ?? oneOfThem(cleaned);
  if (!ref) return source ? { source, quoteOnly: false, sameAsPrevious: false } : undefined;
  return { ref, written: cleaned, source, quoteOnly: false, sameAsPrevious: false };
}

/**
 * An inverted attribution to a body the text describes: “...,” reported this panel headed by Ada Vell.: the
 * description before its describing clause (described-sources.ts Rule "what describes a body is no part of who
 * speaks"), a source as "the committee" is.
 */
function describedAfter(phrase: string, source?: string): Attribution | undefined {
  const written = withoutDescribingClause(phrase.replace(/[.!?;:]+\s*$/, '').trim());
  // (only a short phrase opening on a determiner: "out the state population has increased" is no speaker)
  if (!/^(?:the|this|that|these|those|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+$/iu.test(written) || asNounPhrase(written) !== written) return undefined;
  const ref = describedSource(written);
  return ref ? { ref, written, source, quoteOnly: false, sameAsPrevious: false } : undefined;
}

// `residents of Zalisnychne in Zaporizhia Oblast in the Washington Post` → the phrase and the source.
function splitTrailingSource(rest: string): { phrase: string; source?: string } {
  const m = /^(.*)\s+(?:in|to|on)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}’'&. -]*)$/u.exec(rest.trim());
  if (m) {
    const source = sourceAfterVerb('told', ` ${m[2]}`);
    if (source) return { phrase: m[1], source };
  }
  return { phrase: rest };
}

/**
 * Rule (one of those just named speaks): "Two government sources told the Ledger ... / “It's not looking good,” one
 * said.", "One, who asked not to be named, said: “...”": a bare "one", "another" or "one of them" before a verb of
 * saying is a speaker, one of the group in view (resolve() names the group); the relative clause after it is no
 * part of who spoke.
 */
function oneOfThem(phrase: string): SpeakerRef | undefined {
  const m = /^(one|another|one of them|another of them)(?:,\s+(?:who|whose)\s.*)?$/i.exec(phrase.trim());
  return m ? { kind: 'descriptive', text: m[1] } : undefined;
}

/**
 * Rule (people by what they are): “We worry,” say the mothers. / “Never,” insist some neighbors.: a plural of a noun
 * for people, with its determiner, is a described speaker as a singular one is ("the mother").
 */
function peopleDescribed(phrase: string): SpeakerRef | undefined {
  const m = /^(?:the|some|many|most|all|other|several|both|few)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+s)$/u.exec(phrase);
  return m && isPersonNoun(singular(m[1])) ? { kind: 'descriptive', text: phrase } : undefined;
}
