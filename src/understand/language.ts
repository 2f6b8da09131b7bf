import { createRequire } from 'node:module';
import { withinOneEdit } from '../extract/names.js';
import { QUESTION_WORDS, words } from '../search/text.js';

// Short inputs are too short for a language guess to mean anything; an English question with names and
// typos can look foreign to a trigram model, so a question mostly of known words is English whatever it says.
const MIN_LETTERS = 16;
const MIN_WORDS = 3;
const LANGUAGES = ['eng', 'spa', 'fra', 'deu', 'ita', 'por', 'nld', 'rus', 'ukr', 'pol', 'tur', 'arb', 'cmn', 'jpn', 'kor', 'hin', 'swe', 'ron', 'ces', 'hun', 'ell', 'ind', 'vie'];
const COMMON = [...QUESTION_WORDS, ...'about would could should which where there their'.split(' ')].filter((w) => w.length >= 4);

/** "abut", "wich", "thier": a common English word with one letter off (short words are too alike across languages). */
function misspeltEnglish(w: string): boolean {
  return w.length >= 4 && COMMON.some((c) => Math.abs(c.length - w.length) <= 1 && c[0] === w[0] && withinOneEdit(c, w));
}
// Common English words of questions beyond the stop list, so a short English question is never taken for another language.
const ENGLISH = new Set('write written wrote writes author paper papers newspaper quoted quote figure figures number numbers many much far long who why ever else first last people person day year years said'.split(' '));

type Franc = typeof import('franc-min').franc;
let franc: Franc | undefined;
/**
 * franc-min, loaded when a question first looks foreign: its trigram tables cost ~15 ms to load, which an
 * English question never needs. Loaded synchronously (require of an ES module, Node 20.19+); where this Node
 * cannot, the question is read as English, as one too short to guess would be.
 */
function loadFranc(): Franc {
  if (!franc) {
    try {
      franc = (createRequire(import.meta.url)('franc-min') as typeof import('franc-min')).franc;
    } catch {
      // Node before 20.19 cannot require an ES module: this question is read as English, and the module is
      // imported for the next ones (a bot in a chat keeps running).
      franc = () => 'und';
      void import('franc-min').then(
        (m) => (franc = m.franc),
        () => undefined,
      );
    }
  }
  return franc;
}

/** The ISO 639-3 code of a question that is clearly not English, or undefined. `known` says a word is English or the story's. */
export function foreignLanguage(question: string, known: (word: string) => boolean): string | undefined {
  if (words(question).length < MIN_WORDS || question.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return undefined;
  // Names say nothing about the language: only lower-case words are counted.
  const ws = words(question.replace(/(?<![.!?¿¡]\s*|^)\b\p{Lu}\p{L}*/gu, ' '));
  if (ws.length < MIN_WORDS) return undefined;
  // Cheap checks first; the typo check only when they leave the question looking foreign.
  const plain = ws.filter((w) => QUESTION_WORDS.has(w) || ENGLISH.has(w) || known(w));
  if (plain.length / ws.length >= 0.34) return undefined;
  const share = (plain.length + ws.filter((w) => !plain.includes(w) && misspeltEnglish(w)).length) / ws.length;
  if (share >= 0.34) return undefined;
  // Only languages people plausibly write to a news bot in: on a short question, a trigram model otherwise
  // finds English typos to be Hani or Tagalog.
  const lang = loadFranc()(question, { minLength: MIN_LETTERS, only: LANGUAGES });
  return lang === 'und' || lang === 'eng' ? undefined : lang;
}
