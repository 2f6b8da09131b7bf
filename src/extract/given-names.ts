// Given names, so that a surname that is also a place or a thing ("John Salvador", "Clarence Cannon", "Leonard
// Field") is still read as a person's name. Two well-kept lists decide: compromise's lexicon of first names, and the
// capitalised person entries of WordNet that are not also places ("Washington", "Lincoln" stay ambiguous). Loaded
// on first use, at extraction time only (compromise adds ~60 ms once; extraction is cached).
import { createRequire } from 'node:module';

type Compromise = (text: string) => { has(match: string): boolean };
let nlp: Compromise | undefined;
const seen = new Map<string, boolean>();

/** Whether compromise's lexicon tags a capitalised word as a first name ("Clarence", "Mickey", "Leonard"). */
export function isFirstNameWord(word: string): boolean {
  const w = word.replace(/[.,]$/, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
  let hit = seen.get(w);
  if (hit === undefined) {
    nlp ??= createRequire(import.meta.url)('compromise') as Compromise;
    hit = nlp(w).has('#FirstName');
    seen.set(w, hit);
  }
  return hit;
}

const sexes = new Map<string, 'f' | 'm' | undefined>();

/** The sex compromise's lexicon gives a first name, where it gives one only ("Helen" f, "Harold" m, "Grace" neither). */
export function givenNameSex(word: string): 'f' | 'm' | undefined {
  const w = word.replace(/[.,]$/, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return undefined;
  if (!sexes.has(w)) {
    nlp ??= createRequire(import.meta.url)('compromise') as Compromise;
    const doc = nlp(w);
    const m = doc.has('#MaleName');
    const f = doc.has('#FemaleName');
    sexes.set(w, m === f ? undefined : f ? 'f' : 'm');
  }
  return sexes.get(w);
}
