import type { Query } from '../answer/query.js';
import { baseForms } from './lexicon.js';
import { fixFrameWords } from './frame-words.js';
import { foreignLanguage } from './language.js';
import type { StoryLookups } from './lookups.js';
import { MIN_SUPPORT, resolve, VALUE_ONLY, type Resolved } from './resolve.js';
import { afterLeadIn, happenedAfter, normalizeQuestion, propose, splitParts } from './rules.js';

const MAX_QUESTION = 2000;

/** What understanding decided, for answering and for the table test: the Query, its label and its support. */
export interface Understanding extends Resolved {
  /** `intent` plus what refines it: "what_said:speaker", "who_quoted:mention", "search:when", "not_found"… */
  reading: string;
}

/**
 * Reads a question against the story: every rule proposes its readings, each is scored by the evidence the
 * story holds for it (resolve.ts), and the best-supported one is the Query. When none is supported, the Query
 * says so (`search` with `unsupported`, or the reading whose answerer explains what the story lacks).
 */
export function understandInStory(question: string, lookups: StoryLookups): Understanding {
  const asked = (typeof question === 'string' ? question : '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION);
  const language = foreignLanguage(asked, (w) => lookups.lexicon.has(w) || baseForms(w).some((b) => lookups.lexicon.relatedTo(b).length > 0));
  if (language) return labelled({ query: { intent: 'help', language }, rule: 'language', support: 1 });
  const text = fixFrameWords(asked, (w) => lookups.lexicon.has(w));
  const whole = resolve(propose(text), lookups, text);
  // Rule "a scene set before the question" (rules.ts): the question after the asker's way in, when the story
  // supports it better than the whole line.
  const proper = afterLeadIn(normalizeQuestion(text));
  if (proper && whole.support < 1) {
    const inner = understandInStory(proper, lookups);
    if (inner.support >= MIN_SUPPORT && inner.support > whole.support) return inner;
  }
  // Rule "what happened next" (rules.ts): the sentence after the one the event asked after is found in.
  const event = happenedAfter(normalizeQuestion(text));
  if (event) {
    const told = resolve([{ rule: 'search', query: { intent: 'search', text: event }, prior: 0.5 }], lookups, event);
    const at = told.query.intent === 'search' ? told.query.passageIds?.[0] : undefined;
    const i = at === undefined ? undefined : lookups.ctx.passageOrder.get(at);
    const next = i === undefined ? undefined : lookups.ctx.story.passages[i + 1];
    if (told.support >= MIN_SUPPORT && next && next.articleId === lookups.ctx.passages.get(at!)!.articleId && next.paragraph >= 0)
      return labelled({ query: { intent: 'search', text, passageIds: [next.id] }, rule: 'what-happened-next', support: told.support });
  }
  const parts = splitParts(normalizeQuestion(text));
  if (parts) {
    const first = resolve(propose(parts[0]), lookups, parts[0]);
    if (first.support >= MIN_SUPPORT && first.support >= whole.support) {
      const rest = refer(parts[1], first.query);
      return labelled({ ...first, query: { ...unsupported(first, parts[0]), also: rest } });
    }
  }
  return labelled({ ...whole, query: unsupported(whole, text) });
}

/** "…and which paper did he talk to": the second part's pronoun is the person the first part resolved. */
function refer(part: string, first: Query): string {
  const person = 'personId' in first && first.personId && 'person' in first ? first.person : undefined;
  return person ? part.replace(/\b(?:he|she|they|him|her|them)\b/i, person) : part;
}

/**
 * A reading the story does not support answers not-found. Readings about a named speaker keep their own
 * answerer, which says whom the story does quote; the others become a search marked unsupported.
 */
function unsupported(r: Resolved, text: string): Query {
  if (r.support >= MIN_SUPPORT) return r.query;
  const q = r.query;
  switch (q.intent) {
    case 'what_said':
      // Rule "said-on-topic" (resolve.ts): the person is quoted, only not on this; saying so beats their other quotes.
      if (q.personId && q.about) return { intent: 'search', text, unsupported: `The story quotes ${q.person}, but not about ${q.about}.` };
      return q;
    case 'byline':
      // Rule byline-about: no article is about it, so no author wrote one; a headline sharing a word is not it.
      if (q.about) return { intent: 'search', text, unsupported: `The story doesn't say anything about that.` };
      return q;
    case 'help':
    case 'outlets':
    case 'overview':
    case 'people':
    case 'outlet_ranking':
    case 'told_to':
    case 'who_said':
    case 'outlet_figures':
      return q;
    case 'figure_source':
      // The number is printed, about something else ("five days" for five firefighters): the figure answerer says
      // no outlet reports it and gives the closest figures. A number the story never prints is a plain not-found.
      return r.support >= VALUE_ONLY ? q : { intent: 'search', text, unsupported: `The story doesn't say anything about that.` };
    case 'who_quoted':
      return q;
    default:
      return { intent: 'search', text, unsupported: `The story doesn't say anything about that.` };
  }
}

function labelled(r: Resolved): Understanding {
  return { ...r, query: { ...r.query, resolved: true }, reading: readingLabel(r.query) };
}

/** The reading a Query stands for, as the table test names it. */
export function readingLabel(q: Query): string {
  switch (q.intent) {
    case 'help':
      return q.language ? 'help:language' : 'help';
    case 'what_said':
      return q.speakerQuoteIds ? 'what_said:speaker' : 'what_said';
    case 'who_quoted':
      return q.mention !== undefined ? 'who_quoted:mention' : 'who_quoted';
    case 'byline':
      return q.author ? 'byline:author' : 'byline';
    case 'compare':
      return q.conversion ? 'compare:conversion' : q.all ? 'compare:all' : 'compare';
    case 'people':
      return q.most ? 'people:most' : 'people';
    case 'overview':
      return q.focus ? `overview:${q.focus}` : 'overview';
    case 'outlet_ranking':
      return q.by && q.by !== 'speakers' ? `outlet_ranking:${q.by}` : 'outlet_ranking';
    case 'search':
      return q.unsupported ? 'not_found' : q.focus ? `search:${q.focus}` : q.articleId ? 'search:outlet' : 'search';
    default:
      return q.intent;
  }
}
