// How a sentence speaks of the story's people: whom it names, where, and whether it says what they are. Shared by
// the answers (who-is, "who is he") and by understanding (who is the <description>), which read sentences alike.

/** A person as a sentence can name them: by their name or any other spelling of it. */
export interface Named {
  name: string;
  variants: readonly string[];
}

/**
 * The people `text` names, each with where its first and last mention start, in order of first mention. A name
 * written inside a longer one counts too ("Quill" in "Ada Quill"), as a reader takes it.
 */
export function peopleNamedIn<P extends Named>(text: string, people: readonly P[]): { p: P; first: number; last: number }[] {
  const out: { p: P; first: number; last: number }[] = [];
  for (const p of people) {
    const at = [p.name, ...p.variants].map((n) => ({ first: text.indexOf(n), last: text.lastIndexOf(n) })).filter((x) => x.first >= 0);
    if (at.length) out.push({ p, first: Math.min(...at.map((x) => x.first)), last: Math.max(...at.map((x) => x.last)) });
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * Rule "describing sentence": a story says what someone is where it names them with an appositive or a copula
 * ("Ada Quill, a dairy farmer, …", "Quill, who runs the mill, …", "Quill is a retired judge", "Quill, 61, the
 * mill's owner"), often not where it first names them ("…a party for Ada Quill and her husband"). Why: asked "who
 * is X", a reader wants their occupation or office, not the first sentence that happens to name them.
 */
export function describes(text: string, person: Named): boolean {
  return [person.name, ...person.variants].some((n) => {
    const i = text.indexOf(n);
    if (i < 0) return false;
    const after = text.slice(i + n.length);
    return /^,\s+(?:\d+\s*,\s+)?(?:a|an|the|who|whose|now|once|formerly|himself|herself)\s+\S/.test(after) || /^\s+(?:is|was|has been|had been|works|worked|serves|served)\s+(?:as\s+)?(?:a|an|the|in|at|for)\s+\S/.test(after);
  });
}
