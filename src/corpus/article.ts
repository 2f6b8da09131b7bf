/** Front matter keys of a corpus file; all optional. */
export interface ArticleMeta {
  outlet?: string;
  headline?: string;
  byline?: string;
  url?: string;
  published?: string;
  sources?: string[];
  /** The language the outlet publishes in ("de", "German"), when the text is a translation; names an unnamed outlet. */
  language?: string;
}

/** A corpus file as read: front matter and the verbatim body. */
export interface Article {
  /** The file name without extension; stable across runs. */
  id: string;
  /** Path of the file, as given to the loader (for messages). */
  file: string;
  meta: ArticleMeta;
  /** The text after the front matter, verbatim. */
  body: string;
}

/** A line the cleaner removed, and the rule that removed it. */
export interface DroppedLine {
  text: string;
  rule: string;
}

/** An article after cleaning: what the bot reads, cites and indexes. */
export interface CleanArticle {
  id: string;
  file: string;
  /** The outlet, from front matter or the text's own evidence; undefined when unknown. */
  outlet?: string;
  /** What the bot calls the article in answers: the outlet, or a brief honest name when it is unknown (see article-name.ts). */
  name: string;
  headline: string;
  byline?: string;
  url?: string;
  published?: string;
  /** Sources the article cites (front matter, plus a "Sources:" line in the text). */
  sources: string[];
  /** The kept body paragraphs, in order, without the headline. Verbatim text, whitespace trimmed. */
  paragraphs: string[];
  /**
   * Indexes into `paragraphs` of the subheads: short title-like lines a paper prints between paragraphs
   * ("Tax to rise $40"). They stay in `paragraphs` so numbering is stable, but are not evidence on their own.
   */
  subheads?: number[];
  dropped: DroppedLine[];
}
