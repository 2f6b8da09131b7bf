import type { Article, CleanArticle } from './article.js';

// PLACEHOLDER until the cleaner lands: keeps every line.
export function cleanArticle(article: Article): CleanArticle {
  const lines = article.body.split('\n').map((l) => l.trim()).filter(Boolean);
  const headline = article.meta.headline ?? lines.shift() ?? article.id;
  if (article.meta.headline && lines[0] === headline) lines.shift();
  return {
    id: article.id,
    file: article.file,
    outlet: article.meta.outlet,
    name: article.meta.outlet ?? headline,
    headline,
    byline: article.meta.byline,
    url: article.meta.url,
    published: article.meta.published,
    sources: article.meta.sources ?? [],
    paragraphs: lines,
    dropped: [],
  };
}
