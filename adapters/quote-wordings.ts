import type { QuoteEntry, QuoteView } from '../src/index.js';

/**
 * A quote's entries grouped by wording, in the order first seen. Outlets usually print the same words, so both
 * adapters show each distinct wording once, with every outlet that carried it.
 */
export function quoteWordings(quote: QuoteView): { text: string; entries: QuoteEntry[] }[] {
  const byText = new Map<string, QuoteEntry[]>();
  for (const e of quote.entries) byText.set(e.text, [...(byText.get(e.text) ?? []), e]);
  return [...byText].map(([text, entries]) => ({ text, entries }));
}
