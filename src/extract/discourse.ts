import type { CleanArticle } from '../corpus/article.js';
import type { ArticlePerson, Quote } from './quotes.js';

/** A person or a described source that was a sentence's subject or a speaker: whom a later he, she, it or they may mean. */
export interface Subject {
  p?: ArticlePerson;
  desc?: string;
  /** A group ("the trustees", "Reyes and Park"): a "they". */
  plural?: boolean;
  /** The sentence it was the subject of. */
  sentence: number;
}

/**
 * What extraction knows of one article as it reads it sentence by sentence: the people it named, who is in view for
 * the pronouns, who was asked what, and the statements found so far. One per article; the rules of the people
 * registry, the sentence subjects, the antecedents, the statement speakers and the dialogue turns read and update it.
 */
export class Discourse {
  /** The people the article names (speakers, and people introduced with a title or a description). */
  readonly people: ArticlePerson[] = [];
  /** Every mention of a person, latest last: whom "the commander", an age or a last mention refers back to. */
  readonly recent: ArticlePerson[] = [];
  /** The sentence in which each person was last mentioned. */
  readonly mentionedAt = new Map<ArticlePerson, number>();
  /** The outlets the article names, latest last: what a back-reference to "the paper" means. */
  readonly outlets: string[] = [];
  /** The statements found so far, in order. */
  readonly quotes: Quote[] = [];
  /** The last quotation kept, with the paragraph it ends in: whose words a quotation alone carries on. */
  previous: { quote: Quote; paragraph: number } | undefined;
  /** Salience for he/she/it/they: the people and institutions that were subjects or speakers, latest last. */
  readonly subjects: Subject[] = [];
  /** The sentence being read, counted across the article. */
  sentenceNo = 0;
  /** The one the writer last asked a question ("I asked him ..."): whom the writer's own words in an interview are put to. */
  writerPartner: ArticlePerson | undefined;
  /** The one last asked a question, and in which sentence: who answers next. */
  questionTo: { p: ArticlePerson; sentence: number } | undefined;
  /** Quotations alone in their sentence, whose speaker came from the words around them rather than an attribution. */
  readonly inherited = new Set<Quote>();
  /** The main clause's subject after a leading subordinate clause, and where it stands in its sentence. */
  mainAfterClause: { sentence: number; at: number; entry?: Subject } | undefined;
  /** People named in passing (not as a subject or a speaker), and where: whom a "he" may mean when no one else fits. */
  readonly passing: { p: ArticlePerson; sentence: number }[] = [];
  /** Quotations given their speaker by turn-taking in a dialogue. */
  readonly alternated = new Set<Quote>();

  constructor(
    /** The article being read. */
    readonly article: CleanArticle,
  ) {}
}
