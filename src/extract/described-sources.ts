// Sources the text describes rather than names ("the jury", "a spokesman for the union", "some churchmen"), and
// people it introduces by a description in apposition ("her husband, Tom Quist").
import { asNounPhrase } from './noun-phrase.js';
import { SOURCE_NOUN } from './reported-speech.js';
import type { SpeakerRef } from './speaker-phrase.js';
import { isCommunicationNoun, isGivenName, isGroupNoun, isLowerCasePersonNoun, isNotPersonName, isPersonNoun, isThingNoun } from './wordnet.js';
import { isFirstNameWord } from './given-names.js';
import { genderOfWords } from './article-people.js';

/** The head of a described source: the words before its first prepositional phrase ("a spokesman" of "a spokesman for the union"). */
export function descHead(d: string): string {
  return d.split(/\s+(?:of|for|from|at|in|with|on)\s+/i)[0];
}

/** Nouns of bodies, which a text calls "it" even where WordNet also files the noun under people ("company", "union"). */
export const INSTITUTION =
  /\b(?:company|firm|court|board|committee|commission|council|agency|department|ministry|government|administration|office|bureau|university|college|school|church|union|association|club|party|city|state|county|newspaper|paper|service|corporation|bank|senate|congress|legislature|house|pentagon|army|navy|jury|team)$/i;

/** Words that make a described source plural ("police", "residents", "the trustees"): they say "they", not "it". */
// ("the Freemen", "the townsmen": a plural in -men too; "the couple", "the family": a group of people is a "they")
export const PLURAL_DESC = /\b(?:police|people|couple|family|pair|trio|crew|\p{L}+s|\p{L}+men)$/iu;

/**
 * Whether a described source is a pronoun of quantity for people (Rule "some who say"): "some", "others in the party".
 * Not "few": "few think it will close" says hardly anyone holds the view, so it is no one's claim.
 */
export function isQuantitySource(text: string): boolean {
  return /^(?:some|many|others|most|several)(?:\s+(?:around|in|of|at|on|among|here|there|outside|inside)\b.*)?$/i.test(text.trim());
}

/** A source the text describes rather than names: "the jury", "Emory University's Board of Trustees", "the statement". */
export function describedSource(phrase: string): SpeakerRef | undefined {
  const text = phrase.replace(/\s+/g, ' ').trim();
  if (!text || text.split(' ').length > 12 || /^(?:it|this|that|there|which|who)$/i.test(text)) return undefined;
  if (/^(?:it)$/i.test(text)) return undefined;
  // a source noun ("the jury", "police"), or a body's proper name after an optional "the" ("the PTC", "Emory University's Board")
  // Rule "some who say": "Some think the levy is too high", "a feeling among some around here that ...", "others in
  // the party argue": a pronoun of quantity standing for people, alone or with a phrase of where or of which group, is
  // the description the text gives its source by
  if (isQuantitySource(text)) return { kind: 'descriptive', text };
  if (!asNounPhrase(text)) return undefined; // "The" alone, "Compare this statement with how ..."
  if (SOURCE_NOUN.test(text) || /^\p{Lu}/u.test(text.replace(/^[Tt]he\s+/, ''))) return { kind: 'descriptive', text };
  // "seven of the eight companies", "most firms": a plural of a source noun
  if (SOURCE_NOUN.test(singular(text.split(' ').pop() ?? ''))) return { kind: 'descriptive', text };
  // "some churchmen", "several church leaders": a head noun WordNet files under people
  if (personWord(singular(text.split(' ').pop() ?? ''))) return { kind: 'descriptive', text };
  // Rule "a writing or a body speaks": "the charter says", "the new statute requires that", "the guild's claim": a head
  // WordNet files under noun.communication (a document, a law, a publication) or noun.group (a body), after a
  // determiner or a possessor, is a source as "the statement" and "the board" are
  // (the head before an "of" phrase as well: "the national register of donations" is a register; and "one" or
  // "another" as the determiner: "one conservative account")
  const heads = [singular(text.split(' ').pop() ?? ''), singular(descHead(text).split(' ').pop() ?? '')];
  const writing = (head: string) => /^\p{Ll}+$/u.test(head) && (isCommunicationNoun(head) || isGroupNoun(head)) && !/^(?:thing|idea|fact|way|point|matter|question|case)$/.test(head);
  if (/^(?:the|a|an|this|that|one|another|its|their|his|her|our|\S+['’]s?)\s/i.test(text) && heads.some(writing))
    return { kind: 'descriptive', text };
  return undefined;
}

/**
 * Rule (what describes a body is no part of who speaks): "“...,” reported this panel headed by Ada Vell and
 * including two Miami lawyers", "said a panel chaired by Dr. Ames": a described speaker may carry a reduced relative
 * clause, a past participle with its "by" agent or an "including" of its members; the speaker is the description
 * before it ("this group", "a panel"), not the chairman or the members the clause names. A name is left whole.
 */
export function withoutDescribingClause(phrase: string): string {
  if (!/^(?:the|this|that|these|those|a|an|its|their|his|her)\s/i.test(phrase.trim())) return phrase;
  const m = /^(.+?\p{Ll})(?:\s+\p{Ll}+(?:ed|en)\s+by\s|,?\s+(?:and\s+)?including\s)/u.exec(phrase.trim());
  return m && asNounPhrase(m[1]) ? m[1] : phrase;
}

/**
 * A word for a person: WordNet's people, and the words of kin and station it leaves out because they are also
 * titles or surnames ("Father", "Brother", "Lady", "Singer"): "her father", "the bride" are people a "he" or
 * "she" can mean.
 */
export function personWord(word: string): boolean {
  const w = word.toLowerCase();
  return isPersonNoun(w) || isLowerCasePersonNoun(word) || genderOfWords(w) !== undefined || /^(?:bride|bridegroom|groom|singer|cook|sibling|cousin|couple|family|pair|trio|crew)$/.test(w);
}

/** churchmen → churchman, leaders → leader, authorities → authority. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  // (the one plural of a person noun English forms with -ren)
  if (w === 'children') return 'child';
  return w.endsWith('men')
    ? `${w.slice(0, -3)}man`
    : w.endsWith('ies')
      ? `${w.slice(0, -3)}y`
      : w.endsWith('s') && !w.endsWith('ss')
        ? w.slice(0, -1)
        : w;
}

/**
 * People introduced by a description in apposition, wherever the sentence has them: "the widow's stepson, Abel
 * Tarn, 54, was ...", "her husband, Tom Quist, runs ...". The description (its head a word for a person) is the
 * role that tells family members with one surname apart and that a later "the stepson" refers back to.
 */
export function describedNames(plain: string): { name: string; role: string }[] {
  const out: { name: string; role: string }[] = [];
  const re =
    /\b((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|(?:[Tt]he\s+)?[\p{Lu}][\p{L}-]*(?:['’]s|s['’]))\s+(?:[\p{L}-]+['’]s\s+|[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)),\s+((?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]+)(?=\s*(?:,|\.|$))/gu;
  for (const m of plain.matchAll(re)) {
    const [, role, head, title, name] = m;
    if (!isPersonNoun(head) || isThingNoun(head) || isNotPersonName(name)) continue;
    if (!isGivenName(name.split(/\s+/)[0]) && !isFirstNameWord(name.split(/\s+/)[0])) continue;
    out.push({ name: name.trim(), role: title ? `${title.trim()}, ${role}` : role });
  }
  // Rule (a first name in apposition): "and their son, Luc, 19, washes the pots": a feature names family members and
  // regulars by a given name alone; set off by commas after a word for a person, one capitalised word is that person
  // (whatever the name list knows of it: the apposition, not the name, says a person)
  const single =
    /\b((?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|(?:[Tt]he\s+)?[\p{Lu}][\p{L}-]*(?:['’]s|s['’])|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)),\s+(\p{Lu}\p{Ll}[\p{L}’'-]+)(?=\s*(?:,\s*\d{1,3}\s*,|,\s+\p{Ll}))/gu;
  for (const m of plain.matchAll(single)) {
    const [, role, head, name] = m;
    if (!(isPersonNoun(head) || genderOfWords(head)) || isThingNoun(head) || isNotPersonName(name) || isPersonNoun(name)) continue;
    if (out.some((o) => o.name.startsWith(name))) continue;
    out.push({ name, role });
  }
  // Rule (named so): "a quarterback named Sonny Ruiz", "a widow called Mrs. Ada Lusk": a person noun with "named" or
  // "called" introduces the person by the name after it, as an apposition does
  for (const m of plain.matchAll(/\b((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s+(?:named|called)\s+((?:(?:Mr|Mrs|Miss|Dr)\.?\s+)?)((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,2}\p{Lu}[\p{L}’'-]+)/gu)) {
    const [, role, head, title, name] = m;
    if (!isPersonNoun(head) || isThingNoun(head) || isNotPersonName(name) || out.some((o) => o.name === name)) continue;
    out.push({ name, role: title ? `${title.trim()}, ${role}` : role });
  }
  // "found 21-year-old Abel Tarn guilty": an age before a full name marks a person wherever the name stands
  for (const m of plain.matchAll(/\b(\d{1,3})-year-old\s+((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,2}\p{Lu}[\p{L}’'-]+)/gu)) {
    // (a first name that is also a place, "Nancy", is a first name here: the age says a person)
    const first = m[2].split(/\s+/)[0];
    if ((isGivenName(first) || isFirstNameWord(first)) && !isNotPersonName(m[2])) out.push({ name: m[2].trim(), role: '' });
  }
  return out;
}
