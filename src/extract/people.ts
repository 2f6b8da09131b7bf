import { editDistance, nameKey, type NameVariants, phoneticKey } from './names.js';
import type { ArticlePerson } from './quotes.js';
import { givenNameSex, menBearToo } from './given-names.js';

/** A person across the whole corpus, spellings merged. */
export interface Person {
  id: string;
  name: string;
  variants: string[];
  roles: { role: string; articleId: string }[];
  age?: number;
  /**
   * The sex the text shows: a courtesy title ("Mrs.", "Mr."), a word for a man or a woman, the pronouns the articles
   * use for them ("she said"), where every article that shows one agrees; else the sex compromise's lexicon gives
   * their first name (givenNameSex), where it gives one only. For reading "he" and "she" in a conversation.
   */
  sex?: 'f' | 'm';
  /** Articles that mention them. */
  articles: string[];
}

/** A name keyed for matching once, so comparing it with many others costs no re-folding. */
export interface NameProfile {
  /** Every word through the alias list, folded ("zelenskyy", not "zelensky"). */
  tokens: string[];
  /** Phonetic keys of the first and last token. */
  firstKey: string;
  lastKey: string;
}

export function nameProfile(name: string, variants: NameVariants): NameProfile {
  const tokens = nameKey(variants.canonicalName(name))
    .replace(/\s+(?:jr|sr|ii|iii|iv)$/, '') // "Joseph E. Harvey Jr." is a Harvey
    .split(' ')
    .map((t) => nameKey(variants.canonicalName(t)))
    .filter(Boolean);
  return { tokens, firstKey: tokens.length ? phoneticKey(tokens[0]) : '', lastKey: tokens.length ? phoneticKey(tokens[tokens.length - 1]) : '' };
}

/** Whether two profiles name the same person: same surname (by list or by sound) and compatible first names. */
export function sameProfile(x: NameProfile, y: NameProfile): boolean {
  if (!x.tokens.length || !y.tokens.length) return false;
  const sx = x.tokens[x.tokens.length - 1];
  const sy = y.tokens[y.tokens.length - 1];
  const surnames = sx === sy || (x.lastKey === y.lastKey && x.lastKey !== '' && editDistance(sx, sy, 2) <= 2);
  if (!surnames) return false;
  if (x.tokens.length === 1 || y.tokens.length === 1) return true;
  return x.tokens[0] === y.tokens[0] || x.firstKey === y.firstKey;
}

/**
 * Merges the people each article knows into one registry. Returns it and a map from
 * `${articleId}\u0000${name as the article knows it}` to the person's id.
 */
export function mergePeople(
  perArticle: { articleId: string; people: ArticlePerson[] }[],
  variants: NameVariants,
): { people: Person[]; byArticleName: Map<string, string> } {
  const people: Person[] = [];
  // Profiles of each person's display name, in step with `people`: keyed once, compared many times.
  const profiles: NameProfile[] = [];
  const byArticleName = new Map<string, string>();
  // People two articles show as of different sexes (two people of one name, or a misread pronoun): no sex is kept.
  const sexUnclear = new Set<string>();
  // Full names first, so a bare surname elsewhere joins the full name rather than the other way round.
  const entries = perArticle.flatMap(({ articleId, people: ps }) => ps.map((p) => ({ articleId, p })));
  entries.sort((a, b) => b.p.name.split(' ').length - a.p.name.split(' ').length);
  for (const { articleId, p } of entries) {
    const profile = nameProfile(p.name, variants);
    // A bare surname is not the woman its article calls "Mrs." or "Miss" (Kowalski beside Mrs. Eleanor Kowalski).
    const courtesy = (x: Person) => !p.name.includes(' ') && x.roles.some((r) => r.articleId === articleId && /\b(?:Mrs|Miss|Ms)\b/.test(r.role));
    const candidates = people.filter((x, i) => sameProfile(profiles[i], profile) && !courtesy(x));
    let person = candidates.length === 1 || (candidates.length > 1 && p.name.includes(' ')) ? candidates[0] : undefined;
    if (!person) {
      person = { id: `person:${people.length}`, name: p.name, variants: [], roles: [], articles: [] };
      people.push(person);
      profiles.push(profile);
    }
    for (const v of [p.name, ...p.variants]) if (v !== person.name && !person.variants.includes(v)) person.variants.push(v);
    for (const role of p.roles) {
      if (person.roles.some((r) => nameKey(r.role) === nameKey(role))) continue;
      // a fuller role takes the place of the bare title it holds ("Ukrainian President" for "President")
      const bare = person.roles.findIndex((r) => ` ${nameKey(role)} `.includes(` ${nameKey(r.role)} `));
      if (bare >= 0) person.roles[bare] = { role, articleId };
      else person.roles.push({ role, articleId });
    }
    if (p.age !== undefined) person.age ??= p.age;
    if (p.gender && !sexUnclear.has(person.id)) {
      if (person.sex && person.sex !== p.gender) {
        sexUnclear.add(person.id);
        delete person.sex;
      } else person.sex = p.gender;
    }
    if (!person.articles.includes(articleId)) person.articles.push(articleId);
    byArticleName.set(`${articleId}\u0000${p.name}`, person.id);
  }
  // Display the canonical spelling where the alias list names one ("Zelenskyy", not "Zelensky").
  for (const person of people) {
    // (the given name's sex only where no article shows one, and a name men bear too says neither)
    const first = person.name.split(' ')[0];
    if (!person.sex && !sexUnclear.has(person.id) && person.name.includes(' ') && !menBearToo(first)) {
      const sex = givenNameSex(first);
      if (sex) person.sex = sex;
    }
    const canon = person.name
      .split(' ')
      .map((t) => (variants.has(t) ? variants.canonicalName(t) : t))
      .join(' ');
    if (canon !== person.name) {
      if (!person.variants.includes(person.name)) person.variants.push(person.name);
      person.name = canon;
    }
  }
  return { people, byArticleName };
}
