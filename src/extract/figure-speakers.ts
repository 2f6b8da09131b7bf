import type { Person } from './people.js';
import type { Figure } from './figures.js';
import type { Quote } from './quotes.js';

/**
 * Rule "a figure in a statement is its speaker's": the claimant of a figure comes from the same attribution as the
 * statement that holds it. In "She said the leaks had continued for more than two years", the figure reader
 * alone takes "the leaks" (the subject of the reported clause) for the claimant; the statement says who claims it:
 * the prosecutor "she" stands for. A figure keeps its own claimant unless it has none, or the one it has is words
 * of the claim itself (part of the statement's content).
 */
export function creditFiguresToSpeakers(figures: Figure[], quotes: readonly (Quote & { personId?: string })[], people: readonly Person[]): void {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const byPlace = new Map<string, (Quote & { personId?: string })[]>();
  for (const q of quotes) {
    const key = `${q.articleId}\u0000${q.paragraph}`;
    (byPlace.get(key) ?? byPlace.set(key, []).get(key)!).push(q);
  }
  for (const f of figures) {
    const sameSentence = (q: Quote) => q.sentence.includes(f.sentence) || f.sentence.includes(q.sentence);
    const holding = (byPlace.get(`${f.articleId}\u0000${f.paragraph}`) ?? []).find((q) => sameSentence(q) && q.text.includes(f.text));
    if (!holding) continue;
    const speaker = (holding.personId ? names.get(holding.personId) : undefined) ?? holding.descriptive ?? holding.person;
    if (!speaker) continue;
    if (!f.claimant || holding.text.includes(f.claimant)) f.claimant = speaker;
  }
}
