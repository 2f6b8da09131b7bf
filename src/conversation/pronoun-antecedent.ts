import type { Focus, NameResolver } from './focus.js';

/**
 * Rule "the pronoun's sex chooses whom it means": in a conversation "he" is the latest person asked about whom the
 * story does not show as a woman, "she" the latest it does not show as a man (Person.sex: a courtesy title, the
 * pronouns the articles use for them, else the given name's sex). "They" fits anyone. Why: people go back and forth
 * between two speakers ("what did Mara Quill say?" … "what did the operator's spokesman Tobias Wren say?" … "and
 * what else did she say?"), and a pronoun read without its sex would answer with the wrong person's words.
 * A person whose sex the story does not show fits either pronoun, as the latest one always did.
 */

export type PronounSex = 'f' | 'm' | undefined;

/** The sex a pronoun asks for: he, him, his (m); she, her, hers (f); they, them, their (either). */
export function pronounSex(pronoun: string): PronounSex {
  const p = pronoun.toLowerCase();
  return /^(?:he|him|his|himself)$/.test(p) ? 'm' : /^(?:she|her|hers|herself)$/.test(p) ? 'f' : undefined;
}

/** The people a pronoun may stand for, latest first: the last answer's person, then those before. */
export function candidates(focus: Focus): string[] {
  return [...new Set([focus.person, ...(focus.earlier ?? [])].filter((p): p is string => !!p))];
}

/** Whom the pronoun means, and whom it passed over for their sex ("he" past Mara Quill to Tobias Wren). */
export interface Antecedent {
  person?: string;
  /** The later people the pronoun could not mean. */
  passed: string[];
}

export function antecedentOf(pronoun: string, focus: Focus, names: NameResolver): Antecedent {
  const want = pronounSex(pronoun);
  const people = candidates(focus);
  if (!want) return { person: people[0], passed: [] };
  const passed: string[] = [];
  for (const p of people) {
    const sex = names.sex?.(p);
    if (!sex || sex === want) return { person: p, passed };
    passed.push(p);
  }
  return { passed };
}

/** "a man" / "a woman": how the asker is told why the latest person was passed over. */
export function sexWord(sex: PronounSex): string {
  return sex === 'f' ? 'a woman' : 'a man';
}
