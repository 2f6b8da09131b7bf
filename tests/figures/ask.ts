// Answers figure questions from the command line, for audit: `npx tsx tests/figures/ask.ts [--corpus DIR] "question" ...`.
import { answerFigureQuery } from './answer-figures.js';
import { understandFigureQuestion } from '../../src/answer/figure-questions.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { readCorpus } from '../../src/corpus/load.js';
import { extractFigures } from '../../src/extract/figures.js';

const args = process.argv.slice(2);
const i = args.indexOf('--corpus');
const dir = i >= 0 ? args.splice(i, 2)[1] : 'corpus';
const articles = readCorpus(dir).map(cleanArticle);
const figures = articles.flatMap(extractFigures);
for (const question of args) {
  const query = understandFigureQuestion(question);
  console.log(`\n? ${question}\n  ${JSON.stringify(query)}`);
  if (!query || !('intent' in query) || !['figure_source', 'outlet_figures', 'figure_topic', 'compare'].includes(query.intent)) continue;
  const answer = answerFigureQuery(query as Parameters<typeof answerFigureQuery>[0], { question, articles, figures });
  console.log(`  found=${answer.found} cites=${answer.citations.map((c) => c.outlet).join(', ')}`);
  console.log(answer.answer.split('\n').map((l) => '  | ' + l).join('\n'));
}
