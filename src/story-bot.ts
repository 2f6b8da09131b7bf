import lunr from 'lunr';
import type { Answer, Citation } from './answer/answer.js';
import type { Query } from './answer/query.js';
import { understand } from './answer/understand.js';
import type { CleanArticle } from './corpus/article.js';
import { cleanArticle } from './corpus/clean.js';
import { readCorpus } from './corpus/load.js';

export interface StoryBotOptions {
  /** Folder of articles (.txt, .md). Default: the `STORY_CORPUS` variable, else `corpus/` in the working folder. */
  corpusDir?: string;
}

export interface Completion {
  /** What the person sees in the list (at most 100 characters). */
  name: string;
  /** What is sent back as the option's value (at most 100 characters). */
  value: string;
}

export type CompletionKind = 'quote' | 'person' | 'outlet' | 'topic';

// PLACEHOLDER spine: search-only answers until extraction lands. The public API below is fixed.
export class StoryBot {
  readonly articles: readonly CleanArticle[];
  private readonly index: lunr.Index;
  private readonly sentences: { ref: string; articleId: string; text: string }[];

  private constructor(articles: CleanArticle[]) {
    this.articles = articles;
    this.sentences = articles.flatMap((a) =>
      a.paragraphs.map((text, i) => ({ ref: `${a.id}#${i}`, articleId: a.id, text })),
    );
    const sentences = this.sentences;
    this.index = lunr(function () {
      this.ref('ref');
      this.field('text');
      for (const s of sentences) this.add(s);
    });
  }

  /** Loads, cleans and indexes the corpus. Throws CorpusError (one line: file and field) on a bad corpus. */
  static open(options: StoryBotOptions = {}): StoryBot {
    const dir = options.corpusDir ?? process.env.STORY_CORPUS ?? 'corpus';
    return new StoryBot(readCorpus(dir).map(cleanArticle));
  }

  /** Understands a plain-English question and answers it. Never throws for any input. */
  ask(question: string): Answer {
    return this.answer(understand(question), question);
  }

  /** Answers an already understood query (slash commands build these directly). */
  answer(query: Query, question = ''): Answer {
    if (query.intent === 'help') return this.finish(question, 'help', false, 'Ask me about the story.', [], []);
    const terms = (query.intent === 'search' ? query.text : question).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const hits = terms.length
      ? this.index.query((q) => terms.forEach((t) => q.term(t, { wildcard: lunr.Query.wildcard.NONE })))
      : [];
    const citations: Citation[] = hits.slice(0, 3).map((h) => {
      const s = this.sentences.find((x) => x.ref === h.ref)!;
      const a = this.articles.find((x) => x.id === s.articleId)!;
      return { articleId: a.id, outlet: a.name, headline: a.headline, excerpt: s.text };
    });
    if (!citations.length) return this.finish(question, query.intent, false, 'The story does not say.', [], []);
    return this.finish(question, query.intent, true, citations[0].excerpt, citations.slice(1).map((c) => c.excerpt), citations);
  }

  /** Autocomplete: up to `limit` (≤ 25) choices of `kind` matching what has been typed. */
  complete(kind: CompletionKind, typed: string, limit = 25): Completion[] {
    const pool = kind === 'outlet' ? this.articles.map((a) => a.name) : [];
    return pool
      .filter((n) => n.toLowerCase().includes(typed.toLowerCase()))
      .slice(0, Math.min(limit, 25))
      .map((n) => ({ name: n.slice(0, 100), value: n.slice(0, 100) }));
  }

  private finish(question: string, intent: Query['intent'], found: boolean, summary: string, details: string[], citations: Citation[]): Answer {
    return {
      question, intent, found, summary, details,
      answer: [summary, ...details].join('\n'),
      quotes: [], figures: [], outlets: [], people: [], citations, suggestions: [],
    };
  }
}
