/**
 * What a person asked, understood: an intent and its slots. Every surface (console, `ask --json`,
 * Discord slash commands, Slack mentions) turns its input into a Query; the core answers Queries.
 */
export type Query =
  | { intent: 'help' }
  /** "Who said the Russians fled like Olympic sprinters?" — `quote` is the remembered wording. */
  | { intent: 'who_said'; quote: string }
  /** "What did Petro Kuzyk say?" */
  | { intent: 'what_said'; person: string }
  /** "Which outlets quoted Petro Kuzyk?" or "Which outlets carried 'like Olympic sprinters'?" */
  | { intent: 'who_quoted'; person?: string; quote?: string }
  /** "Which newspaper did Olena Matvienko speak to?" — the original source a speaker was credited to. */
  | { intent: 'told_to'; person: string }
  /** "Who is Petro Kuzyk?" */
  | { intent: 'who_is'; person: string }
  /** "Who wrote the Insider article?" — `article` names an outlet or words of a headline. */
  | { intent: 'byline'; article: string }
  /** "Which outlets are in the story?" */
  | { intent: 'outlets' }
  /** "Which outlet reported 13,500 units of equipment lost?" — `figure` is the number with its context words. */
  | { intent: 'figure_source'; figure: string }
  /** "What figures did BeyondNews report?" — optionally narrowed to a topic. */
  | { intent: 'outlet_figures'; outlet: string; topic?: string }
  /** "How far is Izyum from Kharkiv?", "How many troops were trapped?" — optionally narrowed to an outlet. */
  | { intent: 'figure_topic'; topic: string; outlet?: string }
  /** "Do the outlets agree on how much land was retaken?" */
  | { intent: 'compare'; topic: string }
  /** Anything else about the story: the best passages, cited. */
  | { intent: 'search'; text: string };

export type Intent = Query['intent'];

export const INTENTS: readonly Intent[] = [
  'help',
  'who_said',
  'what_said',
  'who_quoted',
  'told_to',
  'who_is',
  'byline',
  'outlets',
  'figure_source',
  'outlet_figures',
  'figure_topic',
  'compare',
  'search',
];
