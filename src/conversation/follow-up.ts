import type { Focus, NameResolver } from './focus.js';
import { FOLLOW_UP_RULES, type FollowUp } from './follow-up-rules.js';

/** Longest question read as a follow-up; a long question carries its own context. */
const FOLLOW_UP_CHARS = 300;

/**
 * Reads `question` against the focus of the last answer in the same conversation: the question rewritten to
 * stand on its own, with a note saying how it was read, or undefined when it already stands on its own (or
 * there is nothing to lean on). Pure text in, text out: the rewritten question is answered like any other.
 */
export function followUp(question: string, focus: Focus | undefined, names: NameResolver): FollowUp | undefined {
  if (!focus || typeof question !== 'string') return undefined;
  const text = question.replace(/\s+/g, ' ').trim();
  if (!text || text.length > FOLLOW_UP_CHARS) return undefined;
  for (const rule of FOLLOW_UP_RULES) {
    const read = rule.apply(text, focus, names);
    // (a question asked back, "whom do you mean?", leaves the question as it was)
    if (read && (read.clarify || read.question.toLowerCase() !== text.toLowerCase())) return read;
  }
  return undefined;
}
