import type { Passage } from '../story.js';
import { peopleNamedIn } from './people-in-text.js';
import { coverage, matchedTerms, search } from '../search/story-index.js';
import { QUESTION_WORDS, words } from '../search/text.js';
import type { AnswerDraft, OutletView } from './answer.js';
import type { AnswerContext } from './context.js';
import { notFound } from './not-found.js';
import { clip } from './clip.js';
import { readableDate } from './dates.js';
import { CAUSED_BY_PREVIOUS, focusPart, personNameWords } from '../understand/focus.js';

/** What understanding already resolved for a search; every field optional (a bare search works as before). */
export interface SearchOptions {
  passageIds?: readonly string[];
  articleId?: string;
  focus?: 'when' | 'where' | 'why' | 'how';
  unsupported?: string;
}

export function answerOutlets(ctx: AnswerContext): AnswerDraft {
  const outlets: OutletView[] = ctx.story.articles.map((a) => ({
    articleId: a.id,
    outlet: a.name,
    headline: a.headline,
    ...(a.byline ? { byline: a.byline } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.published ? { published: a.published } : {}),
    sources: a.sources,
  }));
  return {
    found: true,
    summary: `${outlets.length} outlet${outlets.length === 1 ? '' : 's'} in the story: ${outlets.map((o) => o.outlet).join(', ')}.`,
    details: outlets.map(
      (o) =>
        `${o.outlet}: “${o.headline}”${o.byline ? `, by ${o.byline}` : ''}${o.published ? `, published ${readableDate(o.published)}` : ''}${o.sources.length ? `. Sources cited: ${o.sources.join(', ')}` : ''}.`,
    ),
    outlets,
    citations: ctx.story.articles.map((a) => ctx.citation(a.id, a.paragraphs[0] ?? a.headline)),
  };
}

export function answerByline(ctx: AnswerContext, which: string, articleId?: string): AnswerDraft {
  // Understanding may have found the article already ("the German article", "the piece on the forecast").
  const a = articleId ? ctx.article(articleId) : ctx.findArticle(which)?.article;
  if (!a) return notFound(ctx, `I can't tell which article “${clip(which)}” means. Outlets: ${ctx.story.articles.map((x) => x.name).join(', ')}.`);
  const cite = [ctx.citation(a.id, a.headline)];
  // The answer opens a sentence: "An unnamed German-language outlet's article", capitalised.
  const name = a.name.charAt(0).toUpperCase() + a.name.slice(1);
  if (!a.byline) return { found: false, summary: `${name}'s article “${a.headline}” does not name its author.`, citations: cite };
  return { found: true, summary: `${name}'s article “${a.headline}” was written by ${a.byline}.`, citations: cite };
}

/**
 * Anything else: the best passages, at most one per article, cited. Found only when most of the
 * question's words are in a passage and every name it asks about is in the story.
 */
export function answerSearch(ctx: AnswerContext, question: string, options: SearchOptions = {}): AnswerDraft {
  if (options.unsupported) return unsupportedAnswer(ctx, question, options.unsupported);
  if (options.articleId && !question.trim()) return articleLead(ctx, options.articleId);
  if (options.passageIds?.length) return passagesAnswer(ctx, options.passageIds, options.focus, question);
  const terms = ctx.terms.resolve(question, QUESTION_WORDS);
  const capitalised = new Set(
    [...question.matchAll(/(?<!^|[.!?]\s)\b\p{Lu}[\p{L}’'-]+/gu)].flatMap((m) => words(m[0])),
  );
  const missingName = terms.some((t) => !t.forms.length && capitalised.has(t.word));
  if (!terms.length || missingName || !terms.some((t) => t.forms.length))
    return notFound(ctx, `The story doesn't say anything about that.`);
  const results = search(ctx.indexes.passages, terms.map((t) => ({ forms: t.forms })));
  // A word the corpus lacks is not held against a passage: the question may say it in other words.
  const known = terms.filter((t) => t.forms.length);
  const best = new Map<string, { id: string; score: number }>();
  for (const r of results) {
    const p = ctx.passages.get(r.ref)!;
    // Lunr reports which index terms (stems) each hit matched: coverage without re-reading the passage.
    const covered = coverage(known, matchedTerms(r, ['text']));
    if (covered < 0.5) continue;
    const score = r.score * covered;
    const prev = best.get(p.articleId);
    if (!prev || score > prev.score) best.set(p.articleId, { id: r.ref, score });
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  if (!ranked.length) return notFound(ctx, `The story doesn't say anything about that.`);
  const top = ranked.filter((r) => r.score >= ranked[0].score * 0.3).slice(0, 5);
  const passages = top.map((r) => ctx.passages.get(r.id)!);
  const then = continuation(ctx, passages[0].id);
  return {
    found: true,
    summary: `${capitalise(ctx.article(passages[0].articleId).name)}: ${then ? `${passages[0].text} ${then.text}` : passages[0].text}`,
    details: passages.slice(1).map((p) => `${ctx.article(p.articleId).name}: ${p.text}`),
    citations: [...passages, ...(then ? [then] : [])].map((p) => ctx.citation(p.articleId, p.text)),
  };
}

/** One passage per article from those understanding found, best first; a when/where/why answer leads with that part. */
function passagesAnswer(ctx: AnswerContext, ids: readonly string[], focus: SearchOptions['focus'], question = ''): AnswerDraft {
  const seen = new Set<string>();
  const passages = ids
    .map((id) => ctx.passages.get(id))
    .filter((p): p is NonNullable<typeof p> => !!p && !seen.has(p.articleId) && !!seen.add(p.articleId))
    .slice(0, 5);
  if (!passages.length) return notFound(ctx, `The story doesn't say anything about that.`);
  // "This led…": the reason is the sentence before, in the same article.
  const before = focus === 'why' && CAUSED_BY_PREVIOUS.test(passages[0].text) ? previousPassage(ctx, passages[0].id) : undefined;
  if (before) passages.unshift(before);
  // The focus part knows, of two times in one sentence, the one of the event asked about.
  const part = before ? before.text : focus ? focusPart(passages[0].text, focus, question, personNameWords(ctx.story.people)) : undefined;
  // "…the Beardens gave an ultimatum:" — what the sentence announces is the next one; it answers with it.
  const then = part ? undefined : continuation(ctx, passages[0].id);
  const name = ctx.article(passages[0].articleId).name;
  const asksWho = !part && !then && /^(?:who|whom)\b/i.test(question.trim());
  const who = asksWho ? (antecedent(ctx, passages[0]) ?? namedNext(ctx, passages[0])) : undefined;
  // A passage read alone is someone's report: the lead says whose, as every other answer does.
  const lead = part
    ? `${capitalise(part)} — ${name}: “${passages[before ? 1 : 0].text}”`
    : who
      ? who.then
        ? `${who.name} — ${name}: “${passages[0].text}” “${who.then.text}”`
        : `${who.name} (“${who.pronoun}”) — ${name}: “${passages[0].text}”`
      : `${capitalise(name)}: ${then ? `${passages[0].text} ${then.text}` : passages[0].text}`;
  const own = !part && !who ? ownAccount(ctx, question, passages[0]) : undefined;
  return {
    found: true,
    summary: lead,
    details: [...(own ? [`${name}: ${own.text}`] : []), ...passages.slice(1).map((p) => `${ctx.article(p.articleId).name}: ${p.text}`)],
    citations: [...passages, ...(then ? [then] : []), ...(who?.then ? [who.then] : []), ...(own ? [own] : [])].map((p) => ctx.citation(p.articleId, p.text)),
  };
}

// "did Marsh stop the work", "has the mayor really resigned", "was Quill paid": whether someone did something.
const WHETHER_THEY = /^(?:did|does|do|has|have|had|was|were|is|are)\s+(.+)$/i;

/**
 * Rule "their own account": asked whether a named person did something ("did marsh really stop the roadworks"),
 * the sentence saying it may be another's charge ("criticized Marsh for halting the roadworks"); the person's
 * own word on it, where the article quotes them after that sentence, is the other half of the answer ("Marsh said
 * the work went on all week"). Only a person the question names and the article quotes after it.
 */
function ownAccount(ctx: AnswerContext, question: string, passage: Passage): Passage | undefined {
  const asked = WHETHER_THEY.exec(question.trim())?.[1];
  if (!asked) return undefined;
  const said = new Set(asked.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? []);
  const named = ctx.story.people.filter((p) => [p.name, ...p.variants].some((n) => {
    const ws = n.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? [];
    return ws.length > 0 && said.has(ws[ws.length - 1]) && ws[ws.length - 1].length >= 3;
  }));
  if (named.length !== 1 || peopleNamedIn(passage.text, ctx.story.people).every((x) => x.p.id !== named[0].id)) return undefined;
  const theirs = ctx.quotesOf(named[0]).find((q) => q.articleId === passage.articleId && q.paragraph >= passage.paragraph && !passage.text.includes(q.text));
  return theirs ? ctx.passagesIn(theirs.articleId, theirs.paragraph).find((p) => p.text.includes(theirs.text.slice(0, 30))) : undefined;
}

/** An outlet asked about with no topic: its headline and first sentences. */
function articleLead(ctx: AnswerContext, articleId: string): AnswerDraft {
  const a = ctx.article(articleId);
  const first = ctx.story.passages.filter((p) => p.articleId === articleId && p.paragraph >= 0).slice(0, 3);
  return {
    found: true,
    summary: `${a.name}: “${a.headline}”.`,
    details: first.map((p) => p.text),
    citations: [ctx.citation(a.id, a.headline), ...first.map((p) => ctx.citation(a.id, p.text))],
  };
}

/** No reading the story supports: say so, and offer the closest things it does hold (uncited, not found). */
function unsupportedAnswer(ctx: AnswerContext, question: string, reason: string): AnswerDraft {
  const draft = notFound(ctx, reason);
  const terms = ctx.terms.resolve(question, QUESTION_WORDS).filter((t) => t.forms.length);
  const near = search(ctx.indexes.passages, terms.map((t) => ({ forms: t.forms }))).slice(0, 2).map((r) => ctx.passages.get(r.ref)!);
  const topics = ctx.figures.topics.slice(0, 3);
  const details = [
    ...(near.length ? [`Closest in the story: ${near.map((p) => `${ctx.article(p.articleId).name}: ${clip(p.text, 160)}`).join(' | ')}`] : []),
    ...(topics.length ? [`The story has figures on: ${topics.join('; ')}.`] : []),
  ];
  // Only a topic two outlets give figures on can be compared; a suggestion that answers "only one outlet" helps no one.
  const asks = ctx.figures.sharedTopics.slice(0, 3).map((t) => `Do the outlets agree on ${t}?`);
  return { ...draft, details, suggestions: [...new Set([...asks, ...(draft.suggestions ?? [])])] };
}

// A subject pronoun for a person: "he", "she" (not "they", which is as often a group).
const PERSON_PRONOUN = /\b(he|she)\b/i;

/**
 * Rule "who is he": asked who did something, the answering sentence may say it of "he" or "she" ("That's how he
 * first won the cup in 1950"); the person is the one last named in the sentences before it in the article (up to
 * three back), and the lead names them. Only when the sentence names no person of its own.
 */
function antecedent(ctx: AnswerContext, passage: Passage): { name: string; pronoun: string; then?: Passage } | undefined {
  const pronoun = PERSON_PRONOUN.exec(passage.text)?.[1];
  if (!pronoun) return undefined;
  // the person named last in a sentence is the one its next "he" or "she" most likely means
  const named = (text: string) => peopleNamedIn(text, ctx.story.people).sort((a, b) => b.last - a.last)[0]?.p;
  if (named(passage.text)) return undefined;
  let p: Passage | undefined = passage;
  for (let i = 0; i < 3 && p; i++) {
    p = previousPassage(ctx, p.id);
    const person = p && named(p.text);
    if (person) return { name: person.name, pronoun: pronoun.toLowerCase() };
  }
  return undefined;
}

// A lede that opens on a description of its subject: "The treasurer of the Harbour Board warned…", "A
// retired teacher has won…".
const DESCRIBED_OPENING = /^(?:[\p{Lu}][\p{L}.,'’ -]*?\s+[-—]+\s+)?(?:The|A|An)\s+\p{Ll}/u;

/**
 * Rule "the delayed-identification lede": hard news often describes its subject in the first paragraph and names them
 * in the second ("The treasurer of the Harbour Board warned yesterday that…" / "Board Treasurer Ida
 * Moss said in a report…"). Asked who did what the lede says, the answer is the person named first in the next
 * paragraph. Only for a first paragraph that opens on a description and names no one itself.
 */
function namedNext(ctx: AnswerContext, passage: Passage): { name: string; pronoun: string; then: Passage } | undefined {
  if (passage.paragraph !== 0 || !DESCRIBED_OPENING.test(passage.text) || peopleNamedIn(passage.text, ctx.story.people).length) return undefined;
  const next = ctx.passagesIn(passage.articleId, 1)[0];
  const first = next && peopleNamedIn(next.text, ctx.story.people)[0];
  if (!first || !next) return undefined;
  // The next paragraph names the lede's subject only when it describes them in the lede's words ("The treasurer
  // of the Harbour Board" / "Board Treasurer Ida Moss"); "A 30-year-old man was charged" / "Constable
  // Ann Hale said she charged Tom Reed" names the officers first, not him.
  const subject = describingKeys(passage.text.split(/\s+(?:has|have|had|was|were|is|are|will|would|\p{Ll}+ed|\p{Ll}+s)\s/u)[0]);
  const theirs = describingKeys(`${next.text.slice(0, first.first)} ${first.p.roles.map((r) => r.role).join(' ')}`);
  return subject.some((k) => theirs.includes(k)) ? { name: first.p.name, pronoun: '', then: next } : undefined;
}

/** The longer words of a description, cut to five letters so "Board" meets "Boardroom", "union" "Union". */
function describingKeys(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !/^(?:the|this|that|with|from|said|says|yesterday|today|last|year|years|old)$/.test(w)).map((w) => w.slice(0, 5));
}

function previousPassage(ctx: AnswerContext, id: string) {
  const i = ctx.passageOrder.get(id);
  const p = i ? ctx.story.passages[i - 1] : undefined;
  return p && p.articleId === ctx.passages.get(id)!.articleId && p.paragraph >= 0 ? p : undefined;
}

/** The passage after one that ends in a colon, in the same article: what the colon introduces. */
function continuation(ctx: AnswerContext, id: string) {
  if (!/:\s*$/.test(ctx.passages.get(id)?.text ?? '')) return undefined;
  const i = ctx.passageOrder.get(id);
  const p = i === undefined ? undefined : ctx.story.passages[i + 1];
  return p && p.articleId === ctx.passages.get(id)!.articleId && p.paragraph >= 0 ? p : undefined;
}

/** First letter in capitals: an outlet's name opening a sentence ("an unnamed outlet" → "An unnamed outlet"). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
