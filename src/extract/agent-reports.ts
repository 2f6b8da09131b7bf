import type { Token } from './tagger.js';
import { isPersonNoun } from './wordnet.js';

/**
 * Reports whose source stands after "by": a passive verb of taking a stand ("was recommended by the panel") and a
 * noun of saying with its agent ("a pledge by the governor to ..."). Each returns token offsets; the caller reads
 * the noun phrase after "by" as the source.
 */

/** Bodies that speak as one, beside the source nouns of reported-speech.ts: "the panel", "the legislature". */
export const BODY_NOUN = /^(?:panels?|groups?|legislatures?|senate|house|assembly|cabinet|conferences?|caucus|convention|chamber|delegations?|coalition|federation|league|society)$/i;

/**
 * Verbs of urging or taking a side in words: in the passive the "by" phrase names who urged or opposed, and what
 * was urged is the statement. Acts done by someone ("was approved by the council", "was signed by the governor")
 * are deeds, not statements, and stay out; so do "proposed by", "suggested by" and "favored by", which name an author
 * or a cause as often as a speaker ("a design proposed by the architect", "a pattern suggested by the data").
 */
const STAND_VERBS = new Set(['recommend', 'urge', 'advocate', 'demand', 'oppose', 'criticize', 'criticise', 'denounce', 'condemn', 'deplore', 'dispute', 'endorse']);

/**
 * Rule "passive with its agent": `A new park was also recommended by the panel.`, `The plan was opposed by Mayor
 * Ilse Varo, who called it costly.` The passive of a verb of urging or opposing names its source after "by"; what
 * was urged or opposed, as the sentence gives it up to "by", is the statement. `v` is the participle; returns the
 * offset of "by" when the sentence reads so (a form of "be" before the participle, "by" right after it).
 */
export function passiveAgentBy(tokens: readonly Token[], v: number, outlet: (i: number) => boolean): number | undefined {
  const t = tokens[v];
  if (t.pos !== 'VERB' || !STAND_VERBS.has(t.lemma) || !/(?:ed|en)$/i.test(t.lower)) return undefined;
  let a = v - 1;
  while (a >= 0 && tokens[a].pos === 'ADV') a--;
  if (a < 1 || tokens[a].lemma !== 'be' || !outlet(a)) return undefined;
  if (tokens.slice(Math.max(0, a - 1), v).some((x) => /^(?:not|n't|never)$/i.test(x.lower))) return undefined;
  // the passive is the sentence's main clause, its subject what stands before it: a verb or a relative word before
  // ("a levy that was opposed by ...", "Critics said the plan was opposed by ...") makes it part of another clause,
  // whose own rules read it
  if (tokens.slice(0, a).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'SCONJ' || /^(?:that|which|who|whom|whose)$/i.test(x.lower))) return undefined;
  // a person as the subject ("Mayor Lee was criticized by the board") names who was treated so, not what was said
  if (isPersonNoun(tokens[a - 1].lemma) || (a === 1 && tokens[0].pos === 'PRON')) return undefined;
  const by = v + 1;
  if (tokens[by]?.lower !== 'by' || !outlet(by)) return undefined;
  return by;
}

/**
 * Nouns of promising or calling for: with "to" they carry what was promised ("a pledge to cut the rates"), as a verb
 * of promising does ("pledged to cut the rates").
 */
const PROMISE_NOUNS = new Set(['pledge', 'promise', 'vow', 'call', 'plea', 'appeal', 'offer', 'threat', 'proposal', 'demand', 'bid']);

/**
 * Rule "noun of promising with its agent": `The session closed with a pledge by the governor “to cut the rates.”` A
 * noun of promising or calling for, its agent after "by" or "from", and the "to" clause after the agent: the agent
 * promised or called for what the clause says. (The "that" clause of such a noun is the report noun rule's:
 * "a remark by Councilman Olin Park that the tax was unfair".) `v` is the noun; returns the offset where the agent
 * starts, the caller finding the "to" after it.
 */
export function promiseNounAgent(tokens: readonly Token[], v: number, outlet: (i: number) => boolean): number | undefined {
  const t = tokens[v];
  if (t.pos !== 'NOUN' || !PROMISE_NOUNS.has(t.lemma) || !outlet(v)) return undefined;
  if (!/^(?:by|from)$/i.test(tokens[v + 1]?.lower ?? '') || !outlet(v + 1)) return undefined;
  if (tokens.slice(Math.max(0, v - 3), v).some((x) => /^(?:no|not|never|without)$/i.test(x.lower))) return undefined;
  return v + 2;
}
