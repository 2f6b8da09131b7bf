import type { Answer } from '../answer/answer.js';

/** An Answer as a person reads it in a terminal: the answer, then its sources. */
export function renderText(a: Answer): string {
  const lines = [a.answer];
  if (a.citations.length) {
    lines.push('', 'Sources:');
    for (const c of a.citations) lines.push(`  • ${c.outlet} — “${c.headline}”`, `    ${c.excerpt}`);
  }
  if (a.suggestions.length) lines.push('', 'You could ask:', ...a.suggestions.map((s) => `  • ${s}`));
  return lines.join('\n');
}

/** The JSON line of `ask --json`: the Answer on one line, fields in the order buildAnswer gives them. */
export function renderJson(a: Answer): string {
  return JSON.stringify(a);
}
