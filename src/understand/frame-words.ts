// The words that frame a question ("what did … say", "which outlet …") carry its reading, so a typo there
// ("whta", "sayd", "wich") sends a clear question to a plain search. Content words are corrected against the
// story's vocabulary (lexicon.ts); frame words are corrected here, against the few words that frame questions.

import { wordsToNumber } from '../extract/numbers.js';

/**
 * Frame words, each with the group it belongs to: a typo one edit from words of two groups ("hwo": who or
 * how) is left alone, one from words of one group ("sayd": say, said or says) takes the first of them.
 */
const FRAME: [group: string, words: string[]][] = [
  ['who', ['who', 'whom', 'whose']],
  ['what', ['what']],
  ['which', ['which']],
  ['when', ['when']],
  ['where', ['where']],
  ['why', ['why']],
  ['how', ['how']],
  ['do', ['did', 'does']],
  ['say', ['said', 'say', 'says']],
  ['tell', ['told', 'tell']],
  ['outlet', ['outlet', 'outlets']],
  ['paper', ['paper', 'papers', 'newspaper', 'newspapers']],
  ['quote', ['quoted', 'quote', 'quotes']],
  ['mention', ['mention', 'mentioned', 'mentions']],
  ['report', ['reported', 'report', 'reports']],
  ['write', ['wrote', 'write', 'written']],
  ['many', ['many']],
  ['much', ['much']],
];
const GROUP = new Map(FRAME.flatMap(([g, ws]) => ws.map((w) => [w, g] as const)));

// Words that look like a typo of a frame word but are words of their own.
const REAL_WORDS = new Set(['whos', 'whats', 'wheres', 'hows', 'whys', 'whens', 'thats', 'was', 'wan', 'hot', 'hat', 'who', 'the', 'then', 'them', 'they', 'there', 'these', 'those', 'with', 'wish', 'witch', 'what', 'that', 'than', 'whet', 'wet', 'wit', 'hit', 'hid', 'had', 'has', 'have', 'hence', 'when', 'wen', 'hen', 'men', 'why', 'way', 'who', 'how', 'now', 'row', 'cow', 'low', 'show', 'sad', 'sat', 'saw', 'sea', 'set', 'sold', 'toll', 'tall', 'tale', 'tile', 'dad', 'did', 'die', 'dies', 'died', 'does', 'doe', 'dose', 'dues', 'many', 'any', 'mane', 'money', 'much', 'such', 'mulch', 'pepper', 'paler', 'pacer', 'upper', 'caper', 'taper', 'wrote', 'write', 'white', 'quite', 'quota', 'quiet', 'report', 'repast', 'resort', 'retort', 'support', 'outlast', 'outlay', 'outlaw', 'says', 'sage', 'same', 'sale', 'sane', 'safe', 'sail', 'slid', 'sled', 'maid', 'paid', 'laid', 'raid', 'aid', 'whose', 'whole', 'whom', 'whim', 'wham', 'where', 'were', 'here', 'there', 'which']);

// Chat shorthand for words that frame or fill a question, as people type them: "how many ppl died", "abt".
const SHORTHAND: Record<string, string> = {
  ppl: 'people', ppls: 'people', govt: 'government', yrs: 'years', yr: 'year', hrs: 'hours', hr: 'hour', sq: 'square', kms: 'km', mins: 'minutes', wks: 'weeks', mths: 'months', abt: 'about',
  pls: 'please', plz: 'please', u: 'you', ur: 'your', r: 'are', cuz: 'because', coz: 'because', bcuz: 'because', becuz: 'because', b4: 'before',
  thru: 'through', tho: 'though', wat: 'what', wht: 'what', wut: 'what', wot: 'what', hw: 'how', wen: 'when', wer: 'where', dept: 'department',
};

// Idioms for dying and being hurt, as questions say them and reports count them ("three people died",
// "killing three"): the plain word. "Hurt" stays where the story itself uses it.
const IDIOMS: [RegExp, string, string | undefined][] = [
  [/\b(?:lost|lose|losing)\s+(?:their|his|her|its)\s+lives?\b/gi, 'died', undefined],
  [/\b(?:passed away|pass away)\b/gi, 'died', undefined],
  [/\b(?:got|were|was|get)\s+hurt\b/gi, 'were injured', 'hurt'],
  // "The ex treasurer", "ex-minister": a report writes "former". Only before a word that can be the office, not
  // before a verb ("her ex said"), and only where the story does not write "ex" itself.
  [/\bex[-\s]+(?!(?:said|say|says|told|tell|is|was|were|has|had|have|did|does|do|and|or|who|to|of|in|on)\b)(?=\p{L}{3,})/giu, 'former ', 'ex'],
];

/** Edit distance of at most one, a swap of two neighbouring letters counting as one ("whta" / "what"). */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length - s.length !== 1) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/** The frame word a typo stands for, when exactly one group of frame words is one edit away. */
export function frameWord(token: string): string | undefined {
  if (token.length < 3 || GROUP.has(token) || REAL_WORDS.has(token)) return undefined;
  const near = [...GROUP.keys()].filter((w) => Math.abs(w.length - token.length) <= 1 && oneEdit(token, w));
  if (!near.length || new Set(near.map((w) => GROUP.get(w))).size > 1) return undefined;
  return near[0];
}

/**
 * A question with its frame words' typos and chat shorthand written out, for the rules to read it. Only the
 * first three words and the last one may be frame words ("whta did the sheriff sayy"); a 3-letter typo only
 * as the first word ("wat happened"). A word the story itself uses is never changed (`known`).
 */
export function fixFrameWords(question: string, known: (word: string) => boolean): string {
  const tokens = question.split(' ');
  const last = tokens.length - 1;
  let changed = false;
  const out = tokens.map((tok, i) => {
    const m = /^([\p{L}\d]+)([?!.,]*)$/u.exec(tok);
    if (!m) return tok;
    const word = m[1].toLowerCase();
    // Rule "a number's noun is no frame word": after "five" or "12" comes what is counted ("five days", "12
    // hows" never), so "which outlet said five days" keeps its days rather than reading "five says"
    if (i > 0 && afterNumber(tokens[i - 1])) return tok;
    const short = Object.hasOwn(SHORTHAND, word) && !known(word) && (word.length > 1 || (i > 0 && i < last)) ? SHORTHAND[word] : undefined;
    const fixed = short ?? ((i <= 2 || i === last) && (word.length > 3 || i === 0) && !known(word) ? frameWord(word) : undefined);
    if (!fixed) return tok;
    changed = true;
    return fixed + m[2];
  });
  let text = changed ? out.join(' ') : question;
  for (const [re, plain, key] of IDIOMS) if (!key || !known(key)) text = text.replace(re, plain);
  return text;
}

/** A numeral or a number word ("12", "1,400", "five", "million"). */
function afterNumber(token: string): boolean {
  const t = token.replace(/[?!.,]+$/, '');
  return /^\d[\d,.]*$/.test(t) || wordsToNumber(t) !== undefined;
}
