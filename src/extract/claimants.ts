import { SPEECH_VERBS } from './cues.js';
import { tidyName } from './names.js';
import { PRONOUNS } from './speaker-phrase.js';

/** Who a sentence credits for what it states, as written, and the outlet it came through, if any. */
export interface Claim {
  /** As written: "Ukrainian President Volodymyr Zelenskyy", "Ukraine's Ministry of Defence". */
  claimant: string;
  /** The outlet the claim is relayed through ("as cited by The Daily Mail"). */
  citedBy?: string;
  /** Offset of the claim's verb or phrase in the sentence; used to tell which figure it governs. */
  at: number;
  /** End of the claim phrase. */
  end: number;
  /** Made with "according to", which credits the clause it follows when it ends a sentence. */
  according?: boolean;
}

// Verbs that credit a figure: the speech verbs of quotes, less their participles (which open a side clause)
// and the verbs of naming ("a meeting called by"), plus the verbs of estimating.
const CLAIM_VERBS = [...SPEECH_VERBS.filter((v) => !/ing$|^(?:called|calls|dubbed|branded|hailed)$/.test(v)), 'estimated', 'estimates', 'believes'];
const VERBS = CLAIM_VERBS.join('|');
// "…, said X" inverts any of them but tell, whose object is the listener ("told the Gazette").
const INVERTED_VERBS = CLAIM_VERBS.filter((v) => !/^(?:tell|tells|told)$/.test(v)).join('|');
const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{M}’'.-]*|of|the|for|and|de|von|al)$/u;
const TITLE_WORD = /^(?:minister|chief|president|spokesman|spokeswoman|spokesperson|official|officials|commander|general|adviser|advisor|secretary|head|army|defence|defense|military|intelligence|chiefs|analyst|analysts|experts?|officer|governor|mayor|prime)$/i;
const SENTENCE_OPENERS = /^(?:in|on|at|but|and|meanwhile|however|yet|so|then|now|also|after|before|when|while)$/i;
const CITE_RE = /\bas (?:cited|reported|quoted|first reported|revealed) by\s+((?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*){1,5})/u;
const ACCORDING_RE = /\baccording to\s+([^,.;:–—()"“”]+?)(?=\s*(?:[,.;:–—()"“”]|$))/giu;
const BEFORE_VERB_RE = new RegExp(`(?:\\s+(?:has|have|had|has also|had also|also))?(?:\\s+(?:now|previously|earlier|also|reportedly))?\\s+(?:${VERBS})\\b`, 'giu');
const AFTER_VERB_RE = new RegExp(`[,"”’]\\s*(?:${INVERTED_VERBS})\\s+((?:the\\s+)?(?:[\\p{Lu}\\p{Ll}][\\p{L}’'.-]*\\s*){1,7})`, 'giu');

/** Every claim made in a sentence, in order. */
export function findClaims(sentence: string): Claim[] {
  const claims: Claim[] = [];
  const cited = CITE_RE.exec(sentence);
  const citedBy = cited ? tidyName(cited[1]) : undefined;
  for (const m of sentence.matchAll(ACCORDING_RE)) {
    const claimant = tidyName(m[1]);
    if (claimant) claims.push({ claimant, at: m.index, end: m.index + m[0].length, according: true, ...(citedBy ? { citedBy } : {}) });
  }
  for (const m of sentence.matchAll(BEFORE_VERB_RE)) {
    const claimant = nameBefore(sentence.slice(0, m.index));
    if (claimant) claims.push({ claimant, at: m.index - claimant.length, end: m.index + m[0].length, ...(citedBy ? { citedBy } : {}) });
  }
  for (const m of sentence.matchAll(AFTER_VERB_RE)) {
    const words = m[1].trim().split(/\s+/);
    const keep: string[] = [];
    for (const w of words) {
      if (!(NAME_WORD.test(w) || TITLE_WORD.test(w) || /[’']s$/.test(w) || /^\d+-year-old$/.test(w))) break;
      keep.push(w);
    }
    const claimant = tidyName(keep.join(' '));
    if (claimant && !isPronoun(claimant) && /[\p{Lu}\d]/u.test(claimant)) claims.push({ claimant, at: m.index, end: m.index + m[0].length, ...(citedBy ? { citedBy } : {}) });
  }
  // "X reported" naming a relaying outlet after another claim is the outlet, not a second claimant.
  if (!citedBy && claims.length > 1) {
    const sorted = [...claims].sort((x, y) => x.at - y.at);
    const reporter = sorted.find((c, i) => i > 0 && /\breported\b/.test(sentence.slice(c.at, c.end)));
    if (reporter) {
      const others = claims.filter((c) => c !== reporter);
      return others.map((c) => ({ ...c, citedBy: reporter.claimant }));
    }
  }
  return claims.sort((a, b) => a.at - b.at);
}

/** The name phrase that ends right before a verb: "In his address, Ukrainian President Volodymyr Zelenskyy" → the name. */
function nameBefore(text: string): string | undefined {
  const words = text.trimEnd().split(/\s+/);
  const keep: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (/[,;:"“”()]$/.test(w) || /^["“(]/.test(w) && keep.length) break;
    if (!(NAME_WORD.test(w) || TITLE_WORD.test(w) || /^\d+$/.test(w) || /^[\p{Lu}].*[’']s?$/u.test(w) || (isPronoun(w) && !keep.length))) break;
    keep.unshift(w);
    if (isPronoun(w)) break;
    if (/^[\p{Lu}]/u.test(w) && i === 0 && SENTENCE_OPENERS.test(w)) {
      keep.shift();
      break;
    }
  }
  while (keep.length && /^(?:of|the|and|for)$/i.test(keep[keep.length - 1])) keep.pop();
  while (keep.length && /^(?:of|and|for)$/i.test(keep[0])) keep.shift();
  // A lone title or connector ("official", "the") names no one.
  if (!keep.some((w) => /^[\p{Lu}]/u.test(w) || isPronoun(w))) return undefined;
  return tidyName(keep.join(' '));
}

// "It said" is an organisation speaking of itself: a pronoun for a claim, though not for a quoted person.
export function isPronoun(claimant: string): boolean {
  const w = claimant.toLowerCase();
  return PRONOUNS.has(w) || w === 'it';
}
