import type { AnswerDraft, OutletView } from './answer.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { capitalise } from './story-answers.js';

/**
 * "Which outlet quotes the most people?", "which paper has the most sources?", "who covered this most?": the
 * outlets ranked by the speakers their statements give voice to (a named person once however often they speak, a
 * described one, "a spokesman for the port", once per outlet), by their statements, or by how much they wrote.
 * Why: readers judge coverage by whom it lets speak; a count over what extraction found answers it, never a search.
 */

/** What an outlet's ranking line is measured by: distinct speakers, statements, or the coverage itself. */
export type RankingMeasure = 'speakers' | 'statements' | 'coverage';

export interface OutletTally {
  outlet: string;
  /** Its articles in the story, first first. */
  articleIds: string[];
  /** Distinct people quoted by name, most statements first. */
  named: string[];
  /** Distinct speakers described, not named ("spokesman for the coastguard", "police"). */
  described: string[];
  statements: number;
  /** Words of its articles' body text. */
  words: number;
  /** The sentence of its first statement, for a citation. */
  first?: { articleId: string; sentence: string };
}

/** Speakers listed by name on an outlet's line. */
const NAMES_SHOWN = 4;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const tallied = new WeakMap<AnswerContext, OutletTally[]>();

/** Every outlet's tally, in story order: one pass over the statements per loaded story, kept with it. */
export function outletTallies(ctx: AnswerContext): OutletTally[] {
  let list = tallied.get(ctx);
  if (list) return list;
  const byOutlet = new Map<string, OutletTally & { counts: Map<string, number>; labels: Map<string, string>; groups: Set<string> }>();
  for (const a of ctx.story.articles) {
    const t = byOutlet.get(a.name) ?? byOutlet.set(a.name, { outlet: a.name, articleIds: [], named: [], described: [], statements: 0, words: 0, counts: new Map(), labels: new Map(), groups: new Set() }).get(a.name)!;
    t.articleIds.push(a.id);
    t.words += a.paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0);
  }
  for (const q of ctx.story.quotes) {
    const t = byOutlet.get(ctx.article(q.articleId).name);
    // (a statement no one is credited with, a scare quote or the outlet's own phrase, gives no one a voice)
    if (!t || !(q.personId || q.descriptive)) continue;
    // (one statement an outlet printed twice, in two of its articles, is one statement)
    if (!t.groups.has(q.groupId)) {
      t.groups.add(q.groupId);
      t.statements++;
    }
    t.first ??= { articleId: q.articleId, sentence: q.sentence };
    if (q.personId) t.counts.set(q.personId, (t.counts.get(q.personId) ?? 0) + 1);
    else {
      // "A spokesman for the port" and "the spokesman for the port" are one speaker described.
      const label = q.descriptive!.replace(/^(?:the|a|an|one)\s+/i, '');
      if (!t.labels.has(label.toLowerCase())) t.labels.set(label.toLowerCase(), label);
    }
  }
  list = [...byOutlet.values()].map(({ counts, labels, groups: _groups, ...t }) => ({
    ...t,
    named: [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => ctx.people.get(id)?.name ?? id),
    described: [...labels.values()],
  }));
  tallied.set(ctx, list);
  return list;
}

const speakers = (t: OutletTally) => t.named.length + t.described.length;

/** Most first by the measure asked; the others break ties (speakers, then statements, then words). */
function ranked(list: readonly OutletTally[], by: RankingMeasure): OutletTally[] {
  const key = (t: OutletTally): number[] =>
    by === 'coverage' ? [t.articleIds.length, t.words, speakers(t)] : by === 'statements' ? [t.statements, speakers(t), t.words] : [speakers(t), t.statements, t.words];
  return [...list].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i] - x[i];
    return 0;
  });
}

/** "5 speakers (3 named, 2 described only)". */
function voices(t: OutletTally): string {
  const n = speakers(t);
  if (!n) return 'no speaker';
  const parts = [t.named.length ? `${t.named.length} named` : '', t.described.length ? `${t.described.length} described only` : ''].filter(Boolean);
  return `${plural(n, 'speaker')} (${parts.join(', ')})`;
}

/** One outlet's line: "Harbour Post: 5 speakers (3 named, 2 described only), 7 statements, 2 articles — Mara Quill, Tobias Wren…". */
function line(t: OutletTally): string {
  const who = [...t.named.slice(0, NAMES_SHOWN), ...t.described.slice(0, Math.max(0, NAMES_SHOWN - t.named.length))];
  const more = speakers(t) - who.length;
  const names = who.length ? ` — ${who.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : '';
  return `${t.outlet}: ${voices(t)}, ${plural(t.statements, 'statement')}, ${plural(t.articleIds.length, 'article')} (${t.words.toLocaleString('en-US')} words)${names}.`;
}

const MEASURED: Record<RankingMeasure, (t: OutletTally) => number> = {
  speakers,
  statements: (t) => t.statements,
  coverage: (t) => t.articleIds.length * 1e9 + t.words,
};

function lead(top: readonly OutletTally[], by: RankingMeasure): string {
  const names = top.map((t) => t.outlet);
  const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : capitalise(names[0]);
  const one = top[0];
  if (by === 'coverage')
    return top.length > 1
      ? `${capitalise(joined)} covered the story most, ${plural(one.articleIds.length, 'article')} and ${one.words.toLocaleString('en-US')} words each.`
      : `${joined} covered the story most: ${plural(one.articleIds.length, 'article')}, ${one.words.toLocaleString('en-US')} words, with ${voices(one)}.`;
  if (by === 'statements')
    return top.length > 1
      ? `${capitalise(joined)} carry the most statements, ${one.statements} each.`
      : `${joined} carries the most statements: ${one.statements}, from ${voices(one)}.`;
  return top.length > 1 ? `${capitalise(joined)} quote the most people, ${plural(speakers(one), 'speaker')} each.` : `${joined} quotes the most people: ${voices(one)}, in ${plural(one.statements, 'statement')}.`;
}

/** The outlets ranked by whom they quote (or by how much they carry), each with its count of named and described speakers. */
export function answerOutletRanking(ctx: AnswerContext, by: RankingMeasure = 'speakers'): AnswerDraft {
  const list = ranked(outletTallies(ctx), by);
  if (!list.length) return notFound(ctx, 'The story has no articles.');
  if (by !== 'coverage' && !list.some((t) => t.statements)) return notFound(ctx, 'No outlet in the story quotes anyone: no statement in it names or describes a speaker.');
  const measure = MEASURED[by];
  const top = list.filter((t) => measure(t) === measure(list[0]));
  const only = list.length === 1 ? `The story has one outlet, so there is nothing to rank: ` : '';
  const outlets: OutletView[] = list.map((t) => {
    const a = ctx.article(t.articleIds[0]);
    return { articleId: a.id, outlet: t.outlet, headline: a.headline, ...(a.byline ? { byline: a.byline } : {}), ...(a.url ? { url: a.url } : {}), ...(a.published ? { published: a.published } : {}), sources: a.sources };
  });
  const quoted = list.find((t) => t.named.length)?.named[0];
  return {
    found: true,
    summary: only ? `${only}${list[0].outlet} quotes ${voices(list[0])}, in ${plural(list[0].statements, 'statement')}.` : lead(top, by),
    details: list.map(line),
    outlets,
    // The evidence: the first statement each leading outlet carries (its headline, for one that quotes no one).
    citations: top.map((t) => (t.first ? ctx.citation(t.first.articleId, t.first.sentence) : ctx.citation(t.articleIds[0], ctx.article(t.articleIds[0]).headline))),
    suggestions: [...(quoted ? [`Which outlets quoted ${quoted}?`] : []), 'Who was quoted the most?', 'Which outlets are in the story?'],
  };
}
