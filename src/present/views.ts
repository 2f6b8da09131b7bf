import type { Answer, FigureView } from '../answer/answer.js';
import { contentWords, count, listOf } from './matching.js';
import { span } from './plain.js';
import { distinctSources } from './present.js';
import { VIEW_LABELS, type Line, type ViewName, type ViewPresentation } from './presentation.js';

/** Characters of a cited sentence in the "All sources" view: the whole sentence, within reason. */
const VIEW_EXCERPT_CHARS = 400;

/**
 * One view of an answer, asked for with a button: every outlet's wording side by side, every source, or every
 * figure. Surfaces fit it to their own limits (a view is not held to the default answer's length).
 */
export function presentView(answer: Answer, view: ViewName): ViewPresentation {
  const title = `${VIEW_LABELS[view]}: ${answer.question.trim() || 'Story Bot'}`;
  const wanted = contentWords(answer.question);
  switch (view) {
    case 'versions':
      return { title, view, lead: versionsLead(answer), lines: versionLines(answer), sources: [] };
    case 'sources': {
      const sources = distinctSources(answer.citations, [], wanted, VIEW_EXCERPT_CHARS);
      return {
        title,
        view,
        lead: [span(`${count(sources.length, 'cited sentence')}, by outlet.`)],
        lines: [],
        sources,
      };
    }
    case 'figures':
      return { title, view, lead: figuresLead(answer), lines: figureLines(answer), sources: [] };
  }
}

function versionsLead(answer: Answer): Line {
  if (!answer.quotes.length) return [span('No quote in this answer.')];
  const outlets = new Set(answer.quotes.flatMap((q) => q.entries.map((e) => e.outlet)));
  return [
    span(`Every outlet's wording, ${count(answer.quotes.length, 'quote')} across ${count(outlets.size, 'outlet')}.`),
  ];
}

/** Per quote: who, then each outlet's wording as it printed it, with the speaker as that outlet wrote them. */
function versionLines(answer: Answer): Line[] {
  return answer.quotes.flatMap((q) => [
    [
      span(q.speaker ?? 'Unattributed', 'strong'),
      ...(q.role ? [span(`, ${q.role}`)] : []),
      ...(q.sources.length ? [span(` · told to ${listOf(q.sources)}`)] : []),
    ],
    ...q.entries.map((e) => [
      span(e.outlet, 'em'),
      span(e.kind === 'indirect' ? `: reports ${e.text}` : `: “${e.text}”`),
      ...(e.speakerAsWritten ? [span(` (${e.speakerAsWritten})`)] : []),
    ]),
    ...(q.linkNote ? [[span(q.linkNote)]] : []),
  ]);
}

function figuresLead(answer: Answer): Line {
  if (answer.comparison) return [span(answer.comparison.verdict)];
  if (!answer.figures.length) return [span('No figures in this answer.')];
  return [span(`${count(answer.figures.length, 'figure')}, as each outlet wrote it.`)];
}

function figureLine(f: FigureView, withOutlet = true): Line {
  const about = [f.measure, f.span, f.claimant && `per ${f.claimant}`].filter(Boolean).join(', ');
  return [
    ...(withOutlet ? [span(f.outlet, 'em'), span(': ')] : []),
    span(f.text, 'strong'),
    ...(about ? [span(` — ${about}`)] : []),
    ...(f.normalized ? [span(` (${f.normalized})`)] : []),
    ...(f.warning ? [span(` ⚠ ${f.warning}`)] : []),
  ];
}

function figureLines(answer: Answer): Line[] {
  if (answer.comparison)
    return answer.comparison.rows.flatMap((r) =>
      r.figures.length ? r.figures.map((f) => figureLine(f)) : [[span(r.outlet, 'em'), span(': no figure')]],
    );
  return answer.figures.map((f) => figureLine(f));
}
