// Answer fixtures built through the core's own `buildAnswer`, so they always have the Answer's real shape.
import type { AnswerSource } from '../../adapters/discord/interaction-handler.js';
import {
  buildAnswer,
  type Answer,
  type AnswerDraft,
  type Citation,
  type Completion,
  type FigureView,
  type Intent,
  type QuoteView,
} from '../../src/index.js';

export function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    articleId: `00${n}`,
    outlet: `Outlet ${n}`,
    headline: `Headline number ${n} about the counter-offensive`,
    excerpt: `Sentence ${n}: Ukrainian forces retook more than 600 square miles, officials said.`,
    ...overrides,
  };
}

export function quote(n: number, overrides: Partial<QuoteView> = {}): QuoteView {
  return {
    speaker: `Speaker ${n}`,
    role: 'a commander',
    sources: ['Financial Times'],
    entries: [
      {
        quoteId: `q${n}`,
        articleId: '001',
        outlet: 'Insider',
        text: `They fled like Olympic sprinters, number ${n}`,
        toldTo: 'the Financial Times',
      },
      {
        quoteId: `q${n}`,
        articleId: '002',
        outlet: 'Daily Star',
        text: `They fled like Olympic sprinters, number ${n}`,
      },
    ],
    ...overrides,
  };
}

export function figure(n: number, overrides: Partial<FigureView> = {}): FigureView {
  return {
    figureId: `f${n}`,
    articleId: '003',
    outlet: `Outlet ${n}`,
    text: `more than ${n * 100} square miles`,
    measure: 'territory liberated',
    claimant: 'Volodymyr Zelenskyy',
    normalized: `≈ ${n * 259} km²`,
    ...overrides,
  };
}

export function answer(draft: Partial<AnswerDraft> = {}, intent: Intent = 'search', question = 'A question'): Answer {
  return buildAnswer(question, intent, { found: true, summary: 'The short answer.', ...draft });
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Far past every embed limit at once: long text, dozens of quotes, figures and citations. */
export function overlongAnswer(): Answer {
  return answer(
    {
      summary: `${'A very long summary sentence that keeps going. '.repeat(120)}`,
      details: range(80).map((i) => `Detail line ${i}: ${'more supporting text '.repeat(6)}`),
      quotes: range(30).map((i) =>
        quote(i, {
          entries: range(8).map((j) => ({
            quoteId: `q${i}`,
            articleId: `a${j}`,
            outlet: `Outlet ${j}`,
            text: `Wording ${j} of quote ${i}: ${'and so on '.repeat(20)}`,
          })),
        }),
      ),
      figures: range(60).map((i) => figure(i)),
      citations: range(40).map((i) => citation(i, { excerpt: `Excerpt ${i}: ${'x'.repeat(1500)}` })),
    },
    'search',
    'Q'.repeat(400),
  );
}

/** A stand-in core answering every query with `fixed`, for what the real corpus cannot produce on demand. */
export function fixedBot(fixed: Answer, completions: Completion[] = []): AnswerSource {
  return { answer: () => fixed, complete: () => completions };
}

/** A stand-in core whose next answers and completions a test sets, so one login serves many cases. */
export function scriptedBot(): AnswerSource & { script(next: { answer?: Answer; completions?: Completion[] }): void } {
  let current: Answer = answer();
  let completions: Completion[] = [];
  return {
    answer: () => current,
    complete: () => completions,
    script(next) {
      current = next.answer ?? current;
      completions = next.completions ?? completions;
    },
  };
}
