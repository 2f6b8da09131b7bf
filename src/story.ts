import { creditFiguresToSpeakers } from './extract/figure-speakers.js';
import type { CleanArticle } from './corpus/article.js';
import { figuresOfSentences, type Figure } from './extract/figures.js';
import { NameVariants, nameKey } from './extract/names.js';
import { mergePeople, type Person } from './extract/people.js';
import { groupQuotes, type QuoteGroup } from './extract/quote-groups.js';
import { extractQuotes, type ArticleQuotes, type Quote } from './extract/quotes.js';
import { CORPUS_READ_DEFAULTS } from './corpus/load.js';
import { splitSentences } from './extract/sentences.js';

/** One sentence of an article: the unit of search and citation. */
export interface Passage {
  id: string;
  articleId: string;
  paragraph: number;
  text: string;
}

/** A quote with its speaker resolved against the whole corpus. */
export interface StoryQuote extends Quote {
  personId?: string;
  groupId: string;
  /** The original source, canonical ("Washington Post" for "The Post"). */
  source?: string;
}

/** Everything extracted from a corpus: plain JSON, cached with the index. */
export interface Story {
  articles: CleanArticle[];
  passages: Passage[];
  quotes: StoryQuote[];
  groups: QuoteGroup[];
  people: Person[];
  figures: Figure[];
  aliases: Record<string, string[]>;
  /** Proper nouns of the corpus, folded lower case: the vocabulary for matching name variants by sound. */
  properNouns: string[];
}

/** Runs every extractor over the cleaned articles. */
export function buildStory(
  articles: CleanArticle[],
  aliases: Record<string, string[]>,
  warn: (line: string) => void = CORPUS_READ_DEFAULTS.warn,
): Story {
  const variants = new NameVariants(aliases);
  const passages: Passage[] = [];
  const properNouns = new Set<string>();
  const sentences = articles.map((a) => a.paragraphs.map((p) => splitSentences(p)));
  articles.forEach((a, k) => {
    passages.push({ id: `${a.id}:h`, articleId: a.id, paragraph: -1, text: a.headline });
    // A subhead is no passage: it is never cited on its own (src/corpus/subheads.ts).
    const subheads = new Set(a.subheads ?? []);
    sentences[k].forEach((ss, i) => !subheads.has(i) && ss.forEach((text, j) => passages.push({ id: `${a.id}:${i}.${j}`, articleId: a.id, paragraph: i, text })));
    for (const text of [a.headline, ...a.paragraphs])
      for (const m of text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{Ll}’'-]{2,}/gu)) properNouns.add(nameKey(m[0]));
  });
  const perArticle = articles.map((a) => ({ article: a, ...extractQuotesOrWarn(a, warn) }));
  const { people, byArticleName } = mergePeople(
    perArticle.map((x) => ({ articleId: x.article.id, people: x.people })),
    variants,
  );
  const quotes: StoryQuote[] = perArticle.flatMap(({ article, quotes: qs }) =>
    qs.map((q) => {
      const personId = q.person ? byArticleName.get(`${article.id}\u0000${q.person}`) : undefined;
      const source = q.toldTo ? variants.canonicalName(q.toldTo) : undefined;
      return { ...q, ...(personId ? { personId } : {}), ...(source ? { source } : {}), groupId: '' };
    }),
  );
  const groups = groupQuotes(quotes);
  const byId = new Map(quotes.map((q) => [q.id, q]));
  for (const g of groups) for (const id of g.quoteIds) byId.get(id)!.groupId = g.id;
  const figures = articles.flatMap((a, k) => figuresOfSentences(a, sentences[k]));
  creditFiguresToSpeakers(figures, quotes, people);
  return { articles, passages, quotes, groups, people, figures, aliases, properNouns: [...properNouns].sort() };
}

/**
 * One article's statements; a fault of the extractor on one article (text nobody tuned it to) costs that article's
 * statements, with one warning naming the file, not the whole start-up. Its passages and figures are still searched.
 */
function extractQuotesOrWarn(article: CleanArticle, warn: (line: string) => void): ArticleQuotes {
  try {
    return extractQuotes(article);
  } catch (err) {
    warn(`${article.file}: who-said-what could not be read (${err instanceof Error ? err.message : String(err)}); the article is searched without it`);
    return { quotes: [], people: [] };
  }
}
