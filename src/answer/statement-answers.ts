import type { Person } from '../extract/people.js';
import { coverage, matchedTerms, search } from '../search/story-index.js';
import { QUESTION_WORDS, words } from '../search/text.js';
import { stem } from '../search/stem.js';
import type { StoryQuote } from '../story.js';
import type { AnswerDraft, Citation, QuoteView } from './answer.js';
import { clip } from './clip.js';
import type { AnswerContext } from './context.js';
import { figureLine, figureView } from './figure-views.js';
import { notFound, quotedPeopleLine } from './not-found.js';
import { countLine, quoteView, representative } from './quote-answers.js';

// Answers for readings understanding resolved against the story: described speakers, a person's words on a
// topic, things mentioned, flagged conversions, an author's article. Each gets ids, never looks names up again.

function citations(ctx: AnswerContext, quotes: readonly StoryQuote[]): Citation[] {
  const seen = new Set<string>();
  return quotes.filter((q) => !seen.has(`${q.articleId}\u0000${q.sentence}`) && seen.add(`${q.articleId}\u0000${q.sentence}`)).map((q) => ctx.citation(q.articleId, q.sentence));
}

function line(v: QuoteView): string {
  const outlets = [...new Set(v.entries.map((e) => e.outlet))];
  const who = v.speaker ? `${v.speaker}${v.role ? ` (${v.role})` : ''}` : v.entries.find((e) => e.speakerAsWritten && !PRONOUN.test(e.speakerAsWritten))?.speakerAsWritten ?? 'unnamed';
  return `“${representative(v.entries)}” — ${who}; carried by ${outlets.join(', ')}.${v.sources.length ? ` Original source credited: ${v.sources.join(', ')}.` : ''}`;
}

/** Ranks quotes by how many of `about`'s words their sentence holds; the rest are dropped when some match. */
function about(ctx: AnswerContext, quotes: StoryQuote[], topic: string | undefined): { quotes: StoryQuote[]; matched: boolean } {
  if (!topic) return { quotes, matched: true };
  const want = ctx.terms.resolve(topic, QUESTION_WORDS).filter((t) => t.forms.length);
  if (!want.length) return { quotes, matched: false };
  const scored = quotes.map((q) => {
    const ws = quoteWords(q);
    return { q, n: want.filter((t) => t.forms.some((f) => ws.has(f) || [...ws].some((w) => w.startsWith(f.slice(0, Math.max(4, f.length - 2)))))).length };
  });
  const top = Math.max(0, ...scored.map((s) => s.n));
  return top ? { quotes: scored.filter((s) => s.n === top).map((s) => s.q), matched: true } : { quotes, matched: false };
}

// A statement's words (its text and sentence), read once per story rather than once per question asked about it.
const wordsOfQuote = new WeakMap<StoryQuote, Set<string>>();
function quoteWords(q: StoryQuote): Set<string> {
  let ws = wordsOfQuote.get(q);
  if (!ws) wordsOfQuote.set(q, (ws = new Set(words(`${q.text} ${q.sentence}`))));
  return ws;
}

const stemsByArticle = new WeakMap<AnswerContext, Map<string, Set<string>>>();

/** Whether any article carrying these statements uses a word of the topic, in some form. */
function articlesTouch(ctx: AnswerContext, quotes: readonly StoryQuote[], topic: string): boolean {
  let byArticle = stemsByArticle.get(ctx);
  if (!byArticle) {
    stemsByArticle.set(ctx, (byArticle = new Map()));
    for (const p of ctx.story.passages) {
      const set = byArticle.get(p.articleId) ?? byArticle.set(p.articleId, new Set()).get(p.articleId)!;
      for (const w of words(p.text)) set.add(stem(w));
    }
  }
  const want = ctx.terms.resolve(topic, QUESTION_WORDS).flatMap((t) => t.forms.map(stem));
  return [...new Set(quotes.map((q) => q.articleId))].some((id) => want.some((w) => byArticle.get(id)?.has(w)));
}

/** "What did the villagers / the ministry / the commander say?": the statements whose speaker the outlets described so. */
export function answerSpeakerQuotes(ctx: AnswerContext, label: string, quoteIds: readonly string[], topic?: string): AnswerDraft {
  const all = quoteIds.map((id) => ctx.quotes.get(id)).filter((q): q is StoryQuote => !!q);
  const { quotes, matched } = about(ctx, all, topic);
  const groupIds = [...new Set(quotes.map((q) => q.groupId))];
  const views = groupIds.map((id) => quoteView(ctx, ctx.groups.get(id)!));
  const outlets = new Set(quotes.map((q) => ctx.article(q.articleId).name));
  const note = topic && !matched ? ` None of it is about ${clip(topic)}; everything they said:` : '';
  const found = !note || articlesTouch(ctx, all, topic!);
  return {
    // "What did the court say about bribes", when none of its statements is and their articles never mention it:
    // the story does not answer that, though the answer says plainly what the speaker did say. A topic their article
    // is about ("the two old men" of a piece on Rayburn and Smith) may be what the quotes mean without naming it.
    found,
    summary: found
      ? `${capital(asWritten(ctx, quotes) ?? label)}: ${countLine(views)}, carried by ${[...outlets].join(', ')}.${note}`
      : `${capital(asWritten(ctx, quotes) ?? label)} says nothing about ${clip(topic!)} in the story. What the story has from them: ${views
          .slice(0, 2)
          .map((v) => `“${clip(representative(v.entries), 120)}”`)
          .join('; ')} (${[...outlets].join(', ')}).`,
    details: views.map(line),
    quotes: views,
    citations: citations(ctx, quotes),
  };
}

/**
 * "What did Hemphill say about the bids?": the person's quotes on that topic and the sentences that name them with
 * it (reported words the extractor did not take as quotes), whichever covers the topic better leading.
 */
export function answerPersonAbout(ctx: AnswerContext, person: Person, topic: string): AnswerDraft | undefined {
  const { quotes, matched } = about(ctx, [...ctx.quotesOf(person)], topic);
  const views = matched ? [...new Set(quotes.map((q) => q.groupId))].map((id) => quoteView(ctx, ctx.groups.get(id)!)) : [];
  const topicTerms = ctx.terms.resolve(topic, QUESTION_WORDS).filter((t) => t.forms.length);
  const quoteCover = matched && quotes.length ? Math.max(...quotes.map((q) => coverage(topicTerms, new Set(words(q.sentence).map(stem))))) : 0;
  const surnames = [person.name, ...person.variants].map((n) => n.split(' ').pop()!);
  const terms = ctx.terms.resolve(`${surnames[0]} ${topic}`, QUESTION_WORDS).filter((t) => t.forms.length);
  const hits = search(ctx.indexes.passages, terms.map((t) => ({ forms: t.forms })))
    .map((r) => ({ p: ctx.passages.get(r.ref)!, c: coverage(topicTerms, matchedTerms(r, ['text'])) }))
    .filter((h) => h.c >= 0.6 && surnames.some((n) => h.p.text.includes(n)))
    .sort((a, b) => b.c - a.c)
    .slice(0, 3);
  if (!views.length && !hits.length) return undefined;
  const passageLead = hits.length && hits[0].c > quoteCover;
  const quoteLines = views.map(line);
  const passageLines = hits.map((h) => `${ctx.article(h.p.articleId).name}: ${h.p.text}`);
  const summary = passageLead ? hits[0].p.text : `${person.name} on ${clip(topic)}: ${views.map((v) => `“${representative(v.entries)}”`).join(' ')}`;
  return {
    found: true,
    summary,
    details: passageLead ? [...passageLines.slice(1), ...quoteLines] : [...quoteLines, ...passageLines],
    quotes: views,
    citations: [...(passageLead ? [] : citations(ctx, quotes)), ...hits.map((h) => ctx.citation(h.p.articleId, h.p.text)), ...(passageLead ? citations(ctx, quotes) : [])],
  };
}

/** "Which outlets mention drones?": the outlets whose passages hold every word of it, each cited once. */
export function answerMentions(ctx: AnswerContext, thing: string, passageIds?: readonly string[]): AnswerDraft {
  const all = ctx.terms.resolve(thing, QUESTION_WORDS);
  const terms = all.filter((t) => t.forms.length);
  // Every word of the thing must be in the story ("nuclear weapons" is not "weapons"), unless understanding found
  // the passages holding it in other words or spelt as the story spells it ("the russian withdrawl").
  const ids = passageIds?.length ? passageIds : terms.length < all.length ? []
    : search(ctx.indexes.passages, terms.map((t) => ({ forms: t.forms })))
        .filter((r) => coverage(terms, matchedTerms(r, ['text'])) >= 0.99)
        .map((r) => r.ref);
  const byArticle = new Map<string, string[]>();
  for (const id of ids) {
    const p = ctx.passages.get(id);
    if (p) (byArticle.get(p.articleId) ?? byArticle.set(p.articleId, []).get(p.articleId)!).push(p.text);
  }
  if (!byArticle.size) return notFound(ctx, `No outlet in the story mentions ${clip(thing)}.`);
  const names = [...byArticle.keys()].map((id) => ctx.article(id).name);
  return {
    found: true,
    summary: `${names.length} outlet${names.length === 1 ? '' : 's'} mention${names.length === 1 ? 's' : ''} ${clip(thing)}: ${names.join(', ')}.`,
    details: [...byArticle].map(([id, texts]) => `${ctx.article(id).name}: ${texts[0]}`),
    citations: [...byArticle].map(([id, texts]) => ctx.citation(id, texts[0])),
  };
}

/** "Which article got a unit conversion wrong?": the printed conversions the figure checker found not to hold. */
export function answerConversions(ctx: AnswerContext): AnswerDraft {
  const checked = ctx.story.figures.filter((f) => f.conversion);
  const wrong = checked.filter((f) => !f.conversion!.ok);
  if (!wrong.length)
    return checked.length
      ? { found: true, summary: `Every printed conversion in the story holds (${checked.length} checked).`, details: checked.map(figureLine), figures: checked.map(figureView), citations: checked.map((f) => ctx.citation(f.articleId, f.sentence)) }
      : notFound(ctx, 'No article in the story prints a unit conversion.');
  const outlets = [...new Set(wrong.map((f) => f.outlet))];
  return {
    found: true,
    summary: `${outlets.join(' and ')} printed a conversion that does not hold: ${wrong.map((f) => `${f.text} (${f.conversion!.note})`).join('; ')}.`,
    details: wrong.map(figureLine),
    figures: wrong.map(figureView),
    citations: wrong.map((f) => ctx.citation(f.articleId, f.sentence)),
  };
}

/** "What did <author> write?": their article, with its lead. */
export function answerAuthor(ctx: AnswerContext, articleId: string): AnswerDraft {
  const a = ctx.article(articleId);
  const lead = a.paragraphs[0] ?? a.headline;
  return {
    found: true,
    summary: `${a.byline ?? 'The author'} wrote ${a.name}'s article “${a.headline}”.`,
    details: [lead],
    citations: [ctx.citation(a.id, a.headline), ctx.citation(a.id, lead)],
  };
}

/**
 * The speaker's name as the text writes it, when every statement names them alike: "UK Ministry of the Defense",
 * not the asker's "uk ministry of defence". Several differently named speakers keep the asker's words.
 */
function asWritten(ctx: AnswerContext, quotes: readonly StoryQuote[]): string | undefined {
  const labels = new Map<string, string>();
  for (const q of quotes) {
    // "He said": a pronoun is no label; the speaker it was resolved to is, else the asker's description stands.
    const l = q.descriptive ?? (q.speakerAsWritten && PRONOUN.test(q.speakerAsWritten) ? (q.personId ? ctx.people.get(q.personId)?.name : undefined) : q.speakerAsWritten);
    if (!l) return undefined;
    labels.set(l.toLowerCase().replace(/^(?:the|a|an)\s+/, ''), l);
  }
  // "Emory University's Board of Trustees" and "the board": the fullest name, when it holds the others' words.
  const [full, ...rest] = [...labels.values()].sort((a, b) => b.length - a.length);
  const held = new Set(words(full));
  return rest.every((l) => words(l).every((w) => held.has(w) || /^(?:the|a|an)$/.test(w))) ? full : undefined;
}

// A speaker written only as a pronoun ("he said"), which labels nobody on its own.
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;

function capital(s: string): string {
  const t = s.replace(/^(?:the|a|an)\s+/i, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** A speaker understanding looked for and the story does not have: who it does quote instead. */
export function unknownSpeaker(ctx: AnswerContext, name: string, question = '', mentionedIn: readonly string[] = []): AnswerDraft {
  // Named in the story and never speaking (rule named, never heard): where it is named, for the asker to judge.
  const named = mentionedIn.map((id) => ctx.passages.get(id)).find((p) => !!p);
  const where = named ? ` ${ctx.article(named.articleId).name} mentions ${clip(name)} but quotes no word from them: “${clip(named.text, 160)}”` : '';
  const none = notFound(ctx, `The story quotes nobody called “${clip(name)}”.${where}${quotedPeopleLine(ctx, question || name)}`);
  return named ? { ...none, citations: [ctx.citation(named.articleId, named.text)] } : none;
}

/** "Which outlets quoted the sheriff?": the outlets carrying the statements of a described speaker. */
export function answerGroupsCarried(ctx: AnswerContext, label: string, groupIds: readonly string[]): AnswerDraft {
  const quotes = groupIds.flatMap((id) => ctx.groups.get(id)?.quoteIds ?? []).map((id) => ctx.quotes.get(id)!);
  const outlets = [...new Set(quotes.map((q) => ctx.article(q.articleId).name))];
  const views = groupIds.map((id) => quoteView(ctx, ctx.groups.get(id)!));
  return {
    found: true,
    summary: `${outlets.length} outlet${outlets.length === 1 ? '' : 's'} quoted ${label}: ${outlets.join(', ')}.`,
    details: views.map(line),
    quotes: views,
    citations: citations(ctx, quotes),
  };
}
