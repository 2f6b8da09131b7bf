import type { Answer } from '../answer/answer.js';
import type { Query } from '../answer/query.js';

/**
 * What an answer was about, for reading the next question in the same conversation: the person it was about
 * (whom "he" or "she" means next), the outlet, the quote ("it", "that quote") and the figure or its topic
 * ("the same figure"). Plain JSON, small, so it can be kept in any state store.
 */
export interface Focus {
  /** The question as it was read (after any follow-up rewriting): the template for "and The Sun?". */
  question: string;
  intent: string;
  /** The person's display name, as the story resolves them ("Volodymyr Zelenskyy"). */
  person?: string;
  /** The words the question used for the person ("Zelenskyy"), when they appear in `question`. */
  personAsAsked?: string;
  /** The outlet's display name ("The Sun"). */
  outlet?: string;
  outletAsAsked?: string;
  /** A quote's wording as the person remembered it, or as the answer's first quote printed it. */
  quote?: string;
  /** A figure as written ("13,500 units of military equipment"). */
  figure?: string;
  /** What figures measured ("territory retaken"). */
  topic?: string;
  topicAsAsked?: string;
  /**
   * The people earlier answers in the conversation were about, the latest first (the current `person` aside): whom
   * "she" may mean after a question about a man (rule the pronoun's sex chooses whom it means).
   */
  earlier?: string[];
}

/** People remembered besides the current one: enough for "he" to reach back past the last answer or two. */
const EARLIER_PEOPLE = 3;

/** Longest quote kept as focus: enough to find it again, short enough to read back in a question. */
const QUOTE_CHARS = 160;

/** How a name the person typed is resolved to the story's own (a person's full name, an outlet's). */
export interface NameResolver {
  person(text: string): string | undefined;
  outlet(text: string): string | undefined;
  /** The sex the story shows for a person it resolves (Person.sex), where it shows one. */
  sex?(person: string): 'f' | 'm' | undefined;
}

/**
 * The focus of an answer to `query`, or undefined when it was about nothing a follow-up could lean on (help,
 * not found, a search). Reads the query's slots for what was asked and the answer's data for what was found,
 * so it does not depend on how a question was understood, only on what the core answered.
 */
export function focusOf(query: Query, answer: Answer, names: NameResolver): Focus | undefined {
  if (!answer.found) return undefined;
  const q = query as Partial<Record<'person' | 'quote' | 'outlet' | 'topic' | 'figure' | 'article', string>>;
  const asked = (slot: string | undefined) => (slot && answer.question.toLowerCase().includes(slot.toLowerCase()) ? slot : undefined);
  const firstQuote = answer.quotes[0];
  const person = (q.person && names.person(q.person)) || firstQuote?.speaker || answer.people[0]?.name;
  const outletSlot = q.outlet ?? q.article;
  const outlet = (outletSlot && names.outlet(outletSlot)) || (query.intent === 'figure_source' ? answer.figures[0]?.outlet : undefined);
  const quoteText = q.quote ?? firstQuote?.entries[0]?.text;
  const topics = answer.figures.map((f) => f.topic);
  // The topic asked for when the story has it by that name, else the one most of the figures shown are on.
  const topic = answer.comparison?.topic ?? topics.find((t) => t && t === q.topic) ?? commonest(topics) ?? q.topic;
  const focus: Focus = {
    question: answer.question,
    intent: answer.intent,
    ...(person && isName(person) ? { person, ...opt('personAsAsked', asked(q.person)) } : {}),
    ...(outlet ? { outlet, ...opt('outletAsAsked', asked(outletSlot)) } : {}),
    ...(quoteText && quoteText.length <= QUOTE_CHARS ? { quote: quoteText } : {}),
    ...(query.intent === 'figure_source' && answer.figures[0] ? { figure: answer.figures[0].text } : {}),
    ...(topic ? { topic, ...opt('topicAsAsked', asked(q.topic)) } : {}),
  };
  return focus.person || focus.outlet || focus.quote || focus.figure || focus.topic ? focus : undefined;
}

function opt<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

/**
 * A speaker a pronoun can stand for: a name, not a description ("US official", "he"). Names are capitalised
 * words; a description starts lower case or with a title-less common noun phrase the extractor kept.
 */
function isName(speaker: string): boolean {
  return /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+$/u.test(speaker) || /^\p{Lu}[\p{Ll}’'-]+$/u.test(speaker);
}

/** The value most of `values` share (the first of equals), ignoring gaps. */
function commonest(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/**
 * The focus after a follow-up: what the new answer was about, keeping the person or outlet the question was
 * read with when the new answer does not name one itself ("how old is she?" answers with a figure, and the
 * next "what is her role?" is still about her).
 */
export function carriedFocus(previous: Focus, readAs: string, next: Focus | undefined): Focus | undefined {
  const kept: Partial<Focus> = {};
  const lower = readAs.toLowerCase();
  if (previous.person && lower.includes(previous.person.toLowerCase())) kept.person = previous.person;
  if (previous.outlet && lower.includes(previous.outlet.toLowerCase())) kept.outlet = previous.outlet;
  if (!next) return Object.keys(kept).length ? { ...previous, question: readAs } : undefined;
  return { ...kept, ...next };
}

/**
 * The focus after an answer, with the people the conversation was about before it: the previous focus's person and
 * the ones it remembered, latest first, the new person and repeats left out. Plain strings, so any store keeps it.
 */
export function withEarlier(next: Focus, previous: Focus | undefined): Focus {
  if (!previous) return next;
  const earlier = [previous.person, ...(previous.earlier ?? [])].filter((p): p is string => !!p && p !== next.person);
  const unique = [...new Set(earlier)].slice(0, EARLIER_PEOPLE);
  return unique.length ? { ...next, earlier: unique } : next;
}
