/**
 * A candidate paragraph on its way through the cleaner: one line of a scraped text, or the
 * lines of a hard-wrapped paragraph joined. Context rules look at units and their neighbours.
 */
export interface Unit {
  /** The text, trimmed; wrapped lines joined with one space. */
  text: string;
  /** Index of the run of non-blank lines it came from: units of one block touch, others are blank-separated. */
  block: number;
  /** Starts with a list bullet. */
  bullet: boolean;
  /** The rule that dropped it, once one has. */
  dropped?: string;
  /** The unit the headline was taken from; no context rule may drop it. */
  headline?: boolean;
  /** Continues a quotation left open by the paragraph before; never junk. */
  continuesQuote?: boolean;
}

export const BULLET = /^(?:[•◦▪▸►‣·*]|[-–—](?=\s))\s*/;
