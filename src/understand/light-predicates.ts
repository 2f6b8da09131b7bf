/**
 * Rule "light verbs carry no topic": in "how much money is involved", "how many people were involved in the
 * crash", "how much is at stake", "the sum in question" the predicate says only that the thing takes part in the
 * story, not what it is or what happened to it; a figure's sentence never needs to hold it ("siphoned $2.3
 * million" answers how much money is involved). "Concerned" is light only as a bare predicate ("the families
 * concerned"); "concerned about the closures" is a stance, and its words stay.
 * Invented examples: "how many homes are involved" → "homes"; "how much money is at stake in the deal" → "money
 * in the deal"; "how many residents were concerned about the fees" keeps "concerned".
 */
const LIGHT_PREDICATE = /\b(?:(?:is|are|was|were|be|been|being)\s+)?(?:involved|at\s+stake|at\s+issue|in\s+question|concerned(?!\s+(?:about|over|by|with|for|that|at)\b))\b/gi;

/** The text without its light predicates (see the rule above). */
export function withoutLightPredicates(text: string): string {
  return text.replace(LIGHT_PREDICATE, ' ').replace(/\s+/g, ' ').trim();
}
