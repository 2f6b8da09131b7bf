// Abbreviations that end in a period without ending a sentence. (Titles of the clergy, the law and the schools
// stand before a name as "Gen." does: "the Rev. R. L. Brandt", "Atty. Gen. J. Joseph Nugent", "Msgr. Ryan",
// "Supt. Ames", "Asst. Dist. Atty. Cole", "Messrs. Abel and Roe".)
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col capt sgt maj cmdr adm rep sen gov pres st jr sr inc ltd co corp vs etc no approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e a.m p.m rev msgr supt atty asst dist hon messrs sens reps'.split(' '),
);

/** Words that open a sentence, never a name after initials ("... by the U.N. The next day ..."). */
const OPENERS = /^(?:The|A|An|He|She|It|They|We|I|You|But|And|Or|In|On|At|This|That|These|Those|There|His|Her|Its|Their|Our|My|When|If|As|So|Then|Yet|Still|Now|For|With|After|Before|Some|Many|No|Not)$/;
const OPEN_QUOTES = '"“‘\'«';

/**
 * Splits a paragraph into sentences. A sentence ends at . ! or ? (with any closing quotes or brackets
 * after it) followed by white space and an upper-case letter, digit or opening quote; abbreviations
 * such as "Gen." and initials ("J. Smith") do not end one.
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…]+["”’'»)\]]*(?=\s+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end).trimStart();
    const next = rest[0];
    // "... patronage. (In the heat of the drive, ...": an aside in brackets opens a sentence too
    const aside = next === '(' && /^\(\s*[\p{Lu}“"]/u.test(rest);
    if (!next || !(/[\p{Lu}\p{N}]/u.test(next) || OPEN_QUOTES.includes(next) || aside)) continue;
    if (m[0][0] === '.' && m[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(start, m.index))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
      // Rule (initials run together): "said the magistrate, K.J.P. Baraclough.": initials printed without spaces
      // ("K.J.P.", "J.R.") are a name's as spaced ones are, when a capitalised word that opens no sentence follows
      if (/^(?:\p{Lu}\.){1,3}\p{Lu}$/u.test(word) && /^\p{Lu}\p{Ll}+\b/u.test(rest) && !OPENERS.test(/^\p{L}+/u.exec(rest)![0])) continue;
    }
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}
