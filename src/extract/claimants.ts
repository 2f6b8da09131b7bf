import { isOutletLike, SPEECH_VERBS } from './cues.js';
import { tidyName } from './names.js';
import { PRONOUNS } from './speaker-phrase.js';
import { isPersonNoun } from './wordnet.js';

/** Who a sentence credits for what it states, as written, and the outlet it came through, if any. */
export interface Claim {
  /** As written: "Ukrainian President Volodymyr Zelenskyy", "Ukraine's Ministry of Defence", "the city", "police". */
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

/*
 * How a sentence credits a figure, rule by rule (examples in tests/figures/claimants.test.ts):
 *  - subject + claim verb: "Hemphill said", "the treasurer disclosed", "Agriculture Department economists estimate",
 *    "police said", "The city expects", with an apposition skipped ("William Smythe, director of field service, told")
 *    and a relative clause skipped ("Seven of the eight companies that turn out machinery say");
 *  - inverted: "…, says Mark V. Keeler, vice president", "…,” said the spokesman";
 *  - "according to X";
 *  - a participle after a comma credits the sentence's subject ("Reyes objected …, saying that …");
 *  - a verb coordinated with the main one credits its subject ("Houtz tilts back and tells of …").
 * A passive ("is estimated at", "are expected to raise", "was announced") credits no one.
 */

// Verbs that credit a figure: the speech verbs of quotes, less their participles (which open a side clause)
// and the verbs of naming ("a meeting called by"), plus the verbs by which a figure is given or put forward.
const FIGURE_VERBS = `estimated estimates estimate disclosed discloses disclose recommended recommends recommend proposed proposes
  propose testified testifies testify related relates figured figures calculated calculates projected projects forecast forecasts
  expects expected expect believes believe pointed\\s+out points\\s+out reported report put puts charged charges asserted asserts
  contended contends maintained maintains`.split(/\s+/);
// Plain forms ("economists estimate", "dealers report") agree only with a plural subject; after a singular
// one they are nouns ("the July 1 estimate", "a report").
const PLAIN_FORMS = new Set(`say tell estimate disclose recommend propose testify expect believe report put charge assert contend maintain
  warn claim predict insist argue admit agree note add explain state declare announce confirm urge suggest`.split(/\s+/));
const PLURAL_SUBJECT = /(?:s|men|people|police|staff|they|we|i|you)$/i;
const CLAIM_VERBS = [...SPEECH_VERBS.filter((v) => !/ing$|^(?:called|calls|dubbed|branded|hailed)$/.test(v)), ...FIGURE_VERBS];
const VERBS = [...new Set(CLAIM_VERBS)].join('|');
// "…, said X" inverts any of them but tell, whose object is the listener ("told the Gazette").
const INVERTED_VERBS = CLAIM_VERBS.filter((v) => !/^(?:tell|tells|told|put|puts|figures|expect|expects|expected|believe|believes)$/.test(v)).join('|');
const PARTICIPLES = 'saying|adding|noting|estimating|claiming|explaining|warning|arguing|predicting|disclosing|reporting|insisting|stressing';
const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{M}’'.-]*|of|the|for|and|de|von|al)$/u;
const TITLE_WORD =
  /^(?:minister|chief|president|vice|spokesman|spokeswoman|spokesperson|official|officials|commander|general|adviser|advisor|secretary|head|army|defence|defense|military|intelligence|chiefs|analyst|analysts|experts?|officer|officers|governor|mayor|prime|director|treasurer|controller|commissioner|solicitor|attorney|chairman|chairwoman|economists?|manager|dealer|owner|member|leader|representative|superintendent|administrator|senator|judge|sheriff|patrolman|patrolmen)$/i;
const SENTENCE_OPENERS = /^(?:in|on|at|but|and|meanwhile|however|yet|so|then|now|also|after|before|when|while)$/i;
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|these|those|that|some|many|most|several|both|all|each|one|two|three|four|five|six|seven|eight|nine|ten)$/i;
// Words a subject phrase never holds: auxiliaries, prepositions (but "of"), conjunctions, adverbs of time.
const NOT_IN_SUBJECT =
  /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|not|no|also|in|on|at|for|to|from|with|by|about|into|over|under|after|before|during|since|than|as|if|when|while|because|but|or|and|so|then|now|today|yesterday|tonight|there|here|it|which|who|whom|whose|that|what|where|how|why|said|says|early|late|later|last|next|only|even|still|just)$/i;
const FINITE_AUX = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)$/i;
const RELATIVE = /^(?:that|who|which)$/i;
const CITE_RE = /\bas (?:cited|reported|quoted|first reported|revealed) by\s+((?:the\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s*){1,5})/u;
const ACCORDING_RE = /\baccording to\s+([^,.;:–—()"“”]+?)(?=\s*(?:[,.;:–—()"“”]|$))/giu;
const BEFORE_VERB_RE = new RegExp(`(?:\\s+(?:has|have|had|has also|had also|also))?(?:\\s+(?:now|previously|earlier|also|reportedly|further|strongly))?\\s+(?:${VERBS})\\b`, 'giu');
const AFTER_VERB_RE = new RegExp(`[,"”’]\\s*(?:${INVERTED_VERBS})\\s+((?:the\\s+)?(?:[\\p{Lu}\\p{Ll}][\\p{L}’'.-]*\\s*){1,7})`, 'giu');
const PARTICIPLE_RE = new RegExp(`,\\s*(?:${PARTICIPLES})\\b`, 'giu');
// "is estimated at", "are expected to", "was erroneously announced": a passive names no claimant.
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)(?:\s+[\p{Ll}]+ly)?\s*$/u;
const DATELINE = /^(?:[\p{Lu}][\p{Lu}.,' ]+(?:\([^)]*\))?\.?\s*[—–-]+\s*)/u;

/** Every claim made in a sentence, in order. */
export function findClaims(sentence: string): Claim[] {
  const claims: Claim[] = [];
  const cited = CITE_RE.exec(sentence);
  const citedBy = cited ? tidyName(cited[1]) : undefined;
  const via = citedBy ? { citedBy } : {};
  let subject: string | null | undefined = null;
  const sentenceSubject = () => (subject === null ? (subject = subjectOfSentence(sentence)) : subject);
  for (const m of sentence.matchAll(ACCORDING_RE)) {
    const claimant = tidyName(m[1]);
    if (claimant) claims.push({ claimant, at: m.index, end: m.index + m[0].length, according: true, ...via });
  }
  for (const m of sentence.matchAll(BEFORE_VERB_RE)) {
    const before = sentence.slice(0, m.index);
    // "is estimated at" (passive), "to estimate", "a score of states", "the United States Open" (nouns): no claim.
    const verbWord = m[0].trim().split(/\s+/).pop()!;
    if (PASSIVE_BEFORE.test(before) || /\b(?:to|of)\s*$/i.test(before) || /^\p{Lu}/u.test(verbWord)) continue;
    // "Houtz tilts back and tells of …": the coordinated verb shares the sentence's subject.
    const claimant = /\band\s*$/i.test(before) ? sentenceSubject() : subjectBefore(before);
    const verb = verbWord.toLowerCase();
    if (claimant && PLAIN_FORMS.has(verb) && !PLURAL_SUBJECT.test(claimant)) continue;
    // Where the claimant stands, for telling which figures it governs (a skipped clause may lie between).
    const pos = claimant ? before.toLowerCase().lastIndexOf(claimant.toLowerCase()) : -1;
    if (claimant) claims.push({ claimant, at: pos >= 0 ? pos : Math.max(0, m.index - claimant.length), end: m.index + m[0].length, ...via });
  }
  for (const m of sentence.matchAll(PARTICIPLE_RE)) {
    const claimant = sentenceSubject();
    if (claimant) claims.push({ claimant, at: m.index, end: m.index + m[0].length, ...via });
  }
  for (const m of sentence.matchAll(AFTER_VERB_RE)) {
    const claimant = invertedSubject(m[1]);
    if (claimant) claims.push({ claimant, at: m.index, end: m.index + m[0].length, ...via });
  }
  // "X reported" naming a relaying outlet after another claim is the outlet, not a second claimant.
  if (!citedBy && claims.length > 1) {
    const sorted = [...claims].sort((x, y) => x.at - y.at);
    const reporter = sorted.find((c, i) => i > 0 && /\breported\b/.test(sentence.slice(c.at, c.end)) && /^(?:the\s+)?\p{Lu}/u.test(c.claimant) && !isPronoun(c.claimant));
    if (reporter && isOutletLike(reporter.claimant)) {
      const others = claims.filter((c) => c !== reporter);
      return others.map((c) => ({ ...c, citedBy: reporter.claimant })).sort((a, b) => a.at - b.at);
    }
  }
  return claims.sort((a, b) => a.at - b.at);
}

/** "…,” says Mark V. Keeler, farm equipment vice president": the name after an inverted verb; "said the spokesman". */
function invertedSubject(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  const keep: string[] = [];
  if (/^(?:the|a|an)$/i.test(words[0] ?? '') && words[1] && !/^\p{Lu}/u.test(words[1])) {
    // A description: "said the gas station man", "reported the ministry".
    for (const raw of words) {
      const w = raw.replace(/[,.;:!?)"”’]+$/, '');
      // Rule "said the offer was": a description that a verb follows is the subject of what was said ("Varga said the
      // offer was fair"), not the speaker of an inverted "…, said the spokesman".
      if (keep.length >= 2 && FINITE_AUX.test(w)) return undefined;
      if (keep.length && NOT_IN_SUBJECT.test(w)) break;
      keep.push(w);
      if (w !== raw || keep.length >= 5) break;
    }
    return keep.length >= 2 ? tidyName(keep.join(' ')) : undefined;
  }
  for (const w of words) {
    if (!(NAME_WORD.test(w) || TITLE_WORD.test(w) || /[’']s$/.test(w) || /^\d+-year-old$/.test(w))) break;
    keep.push(w);
  }
  const claimant = tidyName(keep.join(' '));
  return claimant && !isPronoun(claimant) && /[\p{Lu}\d]/u.test(claimant) ? claimant : undefined;
}

/**
 * The subject that ends right before a verb: a name ("In his address, Ukrainian President Volodymyr Zelenskyy"),
 * a name before an apposition ("William Smythe, director of field service,"), or a description ("the city",
 * "Agriculture Department economists", "police" after a comma).
 */
function subjectBefore(text: string): string | undefined {
  const t = text.trimEnd();
  // The apposition may hold commas of its own ("Greta Holm, a resident of Kessingley, the village below,"):
  // a name opening the text, then a role, wins over a name inside the role.
  for (const re of [/^((?:\S+\s+){0,5}?\S*[^,\s])\s*,\s*(.{2,240}),$/, /^(.*?[^,\s])\s*,\s*([^,]{2,90}),$/]) {
    const appos = re.exec(t);
    if (!appos || !isRolePhrase(appos[2])) continue;
    const name = nameBefore(appos[1]);
    if (name && (re.source.startsWith('^((?:') ? name === tidyName(appos[1].trim()) : true)) return name;
  }
  // Rule "the role before the name": "Metro's chief executive, Anselm Varga, said" (an invented firm's head): the
  // name set off after its role is the speaker.
  const roleFirst = /^(.{2,90}?),\s*((?:\p{Lu}[\p{L}\p{M}’'.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}’'.-]*),$/u.exec(t);
  if (roleFirst && !roleFirst[1].includes(',') && roleFirst[1].split(/\s+/).some((w) => TITLE_WORD.test(w) || isPersonNoun(w))) {
    const name = nameBefore(roleFirst[2]);
    if (name === tidyName(roleFirst[2])) return name;
  }
  const found = nameBefore(t) ?? descriptionBefore(t);
  // "The treasurer" opening a sentence is the description "the treasurer"; "The Washington Post" keeps its capital.
  return found?.replace(/^(The|A|An)(?=\s+\p{Ll})/u, (d) => d.toLowerCase());
}

/** "director of field service", "Ford Motor Co. vice president", "representing the Hotel Association": a role, not a clause. */
function isRolePhrase(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 30 || words.some((w) => CLAIM_VERB_SET.has(w.toLowerCase()))) return false;
  return /^[\p{Ll}]/u.test(words[0]) || words.some((w) => TITLE_WORD.test(w));
}
const CLAIM_VERB_SET = new Set(CLAIM_VERBS);

/** The capitalised name phrase that ends right before a verb. */
function nameBefore(text: string): string | undefined {
  const words = text.trimEnd().split(/\s+/);
  const keep: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (/[,;:"“”()—–]$/.test(w) || (/^["“(]/.test(w) && keep.length)) break;
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
  // A lone title or connector ("official", "the") names no one; a lower-case last word is a description's.
  if (!keep.some((w) => /^[\p{Lu}]/u.test(w) || isPronoun(w))) return undefined;
  if (!isPronoun(keep[0]) && /^[\p{Ll}]/u.test(keep[keep.length - 1]) && !TITLE_WORD.test(keep[keep.length - 1])) return undefined;
  return tidyName(keep.join(' '));
}

/**
 * A described claimant before a verb: a determiner-led phrase ("the treasurer", "Seven of the eight companies
 * that …"), or a bare noun phrase standing at a clause boundary ("…, police said", "Dealers report").
 */
function descriptionBefore(text: string): string | undefined {
  const words = text.trimEnd().split(/\s+/).filter(Boolean);
  let keep: string[] = [];
  let restarted = false;
  let bounded = false;
  for (let i = words.length - 1; i >= 0 && words.length - i <= 16; i--) {
    const raw = words[i];
    const w = raw.replace(/^["“(]+/, '');
    if (/[,;:"“”()—–]$/.test(raw)) {
      bounded = true;
      break;
    }
    if (RELATIVE.test(w) && keep.length && !restarted && i > 0 && !CLAIM_VERB_SET.has(words[i - 1].toLowerCase())) {
      // "companies that turn out machinery say": the claimant is what the relative clause describes.
      keep = [];
      restarted = true;
      continue;
    }
    if (NOT_IN_SUBJECT.test(w) || /^\d/.test(w) && !keep.length) {
      bounded = /^(?:and|but|that|while|because|when|if|so|then|now)$/i.test(w);
      break;
    }
    keep.unshift(w);
    if (w !== raw) {
      bounded = true;
      break;
    }
    if (DETERMINER.test(w) && !/^(?:of|the)$/i.test(words[i - 1] ?? '')) {
      bounded = true;
      break;
    }
    if (i === 0) bounded = true;
  }
  while (keep.length && /^(?:of|and)$/i.test(keep[0])) keep.shift();
  // "A spokesman for the firm": the described speaker before a preposition, not the body after it.
  const rest = words.slice(0, words.length - keep.length).join(' ');
  const owner = keep.length ? /(?:^|\s)((?:the|a|an)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:for|at|with|from|of))$/iu.exec(rest)?.[1] : undefined;
  if (owner && !owner.split(/\s+/).slice(1, -1).some((x) => NOT_IN_SUBJECT.test(x)) && PERSON_HEAD.test(owner)) keep = [...owner.split(/\s+/), ...keep];
  const content = keep.filter((w) => !DETERMINER.test(w) && !/^of$/i.test(w));
  if (!bounded || !content.length || keep.length > 9) return undefined;
  if (/^(?:it|this|there)$/i.test(content[0])) return undefined;
  const phrase = keep.join(' ');
  // A capitalised sentence opener ("The city") reads in lower case as the description it is.
  return tidyName(phrase.replace(/^(The|A|An)\b/, (d) => d.toLowerCase()));
}

/**
 * The grammatical subject a sentence opens with, past a dateline and leading adverbials: "Farm machinery dealer
 * Bob Houtz tilts back", "Ana Reyes, representing …,", "The city expects …". Undefined when it opens otherwise.
 */
export function subjectOfSentence(sentence: string): string | undefined {
  let s = sentence.replace(DATELINE, '').replace(/^["“‘']+/, '');
  s = s.replace(/^(?:(?:meanwhile|however|but|and|also|then|later|earlier|still|yet|now|so|in reply|in addition|actually|for example)\b,?\s*)+/i, '');
  s = s.replace(/^(?:in|on|at|during|after|before|while|when|since|with|for|last|this|from|among|according to|despite|under|by|as|although|though|if|unlike|like)\b[^,]{0,80},\s*/i, '');
  const words = s.split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const first = words[0].replace(/[,.;:]$/, '');
  if (isPronoun(first)) return first.toLowerCase();
  if (/^(?:The|A|An)$/.test(first) && words[1] && /^[\p{Ll}]/u.test(words[1])) {
    const noun = words[1].replace(/[,.;:’'s]+$/, '');
    return noun && !NOT_IN_SUBJECT.test(noun) ? `${first.toLowerCase()} ${noun}` : undefined;
  }
  if (!/^\p{Lu}/u.test(first) || SENTENCE_OPENERS.test(first) || (DETERMINER.test(first) && !/^The$/.test(first))) return undefined;
  const keep: string[] = [];
  for (let i = 0; i < words.length && keep.length < 8; i++) {
    const raw = words[i];
    const w = raw.replace(/[,;:]$/, '');
    const capital = /^\p{Lu}/u.test(w) || /^(?:of|and|de|von|van)$/.test(w);
    // A role written before a name: "Farm machinery dealer Bob Houtz".
    // Only after a single capitalised word: after a name ("Andrew Juras met Ray Field") a lower-case word is the verb.
    const bridge = !capital && keep.filter((x) => /^\p{Lu}/u.test(x)).length <= 1 && /^[\p{Ll}-]+$/u.test(w) && !NOT_IN_SUBJECT.test(w) &&
      !/ly$/.test(w) && !CLAIM_VERB_SET.has(w) && words.slice(i + 1, i + 3).some((x) => /^\p{Lu}/u.test(x));
    if (!capital && !bridge) break;
    keep.push(w);
    if (w !== raw) break;
  }
  while (keep.length && !/^\p{Lu}/u.test(keep[keep.length - 1])) keep.pop();
  return keep.length ? tidyName(keep.join(' ')) : undefined;
}

const INSTITUTION =
  /\b(?:Co|Company|Inc|Corp|Corporation|Department|Commission|Council|Committee|Association|Government|University|Board|Bureau|Agency|Service|Court|City|County|State|Administration|Center|Centre|Bank|Railroad|Exchange|Union|Society|Church|Party|Ministry|Office|Institute|Authority|Congress|Senate|House|Legislature|Club|Airlines?|Harvester|Motor)\b\.?/;
const PERSON_HEAD = /\b(?:man|woman|men|women|boy|girl|officers?|officials?|spokes(?:man|woman|person)|director|treasurer|governor|mayor|president|chairman|manager|owner|dealer|economists?|patrolm[ae]n|police|wife|husband|father|mother|son|daughter|uncle|aunt|witness|judge|commissioner|controller|solicitor|attorney)\b/i;

/** Whether a claimant or subject, as written, is a person (he/she) rather than a body or thing (it). */
export function isPersonLike(name: string): boolean {
  if (/^(?:he|she|him|her|i)$/i.test(name)) return true;
  if (/^(?:the|a|an)\s/i.test(name)) return PERSON_HEAD.test(name);
  return /^\p{Lu}/u.test(name) && !INSTITUTION.test(name);
}

// "It said" is an organisation speaking of itself: a pronoun for a claim, though not for a quoted person.
export function isPronoun(claimant: string): boolean {
  const w = claimant.toLowerCase();
  return PRONOUNS.has(w) || w === 'it';
}
