import { antecedent } from './antecedents.js';
import { BODY_NOUN } from './agent-reports.js';
import { descHead, INSTITUTION } from './described-sources.js';
import type { Discourse } from './discourse.js';
import { SOURCE_NOUN } from './reported-speech.js';
import { isCommunicationNoun, isPersonNoun, isThingNoun } from './wordnet.js';

/**
 * Rule "an it that speaks is a body": `The board met at noon. Repaving of Elm Street was begun. It asked that the
 * council act.` An "it" that says, urges or asks stands for something that can: a body ("the board", "the city"), a
 * document ("the report", "the letter"), a named organisation ("Orrin Mills") or a person word. A work, a plan or
 * an activity ("Repaving of Elm Street", "the bill") may be the last "it" in view, but it asks nothing; the nearest
 * subject that can speak is meant, or no one.
 */
export function canSpeakAsIt(desc: string): boolean {
  const words = descHead(desc).trim().split(/\s+/);
  const head = (words[words.length - 1] ?? '').replace(/['’]s?$/, '');
  const lower = head.toLowerCase();
  // an activity ("repaving", "the bombing") does nothing itself, whatever its capital at the sentence's start
  if (/ing$/.test(lower)) return false;
  if (INSTITUTION.test(lower) || SOURCE_NOUN.test(lower) || BODY_NOUN.test(lower) || isCommunicationNoun(lower) || isPersonNoun(lower)) return true;
  // a name ("Orrin Mills", "the Harbour Board"): capitalised and no common word for a thing
  return /^\p{Lu}/u.test(head) && !isThingNoun(lower);
}

/**
 * Whom a speaking "it" means: the antecedent rule over the subjects in view that can speak.
 * Rule (what has spoken can speak again): "Brightwater Plastics said it had shut the tower. / “Our thoughts are with
 * the families,” it said.": a subject the article has already given a statement to is something that speaks, even
 * where its words look like a thing's ("Plastics", "Steel Works")
 */
export function speakingItAntecedent(ctx: Discourse): ReturnType<typeof antecedent> {
  const view: Discourse = Object.create(ctx);
  const spoke = new Set(ctx.quotes.map((q) => q.descriptive).filter(Boolean));
  Object.defineProperty(view, 'subjects', { value: ctx.subjects.filter((s) => s.p || !s.desc || canSpeakAsIt(s.desc) || spoke.has(s.desc)) });
  return antecedent(view, 'it');
}
