// People a story calls by a given name alone: children, family, dancers, the people of a story column or a review.
import { isFirstNameWord } from './given-names.js';
import { tag, type Token } from './tagger.js';
import { isCommonNoun } from './wordnet.js';

/** A given name standing alone as a clause's subject, where the sentence has it. */
export interface GivenNameSubject {
  name: string;
  /** Whether it opens the sentence's main clause (then it is the sentence's subject, not one clause's). */
  opens: boolean;
}

/**
 * Rule (a given name alone is a person): "... when the screen door opened and Pam burst out.", "Marlene (surname:
 * Adamo), 25, is about the best dancer working the club.", "Leila, 25, is a painter.": a capitalised word the lexicon
 * of first names knows, with no other capitalised word beside it (so no part of a full name, which the name rules
 * read), that is the subject of a verb or is set off by a bracket or an age, names a person the story calls by that
 * name alone, as story columns, features and reviews call children, families and performers. She is in view for the
 * next "she" ("“Dad!” She said." is Pam, not the cat of the paragraph before). Her sex is left for the text to show:
 * many given names are surnames too ("Maris", "Gilbert"), so the lexicon's sex is no evidence against a later "he". A word that is also a common noun ("Grace", "May", "Will") is read
 * as a name only where a bracket or an age after it shows it is one, since a capital at the sentence's start shows
 * nothing.
 */
export function givenNameSubjects(tokens: readonly Token[], quoted: (i: number) => boolean): GivenNameSubject[] {
  const found: GivenNameSubject[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (quoted(i) || !isFirstNameWord(t.text)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!next) continue;
    // (part of a longer name, "Pam Roe" or "Mrs. Pam", or a possessive "Pam's": the name rules' business)
    if (prev && /^\p{Lu}/u.test(prev.text) && !/^(?:And|But|Then|When|While|As|Now|So|Suddenly)$/.test(prev.text)) continue;
    if (/^\p{Lu}/u.test(next.text) || /^['’]s?$/.test(next.text)) continue;
    const setOff = next.text === '(' || (next.text === ',' && tokens[i + 2]?.pos === 'NUM');
    // (the tagger may read a verb after an unknown name as a noun, "Pam burst out": asked again after a "she", where
    // a particle or a stop follows it; "Irene suits rate high" is a brand's suits)
    const verb = next.pos === 'VERB' || next.pos === 'AUX' || (/^\p{Ll}+$/u.test(next.text) && ['ADP', 'PART', 'PUNCT', 'ADV'].includes(tokens[i + 2]?.pos ?? 'PUNCT') && ['VERB', 'AUX'].includes(tag(`She ${next.text} ${tokens[i + 2]?.text ?? ''}`)[1]?.pos ?? ''));
    if (!setOff && !(verb && !isCommonNoun(t.text))) continue;
    // (a subject: the name opens its clause, after the sentence's start, a comma or a joining word)
    if (prev && !/^(?:,|;|and|but|then|when|while|as|now|so|suddenly|And|But|Then|When|While|As|Now|So|Suddenly)$/.test(prev.text)) continue;
    found.push({ name: t.text, opens: i === 0 || /^(?:And|But|Then|Now|So|Suddenly)$/.test(prev?.text ?? '') });
  }
  return found;
}
