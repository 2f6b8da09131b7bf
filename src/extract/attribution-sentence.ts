// A sentence that is only the attribution of the quotation before it, printed as a sentence of its own.
import { attribute, type Attribution } from './attribution.js';
import { SPEECH_VERBS } from './cues.js';

const VERBS: ReadonlySet<string> = new Set(SPEECH_VERBS);

/**
 * Rule (an attribution printed as its own sentence): "“Where do you keep the spare?” Asked the porter." /
 * "“Never.” Said Mrs. Hale, quietly.": where a quotation ends on its own question or exclamation mark and the
 * attribution after it opens on a capital, the sentence splitter reads two sentences, so the quotation looks like a
 * bare turn and the attribution like a sentence that reports nothing. A short sentence that is a verb of saying
 * followed by its speaker and nothing else is the attribution of the quotation before it, read as if it followed a
 * comma ("“...?” asked the porter"). A verb with an object clause ("Said the rule was unfair.") names no speaker and
 * is left alone.
 */
export function attributionSentence(sentence: string): Attribution | undefined {
  const m = /^(\p{Lu}\p{Ll}+)\s+(.+?)[.!]?\s*$/u.exec(sentence.trim());
  if (!m || !VERBS.has(m[1].toLowerCase()) || m[2].split(/\s+/).length > 8 || /[“”"]/.test(m[2])) return undefined;
  const a = attribute(`“§0” ${m[1].toLowerCase()} ${m[2]}.`, 0);
  return a.ref && a.ref.kind !== 'pronoun' ? a : undefined;
}
