import type { Focus } from '../conversation/focus.js';
import type { Intent } from './query.js';

/** Where a piece of an answer comes from: the outlet that carried it and the sentence itself. */
export interface Citation {
  /** Stable id of the article (its file name without extension). */
  articleId: string;
  /** The outlet that carried the article, or the article's headline when the outlet is unknown. */
  outlet: string;
  /** The article's headline as its text gives it. */
  headline: string;
  /** The sentence (or short passage) the answer rests on, verbatim from the cleaned article. */
  excerpt: string;
  url?: string;
}

/** One outlet's wording of a quote. */
export interface QuoteEntry {
  quoteId: string;
  articleId: string;
  outlet: string;
  /** The quote as this outlet printed it; for reported speech (`kind` indirect), the reported content. */
  text: string;
  /** direct: wholly quoted words; mixed: reported speech holding them (`text` is the quoted words); indirect: reported, never verbatim. */
  kind?: 'direct' | 'indirect' | 'mixed';
  /** The speaker as this outlet wrote them ("One Ukrainian commander", "he"), before resolution. */
  speakerAsWritten?: string;
  /** The original source this outlet credited ("the Financial Times", "The Washington Post"), if any. */
  toldTo?: string;
}

/** One quote, grouped across the outlets that carried it. */
export interface QuoteView {
  /** The resolved speaker's display name, or a descriptive speaker ("US official"); absent when unattributed. */
  speaker?: string;
  /** The speaker's role as the outlets gave it ("a commander in Ukraine's National Guard"). */
  role?: string;
  /** Set when the speaker is a group described in the plural ("residents", "fire officers"), so the verb agrees. */
  plural?: boolean;
  /** Original sources credited for the quote, canonical names ("Financial Times"). */
  sources: string[];
  /** Whom the words were said to, as the outlets wrote it ("reporters", "the trustees"), where no source is credited and the text names them. */
  addressees?: string[];
  entries: QuoteEntry[];
  /** Set when outlets disagree on naming the speaker, e.g. one names them and another says "One Ukrainian commander". */
  linkNote?: string;
}

/** One figure as an outlet reported it. */
export interface FigureView {
  figureId: string;
  articleId: string;
  outlet: string;
  /** The figure as written: "more than 600 square miles". */
  text: string;
  /** What it measures: "territory liberated", "units of military equipment". */
  measure: string;
  topic?: string;
  /** Who the outlet credits for it. */
  claimant?: string;
  /** The time span it covers, where the text says ("in the past fortnight"). */
  span?: string;
  /** Normalized value(s) in plain words: "≈ 1,554 km² / 600 sq mi". */
  normalized?: string;
  /** The figure as one number in the comparison's common unit (km² for areas, km for distances), what a chart plots. */
  amount?: { value: number; unit: string };
  /** A problem found by checking the figure (a conversion that does not hold), in plain words. */
  warning?: string;
}

/** One line of a cross-outlet comparison. */
export interface ComparisonRow {
  articleId: string;
  outlet: string;
  figures: FigureView[];
}

export interface ComparisonView {
  topic: string;
  rows: ComparisonRow[];
  /** Whether the outlets agree, and where they differ by how much, in plain words. */
  verdict: string;
  agree: boolean;
}

/** An outlet in the story. */
export interface OutletView {
  articleId: string;
  outlet: string;
  headline: string;
  byline?: string;
  url?: string;
  published?: string;
  /** The sources the article cites or credits. */
  sources: string[];
}

/** A person in the story. */
export interface PersonView {
  name: string;
  roles: string[];
  /** Outlets that mention the person. */
  outlets: string[];
  /** Other spellings seen. */
  variants: string[];
}

/**
 * The core's answer to one question: data, never pre-formatted chat text. Every surface renders it
 * its own way; `answer` is the plain text a person reads (console, `ask --json`, chat fallbacks).
 */
export interface Answer {
  question: string;
  intent: Intent;
  /** False when the story does not answer the question (or the input was help / empty). */
  found: boolean;
  /** The short answer: one or two sentences. */
  summary: string;
  /** Supporting lines in plain text, one per quote, figure or outlet, in order of relevance. */
  details: string[];
  /** `summary` and `details` as one plain text. */
  answer: string;
  quotes: QuoteView[];
  figures: FigureView[];
  comparison?: ComparisonView;
  outlets: OutletView[];
  people: PersonView[];
  citations: Citation[];
  /** Questions the person could ask next (always set for help and not-found answers). */
  suggestions: string[];
  /** What a found answer was about (person, outlet, quote, figure), for reading the next question of a conversation. */
  focus?: Focus;
  /** Set when the question was read as a follow-up of the previous answer: how it was read, and why. */
  followUp?: { readAs: string; note: string; rule: string };
}

/** What an answerer decides; `buildAnswer` fills in the rest. */
export type AnswerDraft = Pick<Answer, 'found' | 'summary'> &
  Partial<Pick<Answer, 'details' | 'quotes' | 'figures' | 'comparison' | 'outlets' | 'people' | 'citations' | 'suggestions'>>;

/** Completes a draft into an Answer: defaults for missing parts, `answer` as the plain text of summary and details. */
export function buildAnswer(question: string, intent: Intent, draft: AnswerDraft): Answer {
  const details = draft.details ?? [];
  return {
    question,
    intent,
    found: draft.found,
    summary: draft.summary,
    details,
    answer: [draft.summary, ...details].join('\n'),
    quotes: draft.quotes ?? [],
    figures: draft.figures ?? [],
    ...(draft.comparison ? { comparison: draft.comparison } : {}),
    outlets: draft.outlets ?? [],
    people: draft.people ?? [],
    citations: draft.citations ?? [],
    suggestions: draft.suggestions ?? [],
  };
}
