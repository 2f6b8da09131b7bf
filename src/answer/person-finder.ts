import { nameKey, type NameVariants, phoneticKey } from '../extract/names.js';
import { nameProfile, type NameProfile, type Person, sameProfile } from '../extract/people.js';

// Titles people put before a name in a question ("President Zelensky") that no article's name list holds.
const TITLE = /^(?:the\s+)?(?:president|minister|mr|mrs|ms|dr|general|commander)\s+/i;

/**
 * Finds the person a question names, by any spelling: alias list, surname alone, sound, or one typo.
 * Every person's spellings are keyed once, when the story loads, so a lookup costs one pass over
 * precomputed keys rather than re-folding every name in the story.
 */
export class PersonFinder {
  private readonly byKey = new Map<string, Person>();
  private readonly profiles: { person: Person; profile: NameProfile }[] = [];
  private readonly tokens: { person: Person; token: string; sound: string }[] = [];

  /** `people` in story order; `rank` orders several sound-alike matches (the most quoted first). */
  constructor(
    people: readonly Person[],
    private readonly variants: NameVariants,
    private readonly rank: (p: Person) => number,
  ) {
    for (const person of people) {
      for (const spelling of [person.name, ...person.variants]) {
        const key = nameKey(spelling);
        // The first person in story order keeps a spelling two people share.
        if (key && !this.byKey.has(key)) this.byKey.set(key, person);
        this.profiles.push({ person, profile: nameProfile(spelling, variants) });
      }
      for (const token of nameKey(person.name).split(' '))
        if (token) this.tokens.push({ person, token, sound: token.length >= 4 ? phoneticKey(token) : '' });
    }
  }

  find(name: string): Person | undefined {
    const key = nameKey(name.replace(TITLE, ''));
    if (!key) return undefined;
    const exact = this.byKey.get(key);
    if (exact) return exact;
    const asked = nameProfile(key, this.variants);
    const matches = new Set<Person>();
    for (const { person, profile } of this.profiles) if (sameProfile(profile, asked)) matches.add(person);
    if (matches.size) return [...matches].sort((a, b) => this.rank(b) - this.rank(a))[0];
    // A first name alone ("Olena"), or a sound-alike of one word of a name.
    const words = key.split(' ');
    const sounds = new Set(words.filter((w) => w.length >= 4).map(phoneticKey));
    return this.tokens.find(({ token, sound }) => words.includes(token) || (sound !== '' && sounds.has(sound)))?.person;
  }
}
