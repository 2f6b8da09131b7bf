// The question-set format of ../shared/eval (one JSON object a line) and the eval's way of matching an answer, for the
// tests that score question sets the way ../shared/eval/run-eval.mjs does.
import { readFileSync } from 'node:fs';

/** One question of a set: what is asked, and what a right answer holds. */
export interface EvalQuestion {
  id: string;
  q: string;
  /** Whether the story answers it at all. */
  found?: boolean;
  /** Every inner list must have one alternative in the answer. */
  answer?: string[][];
  /** As `answer`, over the cited "outlet | headline" lines. */
  cites?: string[][];
}

/** The questions of a `.jsonl` set, blank lines skipped. */
export function readQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalQuestion);
}

/** The eval's matching: case, accents, quote style, dashes and thousands separators do not matter. */
export const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/(\d)[,\u00a0 ](?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Whether `text` holds one alternative of every list. */
export const holds = (text: string, lists: readonly (readonly string[])[]) => lists.every((alts) => alts.some((a) => norm(text).includes(norm(a))));
