// Quoted words that run on from the sentence before: an opinion piece or a review reports someone and then goes on in
// their quoted words, finishing a sentence of its own or after a colon, with no verb of saying for them.
import { descHead, personWord, singular } from './described-sources.js';
import type { Discourse } from './discourse.js';
import type { Quote } from './quotes.js';
import type { Token } from './tagger.js';
import { SOURCE_NOUN } from './reported-speech.js';
import { isCommonNoun } from './wordnet.js';

/** The statements of one sentence that had a speaker, and where the sentence stood. */
export interface SentenceSpeakers {
  quotes: readonly Quote[];
  sentence: number;
  paragraph: number;
}

/**
 * Rule (the words run on from the sentence before): "Noting the difficulties, he has said that they ought not to
 * discourage anyone. For discouragement, “would show a want of faith.”", "Then it added: “It is not possible to
 * say.” ... Then, to close on a doubtful note: “But it may yet be.”": quoted words with no attribution and no verb of
 * saying of their own, in the sentence right after one that gave a statement its speaker, go on with that speaker's
 * words, as a quotation alone in its sentence does. In the same paragraph; or in the next, where the outlet's words
 * lead in to the quotation with a colon (a new paragraph that opens on quoted words without a colon has a speaker
 * the turn rules decide). Not where the sentence makes someone else its subject ("Her critics have a “case.”"), and
 * not for the writer's own words.
 */
export function runOnSpeaker(
  ctx: Discourse,
  before: SentenceSpeakers | undefined,
  paragraph: number,
  leadsIn: boolean,
  tokens: readonly Token[],
  quoted: (i: number) => boolean,
): Quote | undefined {
  if (!before || before.sentence !== ctx.sentenceNo - 1) return undefined;
  if (before.paragraph !== paragraph && !(leadsIn && before.paragraph === paragraph - 1)) return undefined;
  const from = [...before.quotes].reverse().find((q) => q.person || q.descriptive);
  if (!from || /^the writer\b/.test(from.descriptive ?? '')) return undefined;
  const someoneElse = ctx.subjects.some(
    (s) =>
      s.sentence === ctx.sentenceNo &&
      (s.p
        ? s.p.name !== from.person
        : s.desc !== from.descriptive &&
          (!!s.plural ||
            personWord(
              descHead(s.desc ?? '')
                .split(/\s+/)
                .pop() ?? '',
            ))),
  );
  return someoneElse ||
    namesAnother(tokens, quoted, `${from.person ?? ''} ${from.descriptive ?? ''} ${from.speakerAsWritten ?? ''}`)
    ? undefined
    : from;
}

/**
 * Whether the outlet's own words of the sentence name someone who could be speaking: a proper name, a word for a
 * person or a personal pronoun ("Her rivals, Tom Hale and Al Burt, call that “...”") that is no word of the speaker's
 * ("Having weighed the options, NWA went on: “...”" names the National Water Authority again, by its initials).
 */
/** A noun only for people, or a source noun: "rivals", "officials"; not "sort", which WordNet has for a kind too. */
function someone(word: string): boolean {
  return SOURCE_NOUN.test(word) || (personWord(word) && !isCommonNoun(word));
}

function namesAnother(tokens: readonly Token[], quoted: (i: number) => boolean, speaker: string): boolean {
  const own = new Set(
    speaker
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean),
  );
  // (and the initials of its capitalised words: "NWA" for the National Water Authority)
  own.add((speaker.match(/\b\p{Lu}/gu) ?? []).join('').toLowerCase());
  return tokens.some(
    (t, i) =>
      !quoted(i) &&
      !own.has(t.lower) &&
      (t.pos === 'PROPN' ||
        (t.pos === 'NOUN' && someone(singular(t.lower))) ||
        (t.pos === 'PRON' && /^(?:he|she|they|we|i|you|him|her|them|us|me)$/.test(t.lower))),
  );
}
