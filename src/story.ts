import type { CleanArticle } from './corpus/article.js';
import { extractFigures, type Figure } from './extract/figures.js';
import { NameVariants, nameKey } from './extract/names.js';
import { mergePeople, type Person } from './extract/people.js';
import { groupQuotes, type QuoteGroup } from './extract/quote-groups.js';
import { extractQuotes, type Quote } from './extract/quotes.js';
import { splitSentences } from './extract/sentences.js';
import { isOutletLike } from './extract/cues.js';

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
export function buildStory(articles: CleanArticle[], aliases: Record<string, string[]>): Story {
  const variants = new NameVariants(aliases);
  const passages: Passage[] = [];
  const properNouns = new Set<string>();
  for (const a of articles) {
    passages.push({ id: `${a.id}:h`, articleId: a.id, paragraph: -1, text: a.headline });
    a.paragraphs.forEach((p, i) =>
      splitSentences(p).forEach((text, j) => passages.push({ id: `${a.id}:${i}.${j}`, articleId: a.id, paragraph: i, text })),
    );
    for (const text of [a.headline, ...a.paragraphs])
      for (const m of text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{Ll}’'-]{2,}/gu)) properNouns.add(nameKey(m[0]));
  }
  const perArticle = articles.map((a) => ({ article: a, ...extractQuotes(a) }));
  const { people, byArticleName } = mergePeople(
    perArticle.map((x) => ({ articleId: x.article.id, people: x.people })),
    variants,
  );
  const quotes: StoryQuote[] = perArticle.flatMap(({ article, quotes: qs }) =>
    qs.map((q) => {
      const personId = q.person ? byArticleName.get(`${article.id}\u0000${q.person}`) : undefined;
      const source = q.toldTo && isOutletLike(q.toldTo) ? variants.canonicalName(q.toldTo) : undefined;
      return { ...q, ...(personId ? { personId } : {}), ...(source ? { source } : {}), groupId: '' };
    }),
  );
  const groups = groupQuotes(quotes);
  for (const g of groups) for (const id of g.quoteIds) quotes.find((q) => q.id === id)!.groupId = g.id;
  const figures = articles.flatMap((a) => extractFigures(a));
  return { articles, passages, quotes, groups, people, figures, aliases, properNouns: [...properNouns].sort() };
}
