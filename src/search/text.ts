// Text folding shared by indexing, quote matching and question understanding, so that the same
// words written differently (curly quotes, accents, "13,500", behaviour/behavior) meet.

// A Map, not an object literal: words of any text are looked up here, and "constructor" or "__proto__" must
// not find Object.prototype's members.
const BRITISH_TO_AMERICAN: ReadonlyMap<string, string> = new Map(Object.entries({
  defence: 'defense', offence: 'offense', licence: 'license', centre: 'center', centres: 'centers', metre: 'meter',
  metres: 'meters', kilometre: 'kilometer', kilometres: 'kilometers', theatre: 'theater', programme: 'program',
  grey: 'gray', tyre: 'tire', tyres: 'tires', travelled: 'traveled', travelling: 'traveling', cancelled: 'canceled',
  jewellery: 'jewelry', mum: 'mom', manoeuvre: 'maneuver', manoeuvres: 'maneuvers', sceptical: 'skeptical',
  organising: 'organizing', organise: 'organize', organised: 'organized', recognise: 'recognize', recognised: 'recognized',
  realise: 'realize', realised: 'realized', apologise: 'apologize', criticise: 'criticize', criticised: 'criticized',
  mobilise: 'mobilize', mobilised: 'mobilized', mobilisation: 'mobilization', analyse: 'analyze', analysed: 'analyzed',
  favourite: 'favorite', storey: 'story', plough: 'plow', aluminium: 'aluminum', annexe: 'annex',
}));
// -our words that are not British spellings of -or words.
const OUR_WORDS = new Set(['devour', 'contour', 'detour', 'paramour', 'troubadour', 'velour', 'amour', 'dour', 'flour', 'scour']);

// Everything below folds non-ASCII characters or the backtick; plain ASCII text (most of it) is returned as is.
// eslint-disable-next-line no-control-regex
const FOLDABLE = /[^\x00-\x5f\x61-\x7f]/;

/** Folds typography: accents, curly quotes and apostrophes, dashes, non-breaking spaces. Keeps length-insensitive meaning. */
export function foldTypography(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f]/g, ' ');
}

/** One word's spelling, folded: British to American, possessive dropped. Input is lower case. */
// Every question is cut into words several times and most words need none of these rewrites: each is tried only
// when the word holds what it rewrites (an apostrophe, "our", "isation"), which keeps the answer path off the regexes.
export function foldWord(word: string): string {
  let w = word.includes("'") ? word.replace(/'s$/, '').replace(/'$/, '').replace(/'/g, '') : word;
  const mapped = BRITISH_TO_AMERICAN.get(w);
  if (mapped) return mapped;
  if (w.length > 5 && w.includes('our') && /our(s|ed|ing|able|ite|ites)?$/.test(w)) {
    const m = /^(.*)our(s|ed|ing|able|ite|ites)?$/.exec(w);
    if (m && !OUR_WORDS.has(m[1] + 'our')) w = `${m[1]}or${m[2] ?? ''}`;
  }
  if (w.includes('isation') && /isation(s)?$/.test(w)) w = w.replace(/isation(s)?$/, 'ization$1');
  return w;
}

/**
 * Splits text into folded lower-case words: letters and digits of any alphabet, with thousands
 * separators removed ("13,500" → "13500") and decimals kept ("2.5").
 */
export function words(text: string): string[] {
  const lower = foldTypography(text).toLowerCase();
  const folded = HAS_DIGIT.test(lower) ? lower.replace(/(\d)[,  ](?=\d{3}(?!\d))/g, '$1') : lower;
  const out: string[] = [];
  // One regex object, reset per call, and exec rather than matchAll: no iterator or regex built per call.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    const w = foldWord(m[0].includes('.') ? m[0].replace(/\.(?!\d)/g, '') : m[0]);
    if (w) out.push(w);
  }
  return out;
}

const HAS_DIGIT = /\d/;
const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*'?/gu;

/** Words that carry no content in a question or a quote search. */
export const QUESTION_WORDS = new Set(
  `a an the and or but of to in on at for from by with about as into than then that this these those it its is are was were be been being
  do does did done have has had having i me my we our you your he him his she her they them their there here what which who whom whose
  when where why how whether if not no so too very just also only even said say says saying told tell tells telling
  story article articles outlet outlets report reported reports news please can could would should will shall may might must
  happened happen happening know anything something thing things tell me us any some all much many more most`.split(/\s+/),
);
