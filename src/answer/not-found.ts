import { nameKey } from '../extract/names.js';
import type { AnswerDraft } from './answer.js';
import type { AnswerContext } from './context.js';

// The story never changes once loaded, so its suggestions are worked out once per story.
const remembered = new WeakMap<AnswerContext, readonly string[]>();

/** Questions drawn from this corpus (not a fixed list), so suggestions work for any story. */
export function suggestions(ctx: AnswerContext): string[] {
  let list = remembered.get(ctx);
  if (!list) remembered.set(ctx, (list = draftSuggestions(ctx)));
  return [...list];
}

function draftSuggestions(ctx: AnswerContext): string[] {
  const out: string[] = [];
  const groups = [...ctx.story.groups].sort((a, b) => b.quoteIds.length - a.quoteIds.length);
  const famous = groups.find((g) => g.personId);
  if (famous) {
    const words = ctx.quotes.get(famous.quoteIds[0])!.text.split(/\s+/);
    const fragment = words.slice(Math.max(0, words.length - 5)).join(' ').replace(/[,.;:!?’”"]+$/, '');
    out.push(`Who said “${fragment}”?`);
  }
  const quoted = [...ctx.quotedPeople].sort((a, b) => ctx.quoteCount(b) - ctx.quoteCount(a));
  if (quoted[0]) out.push(`What did ${quoted[0].name} say?`);
  if (quoted[1]) out.push(`Which outlets quoted ${quoted[1].name}?`);
  const outlet = ctx.story.articles.find((a) => a.outlet && ctx.story.figures.some((f) => f.articleId === a.id));
  if (outlet) out.push(`What figures did ${outlet.outlet} report?`);
  out.push('Which outlets are in the story?');
  return out;
}

/** The story does not answer this: say so plainly, cite nothing, and suggest what can be asked. */
export function notFound(ctx: AnswerContext, summary: string): AnswerDraft {
  return { found: false, summary: `${summary} Try one of these instead.`, details: [], citations: [], suggestions: suggestions(ctx) };
}

export function helpAnswer(ctx: AnswerContext): AnswerDraft {
  const outlets = ctx.story.articles.map((a) => a.name);
  return {
    found: false,
    summary: `I answer questions about the story told by ${outlets.length} article${outlets.length === 1 ? '' : 's'} (${outlets.join(', ')}), and say where every answer comes from.`,
    details: [
      'Ask who said a quote, what someone said, which outlets quoted them, which outlet reported a figure, or how the outlets compare on a figure.',
    ],
    suggestions: suggestions(ctx),
  };
}

// A name the story writes after these is a place ("in Kyiv", "across Ukraine"), whoever it is credited with saying.
// So is one called a capital or a city ("the capital Kyiv"), or one owning an army or a border ("Kyiv's army chief").
const NAME = String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`;
const PLACE_CUES = [
  new RegExp(String.raw`\b(?:in|into|across|throughout|near|outside|inside|around|towards?)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`\b(?:capital|city|town|village|region|province|country)(?:\s+of)?\s+${NAME}`, 'gu'),
  new RegExp(String.raw`${NAME}['’]s\s+(?:army|military|armed forces|forces|troops|borders?|territory|capital|defen[cs]e ministry)\b`, 'gu'),
];
// Words that make a name an institution or a group, not a person.
const INSTITUTION = /\b(?:ministry|ministries|council|board|university|college|department|committee|commission|court|police|government|army|forces|agency|office|association|union|party|corps|company|corporation|administration|kremlin|pentagon)\b/i;

const people = new WeakMap<AnswerContext, readonly string[]>();

/**
 * The people the story quotes, for telling an asker whom it does quote: places and institutions the outlets
 * credit with a statement ("Kyiv announced", "Ukraine has said") are speakers, but not people.
 */
export function quotedPeopleNames(ctx: AnswerContext): readonly string[] {
  let list = people.get(ctx);
  if (!list) {
    const places = new Set<string>();
    for (const p of ctx.story.passages) for (const cue of PLACE_CUES) for (const m of p.text.matchAll(cue)) places.add(nameKey(m[1]));
    list = ctx.quotedPeople.map((p) => p.name).filter((n) => !places.has(nameKey(n)) && !INSTITUTION.test(n));
    people.set(ctx, list);
  }
  return list;
}
