import { BULLET, type Unit } from './unit.js';
import { endsSentence } from './text-shape.js';

/**
 * How a file breaks paragraphs. Markdown joins the lines of a block (its own paragraph rule);
 * plain text, as scraped, has one paragraph a line, with or without blank lines between, and
 * only a line break inside a sentence is a hard wrap.
 */
export type TextFormat = 'markdown' | 'plain';

const MD_HEADING = /^#{1,6}\s+/;

/**
 * Splits a body into candidate paragraphs, joining hard-wrapped lines. A line for which
 * `standsAlone` holds (page debris a line rule recognises) is never joined to a neighbour.
 */
export function toUnits(body: string, format: TextFormat, standsAlone: (line: string) => boolean = () => false): Unit[] {
  const units: Unit[] = [];
  let block = 0;
  let open = false; // whether the last unit may take a wrapped continuation
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line) {
      if (open || units.length) block++;
      open = false;
      continue;
    }
    const heading = format === 'markdown' && MD_HEADING.test(line);
    const bullet = BULLET.test(line);
    const last = units[units.length - 1];
    const alone = standsAlone(line);
    if (!alone && open && last && !heading && !bullet && continues(last.text, line, format)) {
      last.text = `${last.text} ${line}`;
      continue;
    }
    units.push({ text: heading ? line.replace(MD_HEADING, '').replace(/\s+#+$/, '') : line, block, bullet });
    open = !heading && !alone;
  }
  return units;
}

function continues(previous: string, line: string, format: TextFormat): boolean {
  if (format === 'markdown') return true;
  // A scraped paragraph never breaks mid-sentence; a wrapped one does, onto a lower-case word.
  return !endsSentence(previous) && /^[\p{Ll}\p{N}]/u.test(line);
}
