import { franc } from 'franc-min';
import { QUESTION_WORDS, words } from '../search/text.js';

// Short inputs are too short for a language guess to mean anything; an English question with names and
// typos can look foreign to a trigram model, so a question mostly of known words is English whatever it says.
const MIN_LETTERS = 16;
const MIN_WORDS = 3;
// Common English words of questions beyond the stop list, so a short English question is never taken for another language.
const ENGLISH = new Set('write written wrote writes author paper papers newspaper quoted quote figure figures number numbers many much far long who why ever else first last people person day year years said'.split(' '));

/** The ISO 639-3 code of a question that is clearly not English, or undefined. `known` says a word is English or the story's. */
export function foreignLanguage(question: string, known: (word: string) => boolean): string | undefined {
  if (words(question).length < MIN_WORDS || question.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return undefined;
  // Names say nothing about the language: only lower-case words are counted.
  const ws = words(question.replace(/(?<![.!?¿¡]\s*|^)\b\p{Lu}\p{L}*/gu, ' '));
  if (!ws.length) return undefined;
  const share = ws.filter((w) => QUESTION_WORDS.has(w) || ENGLISH.has(w) || known(w)).length / ws.length;
  if (share >= 0.34) return undefined;
  const lang = franc(question, { minLength: MIN_LETTERS });
  return lang === 'und' || lang === 'eng' || lang === 'sco' ? undefined : lang;
}
