/** A double-quoted span in a logical paragraph: offsets of the opening and closing marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark (or the paragraph end when the quote is never closed). */
  end: number;
  /** The words inside the marks. */
  text: string;
}

/** Paragraphs joined where a quote runs on: a paragraph left inside a quote continues into the next one that opens with a quote mark. */
export interface LogicalParagraph {
  /** Index of the first source paragraph. */
  first: number;
  /** Index of the last source paragraph. */
  last: number;
  text: string;
  /** Offset in `text` where each source paragraph (first..last) begins. */
  starts: number[];
  spans: QuoteSpan[];
}

const OPENERS = new Set(['“', '„', '«', '‟']);
const CLOSERS = new Set(['”', '»']);

interface Mark {
  at: number;
  length: number;
  kind: 'open' | 'close' | 'either';
}

// Only double quotes delimit speech: single quotes are nested quotes, headline quotes or apostrophes.
// "’’" and "‘‘" (two singles) stand in for doubles in some scraped text.
function marks(text: string): Mark[] {
  const out: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const pair = text.slice(i, i + 2);
    if (pair === '‘‘' || pair === '’’') {
      out.push({ at: i, length: 2, kind: pair === '‘‘' ? 'open' : 'close' });
      i++;
    } else if (OPENERS.has(c)) out.push({ at: i, length: 1, kind: 'open' });
    else if (CLOSERS.has(c)) out.push({ at: i, length: 1, kind: 'close' });
    else if (c === '"') out.push({ at: i, length: 1, kind: 'either' });
  }
  return out;
}

/** ", Pohly said." / ", said Mrs. Lee." ending a paragraph: an attribution, never the end of a quotation. */
const UNCLOSED_ATTRIBUTION =
  /,\s+(?:(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:said|says|added|explained|declared|stated|continued|insisted|noted|replied|concluded)|(?:said|says|added)\s+(?:\p{Lu}[\p{L}’'.-]*\s*){1,4}|(?:he|she|they)\s+(?:said|says|added))\.\s*$/u;

/** Finds quote spans in one paragraph; `open` tells whether the paragraph ends inside a quote. */
function scan(text: string): { spans: QuoteSpan[]; open: boolean } {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let contentStart = 0;
  for (const m of marks(text)) {
    const inside = openAt >= 0;
    if (!inside && (m.kind === 'open' || m.kind === 'either')) {
      openAt = m.at;
      contentStart = m.at + m.length;
    } else if (inside && (m.kind === 'close' || m.kind === 'either')) {
      spans.push({ start: openAt, end: m.at + m.length, text: text.slice(contentStart, m.at).trim() });
      openAt = -1;
    }
    // An opener inside a quote (a stray or nested mark) and a closer outside one are typos: skip them.
  }
  if (openAt >= 0) {
    // A closing mark the printer dropped: “... for her entire family, Pohly said. The attribution at the end of the
    // paragraph is the outlet's, so the quote ends at the comma before it.
    const tail = UNCLOSED_ATTRIBUTION.exec(text.slice(contentStart));
    if (tail) {
      const end = contentStart + tail.index;
      spans.push({ start: openAt, end, text: text.slice(contentStart, end).trim() });
      return { spans, open: false };
    }
    spans.push({ start: openAt, end: text.length, text: text.slice(contentStart).trim() });
    return { spans, open: true };
  }
  return { spans, open: false };
}

/**
 * Groups paragraphs into logical paragraphs and finds their quotes. By the usual convention a
 * quote that runs over paragraphs leaves the first unclosed and opens the next with a quote mark;
 * such paragraphs are joined (the continuation mark dropped) so the quote is one span.
 */
export function findQuotes(paragraphs: readonly string[]): LogicalParagraph[] {
  const out: LogicalParagraph[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    let text = paragraphs[i];
    let last = i;
    const starts = [0];
    let { open } = scan(text);
    while (open && last + 1 < paragraphs.length && /^\s*(?:["“„«]|‘‘)/.test(paragraphs[last + 1])) {
      const next = paragraphs[last + 1].replace(/^\s*(?:‘‘|["“„«])/, '');
      starts.push(text.length + 1);
      text = `${text} ${next}`;
      last++;
      open = scan(text).open;
    }
    out.push({ first: i, last, text, starts, spans: scan(text).spans });
    i = last + 1;
  }
  return out;
}
