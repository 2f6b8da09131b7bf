// Whether words the attribution found are a noun phrase that can name a speaker ("the hotel owner", "Emory
// University's Board of Trustees", "some church leaders, both clerical and lay"), checked with the tagger, so a
// clause or a stray opening ("he deplored the noncommissioned officer", "Compare this statement ... with how")
// never passes for a described speaker.
import { tag } from './tagger.js';
import { isPersonNoun } from './wordnet.js';

const OPENING_TAGS = new Set(['ADP', 'SCONJ', 'CCONJ', 'INTJ', 'ADV', 'VERB', 'AUX', 'PART', 'PUNCT']);
const HEAD_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

function isNounPhrase(text: string): boolean {
  if (!text || /[;—–]/.test(text) || text.split(/\s+/).length > 12) return false;
  // Rule (a pointer is no one): "you make the following comment:", "the above shows": "the following", "the
  // foregoing", "the above" point at words elsewhere in the text, so they never name who spoke them
  if (/^(?:the\s+)?(?:following|foregoing|above)(?:\s+(?:comment|remark|statement|words|passage|point|note)s?)?$/i.test(text)) return false;
  // Rule (misread head): "the attendant", "the chief": the tagger may read a last word as an adjective; when WordNet
  // files it under people it is the head noun of a described person
  const tokens = tag(text)
    .filter((t) => t.pos !== 'PUNCT' || t.text !== ',')
    .map((t, i, all) => (i === all.length - 1 && i > 0 && t.pos === 'ADJ' && /^\p{Ll}/u.test(t.text) && isPersonNoun(t.lower) ? { ...t, pos: 'NOUN' } : t));
  if (!tokens.length || OPENING_TAGS.has(tokens[0].pos)) return false;
  // a lower-case verb is a clause; a capitalised one is a name the tagger misread ("Mrs. Peck")
  if (tokens.some((t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text) && !(i > 0 && /(?:ed|ing)$/.test(t.lower) && tokens[i - 1].pos !== 'PRON') && tokens[i - 1]?.text !== '-')) return false; // "New England-born": a compound adjective
  // "No", "Yes", "This": a phrase needs a noun, a name or a pronoun to be anyone
  if (!tokens.some((t) => HEAD_TAGS.has(t.pos) || (t.pos !== 'DET' && t.pos !== 'INTJ' && /^\p{Lu}\p{Ll}/u.test(t.text) && !/^(?:no|yes|this|that|these|those)$/i.test(t.text)))) return false;
  const last = tokens[tokens.length - 1];
  return HEAD_TAGS.has(last.pos) || /^\p{Lu}/u.test(last.text) || last.pos === 'ADJ';
}

/**
 * The phrase itself when it is a noun phrase; else its first or last comma-separated part that is one ("The
 * father, by accident or perhaps to show, as he" → "The father"; "Displaying his knowledge of music, the
 * New England-born President" → "the New England-born President"); else undefined.
 */
export function asNounPhrase(text: string): string | undefined {
  const t = text.replace(/\s+/g, ' ').replace(/^[\s,;:]+|[\s,;:.]+$/g, '').trim();
  if (isNounPhrase(t)) return t;
  const parts = t.split(/,\s*/);
  if (parts.length < 2) return undefined;
  // "Displaying his knowledge of music, the New England-born President": an opening clause, then the speaker
  return [parts[0], parts[parts.length - 1]].find((p) => isNounPhrase(p));
}
