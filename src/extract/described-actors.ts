// A person the text describes rather than names, doing something: who speaks next.
import type { Subject } from './discourse.js';
import { descHead, PLURAL_DESC, personWord } from './described-sources.js';

/**
 * Rule (a described person's action shows who speaks next): "“Long drive?” the porter asked." / "“Too long.”" / "The
 * porter shook his head." / "“Nobody walks it any more.”": a one-sentence paragraph of someone doing something, then
 * a quotation alone, is that one speaking, whether the text names them ("Dekker shrugged.") or describes them ("the
 * porter", "an old woman"), not the turn-taking of the exchange before. Only one person described: a group ("the
 * porters") or a body ("the council") is left to the other rules.
 */
export function describedPerson(s: Subject | undefined): boolean {
  if (!s?.desc || s.p || s.plural || /^the writer\b/.test(s.desc)) return false;
  const head = descHead(s.desc).trim().split(/\s+/).pop() ?? '';
  return !PLURAL_DESC.test(head) && personWord(head);
}
