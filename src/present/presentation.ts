import type { Intent } from '../answer/query.js';

/**
 * A run of answer text and how it is stressed. Surfaces map the style to their own markup (Discord `**b**`,
 * Slack `*b*`, plain text in a terminal) and escape the text their own way, so the presenter never writes markup.
 */
export interface Span {
  text: string;
  style?: 'strong' | 'em';
}

/** One line (a sentence or two) of answer text. */
export type Line = Span[];

/** The views a person can ask for under an answer (buttons): each is the answer shown in full along one axis. */
export type ViewName = 'versions' | 'sources' | 'figures';

export const VIEW_LABELS: Readonly<Record<ViewName, string>> = {
  versions: 'All versions',
  sources: 'All sources',
  figures: 'Other figures',
};

/**
 * Says a chart would show this answer better. The presenter only decides that one is available; drawing it is
 * done on request by the chart code, which each surface calls with this descriptor.
 */
export interface ChartDescriptor {
  kind: 'comparison';
  /** The compared topic, as the answer names it ("territory retaken"). */
  topic: string;
}

/** A cited sentence as an answer shows it: the outlet, the sentence, and where to read it. */
export interface SourceLine {
  outlet: string;
  headline: string;
  excerpt: string;
  url?: string;
}

/** The one wording of a quote that best matches the question, and the outlets that printed it so. */
export interface BestWording {
  text: string;
  outlets: string[];
}

/**
 * The core's Answer, decided once into the sections a person reads, in reading order. Every surface (console,
 * JSON, Discord, Slack) renders these and only adds its markup and limits.
 */
export interface Presentation {
  /** The question, as the answer's heading. */
  title: string;
  intent: Intent;
  found: boolean;
  tone: 'found' | 'not-found' | 'help';
  /** The answer itself, one or two sentences, naming what was asked. */
  lead: Line;
  /** The wording that best matches the question (quote answers). */
  best?: BestWording;
  /** "Carried by 4 outlets: …", one line (quote answers). */
  carriedBy?: Line;
  /** A few more lines the answer needs (a figure per outlet, a conversion that does not hold); often empty. */
  body: Line[];
  /** At most three cited sentences, each distinct, none already shown above. */
  sources: SourceLine[];
  /** The views worth offering under this answer, in button order. */
  more: ViewName[];
  chart?: ChartDescriptor;
  /** Questions to ask next (a select menu in chat, a list in a terminal). */
  suggestions: string[];
}

/** One view of an answer (a button pressed): a heading line and as many lines as the surface can hold. */
export interface ViewPresentation {
  title: string;
  view: ViewName;
  lead: Line;
  lines: Line[];
  sources: SourceLine[];
}
