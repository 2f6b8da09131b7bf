import { stem } from '../search/stem.js';

/**
 * Words people use for the kinds of speaker news reports quote, grouped by who they mean. A question names a
 * described speaker in its own words ("what did the cops say") where the outlet wrote another ("police said");
 * WordNet links few of these (its "cop" is not its "police"), so news convention is written down here.
 * Each group: a name, why, and its words (as written; compared by index stem).
 */
export const SPEAKER_GROUPS: readonly { name: string; why: string; words: readonly string[] }[] = [
  {
    name: 'police',
    why: 'Reports write "police said" or "a policeman said"; people ask about "the cops". ("Officers" may be an army\'s: not here.)',
    words: ['police', 'cop', 'cops', 'policeman', 'policemen', 'policewoman', 'constable', 'constables'],
  },
  {
    name: 'officials',
    why: 'An unnamed office speaks as "officials" or "authorities", in either word.',
    words: ['officials', 'official', 'authorities', 'authority'],
  },
  {
    name: 'residents',
    why: 'The people living where something happened: "residents", "villagers", "locals", "townspeople".',
    words: ['residents', 'resident', 'villagers', 'villager', 'locals', 'local', 'inhabitants', 'townspeople', 'townsfolk', 'neighbours', 'neighbors', 'neighbour', 'neighbor'],
  },
  {
    name: 'soldiers',
    why: 'Fighters are "soldiers", "troops" or "servicemen" in one report and another.',
    words: ['soldier', 'soldiers', 'troops', 'trooper', 'serviceman', 'servicemen', 'fighters'],
  },
  {
    name: 'reporters',
    why: 'The press: "reporters", "journalists", "correspondents".',
    words: ['reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'correspondents'],
  },
  {
    name: 'experts',
    why: 'Outside voices: "experts", "analysts", "specialists".',
    words: ['expert', 'experts', 'analyst', 'analysts', 'specialist', 'specialists'],
  },
  {
    name: 'spokespeople',
    why: 'Whoever speaks for an organisation, in any form of the word.',
    words: ['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'representative'],
  },
  {
    name: 'firefighters',
    why: 'Fire crews: "firefighters", "firemen", "fire crews".',
    words: ['firefighter', 'firefighters', 'fireman', 'firemen'],
  },
  {
    name: 'referees',
    why: 'Match officials: people say "the ref" where the report writes "the referee" or "the umpire".',
    words: ['referee', 'referees', 'ref', 'refs', 'umpire', 'umpires'],
  },
  {
    name: 'lawmakers',
    why: 'Members of a legislature under any of their names.',
    words: ['lawmaker', 'lawmakers', 'legislator', 'legislators', 'congressmen', 'congressman'],
  },
];

let byWord: Map<string, string[]> | undefined;

/**
 * The other stems a speaker word of a question may be written as in the text ("cops" → polic, policeman…).
 * Looked up by the word as asked, not its stem: "authorities" and "author" share a stem, not a meaning.
 */
export function speakerAlternatives(word: string): string[] {
  if (!byWord) {
    byWord = new Map();
    for (const g of SPEAKER_GROUPS) {
      const stems = [...new Set(g.words.map(stem))];
      for (const w of g.words) byWord.set(w, stems.filter((s) => s !== stem(w)));
    }
  }
  return byWord.get(word.toLowerCase()) ?? [];
}

// Every content word of a question is looked up here: one map from each word to its first group's other words.
let synonymsByWord: Map<string, readonly string[]> | undefined;

/** The other words of a speaker word's group, as written, for looking the word up in passages ("cops" → "policemen"). */
export function speakerSynonyms(word: string): readonly string[] {
  if (!synonymsByWord) {
    synonymsByWord = new Map();
    for (const g of SPEAKER_GROUPS) for (const w of g.words) if (!synonymsByWord.has(w)) synonymsByWord.set(w, g.words.filter((x) => x !== w));
  }
  return synonymsByWord.get(word.toLowerCase()) ?? [];
}

/**
 * Titles people abbreviate where news reports spell them out: a question asks "what did the ceo say" of a report
 * that writes "Chief executive Ines Marlow said". Each: the abbreviation as asked, what it stands for as
 * reports write it, and why the reading is safe (an abbreviation with another common sense is left out).
 */
export const TITLE_ABBREVIATIONS: readonly { short: string; long: string; why: string }[] = [
  { short: 'ceo', long: 'chief executive', why: 'Reports write "chief executive" (AP and Reuters style); people say "the CEO".' },
  { short: 'cfo', long: 'chief financial officer', why: 'The finance chief, spelt out in reports.' },
  { short: 'coo', long: 'chief operating officer', why: 'The operations chief, spelt out in reports.' },
  { short: 'cto', long: 'chief technology officer', why: 'The technology chief, spelt out in reports.' },
  { short: 'pm', long: 'prime minister', why: '"The PM" in speech is the prime minister in print (a time "pm" follows a number, never "the").' },
  { short: 'md', long: 'managing director', why: 'British reports\' "managing director"; asked as "the MD".' },
  { short: 'gm', long: 'general manager', why: 'A club\'s or plant\'s "general manager", asked as "the GM".' },
  { short: 'ag', long: 'attorney general', why: '"The AG" is the attorney general.' },
];

const SHORT = TITLE_ABBREVIATIONS.map((a) => a.short).join('|');
const ABBREVIATION = new RegExp(`\\b(the|a|an|its|their|his|her)\\s+(?:\\p{L}+\\s+)?(${SHORT})\\b`, 'giu');
// Rule "a title after its owner": "drennick's ceo", "the grid operator's coo", "quillons cfo" name the title by whose
// it is, a possessive in place of the determiner; the owner may be several words ("the grid operator's") and the
// apostrophe dropped or typed plain, as people type. Only a title that ends the phrase or is followed by a word
// that cannot be a noun it modifies ("the mill's ceo said"): "the firm's ceo pay" is the pay, left alone.
const AFTER_OWNER = new RegExp(`(\\p{L}(?:['’]s|s['’]?))\\s+(${SHORT})(?=\\s*$|\\s+(?:about|on|of|to|regarding|concerning|say|said|says|tell|told|think|thinks|thought|reckon|make|made|of|at|in|for|who|that|and|,))`, 'giu');

/**
 * A speaker phrase with its abbreviated titles spelt out after a determiner ("the ceo" → "the chief executive"; "the
 * quillon ceo" too) or after a possessive (rule a title after its owner: "drennick's ceo" → "drennick's chief executive").
 */
export function expandTitles(phrase: string): string {
  const long = (short: string) => TITLE_ABBREVIATIONS.find((a) => a.short === short.toLowerCase())!.long;
  return phrase
    .replace(ABBREVIATION, (m, _d: string, short: string) => m.slice(0, m.length - short.length) + long(short))
    .replace(AFTER_OWNER, (_m, owner: string, short: string) => `${owner} ${long(short)}`);
}
