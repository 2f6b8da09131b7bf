import type { CleanArticle } from '../corpus/article.js';
import type { Figure } from '../extract/figures.js';
import type { Person } from '../extract/people.js';
import { QUESTION_WORDS, words } from '../search/text.js';
import type { Passage } from '../story.js';
import type { AnswerDraft, PersonView } from './answer.js';
import { clip } from './clip.js';
import type { AnswerContext } from './context.js';
import { readableDate } from './dates.js';
import { capitalise } from './story-answers.js';
import { BROAD_TOPICS } from './figure-answers.js';
import { comparable, compareFigures } from './figure-comparison.js';
import { notFound } from './not-found.js';
import { figureView } from './figure-views.js';
import { focusMatch, personNameWords } from '../understand/focus.js';

/**
 * Answers about the story as a whole: "what happened?" (each article's lead, who is quoted most, what the figures
 * are on) and "who is in the story?" / "who was quoted the most?" (the speakers ranked by their statements).
 * Both read only what extraction already holds, so they cost a pass over the articles and people, never a search.
 */

/** How much of the story an overview and a people list show, in one place. */
export const OVERVIEW_DEFAULTS = {
  /** Articles listed with their lead, after the one the summary leads with. */
  articles: 5,
  /** Characters of a lead sentence shown in a detail line (the summary's lead is shown whole up to `leadChars`). */
  detailChars: 160,
  leadChars: 280,
  /** Figure topics listed in a "key numbers" answer, most important first. */
  figureTopics: 6,
  /** Figures shown for each of those topics. */
  figuresPerTopic: 2,
  /** Speakers named in an overview's "Quoted most" line. */
  topSpeakers: 3,
  /** Speakers listed, one a line, in a people answer. */
  people: 8,
  /** A lead shorter than this many words is a dateline, a kicker or a byline, not the story's first sentence. */
  leadWords: 8,
} as const;

/**
 * The sentence an article leads with: its first passage of body text that states something, long enough to be a
 * sentence of the story and ending as a statement ends. A teaser question ("How much worse could it get?") or a
 * standfirst with no full stop ("Soldiers flee on stolen bicycles") opens many pieces, but is not what happened;
 * failing a statement, the first long passage, failing that the first.
 */
function leadOf(passages: readonly Passage[], within = 6): Passage | undefined {
  const body = passages.filter((p) => p.paragraph >= 0);
  const long = body.filter((p) => p.text.split(/\s+/).length >= OVERVIEW_DEFAULTS.leadWords);
  return long.slice(0, within).find((p) => /[.!]["”’')]*$/.test(p.text.trim())) ?? long[0] ?? body[0];
}

interface Lead {
  article: CleanArticle;
  articleId: string;
  lead: Passage | undefined;
  words: Set<string>;
}

const contentWords = (text: string) => new Set(words(text).filter((w) => w.length > 3 && !QUESTION_WORDS.has(w) && !/^\d/.test(w)));

/**
 * Rule (one story or many): a corpus is one story told by several outlets when each article's headline and lead
 * share at least two content words with the one most like the rest (the central article); otherwise it is a set of
 * articles on different things, and the overview lists them rather than claim they tell one story. The central
 * article leads the summary: the one whose words the others share most is the fairest first account.
 */
const sharedWords = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;
/** Two articles tell one story when their headlines and leads share two content words or more. */
const linked = (a: Set<string> | undefined, b: Set<string> | undefined) => !!a && !!b && sharedWords(a, b) >= 2;

function centralArticle(leads: { articleId: string; words: Set<string> }[]): { index: number; oneStory: boolean } {
  let index = 0;
  let bestScore = -1;
  leads.forEach((x, i) => {
    const score = leads.reduce((n, y, j) => (i === j ? n : n + sharedWords(x.words, y.words)), 0);
    if (score > bestScore) [index, bestScore] = [i, score];
  });
  const near = leads.filter((y, j) => j !== index && linked(leads[index].words, y.words)).length;
  return { index, oneStory: leads.length > 1 && near >= Math.ceil((leads.length - 1) / 2) };
}

// The story never changes once loaded, so its shape is worked out once per story.
const shapes = new WeakMap<AnswerContext, { leads: Lead[]; index: number; oneStory: boolean }>();

/** Each article's lead, the central article, and whether the articles tell one story (rule one story or many). */
function shapeOf(ctx: AnswerContext): { leads: Lead[]; index: number; oneStory: boolean } {
  let shape = shapes.get(ctx);
  if (!shape) {
    const byArticle = new Map<string, Passage[]>();
    for (const p of ctx.story.passages) (byArticle.get(p.articleId) ?? byArticle.set(p.articleId, []).get(p.articleId)!).push(p);
    const leads: Lead[] = ctx.story.articles
      .map((a) => ({ article: a, lead: leadOf(byArticle.get(a.id) ?? []) }))
      .map((x) => ({ ...x, articleId: x.article.id, words: contentWords(`${x.article.headline} ${x.lead?.text ?? ''}`) }));
    shapes.set(ctx, (shape = { leads, ...(leads.length ? centralArticle(leads) : { index: 0, oneStory: false }) }));
  }
  return shape;
}

interface SpeakerCount {
  name: string;
  role?: string;
  person?: Person;
  statements: number;
  direct: number;
  outlets: string[];
  /** A sentence that holds one of their statements, for the citation. */
  first: { articleId: string; sentence: string };
}

const counted = new WeakMap<AnswerContext, { named: SpeakerCount[]; described: SpeakerCount[] }>();

/** Everyone the story quotes or reports, people by name and speakers it only describes, most statements first. */
function speakerCounts(ctx: AnswerContext): { named: SpeakerCount[]; described: SpeakerCount[] } {
  let counts = counted.get(ctx);
  if (!counts) counted.set(ctx, (counts = countSpeakers(ctx)));
  return counts;
}

function countSpeakers(ctx: AnswerContext): { named: SpeakerCount[]; described: SpeakerCount[] } {
  // (a statement is counted once however many outlets carried it, as "what did X say" lists them: one quote group)
  const named = ctx.quotedPeople.map((p): SpeakerCount => {
    const qs = ctx.quotesOf(p);
    const groups = ctx.groupsOf(p);
    return {
      name: p.name,
      role: roleOf(p, qs),
      person: p,
      statements: groups.length,
      direct: groups.filter((g) => g.quoteIds.some((id) => ctx.quotes.get(id)!.kind !== 'indirect')).length,
      outlets: [...new Set(qs.map((q) => ctx.article(q.articleId).name))],
      first: { articleId: qs[0].articleId, sentence: qs[0].sentence },
    };
  });
  const byLabel = new Map<string, SpeakerCount & { groups: Set<string> }>();
  for (const q of ctx.story.quotes) {
    if (q.personId || !q.descriptive) continue;
    const label = q.descriptive.replace(/^(?:the|a|an|one)\s+/i, '');
    const key = label.toLowerCase();
    const c = byLabel.get(key) ?? byLabel.set(key, { name: label, statements: 0, direct: 0, outlets: [], groups: new Set(), first: { articleId: q.articleId, sentence: q.sentence } }).get(key)!;
    if (!c.groups.has(q.groupId)) {
      c.groups.add(q.groupId);
      c.statements++;
      if (q.kind !== 'indirect') c.direct++;
    }
    const outlet = ctx.article(q.articleId).name;
    if (!c.outlets.includes(outlet)) c.outlets.push(outlet);
  }
  const rank = (a: SpeakerCount, b: SpeakerCount) => b.statements - a.statements || b.outlets.length - a.outlets.length || b.direct - a.direct;
  return { named: named.sort(rank), described: [...byLabel.values()].map(({ groups: _groups, ...c }) => c).sort(rank) };
}

/**
 * The role a list shows beside a name: the one their statements give most often (one odd reading among many does
 * not win), of those that say something (not "Mrs."), the shorter on a tie; else the shortest the person was given
 * that says something. A "the" is dropped and another article's capital too ("union leader", "another soldier"),
 * as it reads in brackets after a name.
 */
function roleOf(p: Person, quotes: readonly { role?: string }[]): string | undefined {
  const says = (r: string) => r.length > 2 && !/^(?:mr|mrs|ms|miss|dr|sir)\.?$/i.test(r);
  const times = new Map<string, number>();
  for (const q of quotes) if (q.role && says(q.role)) times.set(q.role, (times.get(q.role) ?? 0) + 1);
  const given = [...times].sort(([a, x], [b, y]) => y - x || a.length - b.length)[0]?.[0];
  const roles = [...new Set(p.roles.map((r) => r.role))].filter(says).sort((a, b) => a.length - b.length);
  const role = given ?? roles.find((r) => r.length > 8) ?? roles[0];
  return role?.replace(/^the\s+/i, '').replace(/^(?:A|An|One|Another)\b/, (w) => w.toLowerCase());
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** An outlet's name opening a sentence: "An unnamed German-language outlet, …". */
const outletOf = (x: Lead) => capitalise(x.article.name);
const withRole = (c: SpeakerCount) => (c.role ? `${c.name} (${c.role})` : c.name);
const personView = (ctx: AnswerContext, c: SpeakerCount): PersonView[] =>
  c.person ? [{ name: c.person.name, roles: [...new Set(c.person.roles.map((r) => r.role))], outlets: c.person.articles.map((id) => ctx.article(id).name), variants: c.person.variants }] : [];

/**
 * "When did it happen?", "Where was this?": the time or place each outlet's lead gives (the lead is where news puts
 * both), the central article first, with the date each article was published; the dates alone when no lead gives a
 * time. Found only when some lead gives the part asked for, or, asked when, some article is dated.
 */
function answerWhenWhere(ctx: AnswerContext, focus: 'when' | 'where', leads: readonly Lead[], index: number): AnswerDraft {
  const people = personNameWords(ctx.story.people);
  const ordered = [leads[index], ...leads.filter((_, i) => i !== index)];
  // (a place by its name only, "in Izium", "near the Russian border": "into the home" is where someone went, not
  // where the story happened)
  const partOf = (text: string) => {
    const m = focusMatch(text, focus, undefined, people);
    return m && (focus === 'when' || m.rank === 0) ? m.part : undefined;
  };
  const parts = ordered.map((x) => ({ ...x, part: x.lead ? partOf(x.lead.text) : undefined, date: x.article.published ? readableDate(x.article.published) : undefined }));
  const given = parts.filter((x) => x.part);
  const dated = parts.filter((x) => x.date);
  const dateNote = (x: (typeof parts)[number]) => (x.date ? ` (published ${x.date})` : '');
  if (given.length) {
    const [first, ...rest] = given;
    return {
      found: true,
      summary: `${capitalise(first.part!)}, by ${outletOf(first)}'s account${dateNote(first)}: “${clip(first.lead!.text, OVERVIEW_DEFAULTS.leadChars)}”`,
      details: rest.slice(0, OVERVIEW_DEFAULTS.articles).map((x) => `${outletOf(x)}${dateNote(x)}: ${x.part}.`),
      citations: given.slice(0, OVERVIEW_DEFAULTS.articles + 1).map((x) => ctx.citation(x.articleId, x.lead!.text)),
    };
  }
  if (focus === 'when' && dated.length) {
    return {
      found: true,
      summary: `The leads give no time of their own; the articles are dated ${[...new Set(dated.map((x) => x.date))].join(', ')}.`,
      details: dated.slice(0, OVERVIEW_DEFAULTS.articles + 1).map((x) => `${outletOf(x)}: published ${x.date}.`),
      citations: dated.filter((x) => x.lead).slice(0, OVERVIEW_DEFAULTS.articles + 1).map((x) => ctx.citation(x.articleId, x.lead!.text)),
    };
  }
  return notFound(ctx, focus === 'when' ? "The articles don't say when it happened." : "The articles' leads don't say where it happened.");
}

/** "What happened?": the central article's lead, the other outlets' leads, who is quoted most, what the figures are on. */
export function answerOverview(ctx: AnswerContext, focus?: 'when' | 'where' | 'figures'): AnswerDraft {
  if (focus === 'figures') return answerStoryFigures(ctx);
  const { leads, index, oneStory } = shapeOf(ctx);
  if (!leads.length) return notFound(ctx, 'The story holds no articles yet.');
  if (focus) return answerWhenWhere(ctx, focus, leads, index);
  const central = leads[index];
  const others = leads.filter((_, i) => i !== index);
  const { named, described } = speakerCounts(ctx);
  const top = named.slice(0, OVERVIEW_DEFAULTS.topSpeakers);
  const opening =
    leads.length === 1 ? `${outletOf(central)}: “${central.article.headline}”.` : oneStory ? `${plural(leads.length, 'outlet')} tell the story. ${outletOf(central)}, “${central.article.headline}”:` : `The story holds ${leads.length} articles on more than one subject. ${outletOf(central)}, “${central.article.headline}”:`;
  const shown = others.slice(0, OVERVIEW_DEFAULTS.articles);
  const topics = ctx.figures.topics.slice(0, 3);
  const details = [
    ...shown.map((x) => `${outletOf(x)}, “${x.article.headline}”${x.lead ? `: ${clip(x.lead.text, OVERVIEW_DEFAULTS.detailChars)}` : ''}`),
    ...(others.length > shown.length ? [`…and ${plural(others.length - shown.length, 'more article')}.`] : []),
    ...(top.length ? [`Quoted most: ${top.map((c) => `${withRole(c)}, ${plural(c.statements, 'statement')}`).join('; ')}.`] : []),
    ...(!top.length && described.length ? [`No one is quoted by name; speakers described: ${described.slice(0, 3).map((c) => c.name).join(', ')}.`] : []),
    ...(topics.length ? [`Figures on: ${topics.join('; ')}.`] : []),
  ];
  return {
    found: true,
    summary: `${opening}${central.lead ? ` ${clip(central.lead.text, OVERVIEW_DEFAULTS.leadChars)}` : ''}`,
    details,
    people: top.flatMap((c) => personView(ctx, c)),
    citations: [central, ...shown].filter((x) => x.lead).map((x) => ctx.citation(x.articleId, x.lead!.text)),
    suggestions: [...top.slice(0, 2).map((c) => `What did ${c.name} say?`), ...ctx.figures.sharedTopics.slice(0, 1).map((t) => `Do the outlets agree on ${t}?`)],
  };
}

/**
 * "What are the key numbers?", "give me the figures": what the story's figures are on, most important first, each
 * topic with its figures outlet by outlet (at most `figuresPerTopic` of them), and the topics two outlets share
 * offered for comparing.
 */
function answerStoryFigures(ctx: AnswerContext): AnswerDraft {
  const topics = ctx.figures.topics.slice(0, OVERVIEW_DEFAULTS.figureTopics);
  if (!topics.length) return notFound(ctx, 'The story reports no figures.');
  const shownFigures: Figure[] = [];
  const details = topics.map((topic) => {
    const figures = (ctx.figures.byTopic.get(topic) ?? []).map((e) => e.figure);
    // (one figure from each outlet before a second from any: what the topic is, as each outlet gives it)
    const seen = new Set<string>();
    const firsts = figures.filter((f) => !seen.has(f.articleId) && seen.add(f.articleId));
    const shown = [...firsts, ...figures.filter((f) => !firsts.includes(f))].slice(0, OVERVIEW_DEFAULTS.figuresPerTopic);
    shownFigures.push(...shown.slice(0, 1));
    const more = figures.length > shown.length ? `; …and ${plural(figures.length - shown.length, 'more', 'more')}` : '';
    return `${capitalise(topic)}: ${shown.map((f) => `${f.text} (${f.outlet})`).join('; ')}${more}.`;
  });
  const all = ctx.figures.topics.length;
  return {
    found: true,
    summary: `The story gives figures on ${plural(all, 'topic')}${all > topics.length ? `; the ${topics.length} that matter most` : ''}: ${topics.join(', ')}.`,
    details,
    figures: shownFigures.map(figureView),
    citations: shownFigures.map((f) => ctx.citation(f.articleId, f.sentence)),
    suggestions: ctx.figures.sharedTopics.slice(0, 2).map((t) => `Do the outlets agree on ${t}?`),
  };
}

/** "Who is in the story?", "Who was quoted the most?": speakers by their statements, named ones first. */
export function answerPeople(ctx: AnswerContext, most = false): AnswerDraft {
  const { named, described } = speakerCounts(ctx);
  if (!named.length && !described.length) return notFound(ctx, 'The story quotes no one: no statement in it names or describes a speaker.');
  const lead = named[0] ?? described[0];
  const tied = (named.length ? named : described).filter((c) => c.statements === lead.statements);
  // "4 quotes", "2 reported statements", "6 statements (4 quoted, 2 reported)": how much of it is their own words
  const told = (c: SpeakerCount) =>
    c.direct === c.statements ? plural(c.statements, 'quote') : !c.direct ? plural(c.statements, 'reported statement') : `${plural(c.statements, 'statement')} (${c.direct} quoted, ${c.statements - c.direct} reported)`;
  const line = (c: SpeakerCount) => `${withRole(c)}: ${told(c)} — ${c.outlets.join(', ')}`;
  const top =
    tied.length > 1
      ? `${tied.slice(0, 3).map(withRole).join(' and ')} are quoted most, ${plural(lead.statements, 'statement')} each.`
      : `${withRole(lead)} is quoted most: ${plural(lead.statements, 'statement')}, in ${plural(lead.outlets.length, 'outlet')}.`;
  const summary = most || !named.length ? top : `The story quotes ${plural(named.length, 'person', 'people')} by name${described.length ? ` and ${plural(described.length, 'speaker')} it only describes` : ''}. ${top}`;
  const listed = named.slice(0, OVERVIEW_DEFAULTS.people);
  const details = [
    ...listed.map(line),
    ...(named.length > listed.length ? [`…and ${plural(named.length - listed.length, 'more person', 'more people')}.`] : []),
    ...(described.length ? [`Not named: ${described.slice(0, 5).map((c) => `${c.name} (${c.statements})`).join(', ')}.`] : []),
  ];
  return {
    found: true,
    summary,
    details: most ? details.slice(0, 4) : details,
    people: listed.flatMap((c) => personView(ctx, c)),
    citations: (named.length ? named : described).slice(0, 3).map((c) => ctx.citation(c.first.articleId, c.first.sentence)),
    suggestions: listed.slice(0, 2).map((c) => `What did ${c.name} say?`),
  };
}

/**
 * "Do the outlets agree?", "What do they disagree on?": every topic two outlets or more give figures on, compared as
 * "do the outlets agree on <topic>" compares it, the differences first. Each line is the comparison's own verdict;
 * the chart and the full rows are one question away ("Do the outlets agree on <topic>?").
 */
export function answerAgreement(ctx: AnswerContext): AnswerDraft {
  const store = ctx.figures;
  // Articles on different subjects report figures on different events, and none contradicts another: a topic is
  // compared only across articles that tell one story (rule one story or many, read pairwise).
  const { leads } = shapeOf(ctx);
  const wordsOf = new Map(leads.map((l) => [l.articleId, l.words]));
  // (of a topic's articles, the largest set that tells one story: the two outlets on a court's fine, not the
  // article on a heatwave beside them)
  const oneEvent = (figures: Figure[]) => {
    const groups: string[][] = [];
    for (const id of new Set(figures.map((f) => f.articleId))) {
      const near = groups.filter((g) => g.some((b) => linked(wordsOf.get(id), wordsOf.get(b))));
      const merged = [id, ...near.flat()];
      for (const g of near) groups.splice(groups.indexOf(g), 1);
      groups.push(merged);
    }
    const largest = new Set(groups.sort((a, b) => b.length - a.length)[0] ?? []);
    return largest.size >= 2 ? figures.filter((f) => largest.has(f.articleId)) : [];
  };
  const all = store.sharedTopics.map((topic) => ({ topic, figures: (store.byTopic.get(topic) ?? []).map((e) => e.figure) }));
  const shared = all.map((c) => ({ ...c, figures: oneEvent(c.figures) })).filter((c) => c.figures.length);
  if (all.length && !shared.length)
    return notFound(ctx, `The outlets that give figures on the same things write about different events, so none contradicts another. Ask about one figure by name.`);
  // (a broad topic, "people", "money", "distance", holds figures on different things in each outlet: two people
  // injured and 160,000 passengers are no disagreement; it is compared only when asked about by name)
  const isBroad = (c: { topic: string; figures: Figure[] }) => BROAD_TOPICS.has(c.topic) || !comparable(c.figures);
  // ...but within it, figures two outlets say count the same thing are compared: the fine on a mill owner
  // (£1.8 million in one, £2.4 million in the other), its profit (£48 million in both)
  const within = shared.filter(isBroad).flatMap((c) => sameMeasure(c.figures).map((figures) => ({ topic: `${c.topic} (${shortestMeasure(figures)})`, figures })));
  const broad = shared.filter(isBroad).map((c) => c.topic).filter((t) => !within.some((w) => w.topic.startsWith(`${t} (`)));
  const compared = [...shared.filter((c) => !isBroad(c)), ...within].map((c) => ({ ...c, view: compareFigures(c.topic, c.figures, ctx.story.articles) }));
  if (!compared.length)
    return notFound(
      ctx,
      ctx.story.articles.length < 2
        ? 'The story has one article: there is nothing to compare it with.'
        : `No two outlets give figures on the same thing${broad.length ? ` (their figures on ${broad.join(', ')} count different things)` : ''}, so there is nothing to compare.`,
    );
  const differ = compared.filter((c) => !c.view.agree);
  const agree = compared.filter((c) => c.view.agree);
  const names = (cs: typeof compared) => cs.map((c) => c.topic).join(', ');
  const summary = !differ.length
    ? `The outlets agree on every figure two of them give: ${names(agree)}.`
    : `The outlets differ on ${names(differ)}${agree.length ? `; they agree on ${names(agree)}` : ''}.`;
  const ordered = [...differ, ...agree];
  return {
    found: true,
    summary,
    // (a verdict's first sentence says whether and by how much; its notes on spans and conversions are the topic's own answer)
    details: [
      ...ordered.map((c) => `${capitalise(c.topic)}: ${/^.*?\.(?=\s+\p{Lu})/u.exec(c.view.verdict)?.[0] ?? c.view.verdict}`),
      ...(broad.length ? [`Not compared, as each outlet's figures count different things: ${broad.join(', ')}. Ask about one by name.`] : []),
    ],
    citations: ordered.flatMap((c) => c.figures.slice(0, 2).map((f) => ctx.citation(f.articleId, f.sentence))),
    suggestions: ordered.slice(0, 3).map((c) => `Do the outlets agree on ${c.topic}?`),
  };
}

const measureWords = (f: Figure) => contentWords(f.measure ?? '');
const shortestMeasure = (figures: readonly Figure[]) => [...figures].map((f) => f.measure ?? '').filter(Boolean).sort((a, b) => a.length - b.length)[0] ?? '';

/**
 * Rule (the same measure): figures of a broad topic count the same thing when the words of one's measure are all in
 * the other's ("profit" and "profit last year", "Harlow Mills" twice), never by one shared word ("Elsby north of
 * Harlow" and "Tern Bridge east of Harlow" are two distances). Groups from two outlets or more, holding two numbers
 * in one unit, are returned.
 */
function sameMeasure(figures: readonly Figure[]): Figure[][] {
  const subsetOf = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
  const groups: { words: Set<string>; figures: Figure[] }[] = [];
  for (const f of figures) {
    const w = measureWords(f);
    if (!w.size) continue;
    const g = groups.find((x) => subsetOf(w, x.words) || subsetOf(x.words, w));
    if (g) {
      g.figures.push(f);
      if (w.size < g.words.size) g.words = w;
    } else groups.push({ words: w, figures: [f] });
  }
  return groups.map((g) => g.figures).filter((fs) => new Set(fs.map((f) => f.articleId)).size >= 2 && comparable(fs));
}
