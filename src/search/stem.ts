import lunr from 'lunr';

// Questions reuse a small vocabulary, and Lunr's Porter stemmer runs a dozen regular expressions per word:
// remembering stems keeps them off the answer path. Bounded, because user text can hold any word.
const MAX_REMEMBERED = 50_000;
const remembered = new Map<string, string>();

/** A word's stem, exactly as Lunr's pipeline stems index terms (so a stem can be looked up in the index). */
export function stem(word: string): string {
  let s = remembered.get(word);
  if (s === undefined) {
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    s = lunr.stemmer(new lunr.Token(word, {})).toString();
    remembered.set(word, s);
  }
  return s;
}

/** Whether Lunr keeps this word in an index at all (its stop-word filter drops "among", "just", …). */
export function indexable(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word, {})) !== undefined;
}
