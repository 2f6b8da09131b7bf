/**
 * Words for taking a side, and for the person whose job a verb names, that WordNet does not join closely enough
 * for a question in one word to meet a report in the other. Written down from news convention, grouped by what
 * they mean; a question word reaches the group's other words where the story has them.
 */
export const STANCE_GROUPS: readonly { name: string; why: string; words: readonly string[]; opposite?: string }[] = [
  {
    name: 'oppose',
    opposite: 'support',
    why: 'Opposition is reported as an objection, a protest or criticism: "who opposed the tax" meets "objected to the tax".',
    words: ['oppose', 'opposed', 'opposes', 'opposing', 'opposition', 'opponent', 'opponents', 'object', 'objected', 'objects', 'objecting', 'objection', 'objections', 'protest', 'protested', 'protests', 'protesting', 'criticize', 'criticized', 'criticised', 'criticism', 'resist', 'resisted', 'fought'],
  },
  {
    name: 'support',
    opposite: 'oppose',
    why: 'Support is reported as backing, endorsing or favouring: "who supported the plan" meets "backed the plan". Not "back" itself, which is mostly a noun ("showed its back").',
    words: ['support', 'supported', 'supports', 'supporting', 'supporter', 'supporters', 'backed', 'backing', 'endorse', 'endorsed', 'endorsement', 'favor', 'favored', 'favour', 'favoured', 'advocate', 'advocated', 'champion', 'championed'],
  },
  {
    name: 'deny',
    opposite: 'admit',
    why: 'A denial is reported as a rejection, a dispute or a rebuttal: "did anyone deny the claim" meets "rejected that claim", "disputed the figures".',
    words: ['deny', 'denied', 'denies', 'denying', 'denial', 'denials', 'reject', 'rejected', 'rejects', 'rejecting', 'rejection', 'dispute', 'disputed', 'disputes', 'disputing', 'refute', 'refuted', 'refutes', 'rebut', 'rebutted', 'rebuts', 'contradict', 'contradicted', 'contradicts'],
  },
  {
    name: 'admit',
    opposite: 'deny',
    why: 'An admission is reported as an acknowledgement, a concession or a confession: "did the firm admit it" meets "acknowledged the error", "conceded".',
    words: ['admit', 'admitted', 'admits', 'admitting', 'admission', 'acknowledge', 'acknowledged', 'acknowledges', 'acknowledging', 'concede', 'conceded', 'concedes', 'conceding', 'confess', 'confessed', 'confesses', 'confession'],
  },
];

/**
 * The person a verb of office names: "who defended X" is answered by X's attorney, "who prosecuted" by the
 * prosecutor, "who coached" by the coach. WordNet derives the agent noun ("defender") but reports name the
 * office ("his attorney"), so both are listed.
 */
export const AGENT_NOUNS: Readonly<Record<string, readonly string[]>> = {
  defend: ['defender', 'attorney', 'lawyer', 'counsel', 'defense', 'defence'],
  represent: ['representative', 'attorney', 'lawyer', 'counsel', 'representing', 'spokesman', 'spokeswoman'],
  prosecute: ['prosecutor', 'prosecutors', 'prosecution', 'prosecuting'],
  coach: ['coach', 'coaches', 'coaching'],
  manage: ['manager', 'managers'],
  judge: ['judge'],
  treat: ['doctor', 'doctors', 'physician', 'surgeon'],
  rescue: ['rescuer', 'rescuers', 'firefighters', 'lifeguard'],
};

const VERB_FORMS = (base: string): string[] => {
  const e = base.endsWith('e');
  return [base, `${base}s`, e ? `${base}d` : `${base}ed`, e ? `${base.slice(0, -1)}ing` : `${base}ing`];
};

const byWord = new Map<string, Set<string>>();
for (const g of STANCE_GROUPS) for (const w of g.words) for (const o of g.words) if (o !== w) (byWord.get(w) ?? byWord.set(w, new Set()).get(w)!).add(o);
for (const [verb, nouns] of Object.entries(AGENT_NOUNS))
  for (const f of VERB_FORMS(verb)) for (const n of nouns) if (n !== f) (byWord.get(f) ?? byWord.set(f, new Set()).get(f)!).add(n);

/**
 * Rule "whether they did is answered by no too": "does the professor admit it", "did the council back the plan" ask
 * whether; a report saying the other side ("he denies wrongdoing", "councillors objected") answers it, with a no. The
 * words of the group on the other side (WordNet's antonyms: admit / deny, support / oppose), for a yes/no question.
 */
export function oppositeStanceWords(word: string): string[] {
  const w = word.toLowerCase();
  const g = STANCE_GROUPS.find((x) => x.words.includes(w));
  const other = g?.opposite ? STANCE_GROUPS.find((x) => x.name === g.opposite) : undefined;
  return other ? [...other.words] : [];
}

/** Other words for the same side taken, or the office a verb names, for one question word. */
export function stanceWords(word: string): string[] {
  return [...(byWord.get(word) ?? [])];
}
