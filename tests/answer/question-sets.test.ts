// Question sets scored as the eval scores them (found, answer words, cited outlets), each held to a floor of
// questions passing, so a change that answers fewer of them fails here. The own-words sets are questions in
// users' wording (tests/fixtures/own-words/README.md); brown-2 and brown-3 questions are development sets too.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { holds, readQuestions } from '../eval-questions.js';

const REAL = join('..', 'shared', 'eval', 'real', 'corpus');
const SETS = [
  { name: 'own-words real', questions: 'tests/fixtures/own-words/real.jsonl', corpus: REAL, floor: 45 },
  { name: 'own-words warehouse-fire', questions: 'tests/fixtures/own-words/warehouse-fire.jsonl', corpus: 'tests/fixtures/warehouse-fire', floor: 26 },
  { name: 'own-words story', questions: 'tests/fixtures/own-words/story.jsonl', corpus: 'corpus', floor: 20 },
  { name: 'brown-2', questions: 'tests/fixtures/brown-2/questions.jsonl', corpus: 'tests/fixtures/brown-2/corpus', floor: 16 },
  // Written blind over the modern-wire articles (first run 19/40); studied since, so a development set like the rest.
  { name: 'own-words modern-wire', questions: 'tests/fixtures/own-words/modern-wire.jsonl', corpus: 'tests/fixtures/modern-wire/corpus', floor: 32 },
  // Written blind over three invented 2020s stories (a transit strike, a hospital data breach, a school-board vote
  // told by two outlets) and over the brown-4 articles, before the bot was run on them (first runs 20 and 6); floors at the measures after the merges of 2026-12-03.
  { name: 'own-words modern-wire-2', questions: 'tests/fixtures/own-words/modern-wire-2.jsonl', corpus: 'tests/fixtures/modern-wire-2/corpus', floor: 38 },
  { name: 'own-words brown-4', questions: 'tests/fixtures/own-words/brown-4.jsonl', corpus: 'tests/fixtures/brown-4/corpus', floor: 9 },
  // Written blind: four invented 2020s articles (an airline IT outage told by two outlets that differ on figures,
  // game-studio layoffs, a bridge closure) and 45 questions committed before the bot was run on them; the first run
  // was 24/45. Since studied as a development set (a fresh blind set replaces it); floor at the measure after ask10.
  { name: 'own-words modern-wire-3', questions: 'tests/fixtures/own-words/modern-wire-3.jsonl', corpus: 'tests/fixtures/modern-wire-3/corpus', floor: 35 },
  // Written blind and held out: four invented 2020s articles (a heatwave that blacks out the power grid, a court fining
  // a chemical plant for river pollution told by two outlets that differ on the fine and the judge's words, a
  // university research-fraud inquiry) and 40 questions committed before the bot was run on them; the floor is that
  // first run (22/40). Studied since the afternoon of 2026-12-03 (modern-wire-5 and -6 are the blind measures); floor
  // at the measure after the figure rules made on it that day (fines compared as sums, temperatures): 26/40; 32 after ask10.
  { name: 'own-words modern-wire-4', questions: 'tests/fixtures/own-words/modern-wire-4.jsonl', corpus: 'tests/fixtures/modern-wire-4/corpus', floor: 32 },
  // Written blind and held out: five invented 2020s articles (a ferry-collision inquiry, a football-club takeover
  // told by two outlets that differ on the price and on who said the club is not a plaything, a vaccine rollout
  // delay, a city budget vote) and 45 questions committed before the bot was run on them; the floor is that first
  // run (23/45); 25/45 after the merges of 2026-12-03. Measure with it, don't tune on its failing rows (HELPERS.md).
  { name: 'own-words modern-wire-5', questions: 'tests/fixtures/own-words/modern-wire-5.jsonl', corpus: 'tests/fixtures/modern-wire-5/corpus', floor: 25 },
  // Written blind and held out: five invented 2020s articles (a museum gold theft told by two outlets that differ on
  // the value and on who said "a theft of our history", a drought hosepipe ban, bird flu at an egg farm, a rocket
  // failure) and 45 questions committed before the bot was run on them; the floor is that first run (21/45).
  // Measure with it, don't tune on its failing rows (HELPERS.md).
  { name: 'own-words modern-wire-6', questions: 'tests/fixtures/own-words/modern-wire-6.jsonl', corpus: 'tests/fixtures/modern-wire-6/corpus', floor: 22 },
  // Written over the brown-5 articles (1961 press: a railroad payroll cut, a school board quarrel, snow clearing, a
  // spy hearing, a narcotics trial, a bus robbery, a juror's arrest, columns and a letter) from the articles alone,
  // before the bot was run on them; the floor is that first run (23/44; 30/44 after the rules of ask12). A development set.
  { name: 'own-words brown-5', questions: 'tests/fixtures/own-words/brown-5.jsonl', corpus: 'tests/fixtures/brown-5/corpus', floor: 23 },
  { name: 'brown-3', questions: 'tests/fixtures/brown-3/questions.jsonl', corpus: 'tests/fixtures/brown-3/corpus', floor: 19 },
];

for (const set of SETS) {
  describe.skipIf(!existsSync(set.corpus) || !existsSync(set.questions))(`question set ${set.name}`, () => {
    it(`answers at least ${set.floor} questions right`, () => {
      const bot = StoryBot.open({ corpusDir: set.corpus });
      const questions = readQuestions(set.questions);
      const failed = questions.filter((q) => {
        const a = bot.ask(q.q);
        const cited = a.citations.map((c) => `${c.outlet} | ${c.headline}`).join(' || ');
        return (q.found !== undefined && a.found !== q.found) || !holds(a.answer, q.answer ?? []) || !holds(cited, q.cites ?? []);
      });
      console.log(`${set.name}: ${questions.length - failed.length}/${questions.length}; failing: ${failed.map((q) => q.id).join(' ')}`);
      expect(questions.length - failed.length).toBeGreaterThanOrEqual(set.floor);
    });
  });
}
