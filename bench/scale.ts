// One scale size of section 2 on its own, for profiling and before/after comparisons without the whole bench:
//
//   npx tsx bench/scale.ts 10000 [rounds]
//   node --import tsx --cpu-prof --cpu-prof-dir=prof bench/scale.ts 10000 && npx tsx bench/profile.ts prof/<file>.cpuprofile
//
// Same corpus (Brown text + the story), same questions and the same interleaved answer / raw Lunr timing as
// `npm run bench`; prints the row's numbers.
import { BENCH_CORPUS, benchCore, benchQuestions } from './core.js';
import { ms, ratio } from './stats.js';
import { writeScaleCorpus } from './scale-corpus.js';

const target = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 50);
const corpus = target > 0 ? writeScaleCorpus(BENCH_CORPUS, target) : undefined;
try {
  const r = benchCore({ corpusDir: corpus?.dir ?? BENCH_CORPUS, questions: benchQuestions(), rounds, budgetMs: 600_000, indexRuns: 1 });
  const { answer, raw } = r.all;
  console.log(
    `${r.passages} passages, ${r.rounds} rounds: answer p50 ${ms(answer.p50)} p99 ${ms(answer.p99)} max ${ms(answer.max)}; ` +
      `raw Lunr p50 ${ms(raw.p50)} p99 ${ms(raw.p99)}; p99 ratio ${ratio(answer.p99, raw.p99)}; index load ${ms(r.indexLoadMs)} ms`,
  );
  for (const i of r.intents) console.log(`  ${i.intent.padEnd(15)} n=${i.questions} p50 ${ms(i.answer.p50)} p99 ${ms(i.answer.p99)} max ${ms(i.answer.max)}  raw p99 ${ms(i.raw.p99)}`);
} finally {
  corpus?.remove();
}
