import { clip } from './clip.js';
import type { Figure } from '../extract/figures.js';
import { findNumbers } from '../extract/numbers.js';
import { readUnit, UNIT_DIMENSION, type Unit } from '../extract/units.js';
import type { AnswerDraft } from './answer.js';
import type { AnswerContext } from './context.js';
import { compareFigures } from './figure-comparison.js';
import { FigureStore, scoreEntry, type FigureEntry, type TopicKeys } from './figure-store.js';
import { figureLine, figurePhrase, figureView, labelledFigure } from './figure-views.js';
import { notFound } from './not-found.js';
import type { Query } from './query.js';

export type FigureQuery = Extract<Query, { intent: 'figure_source' | 'outlet_figures' | 'figure_topic' | 'compare' }>;

// A topic match needs at least one concept or two words in common.
const MIN_SCORE = 2;

/** Answers a figure Query from the story's figures, every figure cited to its sentence. */
export function answerFigures(ctx: AnswerContext, query: FigureQuery, question = ''): AnswerDraft {
  switch (query.intent) {
    case 'figure_source':
      return figureSource(ctx, query.figure);
    case 'outlet_figures':
      return outletFigures(ctx, query.outlet, query.topic);
    case 'figure_topic':
      if (query.figureIds?.length && query.unmatched?.words.length) return broadTopicFigures(ctx, query.figureIds, query.unmatched.topic, query.unmatched.words);
      return query.figureIds?.length ? resolvedFigures(ctx, query.figureIds, !query.outlet, question) : figureTopic(ctx, query.topic, query.outlet, question);
    case 'compare':
      return compareTopic(ctx, query.topic, query.figureIds);
  }
}

function figureSource(ctx: AnswerContext, text: string): AnswerDraft {
  const store = ctx.figures;
  const numbers = findNumbers(text);
  const wanted = numbers.map((n) => n.value).filter((v): v is number => v !== undefined);
  // The number is matched by value; the words around it must then say which figure ("five firefighters" is not
  // "five days"). A bare number has no such words, and its value alone decides.
  const around = numbers.reduceRight((t, n) => `${t.slice(0, n.start)} ${t.slice(n.end)}`, text);
  const q = store.keys(around);
  // Rule "a stated unit must fit": "five days" is not "five minutes"; a span of time asked with its unit meets only a
  // figure in that unit (a sum's currency is left out: "$1.8 million" typed for "£1.8 million" means it)
  const units = numbers.map((n) => readUnit(text.slice(n.end))?.unit).filter((u): u is Unit => u !== undefined && UNIT_DIMENSION[u] === 'time');
  const fits = (e: FigureEntry) => !units.length || (e.figure.unit !== undefined && units.includes(e.figure.unit));
  const byValue = store.entries.filter((e) => wanted.some((w) => e.values.some((v) => close(v, w, 0.005))) && fits(e));
  // Rule "an exact number with a word of its sentence": "which outlet said the fine was 1.8 million" meets "was
  // fined £1.8 million" though "fine" is only in the sentence, not in what the figure measures; the exact value
  // carries the rest. A number with none of the question's words stays unmatched ("five days" is not "five firefighters").
  const ranked = q.words.size || q.concepts.size ? rank(byValue, q) : byValue.map((entry) => ({ entry, score: entry.figure.rank })).sort((a, b) => b.score - a.score);
  const hits = ranked.length ? ranked : rank(byValue, q, 1);
  if (!hits.length) {
    const near = rank(store.entries.filter((e) => wanted.some((w) => e.values.some((v) => close(v, w, 0.1)))), q).map((h) => h.entry);
    const related = near.length ? near : best(store, q);
    return noFigures(ctx, `No outlet in the story reports ${clip(text) || 'that figure'}.`, related, related.length ? 'The closest figures:' : undefined);
  }
  const top = hits.filter((h) => h.score === hits[0].score || sameFigure(h.entry, hits[0].entry));
  const figures = top.map((h) => h.entry.figure);
  const outlets = [...new Set(figures.map((f) => f.outlet))];
  const first = figures[0];
  const summary = `${joinNames(outlets)} reported ${labelledFigure(first)}${first.claimant ? `, according to ${first.claimant}${first.citedBy ? ` as cited by ${first.citedBy}` : ''}` : ''}.`;
  return found(ctx, summary, figures);
}

function outletFigures(ctx: AnswerContext, name: string, topic: string | undefined): AnswerDraft {
  const article = ctx.findArticle(name)?.article;
  if (!article) {
    const names = ctx.story.articles.map((a) => a.name);
    return {
      ...notFound(ctx, `I can't find an outlet called "${clip(name)}" in the story. The outlets are: ${names.join('; ')}.`),
      suggestions: names.slice(0, 3).map((n) => `What figures did ${n} report?`),
    };
  }
  let entries = ctx.figures.byArticle.get(article.id) ?? [];
  if (topic) {
    const scored = rank(entries, ctx.figures.keys(topic));
    if (scored.length) entries = scored.map((s) => s.entry);
  }
  const figures = [...entries].sort((a, b) => b.figure.rank - a.figure.rank).map((e) => e.figure);
  if (!figures.length) return noFigures(ctx, `${article.name} reports no figures${topic ? ` on ${clip(topic)}` : ''}.`);
  const main = figures.filter((f) => f.rank >= 2);
  const lead = (main.length ? main : figures).slice(0, 4).map((f) => f.text);
  const summary = `${article.name} reports ${figures.length} figure${figures.length > 1 ? 's' : ''}${topic ? ` on ${topic}` : ''}, chiefly ${joinNames(lead)}.`;
  return { ...found(ctx, summary, figures), details: figures.map(figurePhrase) };
}

function figureTopic(ctx: AnswerContext, topic: string, outlet: string | undefined, question: string): AnswerDraft {
  const store = ctx.figures;
  // The guessed "outlet" may be a place or a claimant ("in Kherson", "did Zelenskyy say"), and a headline can
  // hold either: only an outlet's own name narrows the search; otherwise its words are topic words.
  const match = outlet ? ctx.findArticle(outlet) : undefined;
  const article = match?.by === 'outlet' ? match.article : undefined;
  const q = store.keys(topic);
  // No topic at all ("/figures" alone, or only punctuation): say what there are figures on, not "no figure on ."
  if (!outlet && !q.concepts.size && !q.words.size) return noFigures(ctx, whichTopic(ctx, topic));
  const narrowed = article ? rank(store.candidates(q).filter((e) => e.figure.articleId === article.id), q) : [];
  const wide = outlet ? store.keys(`${topic} ${outlet}`) : q;
  const hits = narrowed.length ? narrowed : rank(store.candidates(wide), wide);
  if (!hits.length) return noFigures(ctx, `The story gives no figure on ${clip(topic)}.`);
  const lead = hits[0];
  // The figures of the best match's group, best matches first.
  const group = hits.filter((h) => h.entry.figure.topic === lead.entry.figure.topic);
  const top = group.filter((h) => h.score === lead.score);
  const missing = article && !narrowed.length ? `${article.name} gives no figure on ${clip(topic)}. ` : '';
  const parts = partsOfOneCount(lead.entry.figure, group.map((h) => h.entry.figure), question);
  const summary = parts.length > 1
    ? `${missing}${lead.entry.figure.outlet} reports ${joinNames(parts.map((f) => f.text))}.`
    : top.length === 1
    ? `${missing}${lead.entry.figure.outlet} reports ${figurePhrase(lead.entry.figure)}.`
    : `${missing}${top.length} figures on ${lead.entry.figure.topic}: ${top.map((h) => `${h.entry.figure.text} (${h.entry.figure.outlet})`).join('; ')}.`;
  const figures = group.map((h) => h.entry.figure);
  return { ...found(ctx, summary, figures), details: figures.map(figureLine) };
}

/**
 * Parts-of-one-count rule: figures of one group that the sentence lists together ("a jury of seven men and five
 * women", "12 primary and 5 secondary schools") make one answer between them, so a reader asking how many gets
 * every part, in the sentence's order. Only figures joined by nothing but "and", "or" or a comma count as parts, and
 * a question that names the part ("how many women") asks for that part alone.
 */
function partsOfOneCount(lead: Figure, group: readonly Figure[], asked: string): Figure[] {
  const same = group
    .filter((f) => f.topic === lead.topic && f.articleId === lead.articleId && f.paragraph === lead.paragraph && f.sentenceIndex === lead.sentenceIndex)
    .map((f) => ({ f, at: lead.sentence.indexOf(f.text) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  const i = same.findIndex((x) => x.f === lead);
  if (i < 0) return [lead];
  const joined = (a: { f: Figure; at: number }, b: { at: number }) => b.at >= a.at + a.f.text.length && /^(?:\s*,)?\s*(?:and|or)?\s*$/.test(lead.sentence.slice(a.at + a.f.text.length, b.at));
  let from = i;
  let to = i;
  while (from > 0 && joined(same[from - 1], same[from])) from--;
  while (to < same.length - 1 && joined(same[to], same[to + 1])) to++;
  const parts = same.slice(from, to + 1).map((x) => x.f);
  const named = parts.filter((f) => {
    const head = /(\p{L}+)\P{L}*$/u.exec(f.text)?.[1];
    return !!head && new RegExp(`\\b${head}\\b`, 'iu').test(asked);
  });
  return named.length ? named : parts;
}

/**
 * Figures understanding already chose as fitting the question (subject, unit, span), with the other outlets'
 * figures on the same thing. Other-outlets rule: a reader asking "how many firefighters fought the fire?" wants
 * every outlet's count, and to know when they differ ("more than 60" here, "around 80" there), even when an
 * outlet words the event differently ("attended" for "fought"). Only a specific group is widened (what is
 * counted, or what happened to it): a broad one such as "money" or "dates" holds figures on different things.
 */
function resolvedFigures(ctx: AnswerContext, ids: readonly string[], widen: boolean, question: string): AnswerDraft {
  const byId = new Map(ctx.story.figures.map((f) => [f.id, f]));
  const chosen = ids.map((id) => byId.get(id)).filter((f): f is Figure => !!f);
  if (!chosen.length) return noFigures(ctx, 'The story gives no such figure.');
  // A question that names its outlet ("according to the Gazette") asks for that outlet's figure alone.
  const figures = widen ? [...chosen, ...sameThingElsewhere(ctx, chosen)] : chosen;
  const outlets = new Set(figures.map((f) => f.articleId));
  if (outlets.size > 1 && figures.length > chosen.length) {
    const { agree } = compareFigures(chosen[0].topic, figures, ctx.story.articles);
    const perOutlet = [...outlets].map((id) => figures.filter((f) => f.articleId === id));
    // Each figure keeps who its outlet credited it to: a count is only as good as its source.
    const credited = (f: Figure) => `${labelledFigure(f)}${f.claimant ? `, according to ${f.claimant}` : ''}`;
    const said = perOutlet.map((fs) => `${fs[0].outlet} reports ${joinNames(fs.map(credited))}`).join('; ');
    const summary = `${said}. ${agree ? 'The figures agree.' : 'The outlets give different figures.'}`;
    return { ...found(ctx, summary, figures), details: figures.map(figureLine) };
  }
  const parts = chosen.length === 1 ? partsOfOneCount(chosen[0], ctx.story.figures, question) : [];
  if (parts.length > 1) return { ...found(ctx, `${chosen[0].outlet} reports ${joinNames(parts.map((f) => f.text))}.`, parts), details: parts.map(figureLine) };
  const summary = chosen.length === 1
    ? `${chosen[0].outlet} reports ${figurePhrase(chosen[0])}.`
    : `${chosen.length} figures: ${chosen.map((f) => `${f.text} (${f.outlet})`).join('; ')}.`;
  return { ...found(ctx, summary, chosen), details: chosen.map(figureLine) };
}

/**
 * Rule "a broad topic asked in other words" (resolve.ts): the question's broad topic has figures, none tied to its other
 * words ("how much money was stolen" of an article that says "siphoned"); the answer gives those of the articles that
 * speak of it and says plainly which words it could not match, so the reader judges which figure is the one meant.
 */
function broadTopicFigures(ctx: AnswerContext, ids: readonly string[], broad: string, unmatched: readonly string[]): AnswerDraft {
  const byId = new Map(ctx.story.figures.map((f) => [f.id, f]));
  const figures = ids.map((id) => byId.get(id)).filter((f): f is Figure => !!f);
  if (!figures.length) return noFigures(ctx, 'The story gives no such figure.');
  const quoted = joinNames(unmatched.map((w) => `“${w}”`)).replace(/ and (?=“[^“]*$)/, ' or ');
  const list = figures.length === 1 ? `${figures[0].outlet} reports ${figurePhrase(figures[0])}` : figures.map((f) => `${f.text} (${f.outlet})`).join('; ');
  const summary = `The story ties no figure on ${broad} to ${quoted}. The figure${figures.length > 1 ? 's' : ''} on ${broad} of the article${new Set(figures.map((f) => f.articleId)).size > 1 ? 's' : ''} that speak${unmatched.length > 1 ? '' : 's'} of ${unmatched.length > 1 ? 'them' : 'it'}: ${list}.`;
  return { ...found(ctx, summary, figures), details: figures.map(figureLine) };
}

/** Topic groups too broad to say that two outlets' figures in them count the same thing. */
export const BROAD_TOPICS: ReadonlySet<string> = new Set(['money', 'percent', 'speed', 'temperature', 'duration', 'dates', 'ages', 'count', 'comparison', 'distance', 'area', 'people', 'troops', 'homes', 'equipment']);

/** The figures of outlets the chosen figures do not come from, in the chosen figures' (specific) topic groups. */
function sameThingElsewhere(ctx: AnswerContext, chosen: readonly Figure[]): Figure[] {
  const outlets = new Set(chosen.map((f) => f.articleId));
  const topics = new Set(chosen.map((f) => f.topic).filter((t) => !BROAD_TOPICS.has(t)));
  return [...topics].flatMap((t) => (ctx.figures.byTopic.get(t) ?? []).map((e) => e.figure).filter((f) => !outlets.has(f.articleId) && f.kind !== 'comparison'));
}

/**
 * Rule "each outlet's own figure": "do the outlets agree on the number of cancelled flights" compares, outlet by
 * outlet, the figure that best fits what is asked (understanding chose them: resolve.ts), not every figure of a broad
 * group: one outlet's "about 1,150 flights" against another's "more than 1,300 flights", not a share of flights
 * against a fall in share price. Invented example: "The Post: 40 homes flooded" against "The Ledger: about 55 homes
 * under water" are compared; a 12% rise in rents in the Post is not.
 */
function compareChosen(ctx: AnswerContext, topic: string, ids: readonly string[]): AnswerDraft {
  const byId = new Map(ctx.story.figures.map((f) => [f.id, f]));
  const figures = ids.map((id) => byId.get(id)).filter((f): f is Figure => !!f);
  if (!figures.length) return compareTopic(ctx, topic);
  const articles = ctx.story.articles;
  const label = clip(topic);
  const comparison = compareFigures(label, figures, articles);
  const silent = articles.filter((a) => !comparison.rows.some((r) => r.articleId === a.id)).map((a) => a.name);
  const details = [
    ...comparison.rows.map((r) => `${r.outlet}: ${figures.filter((f) => f.articleId === r.articleId).map(figurePhrase).join(' | ')}`),
    ...(silent.length ? [`No figure on ${label}: ${silent.join('; ')}.`] : []),
    comparison.verdict,
  ];
  const said = comparison.rows.map((r) => `${r.outlet} reports ${joinNames(figures.filter((f) => f.articleId === r.articleId).map((f) => f.text))}`).join('; ');
  const summary = `${said}. ${comparison.agree ? 'They agree.' : 'They do not agree.'}`;
  return { found: true, summary, details, comparison, figures: figures.map(figureView), citations: cite(ctx, figures) };
}

function compareTopic(ctx: AnswerContext, topic: string, perOutlet?: readonly string[]): AnswerDraft {
  const store = ctx.figures;
  const q = store.keys(topic);
  // The topic group with the best total score across outlets.
  const totals = new Map<string, number>();
  for (const h of rank(store.candidates(q), q)) totals.set(h.entry.figure.topic, Math.max(totals.get(h.entry.figure.topic) ?? 0, h.score) + 0.01);
  const chosen = [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  // A specific group ("territory") holds one thing counted by every outlet; a broad one ("percent", "money") holds
  // figures on different things, so each outlet's own best figure is compared instead.
  if (perOutlet?.length && (!chosen || BROAD_TOPICS.has(chosen))) return compareChosen(ctx, topic, perOutlet);
  if (!chosen) return noFigures(ctx, `The outlets give no figures on ${clip(topic)} to compare.`);
  const figures = (store.byTopic.get(chosen) ?? []).map((e) => e.figure);
  const articles = ctx.story.articles;
  const comparison = compareFigures(chosen, figures, articles);
  const silent = articles.filter((a) => !comparison.rows.some((r) => r.articleId === a.id)).map((a) => a.name);
  const details = [
    ...comparison.rows.map((r) => `${r.outlet}: ${figures.filter((f) => f.articleId === r.articleId).map(figurePhrase).join(' | ')}`),
    ...(silent.length ? [`No figure on ${chosen}: ${silent.join('; ')}.`] : []),
    comparison.verdict,
  ];
  const summary =
    comparison.rows.length === 1
      ? `Only one outlet, ${comparison.rows[0].outlet}, gives a figure on ${chosen}: nothing to compare.`
      : `${comparison.rows.length} outlets give figures on ${chosen}. ${comparison.agree ? 'They agree.' : 'They do not agree.'}`;
  return { found: true, summary, details, comparison, figures: figures.map(figureView), citations: cite(ctx, figures) };
}

interface Hit {
  entry: FigureEntry;
  score: number;
}

function rank(entries: readonly FigureEntry[], q: TopicKeys, min = MIN_SCORE): Hit[] {
  return entries
    .map((entry) => ({ entry, score: scoreEntry(entry, q) + entry.figure.rank * 0.1 }))
    .filter((h) => h.score >= min)
    .sort((a, b) => b.score - a.score);
}

function best(store: FigureStore, q: TopicKeys): FigureEntry[] {
  return rank(store.candidates(q), q).slice(0, 3).map((h) => h.entry);
}

function sameFigure(a: FigureEntry, b: FigureEntry): boolean {
  return a.figure.topic === b.figure.topic && a.values.some((v) => b.values.some((w) => close(v, w, 0.005)));
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * tolerance;
}

function cite(ctx: AnswerContext, figures: readonly Figure[]) {
  return figures.map((f) => ctx.citation(f.articleId, f.sentence));
}

function found(ctx: AnswerContext, summary: string, figures: Figure[]): AnswerDraft {
  return { found: true, summary, details: figures.map(figureLine), figures: figures.map(figureView), citations: cite(ctx, figures) };
}

/** Not found, with the figures that came closest and the story's figure topics to ask about instead. */
/** The answer to a figure question without a topic: what the story counts, most important first. */
function whichTopic(ctx: AnswerContext, topic: string): string {
  const topics = ctx.figures.topics.slice(0, 6);
  const asked = topic.trim() ? `“${clip(topic.trim(), 40)}” names no topic. ` : '';
  if (!topics.length) return `${asked}The story reports no figures.`;
  return `${asked}Figures on what? The story reports figures on ${joinNames(topics)}.`;
}

function noFigures(ctx: AnswerContext, summary: string, related: FigureEntry[] = [], relatedTitle?: string): AnswerDraft {
  const draft = notFound(ctx, summary);
  const topics = ctx.figures.sharedTopics.slice(0, 3).map((t) => `Do the outlets agree on ${t}?`);
  return {
    ...draft,
    details: related.length && relatedTitle ? [relatedTitle, ...related.map((e) => figureLine(e.figure))] : [],
    figures: related.map((e) => figureView(e.figure)),
    citations: cite(ctx, related.map((e) => e.figure)),
    suggestions: [...new Set([...topics, ...(draft.suggestions ?? [])])],
  };
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
