// CPU time per rendered answer, for each surface's default render of the bench questions' answers (bundled
// corpus): what a chat adapter spends per event after the answer itself.
//
//   npx tsx bench/render.ts [rounds]
import { renderAnswer as discordRender } from '../adapters/discord/render.js';
import { renderAnswer as slackRender } from '../adapters/slack/render.js';
import { StoryBot } from '../src/index.js';
import { BENCH_CORPUS, benchQuestions } from './core.js';

const rounds = Number(process.argv[2] ?? 300);
const bot = StoryBot.open({ corpusDir: BENCH_CORPUS });
const answers = benchQuestions().map((q) => bot.ask(q));
for (const [name, render] of [['Slack', slackRender], ['Discord', discordRender]] as const) {
  for (let r = 0; r < 20; r++) for (const a of answers) render(a);
  // CPU time, not wall time: on a shared machine the scheduler's share moves wall time more than the work does.
  const start = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const a of answers) render(a);
  const used = process.cpuUsage(start);
  console.log(`${name} renderAnswer: ${((used.user + used.system) / 1000 / (rounds * answers.length)).toFixed(4)} ms CPU per answer (${answers.length} answers × ${rounds})`);
}
