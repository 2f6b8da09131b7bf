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

/** The other words of a speaker word's group, as written, for looking the word up in passages ("cops" → "policemen"). */
export function speakerSynonyms(word: string): string[] {
  const w = word.toLowerCase();
  const g = SPEAKER_GROUPS.find((x) => x.words.includes(w));
  return g ? g.words.filter((x) => x !== w) : [];
}
