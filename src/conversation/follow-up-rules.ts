import type { Focus, NameResolver } from './focus.js';
import { antecedentOf, candidates, sexWord, type Antecedent } from './pronoun-antecedent.js';

/** A question rewritten to stand on its own, and what the asker is told about how it was read. */
export interface FollowUp {
  /** The question as it will be answered. */
  question: string;
  /** One sentence for the asker: whom "he" was taken to be, or how "and The Sun?" was read. */
  note: string;
  /** The rule that read it (for tests and logs). */
  rule: string;
  /**
   * Set when the question could not be read with the context: `note` asks the asker back ("“He” does not fit Mara
   * Quill…"), and these are the questions they may have meant. The question itself is not answered.
   */
  clarify?: string[];
}

/** One way a question leans on the last answer. */
export interface FollowUpRule {
  name: string;
  /** Why the rule exists: what people say that it reads. */
  why: string;
  /** Question after the last answer → how it is read. */
  examples: readonly (readonly [focus: string, asked: string, readAs: string])[];
  /** The rewritten question, or undefined when the rule does not apply. */
  apply(text: string, focus: Focus, names: NameResolver): FollowUp | undefined;
}

const PERSON_PRONOUN = /\b(?:he|she|him|his|hers|they|them|their|her)\b/i;
/** Words after which "he", "she" or "they" begins reported speech ("who said they fled"), not a question about someone. */
const REPORTED = String.raw`(?:said|say|says|saying|claimed|claims|stated|states|told|tells|added|warned|insisted|thinks|believed|believes|wrote)\s+(?:that\s+)?`;
/** Verbs whose object "it" or "that" is the quote or figure just shown. */
const CARRY = String.raw`(?:said|say|says|carried|carry|carries|ran|run|runs|reported|report|reports|quoted|quote|quotes|published|publish|printed|print|cited|cite|cites|mentioned|mention|gave|give|used|use|wrote|write)`;
const FIGURE_WORDS = String.raw`(?:the same (?:figure|number|count|estimate)|(?:that|this|the) (?:figure|number|count|estimate)|(?:those|these|the) (?:figures|numbers))`;
const QUOTE_WORDS = String.raw`(?:the same (?:quote|words|line|remark)|(?:that|this|the) (?:quote|quotation|line|remark|statement|comment)|(?:those|these) words)`;

/** "else", "other", "also" only repeat that a follow-up is one; the rewritten question does without them. */
function withoutElse(text: string): string {
  return text
    .replace(/\s+else\b/gi, '')
    .replace(/\b(?:which|what)\s+other\s+(outlets?|papers?|newspapers?|sources?)\b/gi, 'which $1')
    .replace(/\s+also\b/gi, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function endQuestion(text: string): string {
  const t = text.trim().replace(/[\s?.!]+$/, '');
  return `${t}?`;
}

function quoted(quote: string): string {
  return `“${quote.replace(/^[“"]+|[”"]+$/g, '')}”`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces `from` (as whole words, any case) in `text` with `to`; undefined when `from` is not there. */
function swap(text: string, from: string | undefined, to: string): string | undefined {
  if (!from) return undefined;
  // "the Daily Star" → "The Sun", not "the The Sun".
  const article = /^the\s/i.test(to) || /^the\s/i.test(from) ? '(?:the\\s+)?' : '';
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${article}${escapeRegExp(from.replace(/^the\s+/i, ''))}(?![\\p{L}\\p{N}])`, 'iu');
  return re.test(text) ? text.replace(re, to) : undefined;
}

/** Whether the question names someone itself (then its pronouns are about them, not the last answer's person). */
function namesAPerson(text: string, names: NameResolver): boolean {
  // Runs of capitalised words, the sentence's first word aside.
  for (const m of text.matchAll(/(?<=\s)\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu)) if (names.person(m[0])) return true;
  return false;
}

const FIGURE_INTENTS = new Set(['figure_source', 'figure_topic', 'outlet_figures', 'compare']);

/** "“she” to be Mara Quill", or, past someone for their sex, "“he” to be Tobias Wren, not Mara Quill (a woman in the story)". */
function readAs(pronoun: string, a: Antecedent & { person: string }, names: NameResolver): string {
  if (!a.passed.length) return `“${pronoun}” to be ${a.person}`;
  return `“${pronoun}” to be ${a.person}, not ${orList(a.passed)} (${sexOf(a.passed, names)} in the story)`;
}

const capitalised = (q: string) => q.charAt(0).toUpperCase() + q.slice(1);

const orList = (people: readonly string[]) => (people.length > 1 ? `${people.slice(0, -1).join(', ')} or ${people[people.length - 1]}` : people[0]);

/** "a woman", or "women" for several: the people a pronoun passed over are all of the sex it does not ask for. */
function sexOf(people: readonly string[], names: NameResolver): string {
  const word = sexWord(names.sex?.(people[0]));
  return people.length > 1 ? (word === 'a woman' ? 'women' : 'men') : word;
}

/**
 * No one the conversation was about fits the pronoun (rule the pronoun's sex chooses whom it means): the asker is
 * told how the pronoun was read and asked whom they mean, with the question asked of each person as the way on.
 */
function askWhom(text: string, pronoun: string, focus: Focus, names: NameResolver, rule: string, put: (person: string) => string): FollowUp {
  const people = candidates(focus);
  const Pronoun = pronoun.charAt(0).toUpperCase() + pronoun.slice(1);
  return {
    question: text,
    note: `“${Pronoun}” does not fit ${orList(people)} (${sexOf(people, names)} in the story). Whom do you mean?`,
    rule,
    clarify: [...people.map((p) => capitalised(put(p))), 'Who is in the story?'],
  };
}

/**
 * The rules, tried in order; the first that applies reads the question. Every rule fires only on its own
 * marker (a pronoun, "and …?", "that quote", "the same figure"), so a question that stands on its own is
 * left alone.
 */
export const FOLLOW_UP_RULES: readonly FollowUpRule[] = [
  {
    name: 'and-another',
    why: 'People ask the same thing of another outlet or person in two words: "and The Sun?", "what about Kuzyk?". The last question is asked again with the name swapped.',
    examples: [
      ['What figures did BeyondNews report?', 'and The Sun?', 'What figures did The Sun report?'],
      ['How much territory was retaken?', 'what about the Daily Star?', 'What figures did Daily Star report on territory retaken?'],
      ['What did Zelenskyy say?', 'and Kuzyk?', 'What did Kuzyk say?'],
    ],
    apply(text, focus, names) {
      const m = /^(?:and|&|but|what about|how about|and what about|same for|and for|and in|and from|and by)\s+(?:in\s+|from\s+|by\s+)?(.{2,80}?)\s*\??$/i.exec(text);
      if (!m || m[1].split(/\s+/).length > 6) return undefined;
      const other = m[1];
      const note = (q: string) => `Reading “${text}” as “${q}”`;
      const outlet = names.outlet(other);
      if (outlet) {
        const swapped = swap(focus.question, focus.outlet, outlet) ?? swap(focus.question, focus.outletAsAsked, outlet);
        const q = swapped ? endQuestion(swapped) : focus.topic ? `What figures did ${outlet} report on ${focus.topic}?` : undefined;
        return q ? { question: q, note: note(q), rule: this.name } : undefined;
      }
      const person = names.person(other);
      if (person) {
        const swapped = swap(focus.question, focus.personAsAsked, other) ?? swap(focus.question, focus.person, other);
        const q = swapped ? endQuestion(swapped) : focus.person ? `What did ${other} say?` : undefined;
        return q ? { question: q, note: note(q), rule: this.name } : undefined;
      }
      // Neither an outlet nor a person: another topic of figures.
      if (FIGURE_INTENTS.has(focus.intent) && focus.topic) {
        const swapped = swap(focus.question, focus.topicAsAsked, other);
        const q = swapped ? endQuestion(swapped) : focus.outlet ? `What figures did ${focus.outlet} report on ${other}?` : undefined;
        return q ? { question: q, note: note(q), rule: this.name } : undefined;
      }
      return undefined;
    },
  },
  {
    name: 'what-else',
    why: '"What else?" or "anything else?" alone asks for more of what the last answer was about.',
    examples: [
      ['What did Zelenskyy say? (focus Volodymyr Zelenskyy)', 'anything else?', 'What did Volodymyr Zelenskyy say?'],
      ['What figures did BeyondNews report?', 'what else?', 'What figures did BeyondNews report?'],
    ],
    apply(text, focus) {
      if (!/^(?:what else|anything else|anything more|more|tell me more|go on|what more)\s*\??$/i.test(text)) return undefined;
      const q = focus.person ? `What did ${focus.person} say?` : focus.outlet ? `What figures did ${focus.outlet} report?` : undefined;
      return q ? { question: q, note: `More on ${focus.person ?? focus.outlet}`, rule: this.name } : undefined;
    },
  },
  {
    name: 'which-outlet-was-that',
    why: 'After a quote or a figure, "which paper was that?" or "where was that reported?" asks who carried it.',
    examples: [
      ['Who said they fled like Olympic sprinters?', 'which paper was that in?', 'Which outlets carried “they fled like Olympic sprinters”?'],
      ['Which outlet reported 13,500 units of equipment lost?', 'where was that reported?', 'Which outlet reported 13,500 units of military equipment?'],
    ],
    apply(text, focus) {
      if (
        !/^(?:(?:which|what)\s+(?:paper|newspaper|outlet|publication|source|site|website|media)s?\s+(?:was|is|were)\s+(?:that|it|this)\b|where\s+(?:was|is|did)\s+(?:that|it|this)\b|who\s+(?:carried|ran|published|printed|reported)\s+(?:that|it|this)\s*\??$)/i.test(
          text,
        )
      )
        return undefined;
      const q = focus.figure
        ? `Which outlet reported ${focus.figure}?`
        : focus.quote
          ? `Which outlets carried ${quoted(focus.quote)}?`
          : undefined;
      return q ? { question: q, note: `Reading “${text}” as “${q}”`, rule: this.name } : undefined;
    },
  },
  {
    name: 'same-figure',
    why: '"The same figure", "that number" point back at the figure (or the topic) of the last answer.',
    examples: [
      ['Which outlet reported 13,500 units of equipment lost?', 'who else reported the same figure?', 'who reported 13,500 units of military equipment?'],
      ['How much territory was retaken?', 'do the outlets agree on that figure?', 'do the outlets agree on territory retaken?'],
    ],
    apply(text, focus) {
      const re = new RegExp(`\\b${FIGURE_WORDS}\\b`, 'i');
      if (!re.test(text) || !(focus.figure || focus.topic)) return undefined;
      const comparing = /\b(?:agree|disagree|compare|differ|consistent|match)\b/i.test(text);
      const by = comparing ? (focus.topic ?? focus.figure!) : (focus.figure ?? focus.topic!);
      const q = endQuestion(withoutElse(text.replace(re, by)));
      return { question: q, note: `Taking “${re.exec(text)![0]}” to be ${by}`, rule: this.name };
    },
  },
  {
    name: 'that-quote',
    why: '"That quote", "those words", "who said it?" point back at the quote of the last answer.',
    examples: [
      ['Who said they fled like Olympic sprinters?', 'which outlets carried that quote?', 'which outlets carried “they fled like Olympic sprinters”?'],
      ['Which outlets carried "like Olympic sprinters"?', 'who said it?', 'who said “like Olympic sprinters”?'],
    ],
    apply(text, focus) {
      const phrase = new RegExp(`\\b${QUOTE_WORDS}\\b`, 'i');
      const object = new RegExp(`\\b(${CARRY})\\s+(?:it|that|this)(?=\\s+(?:first|originally|too|as well)\\b|\\s*[?.!]?$)`, 'i');
      const subject = /^(?:where|when|who)\s+(?:did|was|were)\s+(?:it|that|this)\s+(said|reported|published|carried|first|originally)\b/i;
      // A figure answer's "it" is the figure; that is the same-figure rule's, read as a figure.
      const target = focus.figure ?? focus.quote;
      if (!target) return undefined;
      const shown = focus.figure ? focus.figure : quoted(focus.quote!);
      let q: string | undefined;
      let what: string | undefined;
      if (phrase.test(text) && focus.quote) {
        what = phrase.exec(text)![0];
        q = text.replace(phrase, quoted(focus.quote));
      } else if (object.test(text)) {
        what = 'it';
        q = text.replace(object, (_, verb: string) => `${verb} ${shown}`);
      } else if (subject.test(text)) {
        what = 'it';
        q = text.replace(/\b(?:it|that|this)\b/i, shown);
      }
      if (!q) return undefined;
      return { question: endQuestion(withoutElse(q)), note: `Taking “${what}” to be ${shown}`, rule: this.name };
    },
  },
  {
    name: 'role-of-pronoun',
    why: '"What is his role?" asks who the last answer\'s person is.',
    examples: [['Who said they fled like Olympic sprinters?', 'what is his role?', 'Who is Petro Kuzyk?']],
    apply(text, focus, names) {
      const m = /^(?:what|which)(?:'s|’s|\s+is|\s+was)\s+(his|her|their)\s+(?:role|job|title|position|rank)\b/i.exec(text);
      if (!m || !candidates(focus).length) return undefined;
      const pronoun = m[1].toLowerCase();
      const a = antecedentOf(pronoun, focus, names);
      if (!a.person) return askWhom(text, pronoun, focus, names, this.name, (p) => `Who is ${p}?`);
      return { question: `Who is ${a.person}?`, note: `Taking ${readAs(pronoun, { ...a, person: a.person }, names)}`, rule: this.name };
    },
  },
  {
    name: 'person-pronoun',
    why:
      'After an answer about a person, "he", "she", "they", "him", "her" or "his" in the next question means that person; ' +
      'a "he" or "she" the story shows they cannot be means the person asked about before them (rule the pronoun\'s sex ' +
      'chooses whom it means), and when no one fits, the bot asks whom it means.',
    examples: [
      ['What did Zelenskyy say?', 'what else did he say?', 'what did Volodymyr Zelenskyy say?'],
      ['What did Olena Matvienko say? then What did Petro Kuzyk say?', 'what else did she say?', 'what did Olena Matvienko say?'],
      ['Who said they fled like Olympic sprinters?', 'who did he speak to?', 'who did Petro Kuzyk speak to?'],
      ['What did Olena Matvienko say?', 'which outlets quoted her?', 'which outlets quoted Olena Matvienko?'],
    ],
    apply(text, focus, names) {
      if (!candidates(focus).length || !PERSON_PRONOUN.test(text) || /["“”]/.test(text) || namesAPerson(text, names)) return undefined;
      // Each pronoun its own antecedent ("what did she say to him" after a woman and a man), in the order asked.
      const read: (Antecedent & { pronoun: string; person: string })[] = [];
      let unfit: string | undefined;
      const reported = new RegExp(`${REPORTED}$`, 'i');
      // "They" is as often the troops or the outlets as one person: only a question about what someone said, whom
      // they spoke to or who they are reads it as the person ("what did they say?"; not "how did they escape?").
      const aboutSpeaking = /\b(?:say|said|says|saying|quote[ds]?|quoting|speak|spoke|talk(?:ed)?|tell|told|mention(?:ed)?|interview(?:ed)?|role|who\s+(?:are|is|were|was))\b/i.test(text);
      const q = text.replace(/\b(he|she|him|his|hers|they|them|their|her)\b(\s+\p{L}+)?/giu, (all, pronoun: string, after: string | undefined, at: number) => {
        // "who said they fled": the pronoun starts what was said, not a reference to the last answer.
        if (reported.test(text.slice(0, at))) return all;
        const p = pronoun.toLowerCase();
        if (!aboutSpeaking && (p === 'they' || p === 'them' || p === 'their')) return all;
        const a = antecedentOf(p, focus, names);
        if (!a.person) {
          unfit ??= p;
          return all;
        }
        const person = a.person;
        if (!read.some((r) => r.pronoun === p)) read.push({ ...a, pronoun: p, person });
        const nextWord = after?.trim().toLowerCase();
        const possessive = p === 'his' || p === 'their' || p === 'hers' || (p === 'her' && nextWord !== undefined && !NOT_A_NOUN.has(nextWord));
        return `${possessive ? `${person}’s` : person}${after ?? ''}`;
      });
      if (unfit) {
        const pronoun = unfit;
        return askWhom(text, pronoun, focus, names, this.name, (person) => endQuestion(withoutElse(text.replace(new RegExp(`\\b${pronoun}\\b`, 'i'), person))));
      }
      if (!read.length) return undefined;
      return { question: endQuestion(withoutElse(q)), note: `Taking ${read.map((r) => readAs(r.pronoun, r, names)).join(' and ')}`, rule: this.name };
    },
  },
  {
    name: 'else-dropped',
    why: '"Else", "other" and "also" only mark a follow-up of a question that otherwise names what it asks about ("what else did Kuzyk say?"); it is answered without them, as the core reads plain questions.',
    examples: [['What did Zelenskyy say?', 'what else did Kuzyk say?', 'what did Kuzyk say?']],
    apply(text) {
      if (!/\b(?:else|other|also)\b/i.test(text)) return undefined;
      const q = endQuestion(withoutElse(text));
      return q.toLowerCase() !== endQuestion(text).toLowerCase() ? { question: q, note: `Reading “${text}” as “${q}”`, rule: this.name } : undefined;
    },
  },
];

/** Words after "her" that show it is the object ("quoted her in", "told her that"), not a possessive ("her words"). */
const NOT_A_NOUN = new Set(['in', 'on', 'at', 'to', 'for', 'about', 'as', 'that', 'first', 'too', 'again', 'and', 'or', 'by', 'with', 'from', 'say', 'said']);
