import type { Answer } from '../answer/answer.js';
import { plainLine, present, presentView, VIEW_LABELS, type Presentation, type ViewName } from '../present/index.js';

/** How a terminal offers the views behind an answer; `ask` takes `--view NAME`, the console none (yet). */
export interface TextOptions {
  /** How to ask for a view, e.g. `(v) => \`--view ${v}\``; without it no "More:" line is printed. */
  viewHint?: (view: ViewName) => string;
}

/** An Answer as a person reads it in a terminal: the answer first, the best wording, who carried it, a few sources. */
export function renderText(a: Answer, options: TextOptions = {}): string {
  return presentationText(present(a), options);
}

function presentationText(p: Presentation, { viewHint }: TextOptions): string {
  const lines = [plainLine(p.lead)];
  if (p.best) lines.push(`“${p.best.text}” — ${p.best.outlets.join(', ')}`);
  if (p.carriedBy) lines.push(plainLine(p.carriedBy));
  lines.push(...p.body.map((l) => `  ${plainLine(l)}`));
  if (p.sources.length) {
    lines.push('', 'Sources:');
    for (const s of p.sources) lines.push(`  • ${s.outlet}: ${s.excerpt}`);
  }
  if (p.chart) lines.push('', 'A chart compares these figures (draw it with --chart FILE).');
  if (p.more.length && viewHint) lines.push('', `More: ${p.more.map((v) => `${viewHint(v)} (${VIEW_LABELS[v]})`).join(', ')}`);
  if (p.suggestions.length && !p.found) lines.push('', 'You could ask:', ...p.suggestions.map((s) => `  • ${s}`));
  return lines.join('\n');
}

/** One view of an answer (`ask --view versions "…"`), every line of it. */
export function renderViewText(a: Answer, view: ViewName): string {
  const v = presentView(a, view);
  const lines = [v.title, plainLine(v.lead), ...v.lines.map((l) => `  ${plainLine(l)}`)];
  for (const s of v.sources) lines.push(`  • ${s.outlet} — “${s.headline}”`, `    ${s.excerpt}`);
  return lines.join('\n');
}

/**
 * The JSON line of `ask --json`: the Answer on one line, fields in the order buildAnswer gives them, plus
 * `sections`, the presented default answer (lead, best wording, carried-by, sources, views, chart) that chat shows.
 */
export function renderJson(a: Answer): string {
  return JSON.stringify({ ...a, sections: present(a) });
}
