// `npm run feedback [-- FILE]`: what people thought of the answers. Votes per intent, then every question voted
// down, so whoever runs the bot sees what fails. FILE defaults to STORY_FEEDBACK_FILE, else .data/feedback.jsonl.
import { existsSync, readFileSync } from 'node:fs';
import { feedbackFileFromEnv, summariseFeedback, type FeedbackSummary } from '../feedback.js';
import { fail } from './fail.js';

export function feedbackReport(s: FeedbackSummary, file: string): string {
  // A file of nothing but torn or foreign lines is not a file without votes: whoever reads this should look at it.
  const skipped = s.skipped ? ` (${s.skipped} unreadable line${s.skipped === 1 ? '' : 's'} skipped)` : '';
  if (!s.total) return `No votes yet in ${file}${skipped}.`;
  const lines = [
    `${s.total} vote${s.total === 1 ? '' : 's'} in ${file}${skipped}.`,
    '',
  ];
  const width = Math.max(6, ...s.byIntent.map((r) => r.intent.length));
  lines.push(`${'intent'.padEnd(width)}    👍    👎`);
  for (const r of s.byIntent)
    lines.push(`${r.intent.padEnd(width)} ${String(r.up).padStart(5)} ${String(r.down).padStart(5)}`);
  if (s.downvoted.length) {
    lines.push('', 'Voted 👎:');
    for (const d of s.downvoted)
      lines.push(`  ${d.votes}× [${d.intent}] ${d.question}`, `      answered: ${d.summary}`);
  }
  return lines.join('\n');
}

function main(): void {
  const named = process.argv.slice(2).find((a) => a !== '--');
  const file = named ?? feedbackFileFromEnv();
  // The default file appears with the first vote; a file named on the command line and missing is a typo.
  if (named !== undefined && !existsSync(file)) throw new Error(`${file}: no such file (votes are in ${feedbackFileFromEnv()} unless STORY_FEEDBACK_FILE says otherwise)`);
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  process.stdout.write(`${feedbackReport(summariseFeedback(lines), file)}\n`);
}

if (process.argv[1] && /feedback\.[jt]s$/.test(process.argv[1])) {
  try {
    main();
  } catch (err) {
    fail(err);
  }
}
