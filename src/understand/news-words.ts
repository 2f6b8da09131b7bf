/**
 * Words news and its readers use for an act that WordNet files under another sense only, so that a question in one
 * word never meets a report in the other through WordNet (lexicon.ts). WordNet was looked at first: "scrap" is
 * only junking an object or a quarrel, "axe" only chopping or terminating, and none of their senses, hypernyms or
 * derivations reaches "cancel"; "hack" is cutting, a drudge or a programmer, and no sense reaches "cyber" or
 * "cyberattack"; "run" meets "own" in no sense. Kept small: a group is added only for a headline verb with no WordNet path to the plain word.
 * A question word reaches its group's other words where the story has them, at paraphrase weight.
 */
export const NEWS_GROUPS: readonly { name: string; why: string; words: readonly string[] }[] = [
  {
    name: 'cancel',
    why: 'Headlines scrap and axe what reports cancel: "why did the ferry firm scrap sailings" meets "cancelled 40 sailings"; "the axed festival" meets "the festival was cancelled".',
    words: ['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling', 'cancellation', 'cancellations', 'scrap', 'scraps', 'scrapped', 'scrapping', 'axe', 'axes', 'axed', 'axing'],
  },
  {
    name: 'cyberattack',
    why: 'Being hacked is reported as a cyber attack, ransomware or a breach by hackers: "was the council hacked" meets "this was not a cyber attack", "a ransomware attack".',
    words: ['hack', 'hacks', 'hacked', 'hacking', 'hacker', 'hackers', 'cyber', 'cyberattack', 'cyberattacks', 'ransomware'],
  },
  {
    name: 'run a business',
    why: 'Readers call the owner, manager or operator of a place "the one who runs it"; reports write "who owns the bakery", "the mill\'s manager", "which operates the ferry". WordNet\'s "run" reaches "operate" and "manage" only in rarer senses, and "own" in none.',
    words: ['run', 'runs', 'ran', 'running', 'own', 'owns', 'owned', 'owner', 'owners', 'manage', 'manages', 'managed', 'manager', 'operate', 'operates', 'operated', 'operator'],
  },
];

const byWord = new Map<string, Set<string>>();
for (const g of NEWS_GROUPS) for (const w of g.words) for (const o of g.words) if (o !== w) (byWord.get(w) ?? byWord.set(w, new Set()).get(w)!).add(o);

/** Other words news uses for the same act, for one question word (rule-named groups above). */
export function newsWords(word: string): string[] {
  return [...(byWord.get(word) ?? [])];
}
