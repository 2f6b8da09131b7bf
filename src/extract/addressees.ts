import { listenerAfterVerb } from './attribution.js';
import { isOutletLike, outletName } from './cues.js';
import { isCommunicationVerb, isReportingVerb, LISTENER_VERBS } from './speech-verbs.js';
import { tag, type Token } from './tagger.js';
import { isCommunicationNoun, isDirectiveVerb, isPersonOrBodyNoun } from './wordnet.js';
import { singular } from './described-sources.js';
import { parseSpeakerPhrase } from './speaker-phrase.js';
import type { Quote } from './quotes.js';

/*
 * Whom a statement was said to, where the verb of saying does not carry its listener as an object ("told the
 * commissioners that" is read with the cue, in reported-speech.ts and attribution.ts). The rules here read the rest
 * of the statement's sentence, its frame, and the statements around it. Each is general: a preposition or a
 * participle that grammar gives to an addressee, or the turn-taking of talk, never one article's wording.
 *
 * A listener found is checked as the cue's is (listenerAfterVerb): a person, a plural of people, a name, a gathering
 * or a body; an outlet is a source, not a listener, and is left to the source rules.
 */

/** The frame of a statement: its sentence with the statement's words taken out, and its tokens (tagged once). */
export interface Frame {
  text: string;
  tokens: readonly Token[];
}

/** A rule that finds an addressee in the frame of a statement. */
export interface FrameRule {
  name: string;
  why: string;
  examples: readonly string[];
  /** The addressee as written, or undefined. */
  find(frame: Frame): string | undefined;
}

const PARTICLES = /^(?:out|up|over|back|again|publicly|privately|directly|later|afterwards?|first|once|twice|repeatedly)$/i;

// "remarks", "comments": the noun's singular is WordNet's lemma
const communicationNoun = (w: string) => isCommunicationNoun(w) || (/s$/i.test(w) && isCommunicationNoun(w.replace(/s$/i, '')));

/** The listener phrase at the start of `rest` ("the commissioners that ...", "reporters afterwards"), checked. */
const listenerAt = (rest: string, after: 'to' | 'object') => (after === 'to' ? listenerAfterVerb('said', ` to ${rest}`) : listenerAfterVerb('told', rest));

/** Whether a listener phrase is someone: a name, a pronoun, or a noun of a person or a body ("the governor", "the board"), not a thing ("the book"). */
function someone(phrase: string): boolean {
  if (/^(?:him|her|them|me|us)$/i.test(phrase) || parseSpeakerPhrase(phrase)?.kind === 'name') return true;
  return isPersonOrBodyNoun(singular(phrase.split(/\s+/).pop() ?? ''));
}

export const FRAME_RULES: readonly FrameRule[] = [
  {
    name: 'asked by',
    why: 'An answer given when asked is said to the one who asked: the agent of a passive "asked" is the addressee.',
    examples: ['Asked by reporters whether the dam would hold, Roe said it was "too early to say".', 'Roe, asked by the chairman about the cost, said it was within budget.'],
    find({ text: frame }) {
      const m = /\basked\s+by\s+(.+)$/i.exec(frame);
      return m ? listenerAt(m[1], 'object') : undefined;
    },
  },
  {
    name: 'telling whom',
    why: 'A participle of a verb whose object is its listener ("in telling his children", "urging officials") names the addressee of the words it frames.',
    examples: ['"We must stay together," Roe said in telling his children of their mother\'s death.', 'Marsh sent the memo, urging officials to "find a way".'],
    find({ text: frame, tokens }) {
      for (let i = 0; i < tokens.length - 1; i++) {
        const t = tokens[i];
        if (!/ing$/i.test(t.lower) || !LISTENER_VERBS.has(t.lemma)) continue;
        const heard = listenerAt(frame.slice(tokens[i + 1].start), 'object');
        if (heard) return heard;
      }
      return undefined;
    },
  },
  {
    name: 'spoken to',
    why:
      'A verb or a noun of saying followed by "to" names whom the words were for: "pointed out to the commissioners", ' +
      '"speaking to reporters", "in a letter to Mayor Roe", "in his opening statement to the jury", "appealed to the ' +
      'council". WordNet files the verb or noun with communication, so no list of them is kept.',
    examples: ['He pointed out to the commissioners that the fund was empty.', 'Speaking to reporters afterwards, Dalby called it "the best day of my life".', 'Roe said in a letter to Mayor Grady that crews should start earlier.'],
    find({ text: frame, tokens }) {
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].lower !== 'to') continue;
        let j = i - 1;
        while (j >= 0 && PARTICLES.test(tokens[j].lower)) j--;
        const w = tokens[j];
        if (!w || (w.pos === 'AUX' && w.lower !== 'said')) continue;
        const verb = w.pos === 'VERB' && isCommunicationVerb(w.lemma);
        const noun = w.pos !== 'VERB' && communicationNoun(w.lower);
        if (!verb && !noun) continue;
        const rest = frame.slice(tokens[i].end).trim();
        const heard = listenerAt(rest, 'to');
        // (WordNet's writings include things made, not said: "awarded the contract to a firm", "sold the book to a
        // library"; a noun is one of saying where a statement stands in it, "in a letter to", "in remarks to", or its
        // content follows, "a warning to the council that", or it names the act of a reporting verb, "appeal", "warning")
        const said =
          verb ||
          isReportingVerb(w.lemma) ||
          isReportingVerb(w.lower.replace(/(?:ing|ment|s)$/, '')) ||
          /^(?:in|with)$/i.test(tokens.slice(Math.max(0, j - 4), j).find((x) => x.pos === 'ADP')?.lower ?? '') ||
          (heard !== undefined && rest.startsWith(heard) && /^\s+that\b/i.test(rest.slice(heard.length)));
        if (heard && said) return heard;
      }
      return undefined;
    },
  },
  {
    name: 'heard before a body',
    why: 'Words voiced "before" a named body were addressed to it: testimony before a committee, an objection before the council.',
    examples: ['Goodis voiced his objection before City Council\'s Finance Committee.', 'She testified before the Senate Armed Services Committee that the base was needed.'],
    find({ text: frame, tokens }) {
      // only a body by its name: "before the vote", "before dawn" are times
      const m = /\b(\p{L}+)\s+before\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|of|and|for|on))*)/u.exec(frame);
      const lemma = m ? (tokens.find((t) => t.start === m.index)?.lemma ?? '') : '';
      if (!m || !(isCommunicationVerb(lemma) || communicationNoun(m[1].toLowerCase()))) return undefined;
      return m[2].replace(/\s+(?:of|and|for|on)$/, '').trim();
    },
  },
  {
    name: 'the object told',
    why:
      'A verb of saying followed by a person or a body and then by the statement, its "that" or its infinitive, says ' +
      'whom the words were put to: "advised the governor that “...”", "wrote Mrs. Lane that ...", "authorized the ' +
      'envoy “to negotiate”", "ordered the lines not to raise fares". A person is never the thing written or said, so ' +
      'the phrase right after the verb is its listener. The verbs are WordNet\'s: any verb of communication before a ' +
      '"that" or the statement itself, a directive (isDirectiveVerb) or a verb of telling before an infinitive.',
    examples: ['The board advised the governor that “small shops should stay open.”', 'The mayor wrote Mrs. Lane that the bridge would close.', 'The council authorized the clerk “to sign the lease.”'],
    find({ text: frame, tokens }) {
      for (let i = 0; i < tokens.length - 1; i++) {
        const t = tokens[i];
        if (t.pos !== 'VERB') continue;
        const directive = LISTENER_VERBS.has(t.lemma) || isDirectiveVerb(t.lemma);
        if (!directive && !isCommunicationVerb(t.lemma)) continue;
        const rest = frame.slice(t.end).trim();
        const heard = listenerAt(rest, 'object');
        if (!heard || !rest.startsWith(heard) || !someone(heard)) continue;
        const after = rest.slice(heard.length);
        // (a statement right after the object is what a directive asked, "authorized the clerk “to sign”"; after
        // another verb it is what the object was called, "called the plan “a start”")
        if (/^\s*that\b/.test(after) || (directive && /^\s*(?:§|(?:not\s+)?to\s+(?:§|\p{Ll}))/u.test(after))) return heard;
      }
      return undefined;
    },
  },
  {
    name: 'told in the passive',
    why: 'The subject of a passive verb of telling or asking is whom the words were put to: "Holmes was asked if he had ever ...".',
    examples: ['Holmes was asked if he had ever been arrested.', 'The staff were told that the plant would close.'],
    find({ text: frame }) {
      const m =
        /(?:^|[,;]\s+|\b(?:and|but|when|after|before)\s+)((?:(?:Mr|Mrs|Miss|Ms|Dr)\.\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+|(?:the|a|an|his|her|their|its|all|some)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|he|she|they)\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are|being)\s+(?:\p{Ll}+ly\s+)?(told|asked|urged|warned|advised|informed|assured|reminded|ordered|instructed|promised|cautioned|notified|briefed)\b/u.exec(
          frame,
        );
      if (!m) return undefined;
      const who = m[1].replace(/^he$/i, 'him').replace(/^she$/i, 'her').replace(/^they$/i, 'them');
      return listenerAt(who, 'object');
    },
  },
];

/**
 * The frame of a statement: its sentence with the statement's own words, and every quotation, taken out, so that a
 * listener inside what was said ("he said the mayor told the council") is not taken for the statement's own.
 */
export function frameOf(q: Quote): Frame {
  let frame = q.sentence;
  const own = ownWords(q);
  const at = own ? frame.indexOf(own) : -1;
  if (at >= 0) frame = `${frame.slice(0, at)} § ${frame.slice(at + own.length)}`;
  const text = frame.replace(/[“"][^”"]*[”"]/g, ' § ').replace(/\s+/g, ' ');
  // (tagged only if a rule asks: most statements are settled by the first rules or have no frame to read)
  let tokens: Token[] | undefined;
  return {
    text,
    get tokens() {
      return (tokens ??= tag(text));
    },
  };
}

/** What a statement itself says: a mixed statement's reported content, another's text. */
const ownWords = (q: Quote) => (q.kind === 'mixed' && q.reported ? q.reported : q.text);

/**
 * Rule (the object of a directive): "urging officials to “find a way”", "ordered the university to admit ...": where
 * a verb whose object is its listener stands right before a statement that opens on a noun phrase and "to", the
 * statement holds its listener first, and that phrase is whom it was said to.
 */
function directiveObject(q: Quote): string | undefined {
  const own = ownWords(q);
  const at = own ? q.sentence.indexOf(own) : -1;
  if (at < 0) return undefined;
  const verb = q.sentence.slice(0, at).trim().split(/\s+/).pop() ?? '';
  if (!verb || !LISTENER_VERBS.has(tag(verb)[0]?.lemma ?? '')) return undefined;
  const m = /^((?:\S+\s+){0,5}?\S+)\s+to\s+[“"]?\p{Ll}/u.exec(own);
  const heard = m ? listenerAt(m[1], 'object') : undefined;
  return heard === m?.[1] ? heard : undefined;
}

/** The addressee of a statement as its frame gives it, written as the text has it, or undefined. */
export function frameAddressee(q: Quote, frame: Frame = frameOf(q)): string | undefined {
  const object = directiveObject(q);
  if (object) return object;
  for (const rule of FRAME_RULES) {
    const heard = rule.find(frame);
    if (heard) return heard;
  }
  return undefined;
}

/**
 * Rule (said to an outlet in a writing): "Roe said in a statement to the Ledger that ...", "..., she said in an
 * interview with CNN.": an outlet after a noun of saying and "to" or "with" is the statement's original source, as
 * "told the Ledger" is.
 */
export function frameOutlet(frame: Frame): string | undefined {
  const m = /\b(\p{L}+)\s+(?:to|with)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}’'&.-]*(?:\s+\p{Lu}[\p{L}\p{N}’'&.-]*){0,3})/u.exec(frame.text);
  if (!m || !communicationNoun(m[1].toLowerCase()) || !isOutletLike(m[2])) return undefined;
  return outletName(m[2]);
}

const speakerOf = (q: Quote) => q.person ?? q.descriptive;
const fold = (s: string) => s.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[^\p{L}\s]/gu, '').trim();
/** Whether two ways of writing someone name one party: "Maris" and "Roger Maris", "the reporter" and "A reporter". */
function sameParty(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const last = (s: string) => s.split(/\s+/).pop()!;
  return last(x) === last(y) && (x.endsWith(y) || y.endsWith(x));
}

/**
 * Rules over the statements of an article in order, once their speakers are known:
 *
 * - Rule (speech goes on to whom it began to): "Marchetti told reporters on a call." then "“Cocoa has doubled.”": a
 *   statement that carries on its speaker's words, with no cue of its own (`carriedOn`), in the same or the next
 *   paragraph, was said to the same listener.
 * - Rule (an answer goes to the asker): "“What do you talk about?” a reporter asked Maris." then "“To tell you the
 *   truth,” Maris said, ...": the one asked who answers next answers the one who asked.
 */
export function addresseesInTurn(quotes: readonly Quote[], carriedOn: (q: Quote) => boolean): void {
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i];
    const who = speakerOf(q);
    if (q.addressee || !who) continue;
    const prev = quotes[i - 1];
    const prevWho = speakerOf(prev);
    if (!prevWho || prev.paragraph < q.paragraph - 1) continue;
    if (prev.addressee && sameParty(prevWho, who) && (carriedOn(q) || prev.sentence === q.sentence)) q.addressee = prev.addressee;
    else if (prev.addressee && /\?\s*$/.test(prev.text) && !sameParty(prevWho, who) && sameParty(prev.addressee, who)) q.addressee = prevWho;
  }
}
