// `npm run corpus [-- --corpus DIR] [--json]`: what the cleaner dropped and kept, and what extraction found, per article, for audit.
// With --json it prints one JSON object (every article with its statements and figures) and nothing else on stdout,
// in the shape outside checks read (see statementsJson).
import { StoryBot } from '../story-bot.js';
import { isStatement } from '../extract/quotes.js';
import type { Story } from '../story.js';
import { parseArgs } from './args.js';
import { fail } from './fail.js';

/** The machine interface: articles[] with file, outlet, headline, statements[] and figures[]. */
export function statementsJson(story: Story): { articles: object[] } {
  const people = new Map(story.people.map((p) => [p.id, p]));
  return {
    articles: story.articles.map((a) => ({
      file: a.file.split(/[\\/]/).pop() ?? a.file,
      outlet: a.outlet ?? null,
      headline: a.headline,
      statements: story.quotes
        .filter((q) => q.articleId === a.id && isStatement(q))
        .flatMap((q) => {
          // The name as this article knows it: the corpus registry may join a surname across unrelated articles.
          const speaker = q.person ?? (q.personId ? people.get(q.personId)?.name : undefined) ?? q.descriptive ?? null;
          const common = { speaker, role: q.role ?? null, asWritten: q.speakerAsWritten ?? null, toldTo: q.addressee ?? q.toldTo ?? null };
          // One statement per paragraph: a quotation running over several is one per paragraph it stands in.
          if (q.parts && q.kind === 'direct') return q.parts.map((p) => ({ kind: q.kind, text: p.text, ...common, paragraph: p.paragraph }));
          return [{ kind: q.kind, text: q.kind === 'mixed' && q.reported ? q.reported : q.text, ...common, paragraph: q.paragraph }];
        }),
      figures: story.figures
        .filter((f) => f.articleId === a.id)
        .map((f) => ({ text: f.text, value: f.value ?? null, unit: f.unit ?? null, measure: f.measure, claimant: f.claimant ?? null })),
    })),
  };
}

function audit(story: Story): string {
  const out: string[] = [];
  for (const a of story.articles) {
    const quotes = story.quotes.filter((q) => q.articleId === a.id);
    const people = story.people.filter((p) => p.articles.includes(a.id));
    const figures = story.figures.filter((f) => f.articleId === a.id).sort((x, y) => y.rank - x.rank);
    out.push(`== ${a.name} (${a.file})`);
    out.push(`   headline: ${a.headline}`);
    if (a.outlet) out.push(`   outlet: ${a.outlet}`);
    if (a.byline) out.push(`   byline: ${a.byline}`);
    if (a.sources.length) out.push(`   sources: ${a.sources.join(', ')}`);
    out.push(`   kept ${a.paragraphs.length} paragraphs; dropped ${a.dropped.length} lines; ${quotes.length} quotes, ${people.length} people, ${figures.length} figures`);
    for (const d of a.dropped) out.push(`   - dropped [${d.rule}] ${d.text}`);
    for (const q of quotes) {
      const who = q.personId ? story.people.find((p) => p.id === q.personId)!.name : (q.descriptive ?? '(unattributed)');
      out.push(`   “ ${who}${q.speakerAsWritten && q.speakerAsWritten !== who ? ` (as “${q.speakerAsWritten}”)` : ''}${q.source ? ` → ${q.source}` : ''}: ${q.text.slice(0, 90)}`);
    }
    for (const f of figures)
      out.push(`   # ${f.text} — ${f.measure || f.kind}${f.topic ? ` [${f.topic}]` : ''}${f.claimant ? `; ${f.claimant}` : ''}${f.conversion && !f.conversion.ok ? ' ⚠ conversion' : ''}`);
    out.push('');
  }
  out.push(`${story.articles.length} articles, ${story.passages.length} passages, ${story.quotes.length} quotes in ${story.groups.length} groups, ${story.people.length} people, ${story.figures.length} figures`);
  return `${out.join('\n')}\n`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write('usage: npm run corpus -- [--corpus DIR] [--json]\n');
    return;
  }
  const bot = StoryBot.open({ corpusDir: args.corpusDir, cacheDir: false });
  process.stdout.write(args.json ? `${JSON.stringify(statementsJson(bot.story))}\n` : audit(bot.story));
}

try {
  main();
} catch (err) {
  fail(err);
}
