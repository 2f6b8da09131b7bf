import type { Query } from '../answer/query.js';

/*
 * Rule "asked of the story as a whole": a question whose every word is a question word, a function word, a word for
 * the story itself ("story", "articles", "coverage") or a word for what is asked of it ("about", "people", "numbers",
 * "disagree") names no topic, so no passage search can answer it. The words for what is asked decide the reading:
 * "What is this story about?", "give me the basics" are the overview; "who are the main people involved?" the
 * people, ranked; "give me the key numbers" the story's figures; "anyone disagree?" every figure two outlets give,
 * compared. One word left over that is none of these ("what happened to the bridge", "who is involved in the
 * sale") is a topic, and the question is another rule's. The fixed patterns of rules.ts read the common wordings;
 * this reads the rest of the ways people put the same questions.
 */

/** Words that carry no topic in a question about the story: question words, function words, politeness, hedges. */
const FUNCTION = new Set(
  `a an the of in on to for from with by at as into over about around regarding concerning
  is are was were be been being am do does did done has have had having will would can could should shall may might must
  what whats who whos which how when where why whom whose there theres here heres this that these those it its itself
  they them their theirs we us our you your i me my anyone anybody someone somebody anything something everyone everybody
  any all some so just really actually exactly basically quickly briefly quick brief please pls plz thanks thank ok okay
  hey hi hello well then now again also too very much more most mostly even only like kind sort bit little lot lots
  and or but if tell give show let know want need get got gimme lemme wanna help explain describe go going`.split(/\s+/),
);

/** Words for the story itself, or for the articles and outlets as a set. */
const STORY = new Set(
  `story stories article articles piece pieces news coverage report reports reporting outlet outlets paper papers newspaper
  newspapers media press account accounts event events situation thing things matter issue whole entire overall
  everything today todays latest topic subject`.split(/\s+/),
);

/** What the overview answers: what happened, its gist, its background. */
const OVERVIEW = new Set(
  `happened happen happening happens about summary summarize summarise summarized summary sum up recap rundown overview gist
  headline headlines point points fact facts basics basic main key important major big biggest general short simple
  essentials essential highlights highlight background context update updates new deal gist takeaway takeaways`.split(/\s+/),
);

/** Who takes part, speaks or is quoted. */
const PEOPLE = new Set(
  `people person persons players player speakers speaker voices voice names characters figures individuals parties
  involved quoted named mentioned cited interviewed speaking talking featured central leading top chief principal`.split(/\s+/),
);

/** The story's numbers. "figures" is both a number and a person ("key figures"): with "who" it is people. */
const NUMBERS = new Set(`numbers number figures stats statistics data amounts totals digits counts numerical numeric`.split(/\s+/));

/** Whether the outlets or the people in it disagree, with nothing named to disagree on. */
const DISAGREE = new Set(
  `disagree disagrees disagreed disagreement disagreements differ differs differed difference differences conflict
  conflicts conflicting contradict contradicts contradiction contradictions dispute disputes disputed discrepancy
  discrepancies inconsistent inconsistency inconsistencies agree agrees agreement consistent match`.split(/\s+/),
);

/** Words that ask for the most prominent, so the people answer ranks ("the main people", "the key figures"). */
const RANKED = new Set(`main key major central leading top chief principal important biggest most`.split(/\s+/));

/** The words of a question, lower case, with apostrophes folded ("what's" → "whats"). */
const wordsOf = (q: string): string[] => q.toLowerCase().replace(/['’]/g, '').match(/\p{L}+/gu) ?? [];

/**
 * The reading of a question asked of the story as a whole, or undefined where a word in it names a topic (or it
 * has no word that asks anything of the story). Pure: it reads only the question.
 */
export function storyLevelReading(question: string): Query | undefined {
  // (a number or quoted words are a topic of their own: "which paper had 118 people", "who said “people”")
  if (/[\p{N}"“”‘]/u.test(question)) return undefined;
  const ws = wordsOf(question);
  if (!ws.length || ws.length > 14) return undefined;
  const asked = ws.filter((w) => !FUNCTION.has(w));
  if (asked.some((w) => !STORY.has(w) && !OVERVIEW.has(w) && !PEOPLE.has(w) && !NUMBERS.has(w) && !DISAGREE.has(w))) return undefined;
  // (nothing asked of the story: "who is he", "what did they say" are follow-ups, another rule's)
  if (!asked.length) return undefined;
  const has = (set: ReadonlySet<string>) => asked.some((w) => set.has(w));
  const who = ws.includes('who') || ws.includes('whos') || ws.includes('whom');
  // (a why or how question asks for a reason, a manner or a count the overview does not give: "why did it happen",
  // "how many people were involved" asks for a figure)
  if (ws.includes('why') || ws.includes('how')) return undefined;
  if (has(DISAGREE)) return { intent: 'compare', topic: '', all: true };
  if (has(NUMBERS) && !who) return { intent: 'overview', focus: 'figures' };
  if (who || asked.some((w) => PEOPLE.has(w) && !NUMBERS.has(w) && !RANKED.has(w))) return { intent: 'people', ...(has(RANKED) || ws.includes('most') ? { most: true } : {}) };
  if (ws[0] === 'when' || ws[0] === 'where') return { intent: 'overview', focus: ws[0] };
  return has(STORY) || has(OVERVIEW) ? { intent: 'overview' } : undefined;
}
