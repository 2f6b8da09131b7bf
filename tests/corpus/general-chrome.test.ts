import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { article } from '../fixtures/build-article.js';

// Debris as any site words it, not only as the bundled articles' sites do.
const clean = (body: string[], meta = {}) => cleanArticle(article({ body, meta }));
const STORY = 'The council met on Tuesday to discuss the new bridge.';

describe('a site’s search box', () => {
  it.each(['What are you looking for?', 'Hello! What are you searching for?', 'Search…', 'Type to search', 'Enter keywords to search'])('drops %j as site chrome', (line) => {
    const a = clean(['Headline', STORY, line, STORY]);
    expect(a.dropped).toEqual([{ text: line, rule: 'site-chrome' }]);
    expect(a.paragraphs).toEqual([STORY, STORY]);
  });

  it.each(['Search for survivors', 'What are you looking for in a mayor?'])('keeps the story line %j', (line) => {
    expect(clean(['Headline', STORY, line, STORY]).paragraphs).toEqual([STORY, line, STORY]);
  });
});

describe('comparing lines', () => {
  it('takes out the headline line when it differs from the front matter only by accents', () => {
    expect(clean(['Village cafe reopens', STORY], { headline: 'Village café reopens' }).paragraphs).toEqual([STORY]);
  });
});
