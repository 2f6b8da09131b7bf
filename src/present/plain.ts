import type { Line, Presentation, SourceLine, Span } from './presentation.js';

/** A span as plain text. */
export const span = (text: string, style?: Span['style']): Span => (style ? { text, style } : { text });

/** A line as plain text, markup dropped. */
export function plainLine(line: Line): string {
  return line.map((s) => s.text).join('');
}

/** A source as one plain line: `Outlet: “sentence”`. */
export function plainSource(s: SourceLine): string {
  return `${s.outlet}: ${s.excerpt}`;
}

/** The default answer's text, without markup, in reading order: what the length budget counts. */
export function plainSections(p: Presentation): string[] {
  return [
    plainLine(p.lead),
    ...(p.best ? [`“${p.best.text}” — ${p.best.outlets.join(', ')}`] : []),
    ...(p.carriedBy ? [plainLine(p.carriedBy)] : []),
    ...p.body.map(plainLine),
    ...p.sources.map(plainSource),
  ];
}
