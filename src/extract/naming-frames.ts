// Quoted words that one person's naming frame gives them inside another's report: "Critics say the plan will fail
// because of what Mayor Roe calls “a budget built on sand.”"
import { isCommunicationVerb } from './speech-verbs.js';
import { tag } from './tagger.js';

/**
 * Rule (what one calls it): "Observers believe he is gaining, above all toward what Sen. Hale lists as the first
 * need — “a clearer sense of where our interests lie.”", "Critics point to what Mayor Roe called “a budget built on
 * sand.”": quoted words after "what <someone> calls", "describes as", "lists as", "terms" are that someone's words,
 * not those of the report they stand in; the report keeps its own speaker for its own content. Returns the
 * speaker as written ("Sen. Hale", "he", "the mayor").
 */
export function namingFrameSpeaker(before: string): string | undefined {
  const m = NAMING_FRAME.exec(before) ?? passiveNaming(before);
  if (!m) return undefined;
  const tail = m[2]
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return tail.length <= 6 ? m[1].trim() : undefined;
}

/**
 * Rule (named so by someone, in the passive): "The landing was hailed by a rebel leader, Dr. Juan Ortiz, as having
 * saved “many lives.”", "The levy was branded by the mayor as “a tax on hope.”": a passive verb of communication
 * (WordNet verb.communication: hail, brand, describe, call) with its "by" agent and an "as" before the quoted words
 * gives them to the agent.
 */
function passiveNaming(before: string): [string, string, string] | undefined {
  const m =
    /\b(?:is|was|are|were|been|being)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+(?:ed|en))\s+by\s+([^;:!?“”"]{2,80}?),?\s+as\b([^.;:!?“”"]{0,60})$/u.exec(
      before,
    );
  if (!m) return undefined;
  const lemmas = [tag(m[1])[0]?.lemma ?? m[1], m[1].replace(/ed$/, ''), m[1].replace(/d$/, '')];
  return lemmas.some(isCommunicationVerb) ? [m[0], m[2], m[3]] : undefined;
}

const NAMING_FRAME =
  /\bwhat\s+((?:(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}'’-]+)|he|she|they|(?:the|his|her|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+(?:has\s+|had\s+|once\s+|himself\s+|herself\s+)?(?:calls?|called|terms?|termed|dubs|dubbed|labels?|label(?:l)?ed|describes?\s+as|described\s+as|lists?\s+as|listed\s+as|sees\s+as|saw\s+as|regards?\s+as|regarded\s+as|refers?\s+to\s+as|referred\s+to\s+as)\b([^.;:!?“”"]{0,60})$/u;
