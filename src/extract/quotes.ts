import type { CleanArticle } from '../corpus/article.js';
import { attribute, type Attribution } from './attribution.js';
import { isOutletLike, OUTLET_BACKREF, OUTLET_WORD, SPEECH_VERB, stripLeadingClauses } from './cues.js';
import { editDistance, nameKey } from './names.js';
import { findQuotes } from './quote-spans.js';
import { splitSentences } from './sentences.js';
import { parseSpeakerPhrase } from './speaker-phrase.js';

/**
 * How a statement is given: `direct` wholly quoted words, `indirect` reported speech ("X said the bid was
 * too low"), `mixed` reported speech holding quoted words (said the salary was “modest”).
 */
export type StatementKind = 'direct' | 'indirect' | 'mixed';

/** A statement (quoted or reported) as one outlet printed it, with its speaker resolved within the article. */
export interface Quote {
  id: string;
  kind: StatementKind;
  articleId: string;
  /** Index of the (first) paragraph it stands in. */
  paragraph: number;
  /** The quoted words, verbatim (direct); the reported content (indirect, mixed, with its quoted words). */
  text: string;
  /** The sentence that carries it, verbatim: the citation excerpt. */
  sentence: string;
  /** The speaker as this outlet wrote them ("he", "One Ukrainian commander"). */
  speakerAsWritten?: string;
  /** A named person (full name as the article knows it), or undefined. */
  person?: string;
  /** A speaker the outlet did not name ("One US official"). */
  descriptive?: string;
  /** The speaker's role as given in this article. */
  role?: string;
  /** The original source credited, as written, back-references resolved ("The Post", "Financial Times"). */
  toldTo?: string;
}

/** A person an article mentions (a speaker, or someone introduced with a title). */
export interface ArticlePerson {
  name: string;
  roles: string[];
  age?: number;
  /** Other spellings this article used for them (a surname alone, a typo). */
  variants: string[];
}

export interface ArticleQuotes {
  quotes: Quote[];
  people: ArticlePerson[];
}

const TITLED_NAME =
  /\b(?:President|Prime Minister|Minister|minister|General|Gen\.|Colonel|Secretary|Chancellor|Mayor|Governor|Sheriff|Senator|Dr\.?|Professor|Chief|chief|Commander|commander|spokesman|spokeswoman|adviser|Captain|Lieutenant)\s+((?:\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu;

/** Finds every direct quote in an article and who said it, resolving "he", ages and surnames within the article. */
export function extractQuotes(article: CleanArticle): ArticleQuotes {
  const people: ArticlePerson[] = [];
  const recent: ArticlePerson[] = [];
  const outlets: string[] = [];
  const quotes: Quote[] = [];
  let previous: { quote: Quote; paragraph: number } | undefined;

  const mention = (p: ArticlePerson) => {
    recent.push(p);
  };
  const findPerson = (name: string): ArticlePerson | undefined => {
    const key = nameKey(name);
    const parts = key.split(' ');
    const surname = parts[parts.length - 1];
    return (
      people.find((p) => nameKey(p.name) === key || p.variants.some((v) => nameKey(v) === key)) ??
      (parts.length === 1 ? people.find((p) => nameKey(p.name).split(' ').pop() === surname) : undefined) ??
      people.find((p) => {
        const full = nameKey(p.name).split(' ');
        // "Kuzyk" written "Kuzan": a surname-only mention close to someone the article already named.
        return parts.length === 1 && surname.length >= 4 && full.length > 1 && full[full.length - 1].slice(0, 3) === surname.slice(0, 3) && editDistance(full[full.length - 1], surname, 2) <= 2;
      }) ??
      // "Olena Matvienko" after a bare "Matvienko": upgrade the bare one.
      (parts.length > 1 ? people.find((p) => !p.name.includes(' ') && nameKey(p.name) === surname) : undefined)
    );
  };
  const addPerson = (name: string, role?: string, age?: number): ArticlePerson => {
    let p = findPerson(name);
    if (!p) {
      p = { name, roles: [], variants: [] };
      people.push(p);
    } else if (name !== p.name) {
      if (name.split(' ').length > p.name.split(' ').length && nameKey(name).endsWith(nameKey(p.name))) {
        p.variants.push(p.name);
        p.name = name;
      } else if (!p.variants.includes(name)) p.variants.push(name);
    }
    if (role && !p.roles.some((r) => nameKey(r) === nameKey(role))) p.roles.push(role);
    if (age !== undefined) p.age ??= age;
    return p;
  };

  for (const lp of findQuotes(article.paragraphs)) {
    // Mask quotes so sentence splitting and cue search see only the outlet's own words.
    let masked = '';
    let cursor = 0;
    lp.spans.forEach((s, k) => {
      // A quote that ends its sentence ends the outlet's sentence too when a capital follows.
      const ends = /[.!?]$/.test(s.text) && /^\s+[\p{Lu}“"]/u.test(lp.text.slice(s.end));
      masked += `${lp.text.slice(cursor, s.start)}“§${k}”${ends ? '.' : ''}`;
      cursor = s.end;
    });
    masked += lp.text.slice(cursor);
    for (const sentence of splitSentences(masked)) {
      const restored = sentence.replace(/“§(\d+)”/g, (_, k) => lp.text.slice(lp.spans[Number(k)].start, lp.spans[Number(k)].end));
      const plain = sentence.replace(/“§\d+”/g, ' ');
      const ks = [...sentence.matchAll(/“§(\d+)”/g)].map((m) => Number(m[1]));
      // Register people named in indirect speech first ("Another soldier, Birdie, said his unit …"), so later "he" and ages find them.
      registerIndirectSpeakers(plain, addPerson, mention);
      let prevInSentence: Quote | undefined;
      for (const k of ks) {
        const span = lp.spans[k];
        const a = attribute(sentence, k);
        const quote: Quote = {
          id: `${article.id}:q${quotes.length}`,
          articleId: article.id,
          kind: 'direct',
          paragraph: lp.first,
          text: span.text.replace(/[\s,]+$/, ''),
          sentence: restored,
        };
        resolve(quote, a, prevInSentence);
        if (keep(quote)) {
          quotes.push(quote);
          prevInSentence = quote;
          previous = { quote, paragraph: lp.last };
        }
      }
      for (const m of plain.matchAll(TITLED_NAME)) {
        const ref = parseSpeakerPhrase(m[0].replace(/[’']s$/, ''));
        if (ref?.kind === 'name' && ref.name.includes(' ')) mention(addPerson(ref.name));
      }
      noteOutlets(plain);
      for (const k of ks) noteOutlets(lp.spans[k].text);
    }
  }
  return { quotes, people };

  function noteOutlets(text: string) {
    for (const m of text.matchAll(/(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}’'&.-]*(?:\s+(?:of\s+)?[\p{Lu}\p{N}][\p{L}\p{N}’'&.-]*)*/gu)) {
      const name = m[0].replace(/^[Tt]he\s+/, '').replace(/[.,;:]+$/, '').replace(/[’']s$/, '');
      if (OUTLET_WORD.test(name) && !/\b(?:Twitter|Telegram|Facebook|Instagram|YouTube|TikTok)\b/.test(name)) outlets.push(name);
    }
  }

  function resolve(quote: Quote, a: Attribution, prevInSentence: Quote | undefined) {
    if (a.source) quote.toldTo = OUTLET_BACKREF.test(a.source.trim()) ? outlets[outlets.length - 1] : a.source.trim().replace(/^the\s+/i, (t) => (/^the\s+(?:\p{Lu})/u.test(a.source!) ? '' : t));
    if (quote.toldTo && !isOutletLike(quote.toldTo)) delete quote.toldTo;
    const ref = a.ref;
    if (!ref) {
      const inherit = a.sameAsPrevious ? prevInSentence : a.quoteOnly && previous && previous.paragraph >= quote.paragraph - 1 ? previous.quote : undefined;
      if (inherit) copySpeaker(inherit, quote);
      return;
    }
    quote.speakerAsWritten = a.written;
    if (ref.kind === 'name') {
      const p = addPerson(ref.name, ref.role, ref.age);
      quote.person = p.name;
      quote.role = ref.role ?? p.roles[0];
      mention(p);
    } else if (ref.kind === 'pronoun') {
      const p = recent[recent.length - 1];
      if (p) {
        quote.person = p.name;
        quote.role = p.roles[0];
      }
    } else if (ref.kind === 'age') {
      const p = people.find((x) => x.age === ref.age) ?? [...recent].reverse().find((x) => x.age === undefined);
      if (p) {
        p.age = ref.age;
        quote.person = p.name;
        quote.role = p.roles[0];
        mention(p);
      } else quote.descriptive = a.written;
    } else if (ref.kind === 'definite') {
      const stem = ref.noun.replace(/s$/, '');
      const p = [...recent].reverse().find((x) => x.roles.some((r) => r.toLowerCase().includes(stem)));
      if (p) {
        quote.person = p.name;
        quote.role = p.roles[0];
        mention(p);
      } else quote.descriptive = ref.text;
    } else quote.descriptive = ref.text;
  }
}

function copySpeaker(from: Quote, to: Quote) {
  to.person = from.person;
  to.descriptive = from.descriptive;
  to.role = from.role;
  to.toldTo ??= from.toldTo;
  to.speakerAsWritten = from.speakerAsWritten;
}

// Scare quotes ("regrouping" with no speaker), titles ("Greater London", "Financial Times") and
// headline-style fragments are not anyone's words.
function keep(q: Quote): boolean {
  const w = q.text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (w.length === 0) return false;
  if (w.length <= 5 && w.every((t) => /^[\p{Lu}\p{N}]/u.test(t))) return false;
  if (!q.person && !q.descriptive && w.length <= 2) return false;
  return true;
}

function registerIndirectSpeakers(
  plain: string,
  addPerson: (name: string, role?: string, age?: number) => ArticlePerson,
  mention: (p: ArticlePerson) => void,
) {
  // The first verb of speaking names the sentence's speaker; "according to" credits a source, not a speaker.
  const verb = [...plain.matchAll(SPEECH_VERB)].find((m) => !/^according to$/i.test(m[0]));
  if (!verb) return;
  // `X, a role, told …`, else the inverted `… said Kyiv's army chief General Valeriy Zaluzhnyi.`
  const subject = stripLeadingClauses(plain.slice(0, verb.index).trim());
  const object = plain.slice(verb.index + verb[0].length).replace(/[.!?]\s*$/, '').trim();
  for (const c of [subject, object]) {
    if (!c || c.split(/\s+/).length > 24) continue;
    const ref = parseSpeakerPhrase(c);
    if (ref?.kind === 'name' && (ref.name.includes(' ') || ref.role)) {
      mention(addPerson(ref.name, ref.role, ref.age));
      return;
    }
    if (c === subject && ref) return;
  }
}
