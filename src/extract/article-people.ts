// The article's people registry: finding a person by a surname, a first name or a full name as the article wrote
// it, keeping family members with one surname apart by their courtesy titles and sexes, and the roles they hold.
import type { Discourse } from './discourse.js';
import { asNounPhrase } from './noun-phrase.js';
import { SPEECH_VERB, stripLeadingClauses } from './cues.js';
import { editDistance, nameKey } from './names.js';
import { parseSpeakerPhrase } from './speaker-phrase.js';
import { isCommunicationNoun, isGivenName, isNotPersonName, isPersonNoun, isThingNoun } from './wordnet.js';
import { givenNameSex } from './given-names.js';
import type { ArticlePerson } from './quotes.js';

export function mention(ctx: Discourse, p: ArticlePerson, sentence = ctx.sentenceNo) {
  ctx.recent.push(p);
  ctx.mentionedAt.set(p, sentence);
}

/**
 * The person an article already knows by this name. `title` is how this mention is titled or described ("Mrs.",
 * "her stepson"): a woman the text calls "Mrs." and a man it calls "Mr." or "her son" are two people however
 * their surnames agree, so family members who share a surname stay apart.
 */
export function findPerson(ctx: Discourse, name: string, title?: string): ArticlePerson | undefined {
  const key = nameKey(name);
  const want = title ? genderOfWords(title) : undefined;
  const courtesy = title !== undefined && /\b(?:Mrs|Miss|Ms|Mme)\b/.test(title);
  // a bare surname untitled is not the woman the text calls "Mrs." (her husband, her stepson); a gendered
  // title or family word never joins someone known to be the other sex
  // "Mrs." is the mother, "Miss" the daughter: two women with one surname
  const married = title ? marriedTitle(title) : undefined;
  const conflicts = (p: ArticlePerson) =>
    (want !== undefined && p.gender !== undefined && p.gender !== want) ||
    (married !== undefined && p.roles.some((r) => marriedTitle(r) === (married === 'mrs' ? 'miss' : 'mrs')));
  const fits = (p: ArticlePerson) =>
    (!want || !p.gender || p.gender === want) &&
    !kinOfTitle(p, title) &&
    (courtesy || !courtesyWoman(p) || (parts.length > 1 && !want)) &&
    // ... nor is "Mrs. Anna Roe" the "Roe" the text names bare, untitled (her brother-in-law)
    (!courtesy || courtesyWoman(p) || p.name.includes(' ')) &&
    (!married || p.roles.every((r) => marriedTitle(r) !== (married === 'mrs' ? 'miss' : 'mrs')));
  const parts = key.split(' ');
  const surname = parts[parts.length - 1];
  // "Joseph E. Harvey Jr." is Harvey: a generational suffix is no surname
  const lastOf = (full: string) =>
    full
      .replace(/\s+(?:jr|sr|ii|iii|iv)$/, '')
      .split(' ')
      .pop();
  return (
    ctx.people.find((p) => (nameKey(p.name) === key || p.variants.some((v) => nameKey(v) === key)) && (parts.length > 1 ? !conflicts(p) : fits(p))) ??
    // A bare surname is not the woman the text calls "Mrs." or "Miss" on every mention ("Kowalski said" beside Mrs. Eleanor Kowalski).
    (parts.length === 1 ? ctx.people.find((p) => lastOf(nameKey(p.name)) === surname && fits(p)) : undefined) ??
    // "Joe" after "Joe Dekker": a given name alone is the one person of the article who has it first (two Joes, or
    // a Joe who is also someone's surname, are left unresolved rather than guessed)
    (parts.length === 1 ? byGivenName(ctx, surname) : undefined) ??
    ctx.people.find((p) => {
      const full = nameKey(p.name).split(' ');
      // "Kuzyk" written "Kuzan": a surname-only mention close to someone the article already named.
      return (
        parts.length === 1 &&
        fits(p) &&
        surname.length >= 4 &&
        full.length > 1 &&
        full[full.length - 1].slice(0, 3) === surname.slice(0, 3) &&
        editDistance(full[full.length - 1], surname, 2) <= 2
      );
    }) ??
    // "Olena Matvienko" after a bare "Matvienko": upgrade the bare one.
    (parts.length > 1 ? ctx.people.find((p) => !p.name.includes(' ') && nameKey(p.name) === surname && fits(p)) : undefined) ??
    // "Claude Ardois" after "Her husband, Claude": a feature gives a first name, then the full one (the one person
    // known by that first name alone, not of the other sex)
    (parts.length > 1 ? byBareGiven(ctx, parts[0], want) : undefined)
  );
}

/**
 * Rule (the governor's daughter is not the governor): "the governor's daughter, Ann Lowry" and then "Governor Lowry did
 * not deny it." are two people, father and daughter: a surname titled with the very office whose holder the person
 * was introduced as kin of ("the senator's wife", "the mayor's son") is that holder, not the kin.
 */
function kinOfTitle(p: ArticlePerson, title: string | undefined): boolean {
  if (!title) return false;
  const office = roleWords(title).split(' ');
  return p.roles.some((r) => {
    const m = /^(?:the\s+)?([\p{L}-]+)['’]s\s+(?:\p{Ll}+\s+)?(?:daughter|son|wife|husband|widow|mother|father|brother|sister|niece|nephew|grandson|granddaughter|child|children)$/iu.exec(r.trim());
    return !!m && office.includes(roleWords(m[1]));
  });
}

function byBareGiven(ctx: Discourse, given: string, want: 'f' | 'm' | undefined): ArticlePerson | undefined {
  const bare = ctx.people.filter((p) => !p.name.includes(' ') && nameKey(p.name) === given && p.roles.length > 0);
  return bare.length === 1 && (!want || !bare[0].gender || bare[0].gender === want) ? bare[0] : undefined;
}

function byGivenName(ctx: Discourse, given: string): ArticlePerson | undefined {
  if (!isGivenName(given.charAt(0).toUpperCase() + given.slice(1))) return undefined;
  const firsts = ctx.people.filter((p) => {
    const full = nameKey(p.name).split(' ');
    return full.length > 1 && full[0] === given;
  });
  return firsts.length === 1 ? firsts[0] : undefined;
}

export function addPerson(ctx: Discourse, given: string, role?: string, age?: number, spoke = false): ArticlePerson {
  // a place, a time or a sentence adverb is never a person, whichever path it came by: keep it off the list
  if (isNotPersonName(given, spoke)) return { name: given, roles: [], variants: [] };
  // Rule (a wife by her husband's name): "Mrs. Harold Pell" is Harold Pell's wife, never Harold Pell, so her name
  // keeps its "Mrs." wherever the given name is a man's
  const name =
    role && /\bMrs\b/.test(role) && given.includes(' ') && givenNameSex(given.split(/\s+/)[0]) === 'm' ? `Mrs. ${given}` : given;
  let p = findPerson(ctx, name, role);
  if (!p) {
    p = { name, roles: [], variants: [] };
    if (role) noteGender(p, role);
    ctx.people.push(p);
  } else if (name !== p.name) {
    if (
      name.split(' ').length > p.name.split(' ').length &&
      (nameKey(name).endsWith(nameKey(p.name)) || (!p.name.includes(' ') && nameKey(name).startsWith(`${nameKey(p.name)} `)))
    ) {
      p.variants.push(p.name);
      p.name = name;
    } else if (!p.variants.includes(name)) p.variants.push(name);
  }
  if (role && !p.roles.some((r) => nameKey(r) === nameKey(role))) {
    // a fuller role takes the place of the bare title it holds ("Ukrainian President" for "President")
    const bare = p.roles.findIndex((r) => ` ${nameKey(role)} `.includes(` ${nameKey(r)} `));
    if (bare >= 0) p.roles[bare] = role;
    else p.roles.push(role);
  }
  if (age !== undefined) p.age ??= age;
  return p;
}

/** "Mrs." for a married woman, "Miss" for an unmarried one ("Ms." says neither). */
function marriedTitle(text: string): 'mrs' | 'miss' | undefined {
  return /\bMrs\b/.test(text) ? 'mrs' : /\bMiss\b/.test(text) ? 'miss' : undefined;
}

/** A woman the text calls "Mrs." or "Miss": a bare surname elsewhere in the article is someone else (her husband, her father). */
function courtesyWoman(p: ArticlePerson): boolean {
  return p.roles.some((r) => /\b(?:Mrs|Miss|Ms)\b/.test(r));
}

/** Titles written short before a name, as a later "the lieutenant" or "the governor" calls them. */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  lt: 'lieutenant',
  sgt: 'sergeant',
  capt: 'captain',
  col: 'colonel',
  gen: 'general',
  maj: 'major',
  adm: 'admiral',
  cmdr: 'commander',
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  dr: 'doctor',
  prof: 'professor',
  det: 'detective',
  supt: 'superintendent',
  insp: 'inspector',
  atty: 'attorney',
  rev: 'reverend',
  pres: 'president',
  sec: 'secretary',
  secy: 'secretary',
  comr: 'commissioner',
};

/** A role's words in lower case with its abbreviated titles spelt out: "Lt." is "lieutenant". */
export function roleWords(role: string): string {
  return role
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean)
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w)
    .join(' ');
}

/**
 * Rule (the owner is not the officer): "Dr. Amara Okafor-Reyes, the authority's director of public health" is the
 * authority's person, not the authority, so a later "the health authority said" is the body itself. The words a
 * later "the director" or "the president" may call someone by are the role's words less its possessors ("the
 * authority's", "the company's"); "the company's president" answers to "the president", never to "the company".
 */
export function roleNouns(role: string): string {
  return roleWords(role.replace(/[\p{L}\p{N}.-]+(?:['’]s|s['’])(?=\s|$)/gu, ' '));
}

/** A capitalised run in subject position is a person when a title or a first name shows it, not a place or a body. */
export function personLike(phrase: string, name: string): boolean {
  if (isNotPersonName(name)) return false;
  if (!name.includes(' ') && isPersonNoun(name)) return false; // "Stepson", "Coach": a title with no name
  if (
    /\b(?:County|City|State|University|College|School|Street|St|Avenue|Ave|Road|Company|Co|Corp|Inc|Club|Association|Board|Committee|Council|Church|Hall|Department|Court|Corps|Government|Service|Party|Hotel|Hospital|Station)\b\.?/.test(
      name,
    )
  )
    return false;
  const titled =
    /\b(?:Mr|Mrs|Miss|Ms|Dr|Rep|Sen|Gov|Rev|Sgt|Capt|Lt|Col|Gen)\b\.?/.test(phrase) ||
    phrase.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && isPersonNoun(w));
  if (titled) return true;
  // untitled, "Olivet Cemetery" and "Frankford Elevated" end in a word for a place or a thing: no person
  // (a title settles it: "Judge Carl Bond")
  if (isThingNoun(name.split(' ').pop() ?? '') && !(name.includes(' ') && isGivenName(name.split(' ')[0])))
    return false;
  return name.split(' ').length >= 2;
}

/** Mrs., Miss and a woman's role word say she; Mr. and a man's say he. */
export function noteGender(p: ArticlePerson, written: string) {
  p.gender ??= genderOfWords(written);
}

/**
 * The sex a title or a family word shows: "Mrs.", "his widow", "her stepdaughter" are she; "Mr.", "her stepson",
 * "the grandfather" are he. A possessive before the word ("her son") is the relative's, not this person's.
 */
export function genderOfWords(written: string): 'f' | 'm' | undefined {
  // ("…, whose father worked there": the relative of a clause is someone else altogether)
  const own = written.replace(/\bwhose\s+[\p{L}-]+/giu, '').replace(/\b(?:his|her|their)\s+|\b[\p{L}-]+['’]s\b/giu, '');
  if (
    /\b(?:Mrs|Miss|Ms|Mme)\b\.?|\b(?:woman|wife|(?:grand|step)?(?:mother|daughter)|sister|niece|aunt|girl|lady|widow|\p{L}+woman)\b/iu.test(own)
  )
    return 'f';
  if (
    /\bMr\b\.?|\b(?:husband|(?:grand|step)?(?:father|son)|brother|nephew|uncle|boy|widower|\p{L}+man)\b/u.test(own) &&
    !/\b(?:chairman)\b/i.test(own)
  )
    return 'm';
  return undefined;
}

export function registerIndirectSpeakers(
  plain: string,
  addPerson: (name: string, role?: string, age?: number) => ArticlePerson,
  mention: (p: ArticlePerson) => void,
) {
  // The first verb of speaking names the sentence's speaker; "according to" credits a source, not a speaker.
  const verb = [...plain.matchAll(SPEECH_VERB)].find((m) => !/^according to$/i.test(m[0]));
  if (!verb) return;
  // `X, a role, told …`, else the inverted `… said Kyiv's army chief General Valeriy Zaluzhnyi.`
  const subject = stripLeadingClauses(plain.slice(0, verb.index).trim());
  const object = plain
    .slice(verb.index + verb[0].length)
    .replace(/[.!?]\s*$/, '')
    .trim();
  for (const c of [subject, object]) {
    if (!c || c.split(/\s+/).length > 24) continue;
    const ref = parseSpeakerPhrase(c);
    // a role must be a noun phrase: a clause ending in a capitalised word is no introduction of a person
    if (ref?.kind === 'name' && (ref.name.includes(' ') || ref.role) && (!ref.role || asNounPhrase(ref.role))) {
      mention(addPerson(ref.name, ref.role, ref.age));
      return;
    }
    if (c === subject && ref) return;
  }
}

/**
 * Rule (the author of a piece): "a pamphlet by Mr. Orrin Flaxley", "the letter from Senator Abner Hume", "an article
 * in the Gazette (May 2), by Ada Roe": the one who wrote or sent a piece the text refers to (a WordNet noun of
 * communication before "by" or "from", or shortly before a ", by") is a person of the article, whom a "he says"
 * quoting the piece means. `opens` says the piece is the sentence's subject ("The letter from Senator Hume arrived."),
 * where its author, not the letter, is the one in view.
 */
export function authorsOf(ctx: Discourse, plain: string): { p: ArticlePerson; opens: boolean }[] {
  const found: { p: ArticlePerson; opens: boolean }[] = [];
  for (const m of plain.matchAll(/(?:\b(\p{Ll}+)|,)\s+(?:by|from)\s+((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]+)/gu)) {
    const before = m[1] ? [m[1]] : plain.slice(0, m.index).split(/[;:!?]/).pop()!.split(/\s+/).slice(-12);
    if (!before.some((w) => /^\p{Ll}+$/u.test(w) && isCommunicationNoun(w))) continue;
    const ref = parseSpeakerPhrase(m[2]);
    if (ref?.kind !== 'name' || !ref.name.includes(' ') || isNotPersonName(ref.name)) continue;
    const p = addPerson(ctx, ref.name, ref.role);
    if (!ctx.people.includes(p)) continue;
    noteGender(p, m[2]);
    const opening = plain.slice(0, m.index).trim();
    found.push({ p, opens: !!m[1] && /^(?:the|a|an|this|that|his|her|their)(?:\s+[\p{Ll}-]+){0,2}$/iu.test(opening) });
  }
  return found;
}
