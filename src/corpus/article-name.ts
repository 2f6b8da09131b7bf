import { createRequire } from 'node:module';

type Franc = typeof import('franc-min').franc;
let franc: Franc | null | undefined;
/**
 * franc-min, loaded on first use: its trigram tables cost ~30 ms to load, paid only when an article without an
 * outlet or a language is cleaned (a corpus change), never on a start from the cache. Null when this Node cannot
 * load it synchronously (require of an ES module needs Node 20.19+); the name then falls back to the headline.
 */
function loadFranc(): Franc | null {
  if (franc === undefined) {
    try {
      franc = (createRequire(import.meta.url)('franc-min') as typeof import('franc-min')).franc;
    } catch {
      franc = null;
    }
  }
  return franc;
}

/*
 * What answers call an article whose outlet is unknown. Its headline is no outlet: put where an outlet goes
 * ("Carried by BeyondNews, Ukraine: Kremlin soldiers flee on bicycles and in civilian clothes, Insider") it reads
 * as a list of papers and hides that the source is unnamed. The name says so briefly and honestly instead,
 * from what is known: the outlet's language (front matter, or the text's own when it is not English), else a
 * short form of the headline.
 */

/** Fewest letters of text before its language is trusted: franc guesses wildly on a line or two. */
const MIN_LETTERS_FOR_LANGUAGE = 400;
/** Longest headline fragment in a name. */
const HEADLINE_CHARS = 40;

// Made on first use: creating it loads ICU's language names (~15 ms), which a start from the cache never needs.
let languageNames: Intl.DisplayNames | undefined;

/** "German" for "de", "deu" or "German"; undefined for a code nobody knows. */
export function languageName(code: string): string | undefined {
  const c = code.trim();
  if (!c) return undefined;
  if (!/^[a-z]{2,3}(?:-[a-z0-9]+)*$/i.test(c)) return c.charAt(0).toUpperCase() + c.slice(1);
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    const name = languageNames.of(c);
    return name && name.toLowerCase() !== c.toLowerCase() ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The language of a body of text when franc can tell it and it is not English; undefined otherwise. */
export function detectedLanguage(text: string): string | undefined {
  if (text.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS_FOR_LANGUAGE) return undefined;
  const detect = loadFranc();
  if (!detect) return undefined;
  const code = detect(text, { minLength: 100 });
  return code === 'und' || code === 'eng' ? undefined : languageName(code);
}

/**
 * The name answers use for an article: its outlet when known; else "an unnamed German-language outlet" when
 * the language is known; else "an unnamed outlet (“Kremlin soldiers flee…”)".
 */
export function articleName(outlet: string | undefined, headline: string, language: string | undefined, body: string): string {
  if (outlet) return outlet;
  const lang = (language && languageName(language)) ?? detectedLanguage(body);
  if (lang) return `an unnamed ${lang}-language outlet`;
  const short = headline.length <= HEADLINE_CHARS ? headline : `${headline.slice(0, headline.lastIndexOf(' ', HEADLINE_CHARS - 1)).replace(/[\s,;:–—-]+$/, '')}…`;
  return `an unnamed outlet (“${short}”)`;
}

/** Whether a name is one articleName() gave an article with no outlet (such a name does not find the article). */
export function isUnnamedOutlet(name: string): boolean {
  return name.startsWith('an unnamed ');
}
