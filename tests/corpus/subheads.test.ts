import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { findSubheads, SUBHEAD_RULE } from '../../src/corpus/subheads.js';
import { extractFigures } from '../../src/extract/figures.js';
import { buildStory } from '../../src/story.js';
import { article } from '../fixtures/build-article.js';

// A subhead ("Tax to rise $40") labels the paragraphs under it: it is kept in place, so paragraph numbers
// match the page, but it is not evidence of its own.
const BODY = [
  'Council Votes Tax Rise',
  '',
  'The council voted on Tuesday to raise the property tax by $40 a household, the treasurer said.',
  '',
  'Tax to rise $40',
  '',
  'The increase, the first in six years, takes effect in January and will raise $2 million, she said.',
];

describe(`${SUBHEAD_RULE.name}: ${SUBHEAD_RULE.why}`, () => {
  it.each(SUBHEAD_RULE.examples.map((e) => [e.paragraphs[e.subheads[0] ?? 1], e] as const))('judges %j', (_line, example) => {
    expect(findSubheads(example.paragraphs)).toEqual(example.subheads);
  });

  it('marks the subhead in the cleaned article and keeps its place among the paragraphs', () => {
    const a = cleanArticle(article({ body: BODY }));
    expect(a.paragraphs).toHaveLength(3);
    expect(a.subheads).toEqual([1]);
    expect(a.paragraphs[1]).toBe('Tax to rise $40');
  });

  it('reads a figure repeated in a subhead once, from the body', () => {
    const figures = extractFigures(cleanArticle(article({ body: BODY })));
    const forty = figures.filter((f) => f.value === 40);
    expect(forty).toHaveLength(1);
    expect(forty[0]).toMatchObject({ paragraph: 0, claimant: 'the treasurer' });
  });

  it('builds no passage from a subhead, so no answer cites it alone', () => {
    const story = buildStory([cleanArticle(article({ body: BODY }))], {});
    expect(story.passages.map((p) => p.text)).not.toContain('Tax to rise $40');
    // The body around it keeps its paragraph numbers: the subhead still counts as paragraph 1.
    expect(story.passages.filter((p) => p.paragraph >= 0).map((p) => p.paragraph)).toEqual([0, 2]);
  });

  it('leaves an article without subheads unmarked', () => {
    const a = cleanArticle(article({ body: ['Bridge plan approved', '', 'The council met on Tuesday to discuss the new bridge.', '', 'It cost $4 million.'] }));
    expect(a.subheads).toBeUndefined();
  });
});
