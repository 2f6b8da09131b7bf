import { franc } from 'franc-min';
import { QUESTION_WORDS, words } from '../search/text.js';

// Short inputs are too short for a language guess to mean anything; an English question with names and
// typos can look foreign to a trigram model, so a question mostly of known words is English whatever it says.
const MIN_LETTERS = 16;
const MIN_WORDS = 3;

/** The ISO 639-3 code of a question that is clearly not English, or undefined. `known` says a word is English or the story's. */
export function foreignLanguage(question: string, known: (word: string) => boolean): string | undefined {
  const ws = words(question);
  if (ws.length < MIN_WORDS || question.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return undefined;
  const share = ws.filter((w) => QUESTION_WORDS.has(w) || known(w)).length / ws.length;
  if (share >= 0.5) return undefined;
  const lang = franc(question, { minLength: MIN_LETTERS });
  return lang === 'und' || lang === 'eng' || lang === 'sco' ? undefined : lang;
}
