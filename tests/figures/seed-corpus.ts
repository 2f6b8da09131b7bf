// Test helper: the bundled story and the flood fixture, cleaned and with their figures.
import { cleanArticle } from '../../src/corpus/clean.js';
import { readCorpus } from '../../src/corpus/load.js';
import type { CleanArticle } from '../../src/corpus/article.js';
import { extractFigures, type Figure } from '../../src/extract/figures.js';

export interface Story {
  articles: CleanArticle[];
  figures: Figure[];
  /** The article whose name or headline contains `text` (case-insensitive). */
  article(text: string): CleanArticle;
  /** The figures of that article. */
  of(text: string): Figure[];
}

export function loadStory(dir: string): Story {
  const articles = readCorpus(dir).map(cleanArticle);
  const figures = articles.flatMap(extractFigures);
  const article = (text: string) => {
    const a = articles.find((x) => `${x.name} ${x.headline}`.toLowerCase().includes(text.toLowerCase()));
    if (!a) throw new Error(`no article matching ${text}`);
    return a;
  };
  return { articles, figures, article, of: (text) => figures.filter((f) => f.articleId === article(text).id) };
}

/** Builds a one-paragraph article, for tests that need a sentence of their own. */
export function articleOf(paragraphs: string[], name = 'Test Outlet'): CleanArticle {
  return { id: 'test', file: 'test.txt', outlet: name, name, headline: 'Test headline', sources: [], paragraphs, dropped: [] };
}
