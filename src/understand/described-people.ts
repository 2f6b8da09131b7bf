import { QUESTION_WORDS, words } from '../search/text.js';
import { isIrregularPast } from './lexicon.js';
import { speakerAlternatives } from './speaker-words.js';

/**
 * How people describe a speaker in their own words, read apart: "the union lady", "the metro boss", "the old guy
 * with the heart condition", "the driver who didn't want to be named". The pieces are matched against the story
 * by StoryLookups.describedPersonMatch; here only the question's words are read.
 */
export interface PersonDescription {
  /** The word for who they are: a person word ("lady"), a word for the one in charge ("boss"), or a role ("driver"). */
  head: string;
  kind: 'person' | 'boss' | 'deputy' | 'role';
  sex?: 'f' | 'm';
  /** "old", "young": an age the person's must not contradict. */
  age?: 'old' | 'young';
  /** The body or field they belong to, before the head ("union" of "the union lady", "shadow transport"). */
  affiliation: string[];
  /** What the text says of them ("with the heart condition", "whose house flooded"): its content words. */
  said: string[];
  /** The clause says they would not be named ("who didn't want to be named"). */
  anonymous: boolean;
}

/** Heads that say only "a person" ("the lady in Korvale", "the guy from the guild"); FEMALE and MALE say which sex. */
// "The mum with three kids", "the dad at the gate": a parent as readers say it is a person of that sex, told apart
// by what the clause says (the children, the place), not a role the text must write.
export const PERSON_HEADS: ReadonlySet<string> = new Set(['guy', 'guys', 'man', 'men', 'woman', 'women', 'lady', 'ladies', 'person', 'fellow', 'chap', 'bloke', 'dude', 'gentleman', 'someone', 'somebody', 'mum', 'mom', 'mam', 'dad']);
export const FEMALE: ReadonlySet<string> = new Set(['woman', 'women', 'lady', 'ladies', 'mum', 'mom', 'mam']);
export const MALE: ReadonlySet<string> = new Set(['guy', 'guys', 'man', 'men', 'fellow', 'chap', 'bloke', 'dude', 'gentleman', 'dad']);

// Rule "the one in charge in other words": people ask for "the boss", "the head", "the top guy" where the text
// writes "chief executive", "director", "chairman". WordNet files these titles under "head, chief, top dog" and
// "leader" (the lexicon brings the story's words for them); "president" and "chairman" sit in a rarer sense WordNet's
// walk leaves out, so they are written here with the question's colloquial words.
export const IN_CHARGE_ASKED: ReadonlySet<string> = new Set(['boss', 'bosses', 'head', 'chief', 'leader', 'honcho', 'gaffer', 'top']);
export const IN_CHARGE_WORDS: readonly string[] = ['boss', 'head', 'chief', 'leader', 'president', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'executive', 'ceo', 'principal', 'superintendent', 'manager', 'governor', 'commissioner'];
// "Number two": the one under the one in charge.
export const DEPUTY_WORDS: readonly string[] = ['deputy', 'vice', 'second', 'assistant', 'lieutenant'];

// Words before a head that only grade it ("the big boss", "the top guy") or say how old.
const GRADING = new Set(['big', 'top', 'main', 'real', 'actual', 'very']);
const OLD = new Set(['old', 'older', 'elderly', 'aged', 'retired']);
const YOUNG = new Set(['young', 'younger', 'teenage', 'teen']);
const FILLER = new Set(['the', 'a', 'an', 'that', 'this', 'one', 'some']);

// Rule "the one who would not be named": a question describing someone by their anonymity. Why: outlets keep
// an anonymous speaker nameless ("one driver, who asked not to be named, said…"), so the anonymity is all there
// is to ask by.
const ANONYMOUS_ASKED = /\b(?:(?:did\s*n[o'’]?t|didnt|does\s*n[o'’]?t|doesnt|would\s*n[o'’]?t|wouldnt|not|never)\s+(?:want|wish|like|wanna)(?:ed)?\s+(?:to\s+)?(?:be\s+)?(?:named|identified)|(?:asked|wanted|wished|preferred)\s+not\s+to\s+be\s+(?:named|identified)|anonymous(?:ly)?|unnamed|nameless|no\s+name|would\s*n[o'’]?t\s+give\s+(?:a|his|her|their)\s+name|without\s+(?:a|giving\s+(?:a|his|her|their))\s+name)\b/i;

/** Words in the text that keep a speaker anonymous ("who asked not to be named", "speaking on condition of anonymity"). */
export const ANONYMOUS_TEXT = /\b(?:(?:asked|requested|wished|preferred|wanted)\s+not\s+to\s+be\s+(?:named|identified)|(?:declined|refused)\s+to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+(?:full\s+)?names?)|did\s+not\s+want\s+(?:to\s+be\s+named|(?:his|her|their)\s+names?\s+(?:used|published))|on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously|who\s+would\s+not\s+give\s+(?:his|her|their)\s+(?:full\s+)?names?|gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+only\s+as|gave\s+only\s+(?:his|her|their|a)\s+first\s+name|identified\s+only\s+as)\b/i;

/**
 * Reads "the union lady", "the metro boss", "the old guy with the heart condition", "the driver who didn't want
 * to be named" into its pieces. Undefined for a name, a relation ("Morn's son", rule whose relation said it), a
 * place phrase ("the man in Paris", rule someone described by where they are), or a bare head ("the guy").
 */
export function readDescription(phrase: string): PersonDescription | undefined {
  const p = participleClause(phrase.trim());
  if (!/^(?:the|a|an|that|this|one)\s+\S/i.test(p) || /['’]s\b/.test(p.split(/\s+(?:who|whose|with|that)\s+/i)[0])) return undefined;
  // "The top guy at the mill", "the head of the guild": the one in charge of the body that follows.
  const of = /^(.*?\b(?:boss|bosses|head|chief|leader|top\s+\p{L}+|number\s+two))\s+(?:at|of|from|in)\s+(?:the\s+)?(.+)$/iu.exec(p);
  const clause = /^(.+?)\s+(with|who|whose|that)\s+(.+)$/i.exec(of ? of[1] : p);
  const front = [...(of ? words(of[2]) : []), ...words(clause ? clause[1] : of ? of[1] : p)].filter((w) => !FILLER.has(w) && !QUESTION_WORDS.has(w));
  if (!front.length) return undefined;
  let headAt = front.length - 1;
  // "the number two", "the top guy", "the big boss": a head of two words.
  let kind: PersonDescription['kind'];
  let head = front[headAt];
  if (head === 'two' && front[headAt - 1] === 'number') {
    kind = 'deputy';
    headAt--;
  } else if (IN_CHARGE_ASKED.has(head) && head !== 'top') kind = 'boss';
  else if (PERSON_HEADS.has(head)) kind = front[headAt - 1] === 'top' ? 'boss' : 'person';
  else kind = 'role';
  if (kind === 'deputy') head = 'number two';
  const before = front.slice(0, headAt);
  const age = before.some((w) => OLD.has(w)) ? 'old' : before.some((w) => YOUNG.has(w)) ? 'young' : undefined;
  const affiliation = before.filter((w) => !OLD.has(w) && !YOUNG.has(w) && !GRADING.has(w) && !QUESTION_WORDS.has(w) && w !== 'number');
  const rest = clause ? clause[3] : '';
  const anonymous = clause ? ANONYMOUS_ASKED.test(rest) : false;
  const said = clause && !anonymous ? words(rest).filter((w) => w.length >= 3 && !QUESTION_WORDS.has(w) && !CLAUSE_FILLER.has(w)) : [];
  // A role alone ("the driver") is a label the outlets' own words find; this reading is for the rest, and for a
  // role of a body the outlets name otherwise ("the airline spokeswoman" for "A Norwind spokeswoman").
  // Only a head news reports speak through ("spokeswoman", "police": SPEAKER_GROUPS) takes a body alone: "the man
  // in paris" and "the el repair" are no roles.
  if (kind === 'role' && !said.length && !anonymous && !(affiliation.length && speakerAlternatives(head).length)) return undefined;
  // "The guy", "the boss" alone say nothing of whom: a story has many.
  if (kind !== 'role' && !affiliation.length && !said.length && !anonymous) return undefined;
  const sex = FEMALE.has(head) ? 'f' : MALE.has(head) ? 'm' : undefined;
  return { head, kind, sex, age, affiliation, said, anonymous };
}

/**
 * Rule "a participle after the person word describes them": "the mum stuck at the airport with her 3 kids", "the man
 * injured in the crash", "the woman living next door" are "the mum who (was) stuck…": the person word is the head and
 * the participle's phrase is what the text says of them, as a "who" clause is. Why: read left to right, "airport"
 * would be taken for the head (a role no one holds). Only after a word that says "a person" (PERSON_HEADS), and only
 * before a participle (-ed, -ing, an irregular past), so "the man in paris" stays a place phrase.
 */
function participleClause(phrase: string): string {
  const m = /^((?:the|a|an|that|this|one)\s+(?:\S+\s+){0,2}?(\p{L}+))\s+(\p{L}+)(\s.*)?$/iu.exec(phrase);
  if (!m || !PERSON_HEADS.has(m[2].toLowerCase())) return phrase;
  const next = m[3].toLowerCase();
  if (!/(?:ed|ing)$/.test(next) && !isIrregularPast(next)) return phrase;
  return `${m[1]} who ${m[3]}${m[4] ?? ''}`;
}

// Words of a relative clause that say nothing of the person ("who had the…", "whose … got").
const CLAUSE_FILLER = new Set(['had', 'has', 'have', 'got', 'gets', 'get', 'was', 'were', 'is', 'are', 'been', 'being', 'their', 'his', 'her', 'its', 'them', 'him', 'when', 'then', 'just', 'all', 'about', 'into', 'from']);
