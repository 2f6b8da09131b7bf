// Section 2's answer-versus-raw-Lunr comparison in CPU time rather than wall time, for before/after comparisons
// on a shared machine, where preemption puts wall-clock p99 anywhere (process CPU still counts GC threads):
//
//   npx tsx bench/answer-cpu.ts 10000 [rounds]     (0: the bundled corpus)
import lunr from 'lunr';
import { StoryBot } from '../src/index.js';
import { BENCH_CORPUS, benchQuestions } from './core.js';
import { writeScaleCorpus } from './scale-corpus.js';
import { percentile } from './stats.js';

const target = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 60);
const corpus = target ? writeScaleCorpus(BENCH_CORPUS, target) : undefined;
const bot = StoryBot.open({ corpusDir: corpus?.dir ?? BENCH_CORPUS, cacheDir: false });
// As bench/core.ts builds and queries raw Lunr.
const raw = lunr(function () {
  this.ref('id');
  this.field('text');
  for (const p of bot.story.passages) this.add({ id: p.id, text: p.text });
});
const rawQuery = (q: string) => {
  const tokens = lunr.tokenizer(q);
  if (tokens.length) raw.query((x) => tokens.forEach((t) => x.term(t.toString(), {})));
};
const qs = benchQuestions();
for (let i = 0; i < 3; i++)
  for (const q of qs) {
    bot.ask(q);
    rawQuery(q);
  }
const cpu = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const a: number[] = [], r: number[] = [];
for (let k = 0; k < rounds; k++)
  for (const q of qs) {
    let t = cpu();
    bot.ask(q);
    a.push(cpu() - t);
    t = cpu();
    rawQuery(q);
    r.push(cpu() - t);
  }
const pct = (x: number[], p: number) => percentile(x, p) / 1000;
console.log(`${bot.story.passages.length} passages cpu: answer p50 ${pct(a, 50).toFixed(3)} p99 ${pct(a, 99).toFixed(3)} mean ${(a.reduce((x, y) => x + y, 0) / a.length / 1000).toFixed(3)}; raw p50 ${pct(r, 50).toFixed(3)} p99 ${pct(r, 99).toFixed(3)}; ratio p99 ${(pct(a, 99) / pct(r, 99)).toFixed(2)}`);
corpus?.remove();
