import type { CleanArticle } from '../corpus/article.js';
import type { Figure } from '../extract/figures.js';
import { findNumbers } from '../extract/numbers.js';
import { buildAnswer, type Answer, type AnswerDraft } from './answer.js';
import { compareFigures } from './figure-comparison.js';
import { candidates, matchOutlet, prepareFigures, scoreEntry, topicQuery, type FigureEntry, type FigureStore } from './figure-store.js';
import { figureCitation, figureLine, figurePhrase, figureView } from './figure-views.js';
import type { Query } from './query.js';

/** What answering a figure question needs. */
export interface FigureContext {
  question: string;
  articles: readonly CleanArticle[];
  figures: readonly Figure[];
}

type FigureQuery = Extract<Query, { intent: 'figure_source' | 'outlet_figures' | 'figure_topic' | 'compare' }>;

// A topic match needs at least one concept or two words in common.
const MIN_SCORE = 2;

/** Answers a figure Query from the corpus's figures, every figure cited to its sentence. */
export function answerFigureQuery(query: FigureQuery, ctx: FigureContext): Answer {
  const store = prepareFigures(ctx.figures);
  const draft =
    query.intent === 'figure_source' ? figureSource(query.figure, store, ctx)
    : query.intent === 'outlet_figures' ? outletFigures(query.outlet, query.topic, store, ctx)
    : query.intent === 'figure_topic' ? figureTopic(query.topic, query.outlet, store, ctx)
    : compareTopic(query.topic, store, ctx);
  return buildAnswer(ctx.question, query.intent, draft);
}

/** Topics for autocomplete, most important first. */
export function figureTopics(figures: readonly Figure[]): string[] {
  return prepareFigures(figures).topics;
}

function figureSource(text: string, store: FigureStore, ctx: FigureContext): AnswerDraft {
  const wanted = findNumbers(text).map((n) => n.value).filter((v): v is number => v !== undefined);
  const q = topicQuery(text);
  const byValue = store.entries.filter((e) => wanted.some((w) => e.values.some((v) => close(v, w, 0.005))));
  const hits = rank(byValue, q);
  if (!hits.length) {
    const near = rank(store.entries.filter((e) => wanted.some((w) => e.values.some((v) => close(v, w, 0.1)))), q).map((h) => h.entry);
    const related = near.length ? near : best(store, q);
    return notFound(`No outlet in the story reports ${text.trim() || 'that figure'}.`, related, store, ctx, related.length ? 'The closest figures:' : undefined);
  }
  const top = hits.filter((h) => h.score === hits[0].score || sameFigure(h.entry, hits[0].entry));
  const figures = top.map((h) => h.entry.figure);
  const outlets = [...new Set(figures.map((f) => f.outlet))];
  const first = figures[0];
  const summary = `${joinNames(outlets)} reported ${first.text}${first.measure && !first.text.includes(first.measure) ? ` (${first.measure})` : ''}${first.claimant ? `, according to ${first.claimant}${first.citedBy ? ` as cited by ${first.citedBy}` : ''}` : ''}.`;
  return found(summary, figures, ctx);
}

function outletFigures(name: string, topic: string | undefined, store: FigureStore, ctx: FigureContext): AnswerDraft {
  const article = matchOutlet(name, ctx.articles);
  if (!article) {
    const names = ctx.articles.map((a) => a.name);
    return {
      found: false,
      summary: `I can't find an outlet called "${name}" in the story. The outlets are: ${names.join('; ')}.`,
      suggestions: names.slice(0, 3).map((n) => `What figures did ${n} report?`),
    };
  }
  let entries = store.byArticle.get(article.id) ?? [];
  if (topic) {
    const q = topicQuery(topic);
    const scored = rank(entries, q);
    if (scored.length) entries = scored.map((s) => s.entry);
  }
  const figures = [...entries].sort((a, b) => b.figure.rank - a.figure.rank).map((e) => e.figure);
  if (!figures.length) return notFound(`${article.name} reports no figures${topic ? ` on ${topic}` : ''}.`, [], store, ctx);
  const main = figures.filter((f) => f.rank >= 2);
  const lead = (main.length ? main : figures).slice(0, 4).map((f) => f.text);
  const summary = `${article.name} reports ${figures.length} figure${figures.length > 1 ? 's' : ''}${topic ? ` on ${topic}` : ''}, chiefly ${joinNames(lead)}.`;
  return { ...found(summary, figures, ctx), details: figures.map(figurePhrase) };
}

function figureTopic(topic: string, outlet: string | undefined, store: FigureStore, ctx: FigureContext): AnswerDraft {
  const article = outlet ? matchOutlet(outlet, ctx.articles) : undefined;
  // An unmatched "outlet" was a place or a claimant ("in Kherson", "did Zelenskyy say"): keep it as topic words.
  const q = topicQuery(article || !outlet ? topic : `${topic} ${outlet}`);
  const pool = candidates(store, q).filter((e) => !article || e.figure.articleId === article.id);
  const hits = rank(pool, q);
  if (!hits.length) return notFound(`The story gives no figure on ${topic}${article ? ` in ${article.name}` : ''}.`, [], store, ctx);
  const lead = hits[0];
  // The figures of the best match's group, best matches first.
  const group = hits.filter((h) => h.entry.figure.topic === lead.entry.figure.topic);
  const top = group.filter((h) => h.score === lead.score);
  const summary = top.length === 1
    ? `${lead.entry.figure.outlet} reports ${figurePhrase(lead.entry.figure)}.`
    : `${top.length} figures on ${lead.entry.figure.topic}: ${top.map((h) => `${h.entry.figure.text} (${h.entry.figure.outlet})`).join('; ')}.`;
  const figures = group.map((h) => h.entry.figure);
  return { ...found(summary, figures, ctx), details: figures.map(figureLine) };
}

function compareTopic(topic: string, store: FigureStore, ctx: FigureContext): AnswerDraft {
  const q = topicQuery(topic);
  // The topic group with the best total score across outlets.
  const totals = new Map<string, number>();
  for (const h of rank(candidates(store, q), q)) totals.set(h.entry.figure.topic, Math.max(totals.get(h.entry.figure.topic) ?? 0, h.score) + 0.01);
  const chosen = [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!chosen) return notFound(`The outlets give no figures on ${topic} to compare.`, [], store, ctx);
  const figures = (store.byTopic.get(chosen) ?? []).map((e) => e.figure);
  const comparison = compareFigures(chosen, figures, ctx.articles);
  const silent = ctx.articles.filter((a) => !comparison.rows.some((r) => r.articleId === a.id)).map((a) => a.name);
  const details = [
    ...comparison.rows.map((r) => `${r.outlet}: ${figures.filter((f) => f.articleId === r.articleId).map(figurePhrase).join(' | ')}`),
    ...(silent.length ? [`No figure on ${chosen}: ${silent.join('; ')}.`] : []),
    comparison.verdict,
  ];
  const summary = `${comparison.rows.length} outlet${comparison.rows.length > 1 ? 's' : ''} give figures on ${chosen}. ${comparison.agree ? 'They agree.' : 'They do not agree.'}`;
  return { found: true, summary, details, comparison, figures: figures.map(figureView), citations: figures.map((f) => figureCitation(f, ctx.articles)) };
}

interface Hit {
  entry: FigureEntry;
  score: number;
}

function rank(entries: readonly FigureEntry[], q: ReturnType<typeof topicQuery>): Hit[] {
  return entries
    .map((entry) => ({ entry, score: scoreEntry(entry, q) + entry.figure.rank * 0.1 }))
    .filter((h) => h.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score);
}

function best(store: FigureStore, q: ReturnType<typeof topicQuery>): FigureEntry[] {
  return rank(candidates(store, q), q).slice(0, 3).map((h) => h.entry);
}

function sameFigure(a: FigureEntry, b: FigureEntry): boolean {
  return a.figure.topic === b.figure.topic && a.values.some((v) => b.values.some((w) => close(v, w, 0.005)));
}

function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * tolerance;
}

function found(summary: string, figures: Figure[], ctx: FigureContext): AnswerDraft {
  return {
    found: true,
    summary,
    details: figures.map(figureLine),
    figures: figures.map(figureView),
    citations: figures.map((f) => figureCitation(f, ctx.articles)),
  };
}

function notFound(summary: string, related: FigureEntry[], store: FigureStore, ctx: FigureContext, relatedTitle?: string): AnswerDraft {
  const suggestions = store.topics.slice(0, 3).map((t) => `Do the outlets agree on ${t}?`);
  const named = ctx.articles[0]?.name;
  if (named) suggestions.push(`What figures did ${named} report?`);
  return {
    found: false,
    summary,
    details: related.length && relatedTitle ? [relatedTitle, ...related.map((e) => figureLine(e.figure))] : [],
    figures: related.map((e) => figureView(e.figure)),
    citations: related.map((e) => figureCitation(e.figure, ctx.articles)),
    suggestions,
  };
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
