import { tidyName } from './names.js';
import { isGivenName, isLowerCasePersonNoun, isNotPersonName, isPersonNoun } from './wordnet.js';

/** How a speaker was written, before it is resolved to a person. */
export type SpeakerRef =
  | { kind: 'name'; name: string; role?: string; age?: number }
  | { kind: 'pronoun'; pronoun: string }
  | { kind: 'age'; age: number; role?: string }
  /** "the Ukrainian commander", "the official": refers back to someone whose role has this noun. */
  | { kind: 'definite'; noun: string; text: string }
  /** "One US official", "residents of Zalisnychne": a speaker the outlet did not name. */
  | { kind: 'descriptive'; text: string };

// Words that start a run of capitals without being part of a person's name.
const TITLES = new Set(
  `president vice prime minister ministers secretary general gen lt lieutenant colonel col major maj captain capt sergeant sgt
  commander admiral marshal chief head dr doctor prof professor mr mrs ms miss sir dame lord lady king queen prince princess
  pope saint st senator sen governor gov mayor judge justice ambassador chancellor deputy defence defense foreign interior
  army navy military police national security sheriff director engineer superintendent inspector detective officer constable councillor councilor treasurer spokesman spokeswoman spokesperson official officials leader boss former acting
  one another some two three several many a an the this that`.split(/\s+/),
);
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'him', 'her', 'i', 'we']);
const PERSON_NOUNS =
  /\b(official|officials|commander|commanders|soldier|soldiers|resident|residents|spokes(?:man|woman|person)|minister|president|adviser|advisor|analyst|expert|experts|source|sources|officer|general|chief|chiefs|leader|mayor|engineer|witness|survivor|journalist|reporter|correspondent|economist|scientist|professor|doctor|nurse|teacher|student|farmer|worker|villager|villagers|locals?|man|woman|mother|father|fighter|volunteer|diplomat|lawmaker|senator|governor|sheriff|police|firefighter|paramedic|owner|manager|director|chairman|chairwoman|secretary|ambassador|representative|member|citizen|neighbou?r|pensioner|driver|pilot|captain|sergeant|colonel|lieutenant|veteran|staff|ministry|government|army|military|unit|troops|forces|agency|intelligence|spokesperson|aide|people|person|guard|guards|medic|rescuer|rescuers|councillor|councilor|trooper|chemist|inspector|coordinator|operator|hydrologist|forecaster|meteorologist)\b/i;
const ORGANISATION =
  /\b(?:Staff|Ministry|Office|Institute|Department|Council|Command|Service|Agency|Guard|Forces|Army|Government|Kremlin|Pentagon|Committee|Party|Police|Court|Bureau|Commission|Authority|Administration|University|Company|Corporation|Union|Parliament|Assembly|Senate|Congress|Navy|Agency|Directorate|Headquarters|Centre|Center)\b/u;
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'bin', 'al', 'da', 'la', 'le', 'del', 'du', 'dos', 'ibn']);
const DEMONYM = /^(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|an|ic))$/u;

function capitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

/**
 * Reads a speaker noun phrase as an outlet wrote it: "Petro Kuzyk, a commander in Ukraine's National
 * Guard", "Ukrainian President Volodymyr Zelenskyy", "One US official", "he", "the 31-year-old".
 * Returns undefined when the phrase is not a plausible speaker.
 */
export function parseSpeakerPhrase(phrase: string): SpeakerRef | undefined {
  const text = phrase
    // a label after a name is no part of it: "Rep. John Doe (D-Ohio)", "Mary Roe (R., Ward 3)"
    .replace(/(\p{Lu}[\p{L}’'.-]*)\s*\([^()]{1,24}\)(?=\s*(?:,|$))/gu, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/^(?:(?:and|but|meanwhile|however|also|then|now|later|so|yet|while|as|later,?)\b,?\s*)+/i, '')
    .trim();
  if (!text || text.length > 200) return undefined;
  // Rule (a clergyman's style is no description): "the Rev. R. L. Brandt, national secretary", "the Rev. Mr.
  // Zimmerman", "the Very Rev. John Hale": "the Rev." is a title written with "the"; the name after it speaks
  const rev = /^(?:[Tt]he\s+)?(?:(?:Very|Most|Right)\s+)?Rev(?:\.|erend\b)\s*(?=\p{Lu})/u.exec(text);
  if (rev) {
    const named = parseSpeakerPhrase(text.slice(rev[0].length));
    if (named?.kind === 'name') return named;
  }
  // "The late Secretary of State John Foster Dulles", "the veteran Sen. Jo Roe": an article and adjectives before a
  // title and a name describe the person; the title and name are the speaker ("the Tax Court" has no title and stays)
  const described = /^[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?=(\p{Lu}[\p{L}.]*)\s)/u.exec(text);
  if (described && described[0].length < text.length && isPersonNoun(described[1]) && (text.slice(described[0].length).match(/\b\p{Lu}/gu)?.length ?? 0) >= 3)
    return parseSpeakerPhrase(text.slice(described[0].length));
  // Rule (a close apposition): "the columnist Wes Harlan", "the poet Ezra Vane", "his brother Tom Pike": a person noun in
  // lower case right before a full name, no comma between, is the role of the person named
  const close = /^((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*))\s+((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,2}\p{Lu}[\p{L}’'-]+)$/u.exec(text);
  if (close && isPersonNoun(close[2])) return { kind: 'name', name: tidyName(close[3]), role: cleanRole(close[1].replace(/^[Tt]he\s+/, '')) };
  const lower = text.toLowerCase();
  if (PRONOUNS.has(lower)) return { kind: 'pronoun', pronoun: lower };
  // "a 25-year-old Ukrainian soldier named Marty"
  const named = /^(.*?)\s*\b(?:named|called|identified as|known as)\s+((?:\p{Lu}[\p{L}’'.-]*\s?){1,4})$/u.exec(text);
  if (named && named[2].trim()) {
    const years = /\b(\d{1,3})[- ]year[- ]old\b/i.exec(named[1]);
    return { kind: 'name', name: tidyName(named[2]), role: cleanRole(named[1]), ...(years ? { age: Number(years[1]) } : {}) };
  }
  const age = /^(?:the|a|an)\s+(\d{1,3})[- ]year[- ]old\b(.*)$/i.exec(text);
  if (age) return { kind: 'age', age: Number(age[1]), role: age[2].trim() || undefined };
  // Appositives: "Petro Kuzyk, a Ukrainian commander ...", "one of the commanders ..., Petro Kuzyk".
  const all = splitAppositives(text);
  // "Jack Martin, who sells tractors in Sioux City, Iowa": what follows a relative clause belongs to it, not to the speaker
  const relative = all.findIndex((p, i) => i > 0 && /^(?:who|whose|which)\b/i.test(p));
  const parts = relative > 0 ? all.slice(0, relative + 1) : all;
  // The speaker is the part nearest the verb, so look from the end; roles are the appositives right beside the name.
  // A full name (given name and surname) beats a lone capitalised word nearer the verb: "Beryl W. Sprinkel,
  // economist of Harris Trust, Chicago" is Sprinkel, not Chicago; among equals the one nearest the verb wins.
  let best: { name: string; role?: string } | undefined;
  for (let i = parts.length - 1; i >= 0; i--) {
    // "the main adviser to President Volodymyr Zelenskyy" is a role whose object is a name, and a clause is no speaker.
    if (/^(?:a|an|the|one|another)\b/i.test(parts[i]) || isClause(parts[i])) continue;
    // Rule "place after an affiliation": in "Ivo Pratt, professor at Dunmore College, New Haven" the last part is
    // where the college is; a name, then a role in lower case, then a capitalised part: the name speaks
    if (i >= 2 && /^\p{Ll}/u.test(parts[i - 1]) && isRolePhrase(parts[i - 1]) && nameIn(parts[i - 2])?.name.includes(' ')) continue;
    const found = nameIn(parts[i]);
    // Rule "a sentence adverb is no name": in "Nevertheless, “…,” the jurors said" the opener is capitalised only
    // because it starts the sentence; the jurors speak.
    if (!found || (!found.name.includes(' ') && isNotPersonName(found.name))) continue;
    const roles = [found.role, ...[parts[i - 1], parts[i + 1]].filter((p) => p !== undefined && isRolePhrase(p))];
    const candidate = { name: found.name, role: cleanRole(roles.filter(Boolean).join(', ')) };
    if (found.name.includes(' ')) {
      best = candidate;
      break;
    }
    best ??= candidate;
  }
  if (best) return { kind: 'name', name: best.name, ...(best.role ? { role: best.role } : {}) };
  const definite = /^[Tt]he\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)$/u.exec(text);
  // the head a word for a person, in the list or in WordNet ("the coach", "the bride", "the sportswriter")
  if (definite && (PERSON_NOUNS.test(definite[1]) || isPersonNoun(definite[1]) || isLowerCasePersonNoun(definite[1])) && !/^(?:the )?(?:newspaper|paper|outlet|broadcaster|agency|report)$/i.test(text))
    return { kind: 'definite', noun: definite[1].toLowerCase(), text };
  // Rule (a person from somewhere): "the senior from Waco said", "the lawyer from Dallas": a definite person noun
  // with a "from" or "of" phrase naming a place is a definite description whose head is the noun
  const fromPlace = /^[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:from|of)\s+(?:\p{Lu}[\p{L}’'.-]*\s?){1,3}$/u.exec(text);
  if (fromPlace && (PERSON_NOUNS.test(fromPlace[1]) || isPersonNoun(fromPlace[1]))) return { kind: 'definite', noun: fromPlace[1].toLowerCase(), text };
  if (PERSON_NOUNS.test(text) && text.split(' ').length <= 14) return { kind: 'descriptive', text: cleanRole(text) ?? text };
  return undefined;
}

// Auxiliaries, modals and common irregular simple pasts. Regular -ed forms are left out: "a retired
// general", "a unit based in" are roles. Lower case only, so names such as Will, May or Said stay names.
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|do|does|did|will|would|shall|should|can|could|cannot|may|might|must|said|told|began|became|came|ran|went|saw|took|gave|fled|kept|fell|flew|fought|grew|knew|stood|sat|spoke|wrote|drove|rode|rose|broke|chose|threw|drew|met|won)\b/;

/** "Half the soldiers ran to the river" is a clause, not a name or a role; a verb in a relative clause ("who took part") does not count. */
function isClause(part: string): boolean {
  return FINITE_VERB.test(part.replace(/\b(?:who|whose)\b.*$/i, ''));
}

// "a commander in Ukraine's National Guard", "one of the Ukrainian commanders who took part": a noun phrase, not a clause.
function isRolePhrase(part: string): boolean {
  return (
    /^(?:a|an|the|one|another|who|whose|\p{Ll}+)\b/iu.test(part) &&
    !/^(?:in|on|at|as|after|before|while|when|since)\b/i.test(part) &&
    part.split(/\s+/).length <= 18 &&
    !isClause(part)
  );
}

/** Splits "A, B, C" at commas that are not inside parentheses. */
function splitAppositives(text: string): string[] {
  return (
    text
      .split(/,\s*/)
      .map((p) => p.trim())
      .filter(Boolean)
      // "head of Birch Hauling Service, Inc.": a company's suffix is the end of the name before it, no appositive
      .reduce<string[]>((parts, p) => (parts.length && /^(?:Inc|Incorporated|Ltd|Limited|Corp|LLC|plc)\.?$/.test(p) ? [...parts.slice(0, -1), `${parts[parts.length - 1]}, ${p}`] : [...parts, p]), [])
  );
}

/**
 * Finds a person's name in one appositive part: a run of capitalised words at the end of the part
 * ("local resident Olena Matvienko") or at its start before "of/from/at" ("Justin Bronk of RUSI"),
 * after titles and demonyms are peeled off its front ("Ukrainian President Volodymyr Zelenskyy").
 */
function nameIn(part: string): { name: string; role?: string } | undefined {
  // "Channel 4 News' Paul McNamara": the possessive names an employer, the rest the person.
  const possessive = /^(.*?\S)(?:’s|'s|’|')\s+(.+)$/u.exec(part);
  if (possessive && /^\p{Lu}/u.test(possessive[2])) {
    const inner = nameIn(possessive[2]);
    if (inner) return { name: inner.name, role: cleanRole([possessive[1], inner.role].filter(Boolean).join(' ')) };
  }
  const tokens = part.split(' ');
  // Leading run followed by a prepositional role: "Justin Bronk of the Royal United Services Institute".
  let lead = 0;
  while (lead < tokens.length && capitalised(tokens[lead])) lead++;
  // ("Vance Orr for the county attorney's office": "for" names whom a person speaks for, where the run is a person's
  // name, a given name or an initial first, and not a body such as "Citizens for Reform")
  const forWhom = /^for$/i.test(tokens[lead] ?? '') && (isGivenName(tokens[0]) || /^\p{Lu}\.$/u.test(tokens[0]));
  if (lead > 1 && lead < tokens.length && (/^(?:of|from|at|with)$/i.test(tokens[lead]) || forWhom)) {
    const peeled = peelTitles(tokens.slice(0, lead));
    if (peeled) return { name: peeled.name, role: cleanRole([peeled.title, tokens.slice(lead).join(' ')].filter(Boolean).join(' ')) };
  }
  // Trailing run.
  const end = tokens.length;
  let start = end;
  while (start > 0 && (capitalised(tokens[start - 1]) || (NAME_PARTICLES.has(tokens[start - 1]) && start < end))) start--;
  const run = tokens.slice(start, end);
  const rest = tokens.slice(0, start);
  // "Secretary of State John Foster Dale", "Bank of Avalon Chairman Jo Lee": a title's "of" object ends with one
  // capitalised word, and the name follows it
  if (run.length >= 3 && start >= 2 && tokens[start - 1] === 'of' && capitalised(tokens[start - 2])) {
    const peeled = peelTitles(run.slice(1));
    if (peeled && peeled.name.includes(' ')) return { name: peeled.name, role: cleanRole([...rest, run[0], peeled.title].filter(Boolean).join(' ')) };
  }
  if (run.length === 0 || (start > 0 && /^(?:of|in|at|from|for|to|on|by|with|near|the|a|an|&|and)$/i.test(tokens[start - 1]))) return undefined;
  if (run[0] === 'The') return undefined;
  const peeled = peelTitles(run);
  if (!peeled) return undefined;
  return { name: peeled.name, role: cleanRole([...rest, peeled.title].filter(Boolean).join(' ')) };
}

/**
 * Words that open a sentence in capitals without being anyone's name: prepositions, determiners, conjunctions and
 * sentence adverbs ("Through Ladgham, ...", "To Africa he sent ...", "Meanwhile Smith said", "No, said he").
 * A run of capitals starting with one is a sentence opening, and the name, if any, is what follows.
 */
const OPENERS = new Set(
  `to through in on at by for from with without within into onto upon after before during since until till when while if as
  but and or nor so yet however meanwhile also then now still thus hence indeed instead perhaps maybe last next back early
  late later earlier here there this that these those it its no yes not compare like unlike among between despite against
  over under above below about around across along beyond near toward towards although though because unless whether
  once today yesterday tonight tomorrow`.split(/\s+/),
);

/** Party labels are roles, never names ("Oregon Democrat Maurine Neuberger"); WordNet files them with famous people. */
const PARTY_LABELS = new Set(['democrat', 'democrats', 'republican', 'republicans', 'independent', 'socialist', 'communist', 'liberal', 'conservative', 'laborite', 'tory', 'whig', 'progressive', 'dixiecrat', 'democratic']);

function peelTitles(run: string[]): { name: string; title?: string } | undefined {
  let i = 0;
  while (i < run.length - 1 && OPENERS.has(run[i].toLowerCase().replace(/[,.]$/, ''))) i++;
  if (OPENERS.has(run[i]?.toLowerCase().replace(/[,.]$/, '') ?? '')) return undefined;
  const opened = i;
  while (i < run.length && (TITLES.has(run[i].toLowerCase().replace(/\.$/, '')) || (DEMONYM.test(run[i]) && i < run.length - 1 && !isLikelyGivenName(run, i))))
    i++;
  // "Deputy Police Commissioner Howard R. Leary", "City Finance Director Richard J. McConnell": a title a list cannot
  // hold ends at its last person noun (WordNet noun.person), before any initial; the last word is always the name's.
  for (let k = i; k < run.length - 1 && !/^\p{Lu}\.$/u.test(run[k]); k++)
    if ((isPersonNoun(run[k]) || PARTY_LABELS.has(run[k].toLowerCase())) && /^\p{Lu}\p{Ll}/u.test(run[k])) i = k + 1;
  // an initial keeps its period ("Rosa M. Quinlan"); other trailing punctuation goes
  const nameTokens = run.slice(i).map((t) => (/^\p{Lu}\.$/u.test(t) ? t : t.replace(/[,.;:]+$/, '')));
  if (nameTokens.length === 0 || nameTokens.length > 4) return undefined;
  if (nameTokens.every((t) => DEMONYM.test(t) && /^\p{Lu}{2,4}$/u.test(t))) return undefined;
  // Rule (a saint's name is a place): "St. Paul has the same trouble", "Saint Cloud voted": "St." or "Saint" before a
  // one-word name is a city, a parish or a church in news text, not a person with a title
  if (i === opened + 1 && nameTokens.length === 1 && /^(?:st|saint|ste)\.?$/i.test(run[opened])) return undefined;
  const name = tidyName(nameTokens.join(' '));
  // "Ministry of Defence", "General Staff": organisations speak too, but they are not people.
  if (ORGANISATION.test(name)) return undefined;
  if (!/\p{Ll}/u.test(name) || name.length < 2) return undefined;
  return { name, title: run.slice(opened, i).join(' ') || undefined };
}

// A two-word run such as "Brian Ward" must not lose "Brian" for looking like a demonym; only peel a
// demonym when a title or at least two name words follow it.
function isLikelyGivenName(run: string[], i: number): boolean {
  const after = run.slice(i + 1);
  return after.length === 1 && !TITLES.has(run[i].toLowerCase());
}

function cleanRole(role: string | undefined): string | undefined {
  const r = role
    ?.replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/[’']s?$/, '')
    .trim();
  return r ? r : undefined;
}
