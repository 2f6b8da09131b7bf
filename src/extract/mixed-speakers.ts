// Who a mixed statement is: reported speech holding quoted words takes its speaker from the reporting clause, as
// indirect speech does, not from the name nearest the quote marks (the quote machinery's reading of direct quotes).
import type { Discourse } from './discourse.js';
import type { Quote } from './quotes.js';
import type { SpeechCue } from './reported-speech.js';
import { resolveCue } from './statement-speakers.js';

/** A named rule, in the style of src/corpus/cleaning-rules.ts: what it does, why, and invented examples. */
export interface SpeakerRule {
  name: string;
  why: string;
  examples: readonly string[];
}

/**
 * Rule "mixed-from-reporting-clause": the quoted words inside a report ("said the salary was “modest”") are part of
 * what the clause's subject said, so the report's source is their speaker, whoever else the sentence names nearer
 * the quote marks: a relative clause on the subject, an "of" phrase after its head, a name inside the report.
 * Rule "agentless-mixed": a report with no source ("it was contended", "is said to regard him as") gives its quoted
 * words no speaker either; the outlet names no one, and the name nearest the quote is not who said it.
 */
export const MIXED_SPEAKER_RULES: readonly SpeakerRule[] = [
  {
    name: 'mixed-from-reporting-clause',
    why: 'Quoted words inside reported speech were said by the reporting verb’s source; the nearest name in the sentence is often someone the report is about, or someone a relative clause mentions.',
    examples: [
      'Ruth Cole, who succeeded Tom Hale, said the salary was “modest.” (Ruth Cole, not Tom Hale)',
      'Critics of Governor Ray Dunn said his budget was “a fraud.” (the critics, not Dunn)',
    ],
  },
  {
    name: 'agentless-mixed',
    why: 'A report whose verb has no source (an agentless passive, "it was contended") leaves its quoted words with no speaker: the outlet names no one, and the bot should say so rather than guess.',
    examples: ['The inspection, it was said, had been “routine.” (no speaker)', 'Their stores “operate on a volume basis,” it was contended. (no speaker)'],
  },
];

/**
 * Gives a mixed quote the speaker of the report holding it (`cue`), after the quote machinery has read the words
 * around the marks: its reading stays where the quote has an attribution of its own beside its marks (“In
 * America,” I said, “...”), where the report is an "according to" (a source the speaker's words came through, not
 * the speaker), and where the report's source cannot be resolved. Returns whether the report decided.
 */
export function speakerFromReport(ctx: Discourse, quote: Quote, cue: SpeechCue, sameSentence: readonly Quote[], ownAttribution: boolean): boolean {
  if (ownAttribution || cue.from === 'according') return false;
  const saved = { person: quote.person, descriptive: quote.descriptive, role: quote.role, speakerAsWritten: quote.speakerAsWritten };
  delete quote.person;
  delete quote.descriptive;
  delete quote.role;
  delete quote.speakerAsWritten;
  if (cue.from === 'none') return true; // agentless-mixed
  resolveCue(ctx, quote, cue, sameSentence); // mixed-from-reporting-clause
  if (quote.person || quote.descriptive) return true;
  Object.assign(quote, saved);
  return false;
}
