import { nameKey } from '../extract/names.js';
import { stem } from '../search/stem.js';
import { QUESTION_WORDS, words } from '../search/text.js';
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
      'Ask what happened, who is quoted most, who said a quote, what someone said, which outlets quoted them, which outlet reported a figure, or how the outlets compare on a figure.',
    ],
    // (a newcomer's first question: the story as a whole, before any name or quote of it is known)
    suggestions: ['What happened?', ...suggestions(ctx)],
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

const byArticle = new WeakMap<AnswerContext, { articleId: string; outlet: string; names: string[]; stems: Set<string> }[]>();

// At most this many articles and names per article in the list: a long corpus is summed up, not listed out.
const MAX_ARTICLES = 8;
const MAX_PER_ARTICLE = 6;

/**
 * Rule "who is quoted, by article": the not-found answer's "People quoted" list, grouped by the article quoting
 * them, the article the question's words point to first ("what did the union lady say about the strike" lists the
 * strike story's speakers before the hospital story's). Why: a flat list cut at a dozen names could leave out the
 * very story the asker had in mind. Sentence ends: " People quoted: Ann Dale, Bo Ek (The Courier); Cy Fenn (The Post)."
 */
export function quotedPeopleLine(ctx: AnswerContext, question = ''): string {
  let list = byArticle.get(ctx);
  if (!list) {
    const allowed = new Set(quotedPeopleNames(ctx));
    const seen = new Set<string>();
    list = [];
    // Speakers and words per article, in one pass over the story each.
    const speakersOf = new Map<string, Set<string>>();
    for (const q of ctx.story.quotes) if (q.personId) (speakersOf.get(q.articleId) ?? speakersOf.set(q.articleId, new Set()).get(q.articleId)!).add(q.personId);
    const textOf = new Map<string, string[]>();
    for (const p of ctx.story.passages) (textOf.get(p.articleId) ?? textOf.set(p.articleId, []).get(p.articleId)!).push(p.text);
    for (const a of ctx.story.articles) {
      const ids = speakersOf.get(a.id) ?? new Set<string>();
      if (!ids.size) continue;
      // A surname entry beside the full name ("Castillo-Hart" after "Raymond Castillo-Hart") is the same person.
      const names = ctx.quotedPeople.filter((p) => ids.has(p.id) && allowed.has(p.name) && !seen.has(p.id)).map((p) => (seen.add(p.id), p.name));
      for (let i = names.length - 1; i >= 0; i--) if (names.some((n, k) => k !== i && n.length > names[i].length && n.endsWith(` ${names[i]}`))) names.splice(i, 1);
      const stems = new Set((textOf.get(a.id) ?? []).flatMap((t) => words(t)).map(stem));
      if (names.length) list.push({ articleId: a.id, outlet: a.name, names, stems });
    }
    byArticle.set(ctx, list);
  }
  if (!list.length) return '';
  const asked = [...new Set(words(question).filter((w) => w.length >= 3 && !QUESTION_WORDS.has(w)).map(stem))];
  const score = (s: Set<string>) => asked.filter((w) => s.has(w)).length;
  const ranked = list.map((x, order) => ({ ...x, order, score: score(x.stems) })).sort((a, b) => b.score - a.score || a.order - b.order);
  if (ranked.length === 1) return ` People quoted: ${ranked[0].names.slice(0, 12).join(', ')}${ranked[0].names.length > 12 ? ` and ${ranked[0].names.length - 12} more` : ''}.`;
  const shown = ranked.slice(0, MAX_ARTICLES).map((x) => `${x.names.slice(0, MAX_PER_ARTICLE).join(', ')}${x.names.length > MAX_PER_ARTICLE ? ` and ${x.names.length - MAX_PER_ARTICLE} more` : ''} (${x.outlet.replace(/\./g, '')})`);
  const more = ranked.length > MAX_ARTICLES ? `; and people in ${ranked.length - MAX_ARTICLES} more articles` : '';
  return ` People quoted: ${shown.join('; ')}${more}.`;
}
