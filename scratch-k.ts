import { StoryBot } from './src/index.ts';
const bot = StoryBot.open({ corpusDir: '../shared/eval/real/corpus', cacheDir: false });
for (const p of bot.story.people) if (p.articles.some(a=>a.includes(process.argv[2]))) console.log(p.name, JSON.stringify(p.roles.map(r=>r.role)), p.variants);
