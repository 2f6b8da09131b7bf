/**
 * Rule "title-cased name": a short quotation in title case that no one is credited with and that ends without a
 * sentence's stop is the name of a thing (a slogan, a program, a title), not words anyone said: "the change to an
 * “All Citizens' Council,”", "his book “Dead Men Tell Tales”", "the “Good Neighbor Policy”". Small function words
 * may stay lower case ("Sportsman of the Year"). One capitalised word alone ("“Yes”") is left to the other rules.
 */
const FUNCTION_WORD = /^(?:of|the|and|or|in|on|at|to|for|a|an|by|with|from|de|la|von)$/i;

export function titleCasedName(text: string): boolean {
  const t = text.trim().replace(/[,;:]+$/, '');
  if (/[.!?]["”’)]*$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w, i) => /^["“‘(]*[\p{Lu}\p{N}]/u.test(w) || (i > 0 && FUNCTION_WORD.test(w)));
}
