// The cold path of opening a story: clean the articles, extract, index and build the lexicon. Its own module
// so that a start from the cache (StoryBot.load) never loads the extraction modules behind it.
import type { Article } from './corpus/article.js';
import { cleanArticle } from './corpus/clean.js';
import { buildIndexes, serializeIndexes, type StoryIndexes } from './search/story-index.js';
import { buildStory, type Story } from './story.js';
import { buildLexicon, type LexiconData } from './understand/lexicon.js';

export interface FreshBuild {
  story: Story;
  indexes: StoryIndexes;
  lexicon: LexiconData;
  /** The indexes as the cache keeps them. */
  serialized(): object;
  extractMs: number;
  indexMs: number;
  lexiconMs: number;
}

export function buildFromArticles(
  articles: Article[],
  aliases: Record<string, string[]>,
  warn: (line: string) => void,
): FreshBuild {
  const t1 = performance.now();
  const story = buildStory(articles.map(cleanArticle), aliases, warn);
  const t2 = performance.now();
  const indexes = buildIndexes(story);
  const t3 = performance.now();
  const lexicon = buildLexicon(story.passages.map((p) => p.text));
  const t4 = performance.now();
  return {
    story,
    indexes,
    lexicon,
    serialized: () => serializeIndexes(indexes),
    extractMs: t2 - t1,
    indexMs: t3 - t2,
    lexiconMs: t4 - t3,
  };
}
