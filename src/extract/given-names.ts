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

/** Given names the lexicon files as women's that men in the news bear too. */
const MEN_TOO =
  /^(?:Nikita|Patrice|Jules|Sasha|Dominique|Kim|Jess|Jody|Lynn|Gale|Lacy|Beverly|Shelby|Carol|Leslie|Dana|Tracy|Stacy|Kelly|Jackie|Billie|Bobbie|Toni|Nicky|Laurie|Hilary|Ashley|Courtney|Whitney|Lindsay|Shannon|Evelyn|Vivian|Joyce|Marion|Clare|Jan|Sandy|Jean|Andrea|Mischa|Misha|Valentin|Ilya|Zhenya)$/;

/** Whether a given name the lexicon files as a woman's is one men in the news bear too ("Nikita", "Leslie"). */
export function menBearToo(word: string): boolean {
  return MEN_TOO.test(word);
}
