/**
 * Rule "who said it is not what was said": a described speaker ("the harbour authority", "a spokesman",
 * "police") is found in the words that say who spoke (the speaker's label, its role, the attribution: "Reporters
 * confirmed that", "said a spokesman for the port"), never in the statement's own words. Why: a report's content
 * names bodies all the time ("Reporters confirmed that the Harbour Authority offices had closed"), and asked "what
 * did the harbour authority say?" the reporters' statement is no answer: the authority said nothing.
 *
 * Invented examples: in "Police said the ferry company had cancelled every sailing", "the ferry company" is what
 * police said; in "“We will reopen on Friday,” said a spokesman for the ferry company" it is who spoke.
 */

/** What a statement holds: its words and the sentence that carries them. */
export interface StatementWords {
  text: string;
  sentence: string;
  /** Mixed: the reported content around the quoted words. */
  reported?: string;
  parts?: readonly { text: string }[];
}

const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’(?!\p{L})/gu;

/**
 * The sentence less what was said: the quoted words and the reported content taken out, the attribution left
 * ("Reporters confirmed that .", "said a spokesman for the ferry company"). Content the sentence does not hold
 * verbatim (a quotation over several sentences) leaves the sentence less its quote marks' spans.
 */
export function attributionWords(q: StatementWords): string {
  let s = q.sentence.replace(QUOTED, ' ');
  for (const said of [q.reported, q.text, ...(q.parts ?? []).map((p) => p.text)]) {
    const t = said?.trim().replace(/[\s.,;:!?]+$/, '');
    if (!t || t.length < 3) continue;
    const at = s.toLowerCase().indexOf(t.toLowerCase());
    if (at >= 0) s = `${s.slice(0, at)} ${s.slice(at + t.length)}`;
  }
  return s.replace(/\s{2,}/g, ' ').trim();
}

/** A paragraph less the statement's sentence's content: the rest of the paragraph stays, as context of who spoke. */
export function paragraphLessSaid(paragraph: string, q: StatementWords): string {
  const at = paragraph.indexOf(q.sentence);
  return at >= 0 ? `${paragraph.slice(0, at)} ${attributionWords(q)} ${paragraph.slice(at + q.sentence.length)}` : paragraph.replace(QUOTED, ' ');
}
