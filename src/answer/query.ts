/**
 * What a person asked, understood: an intent and its slots. Every surface (console, `ask --json`,
 * Discord slash commands, Slack mentions) turns its input into a Query; the core answers Queries.
 */
export type Query = (
  /** `language`: the question was not English (its ISO 639-3 code), so help is given in English. */
  | { intent: 'help'; language?: string }
  /** "Who said the Russians fled like Olympic sprinters?" — `quote` is the remembered wording. */
  | { intent: 'who_said'; quote: string; groupIds?: string[]; passageIds?: string[] }
  /** "What did Petro Kuzyk say?" */
  | {
      intent: 'what_said';
      person: string;
      personId?: string;
      /** A described or institutional speaker ("the villagers", "the ministry"): the statements that name them so. */
      speakerQuoteIds?: string[];
      /** What the statements should be about ("about the bids"). */
      about?: string;
      /** Sentences reporting what the speaker said, where no statement names them. */
      passageIds?: string[];
      /** Nobody so described said anything; the passages that name them ("the Harbour Authority offices had closed"). */
      mentionedIn?: string[];
      /** Asked what the speaker wants or means to do ("what is the mayor going to do"): their statements of intent first. */
      wants?: boolean;
    }
  /** "Which outlets quoted Petro Kuzyk?" or "Which outlets carried 'like Olympic sprinters'?" */
  | {
      intent: 'who_quoted';
      person?: string;
      quote?: string;
      personId?: string;
      groupIds?: string[];
      /** A thing or place asked about ("drones", "Balakliia"): which outlets mention it. */
      mention?: string;
      /** The passages understanding found mentioning it, best first. */
      passageIds?: string[];
    }
  /** "Which newspaper did Olena Matvienko speak to?" — the original source a speaker was credited to. */
  | { intent: 'told_to'; person: string; personId?: string }
  /** "Who is Petro Kuzyk?" */
  | { intent: 'who_is'; person: string; personId?: string }
  /** "Who wrote the Insider article?" — `article` names an outlet or words of a headline. */
  | {
      intent: 'byline';
      article: string;
      articleId?: string;
      /** Asked about the author ("what did <author> write"): the answer leads with the article. */
      author?: boolean;
      /** `article` is what the article is about ("who wrote the piece on the dam"), found in its passages. */
      about?: boolean;
    }
  /** "Which outlets are in the story?" */
  | { intent: 'outlets' }
  /**
   * "What happened?", "Summarize the story": each article's lead, who is quoted most, what the figures are on.
   * `focus`: "When did it happen?", "Where was this?": the time or place the leads give, with the articles' dates;
   * "What are the key numbers?" (`figures`): what the story's figures are on, each topic with its figures.
   */
  | { intent: 'overview'; focus?: 'when' | 'where' | 'figures' }
  /** "Who is in the story?", "Who was quoted the most?": the speakers, most statements first (`most`: asked for the top). */
  | { intent: 'people'; most?: boolean }
  /**
   * "Which outlet quotes the most people?", "which paper has the most sources?" (`by` speakers), "which outlet has the
   * most quotes?" (statements), "who covered this most?" (coverage): the outlets ranked, named and described speakers apart.
   */
  | { intent: 'outlet_ranking'; by?: 'speakers' | 'statements' | 'coverage' }
  /** "Which outlet reported 13,500 units of equipment lost?" — `figure` is the number with its context words. */
  | { intent: 'figure_source'; figure: string }
  /** "What figures did BeyondNews report?" — optionally narrowed to a topic. */
  | { intent: 'outlet_figures'; outlet: string; topic?: string }
  /**
   * "How far is Izyum from Kharkiv?", "How many troops were trapped?" — optionally narrowed to an outlet.
   * `unmatched`: the broad topic asked and the question's words none of its figures meets (rule "a broad topic asked in other words", resolve.ts).
   */
  | { intent: 'figure_topic'; topic: string; outlet?: string; figureIds?: string[]; unmatched?: { topic: string; words: string[] } }
  /** "Do the outlets agree on how much land was retaken?" */
  /** `conversion`: "which article got a unit conversion wrong?" — the figures whose printed conversion fails. */
  /** `all`: "Do the outlets agree?", "What do they disagree on?" with no topic: every topic two outlets give figures on. */
  | { intent: 'compare'; topic: string; conversion?: boolean; all?: boolean; /** Per outlet, the figure that best fits the topic (rule "each outlet's own figure"). */ figureIds?: string[] }
  /** Anything else about the story: the best passages, cited. */
  | {
      intent: 'search';
      text: string;
      /** When / where / why / how: answer with the part of the sentence holding it. */
      focus?: 'when' | 'where' | 'why' | 'how';
      /** Only this article's passages ("what did the Sun say about territory"). */
      articleId?: string;
      /** The passages understanding found covering the question, best first. */
      passageIds?: string[];
      /** Understanding found no reading the story supports: answer not-found with this reason. */
      unsupported?: string;
    }
) & {
  /** Understanding checked this Query's names against the story: a name it left unresolved is not in the story. */
  resolved?: boolean;
  /** The rest of a two-part question ("… and which paper did he talk to?"), answered after the first part. */
  also?: string;
};

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
  'overview',
  'people',
  'outlet_ranking',
  'figure_source',
  'outlet_figures',
  'figure_topic',
  'compare',
  'search',
];
