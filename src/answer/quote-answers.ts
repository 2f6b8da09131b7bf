import { sameQuote, type QuoteGroup } from '../extract/quote-groups.js';
import { describes } from './people-in-text.js';
import { coverage, indexText, matchedTerms, search } from '../search/story-index.js';
import { QUESTION_WORDS } from '../search/text.js';
import type { Person } from '../extract/people.js';
import type { Passage, StoryQuote } from '../story.js';
import { type AnswerDraft, type Citation, type QuoteEntry, type QuoteView } from './answer.js';
import { clip } from './clip.js';
import type { AnswerContext } from './context.js';
import { notFound, quotedPeopleLine } from './not-found.js';
// Words of a remembered quote that say nothing about which quote it is.
const QUOTE_STOP = new Set([...QUESTION_WORDS, 'like', 'quote', 'words', 'called', 'call', 'described', 'describe', 'claimed', 'warned', 'declared']);

/** The quotes of a group as one view: speaker, role, sources, each outlet's wording, and a note when outlets named the speaker differently. */
export function quoteView(ctx: AnswerContext, g: QuoteGroup): QuoteView {
  const members = g.quoteIds.map((id) => ctx.quotes.get(id)!);
  const entries: QuoteEntry[] = members.map((q) => ({
    quoteId: q.id,
    articleId: q.articleId,
    outlet: ctx.article(q.articleId).name,
    text: q.text,
    kind: q.kind,
    ...(q.speakerAsWritten ? { speakerAsWritten: q.speakerAsWritten } : {}),
    ...(q.source ? { toldTo: q.source } : {}),
  }));
  const sources = [...new Set(members.map((q) => q.source).filter(Boolean) as string[])];
  const { speaker, role, plural } = ctx.speakerOf(g);
  // (a pronoun or the writer tells a reader nothing out of the article: "told him", "asked me")
  const addressees = [...new Set(members.map((q) => q.addressee).filter((a): a is string => !!a && !/^(?:him|her|them|me|us|you|it)$/i.test(a) && !/^the writer\b/i.test(a)))];
  const view: QuoteView = { ...(speaker ? { speaker } : {}), ...(role ? { role } : {}), ...(plural ? { plural } : {}), sources, ...(addressees.length ? { addressees } : {}), entries };
  if (g.personId) {
    const unnamed = members.filter((q) => !q.personId);
    if (unnamed.length) {
      const named = outletsOf(ctx, members.filter((q) => q.personId));
      // One entry per outlet, with every way it put the speaker: "Daily Star (no speaker named; “One Ukrainian commander”)".
      const byOutlet = new Map<string, Set<string>>();
      for (const q of unnamed) {
        const outlet = ctx.article(q.articleId).name;
        (byOutlet.get(outlet) ?? byOutlet.set(outlet, new Set()).get(outlet)!).add(q.speakerAsWritten ? `“${q.speakerAsWritten}”` : 'no speaker named');
      }
      const others = [...byOutlet].map(([outlet, ways]) => `${outlet} (${[...ways].join('; ')})`);
      view.linkNote = `${named.join(', ')} name${named.length === 1 ? 's' : ''} the speaker as ${speaker}; the same words appear without that name in ${others.join(', ')}.`;
    }
  }
  return view;
}

function outletsOf(ctx: AnswerContext, quotes: readonly StoryQuote[]): string[] {
  return [...new Set(quotes.map((q) => ctx.article(q.articleId).name))];
}

/** The wording to show for a quote the outlets carried: the fullest of their versions. */
export function representative(versions: readonly { text: string }[]): string {
  return versions.map((v) => v.text).sort((a, b) => b.length - a.length)[0];
}

function citationsFor(ctx: AnswerContext, quotes: readonly StoryQuote[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const q of quotes) {
    const key = `${q.articleId}\u0000${q.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ctx.citation(q.articleId, q.sentence));
  }
  return out;
}

function speakerLine(view: QuoteView): string {
  if (!view.speaker) return 'No outlet says who said it';
  return view.role ? `${view.speaker} (${view.role})` : view.speaker;
}

/** Reported speech: the outlet's paraphrase, which must never be shown in quote marks as if it were verbatim. */
function isReported(view: QuoteView): boolean {
  return view.entries.every((e) => e.kind === 'indirect');
}

/** The words as shown: quoted words in quote marks, reported content marked as the outlet's report. */
function shown(view: QuoteView, text: string): string {
  return isReported(view) ? `(reported, not a direct quote) ${text}` : `“${text}”`;
}

/** The views that may be shown as quotations: reported speech goes in the text of the answer, never in quote marks. */
function quotable(views: readonly QuoteView[]): QuoteView[] {
  return views.filter((v) => !isReported(v));
}

function describeView(view: QuoteView, text = representative(view.entries)): string[] {
  const outlets = [...new Set(view.entries.map((e) => e.outlet))];
  const lines = [`${shown(view, text)} — ${speakerLine(view)}; carried by ${outlets.join(', ')}.`];
  if (view.sources.length) lines.push(`  Original source credited: ${view.sources.join(', ')}.`);
  if (view.linkNote) lines.push(`  ${view.linkNote}`);
  return lines;
}

/** Matches remembered wording against quotes: groups ranked by Lunr, kept only if most of the words are really there. */
export function matchQuoteGroups(ctx: AnswerContext, text: string): { group: QuoteGroup; score: number }[] {
  const terms = ctx.terms.resolve(text, QUOTE_STOP);
  const known = terms.filter((t) => t.forms.length);
  if (!known.length) return [];
  const results = search(ctx.indexes.quotes, known.map((t) => ({ forms: t.forms })));
  // Per group: its best score, and the terms its quotes matched inside the quote and anywhere in their sentences.
  const byGroup = new Map<string, { score: number; inQuote: Set<string>; inSentence: Set<string> }>();
  for (const r of results) {
    const id = ctx.quotes.get(r.ref)!.groupId;
    let g = byGroup.get(id);
    if (!g) byGroup.set(id, (g = { score: 0, inQuote: new Set(), inSentence: new Set() }));
    g.score = Math.max(g.score, r.score);
    matchedTerms(r, ['quote'], g.inQuote);
    matchedTerms(r, ['quote', 'context'], g.inSentence);
  }
  const out: { group: QuoteGroup; score: number }[] = [];
  for (const [id, { score, inQuote, inSentence }] of byGroup) {
    const covered = coverage(terms, inSentence);
    // Most of what the person remembers must be there, and some of it inside the quote itself.
    if (coverage(terms, inQuote) === 0 || covered < 0.6) continue;
    out.push({ group: ctx.groups.get(id)!, score: score * covered });
  }
  return out.sort((a, b) => b.score - a.score);
}

export function answerWhoSaid(ctx: AnswerContext, quote: string, groupIds?: readonly string[]): AnswerDraft {
  const found = matchQuoteGroups(ctx, quote);
  // The statement understanding resolved (paraphrase, typos, the words inside the quote) leads; the rest follow.
  const chosen = (groupIds ?? []).flatMap((id) => {
    const group = ctx.groups.get(id);
    return group ? [{ group, score: found.find((m) => m.group.id === id)?.score ?? found[0]?.score ?? 1 }] : [];
  });
  const matches = chosen.length ? [...chosen, ...found.filter((m) => !groupIds!.includes(m.group.id))] : found;
  if (!matches.length) return notFound(ctx, `I couldn't find anyone in the story quoted saying “${clip(quote)}”.`);
  const best = matches[0];
  const view = quoteView(ctx, best.group);
  const outlets = [...new Set(view.entries.map((e) => e.outlet))];
  const who = view.speaker ? speakerLine(view) : 'No outlet names the speaker';
  const summary =
    `${who} said ${isReported(view) ? 'so, as the outlet reports it (not a direct quote)' : 'it'}${view.sources.length ? `, originally to ${view.sources.join(' and ')}` : view.addressees ? `, to ${view.addressees.slice(0, 2).join(' and ')}` : ''}. ` +
    `Carried by ${outlets.join(', ')}.`;
  const others = matches.slice(1).filter((m) => m.score >= best.score * 0.75).slice(0, 2).map((m) => quoteView(ctx, m.group));
  // The same words credited to someone else by another outlet: a conflict the person should see first.
  const rivals = others.filter((v) => v.speaker && v.speaker !== view.speaker && sameQuote(representative(v.entries), representative(view.entries)));
  if (rivals.length && view.speaker) {
    const per = (v: QuoteView) => `${v.speaker} according to ${[...new Set(v.entries.map((e) => e.outlet))].join(', ')}`;
    const summary = `The outlets disagree on who said it: ${[view, ...rivals].map(per).join('; ')}.`;
    return {
      found: true,
      summary,
      details: [view, ...rivals].flatMap((v) => describeView(v)),
      quotes: quotable([view, ...rivals]),
      citations: citationsFor(ctx, [best.group, ...matches.slice(1).map((m) => m.group)].filter((g) => [view, ...rivals].some((v) => v.entries.some((e) => g.quoteIds.includes(e.quoteId)))).flatMap((g) => g.quoteIds.map((id) => ctx.quotes.get(id)!))),
    };
  }
  const details = [
    ...view.entries.map((e) => `${e.outlet}: ${e.kind === 'indirect' ? `reports ${e.text}` : `“${e.text}”`}${e.speakerAsWritten ? ` (${e.speakerAsWritten})` : ''}${e.toldTo ? ` — told to ${e.toldTo}` : ''}`),
    ...(view.linkNote ? [view.linkNote] : []),
    ...others.flatMap((v) => [`Similar words: ${shown(v, representative(v.entries))} — ${speakerLine(v)}.`]),
  ];
  return {
    found: true,
    summary,
    details,
    quotes: quotable([view, ...others]),
    citations: citationsFor(ctx, best.group.quoteIds.map((id) => ctx.quotes.get(id)!)),
    people: [],
  };
}

function unknownPerson(ctx: AnswerContext, name: string): AnswerDraft {
  return notFound(ctx, `The story quotes nobody called “${clip(name)}”.${quotedPeopleLine(ctx, name)}`);
}

export function answerWhatSaid(ctx: AnswerContext, name: string): AnswerDraft {
  const person = ctx.findPerson(name);
  if (!person) {
    // "What did the spokesman say?", "What did police say?": a speaker the outlets describe rather than name
    const described = ctx.findDescribed(name);
    return described ? answerDescribed(ctx, described.label, described.groups) : unknownPerson(ctx, name);
  }
  const groups = ctx.groupsOf(person);
  // Asked what they said, and they said nothing the story reports: not found, with who they are as the help.
  if (!groups.length) return { ...answerWhoIs(ctx, person), found: false, summary: `${person.name} is mentioned, but not quoted or reported as saying anything.` };
  const views = groups.map((g) => quoteView(ctx, g));
  const outlets = new Set(views.flatMap((v) => v.entries.map((e) => e.outlet)));
  return {
    found: true,
    summary: `${views[0].speaker ?? person.name}${views[0].role ? ` (${views[0].role})` : ''}: ${countLine(views)}, carried by ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}.`,
    details: views.flatMap((v) => describeView(v)),
    // Every statement, reported ones too (their entries say so): the count and the lead must be the same whether
    // the person is asked about by name or by role, and surfaces show reported speech without quote marks.
    quotes: views,
    citations: citationsFor(ctx, groups.flatMap((g) => g.quoteIds.map((id) => ctx.quotes.get(id)!))),
  };
}

/** "2 quotes and 1 reported statement": what was quoted kept apart from what was reported. */
export function countLine(views: readonly QuoteView[]): string {
  const reported = views.filter(isReported).length;
  const quoted = views.length - reported;
  const parts = [quoted ? `${quoted} quote${quoted === 1 ? '' : 's'}` : '', reported ? `${reported} reported statement${reported === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' and ');
}

/** What a described speaker ("the spokesman", "police", "the jury") said, in every outlet that carried it. */
function answerDescribed(ctx: AnswerContext, label: string, groups: readonly QuoteGroup[]): AnswerDraft {
  const views = groups.map((g) => quoteView(ctx, g));
  const outlets = new Set(views.flatMap((v) => v.entries.map((e) => e.outlet)));
  return {
    found: true,
    summary: `${label} (not named in the story): ${countLine(views)}, carried by ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}.`,
    details: views.flatMap((v) => describeView(v)),
    quotes: quotable(views),
    citations: citationsFor(ctx, groups.flatMap((g) => g.quoteIds.map((id) => ctx.quotes.get(id)!))),
  };
}

export function answerWhoQuoted(ctx: AnswerContext, slots: { person?: string; quote?: string }): AnswerDraft {
  let groups: readonly QuoteGroup[];
  let label: string;
  if (slots.person) {
    const person = ctx.findPerson(slots.person);
    if (!person) return unknownPerson(ctx, slots.person);
    groups = ctx.groupsOf(person);
    label = person.name;
    if (!groups.length) return notFound(ctx, `No outlet quotes ${person.name} directly.`);
  } else {
    const m = matchQuoteGroups(ctx, slots.quote ?? '');
    if (!m.length) return notFound(ctx, `No outlet in the story carried “${clip(slots.quote ?? '')}”.`);
    groups = [m[0].group];
    label = `“${representative(quoteView(ctx, m[0].group).entries)}”`;
  }
  const quotes = groups.flatMap((g) => g.quoteIds.map((id) => ctx.quotes.get(id)!));
  const byOutlet = new Map<string, StoryQuote[]>();
  for (const q of quotes) byOutlet.set(q.articleId, [...(byOutlet.get(q.articleId) ?? []), q]);
  const details = [...byOutlet].map(([articleId, qs]) => {
    const named = qs.find((q) => q.personId);
    const described = qs.find((q) => q.speakerAsWritten)?.speakerAsWritten;
    const as = named ? '' : described ? ` (without the name, as “${described}”)` : ' (no speaker named)';
    const sources = [...new Set(qs.map((q) => q.source).filter(Boolean))];
    return `${ctx.article(articleId).name}${as}: ${qs.length} quote${qs.length === 1 ? '' : 's'}${sources.length ? `, credited to ${sources.join(', ')}` : ''}.`;
  });
  const sources = [...new Set(quotes.map((q) => q.source).filter(Boolean))];
  return {
    found: true,
    summary: `${byOutlet.size} outlet${byOutlet.size === 1 ? '' : 's'} quoted ${label}: ${[...byOutlet.keys()].map((id) => ctx.article(id).name).join(', ')}.${sources.length ? ` Original source${sources.length === 1 ? '' : 's'}: ${sources.join(', ')}.` : ''}`,
    details,
    quotes: groups.map((g) => quoteView(ctx, g)),
    citations: [...byOutlet.values()].map((qs) => ctx.citation(qs[0].articleId, qs[0].sentence)),
  };
}

export function answerToldTo(ctx: AnswerContext, name: string): AnswerDraft {
  const person = ctx.findPerson(name);
  if (!person) return unknownPerson(ctx, name);
  const quotes = ctx.quotesOf(person).filter((q) => q.source);
  if (!quotes.length) return notFound(ctx, `The outlets don't say whom ${person.name} spoke to.`);
  const sources = new Map<string, StoryQuote[]>();
  for (const q of quotes) sources.set(q.source!, [...(sources.get(q.source!) ?? []), q]);
  return {
    found: true,
    summary: `${person.name} spoke to ${[...sources.keys()].join(' and ')}.`,
    details: [...sources].map(([s, qs]) => `${s}: as reported by ${[...new Set(qs.map((q) => ctx.article(q.articleId).name))].join(', ')}.`),
    citations: citationsFor(ctx, quotes),
  };
}

export function answerWhoIs(ctx: AnswerContext, person: Person): AnswerDraft {
  const roles = [...new Set(person.roles.map((r) => r.role))];
  const outlets = person.articles.map((id) => ctx.article(id).name);
  const n = ctx.quoteCount(person);
  const mentions = mentionsOf(ctx, person);
  // No role extracted: the sentence that says what they are (rule "describing sentence"), else the one that first
  // names them, which is where a news story most often says who someone is.
  const intro = roles.length ? undefined : (mentions.find((p) => describes(p.text, person)) ?? mentions[0]);
  return {
    found: true,
    summary: `${person.name}${roles.length ? ` — ${roles[0]}` : ''}. ${intro ? `${intro === mentions[0] ? 'First named' : 'Described'}: “${intro.text}” ` : ''}Mentioned by ${outlets.join(', ')}${n ? `; quoted ${n} time${n === 1 ? '' : 's'}` : ''}.`,
    details: [
      // (someone the text only names in passing and quotes once or twice: what they said is much of who they are
      // in the story, "Joe naturally ruled that a ball be dropped")
      ...(intro && n > 0 && n <= 2 ? ctx.quotesOf(person).slice(0, 1).map((q) => `Said: “${q.text.length > 200 ? `${q.text.slice(0, 200)}…` : q.text}”`) : []),
      ...roles.slice(1).map((r) => `Also described as: ${r}.`),
      ...(person.variants.length ? [`Also written: ${person.variants.join(', ')}.`] : []),
      ...(person.age ? [`Age given: ${person.age}.`] : []),
    ],
    people: [{ name: person.name, roles, outlets, variants: person.variants }],
    citations: mentions.slice(0, 5).map((p) => ctx.citation(p.articleId, p.text)),
  };
}

/** Passages that name the person by any spelling's last word, in reading order: the index finds them, the text confirms. */
function mentionsOf(ctx: AnswerContext, person: Person): Passage[] {
  const surnames = [...new Set([person.name, ...person.variants].map((v) => v.split(' ').pop()!))];
  const forms = [...new Set(surnames.flatMap((s) => indexText(s, ctx.variants).split(' ')).filter(Boolean))];
  return search(ctx.indexes.passages, [{ forms }])
    .map((r) => ctx.passages.get(r.ref)!)
    .filter((p) => surnames.some((s) => p.text.includes(s)))
    .sort((a, b) => ctx.passageOrder.get(a.id)! - ctx.passageOrder.get(b.id)!);
}
