// Lead-ins the verb-led rules miss: an inverted "Said the Ledger in an editorial:", and a lead-in that names the
// writing it opens ("Here is the text of the letter:").
import { OUTLET_WORD, SPEECH_VERBS } from './cues.js';
import { describedSource } from './described-sources.js';
import { asNounPhrase } from './noun-phrase.js';
import { parseSpeakerPhrase, type SpeakerRef } from './speaker-phrase.js';
import { isCommunicationVerb } from './speech-verbs.js';
import { tag } from './tagger.js';
import { isCommunicationNoun } from './wordnet.js';

const VERBS: ReadonlySet<string> = new Set(SPEECH_VERBS);

/** The speaker a colon lead-in names where no verb-led rule finds one: inverted, or by whose words follow. */
export function leadInSpeaker(text: string): { ref: SpeakerRef; written: string } | undefined {
  return invertedLeadIn(text) ?? whoseWordsLeadIn(text);
}

/**
 * Rule (an inverted lead-in): "Said the Ledger in an editorial:", "Declared the announcer over the radio:",
 * "Wrote Ada Pell in her column:": a sentence of the outlet's own that opens on a verb of saying and ends on a
 * colon has its speaker after the verb, not before it; where, when and in what it was said ("in an editorial",
 * "over the radio", "on Sunday", "editorially") is no part of who. The speaker is a name, a description, or a body
 * or paper by its capitalised name ("the Ledger"), never the person the sentences before were about.
 */
function invertedLeadIn(text: string): { ref: SpeakerRef; written: string } | undefined {
  const m = /^(\p{Lu}\p{Ll}+)\s+(.+?)\s*:\s*$/u.exec(text.trim());
  if (!m || !(VERBS.has(m[1].toLowerCase()) || pastCommunicationVerb(m[1]))) return undefined;
  // ("Cried one teacher after a week of the noise:": when it was said, "after ...", "before ...", is no
  // part of who either)
  const who = m[2]
    .replace(/\s+(?:in|on|over|at|during|through|via|after|before|following|upon)\s+(?:a|an|the|its|his|her|their|this|that|last|some|several|many|one|two|three|few|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b.*$/u, '')
    .replace(/\s+(?:\p{Ll}+ly|today|yesterday|recently|again)$/u, '')
    .replace(/,$/, '')
    .trim();
  return speakerOf(who);
}

/**
 * Rule (an inverted lead-in by any verb of speaking): "Cried one professor:", "Snapped the mayor:", "Thundered the
 * Ledger:": English inverts only verbs of saying before their speaker, so an opening past-tense word that WordNet files
 * with the verbs of communication (the hand list of cues.ts holds the common ones) opens an inverted lead-in too.
 */
function pastCommunicationVerb(word: string): boolean {
  if (!/ed$/.test(word.toLowerCase())) return false;
  const t = tag(`He ${word.toLowerCase()}.`)[1];
  return !!t && t.pos === 'VERB' && isCommunicationVerb(t.lemma);
}

/**
 * Rule (a lead-in that says whose words follow): "In the words of the report:", "In Senator Ames's words:", "To
 * quote the report:", "Quoting the charter:", "From the report:", "As the report put it:", "The report went on:": a colon lead-in of the
 * outlet's own with no verb of saying of its own still names whose words come next, the one they are "the words
 * of", the one quoted, the one whose way of putting it they are, or the one who "went on"; the quotation is theirs,
 * not the last person's named before.
 */
function whoseWordsLeadIn(text: string): { ref: SpeakerRef; written: string } | undefined {
  const t = text.trim().replace(/^(?:and|but|or|so|then|now)\s+/i, '').replace(/,?\s*(?:in\s+part\s*)?:\s*$/i, '');
  if (t === text.trim()) return undefined;
  const who =
    /^in\s+the\s+(?:very\s+)?words\s+of\s+(.+)$/i.exec(t)?.[1] ??
    /^in\s+(.+?)['’]s?\s+(?:own\s+)?words$/i.exec(t)?.[1] ??
    /^(?:to\s+quote(?:\s+from)?|quoting(?:\s+from)?|citing)\s+(.+)$/i.exec(t)?.[1] ??
    // ("From the start:" is a time, not a writing: after a bare "from" only a writing's own head noun)
    /^from\s+((?:the|a|an|his|her|its|their)\s+(?:[\p{L}’'-]+\s+){0,4}?(?:report|letter|statement|resolution|editorial|speech|message|charter|constitution|law|act|decision|ruling|opinion|brief|memorandum|article|column|book|address|testimony|transcript|minutes|platform|declaration|communiqu[eé]|announcement|broadcast|sermon|proclamation|decree|treaty|diary|text))$/iu.exec(t)?.[1] ??
    /^as\s+(.+?)\s+(?:puts?|put|phrased|phrases|says|said|sums?|summed)\s+it(?:\s+\p{Ll}+)?$/iu.exec(t)?.[1] ??
    // Rule (an "as" lead-in): "As Critic Ada Roe points out:", "As the report notes:", "As Senator Hale warned:": an
    // "as" clause of a verb of saying with nothing after its verb but a colon introduces its subject's words, as
    // "as X puts it:" does (the "as" stands for the quotation that follows)
    asSaysLeadIn(t) ??
    /^(.+?)\s+(?:then\s+)?(?:went|goes|go)\s+on(?:\s+to\s+(?:say|add|declare|state))?$/i.exec(t)?.[1];
  return who ? speakerOf(who) : undefined;
}

/** The subject of "As X points out", "As the report notes", "As Senator Hale warned": X, where the verb is one of saying. */
function asSaysLeadIn(t: string): string | undefined {
  const m = /^as\s+(.+?)\s+(\p{Ll}+)(?:\s+(?:out|up|down))?(?:\s+(?:so\s+)?\p{Ll}+ly)?$/iu.exec(t);
  if (!m || /^(?:it|this|that|they|we|i|you)$/i.test(m[1])) return undefined;
  const toks = tag(`${m[1]} ${m[2]}.`);
  const v = toks.findLast((x) => x.text === m[2]);
  // ("points" is often tagged as a noun: the lemma of the verb reading is asked of WordNet as well)
  const lemma = v?.pos === 'VERB' ? v.lemma : m[2].replace(/(?:es|s|ed)$/, '');
  return isCommunicationVerb(lemma) || isCommunicationVerb(m[2].replace(/s$/, '')) ? m[1] : undefined;
}

/** A speaker phrase of a lead-in: a name, a description, or a body or paper by its capitalised name ("the Ledger"). */
function speakerOf(phrase: string): { ref: SpeakerRef; written: string } | undefined {
  const who = phrase.trim();
  if (!who || who.split(/\s+/).length > 8 || /^(?:he|she|they|it|we|i|that|this|him|her|them|me|us)$/i.test(who)) return undefined;
  const ref = parseSpeakerPhrase(who) ?? describedSource(who) ?? (/^the\s+\p{Lu}/u.test(who) && asNounPhrase(who) ? ({ kind: 'descriptive', text: who } as const) : undefined);
  return ref && ref.kind !== 'pronoun' ? { ref, written: who } : undefined;
}

/**
 * Rule (a lead-in naming a writing quotes the writing): "Here is the text of the letter:", "The text of the
 * resolution follows:", "Following is the statement:", "The resolution in full:": a sentence of the outlet's own,
 * ending on a colon and reporting no one's saying, that names a writing (a letter, a resolution, a statement: a head
 * WordNet files as communication) as what comes next gives the quotation after it to that writing, not to the last
 * person named, who may only have written or received it.
 */
export function namedWritingLeadIn(text: string): string | undefined {
  const t = text.trim().replace(/\s*:\s*$/, '');
  if (t === text.trim()) return undefined;
  const np =
    /^(?:here|below|following)\s+(?:is|are)\s+(.+)$/i.exec(t)?.[1] ??
    /^(.+?)\s+(?:follows?|is as follows|are as follows|reads as follows|in full|in part)$/i.exec(t)?.[1] ??
    (/^(?:the|a|an)\s/i.test(t) && t.split(/\s+/).length <= 6 ? t : undefined);
  if (!np || np.split(/\s+/).length > 10) return undefined;
  const phrase = asNounPhrase(np.trim());
  if (!phrase || !/^(?:the|a|an)\s/i.test(phrase)) return undefined;
  // the writing is the head of the phrase, or the "of" phrase of a word for its text ("the text of the letter")
  const head = (s: string) => s.split(/\s+(?:of|from|by|to|for)\s+/i)[0].split(/\s+/).pop()?.toLowerCase() ?? '';
  const inner = /^(?:the|a|an)\s+(?:full\s+)?(?:text|wording|words|substance|gist)\s+of\s+(.+)$/i.exec(phrase)?.[1];
  const writing = inner ?? phrase;
  return /^\p{Ll}+$/u.test(head(writing)) && isCommunicationNoun(head(writing)) && !/^(?:text|word|words|thing|way|point|question|matter|answer|reply|response|retort|result|reason|problem|idea|moral|lesson|upshot|catch|trouble|difference|secret|rule|story|news|word)$/.test(head(writing)) ? writing : undefined;
}

/** Words for a medium or a piece of one, which a label may name as the source of what follows. */
const MEDIUM = /^(?:radio|television|tv|agency|newspaper|paper|daily|weekly|magazine|journal|review|article|editorial|column|broadcast|commentary|commentator|station|press|bulletin|communiqu[eé]|dispatch|organ)$/i;
/** Words a label's source may hold besides its name and its medium: "The Soviet news agency TASS". */
const LABEL_WORD = /^(?:the|a|an|news|official|state|government|party|communist|soviet|evening|morning|sunday)$/i;

/**
 * Rule (a source as a label): "Moscow radio in English to England:", "The Soviet news agency TASS datelined from New
 * York:", "Moscow Novosti article in Russian, datelined London:", then the quotation alone: a lead-in with no verb at
 * all that names a medium (a radio, an agency, a paper, an article, by its word or by a name such as "TASS") and then
 * only where, in what language and to whom it spoke opens the words that follow as "Said Moscow radio:" would; the
 * source is the name before those words. A label naming no medium ("And now, for our readers:", "Item:", "Result:")
 * opens nothing.
 */
export function labelLeadIn(text: string): string | undefined {
  const t = text.trim();
  if (!/:\s*$/.test(t)) return undefined;
  const body = t.replace(/\s*:\s*$/, '').replace(/\s*\([^)]*\)/g, '');
  const head = body.split(/\s*,\s*|\s+(?:in|from|to|on|over|via|datelined|dated)\s+/)[0].trim();
  const words = head.split(/\s+/);
  if (!head || words.length > 6) return undefined;
  // every word a name's (capitalised), a medium's or one of the few a source's description holds
  if (!words.every((w) => /^\p{Lu}/u.test(w) || MEDIUM.test(w) || LABEL_WORD.test(w))) return undefined;
  if (/^(?:and|but|or|so|then|now|here|there|item|result|note|question|answer|reason|example)$/i.test(words[0])) return undefined;
  const medium = words.some((w) => MEDIUM.test(w)) || OUTLET_WORD.test(head);
  return medium ? head : undefined;
}
