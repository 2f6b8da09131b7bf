// Figure answers from bare articles and their figures, for tests and the audit CLI that hold no loaded story:
// the figures are wrapped in a stand-in story once per figures array, then answered as the bot answers them.
import { buildAnswer, type Answer } from '../../src/answer/answer.js';
import { AnswerContext } from '../../src/answer/context.js';
import { answerFigures, type FigureQuery } from '../../src/answer/figure-answers.js';
import { FigureStore } from '../../src/answer/figure-store.js';
import type { CleanArticle } from '../../src/corpus/article.js';
import type { Figure } from '../../src/extract/figures.js';
import { NameVariants } from '../../src/extract/names.js';
import { buildIndexes } from '../../src/search/story-index.js';
import type { Story } from '../../src/story.js';

const standIns = new WeakMap<readonly Figure[], AnswerContext>();

function contextFor(articles: readonly CleanArticle[], figures: readonly Figure[]): AnswerContext {
  let ctx = standIns.get(figures);
  if (!ctx) {
    const story: Story = { articles: [...articles], passages: [], quotes: [], groups: [], people: [], figures: [...figures], aliases: {}, properNouns: [] };
    standIns.set(figures, (ctx = new AnswerContext(story, buildIndexes(story))));
  }
  return ctx;
}

export function answerFigureQuery(query: FigureQuery, from: { question: string; articles: readonly CleanArticle[]; figures: readonly Figure[] }): Answer {
  return buildAnswer(from.question, query.intent, answerFigures(contextFor(from.articles, from.figures), query));
}

/** Topics for autocomplete, most important first. */
export function figureTopics(figures: readonly Figure[]): string[] {
  return new FigureStore(figures, new NameVariants()).topics;
}
