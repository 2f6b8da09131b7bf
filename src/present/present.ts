import type { Answer, Citation, FigureView, QuoteEntry, QuoteView } from '../answer/answer.js';
import { capitalise, contentWords, count, listOf, sentenceKey, shared, shorten, window } from './matching.js';
import { plainLine, plainSections, span } from './plain.js';
import type { BestWording, Line, Presentation, SourceLine, ViewName } from './presentation.js';
import { nextQuestions } from './suggest.js';
import { toldTo } from './told-to.js';

/** The presenter's tuning; every surface uses the same, so they show the same answer. */
export const PRESENT_DEFAULTS = {
  /**
   * Characters of plain text the default answer may take. People in a channel read the first lines and move on;
   * 900 characters is what a surface may show, and markup (bold, links, bullets) takes the rest of that.
   */
  budget: 780,
  /** Cited sentences shown by default; the rest are one button away. */
  sources: 3,
  /** Longest quote wording shown by default, cut around the part that matches the question. */
  wordingChars: 240,
  /** Longest cited sentence shown by default. */
  excerptChars: 260,
  /** Suggested next questions offered. */
  suggestions: 5,
} as const;

/** The core's Answer decided into sections once; see {@link Presentation}. */
export function present(answer: Answer): Presentation {
  const wanted = contentWords(answer.question);
  const base: Presentation = {
    title: answer.question.trim() || 'Story Bot',
    intent: answer.intent,
    found: answer.found,
    tone: answer.intent === 'help' ? 'help' : answer.found ? 'found' : 'not-found',
    lead: [span(answer.summary)],
    body: [],
    sources: [],
    more: [],
    suggestions: nextQuestions(answer).slice(0, PRESENT_DEFAULTS.suggestions),
  };
  // Not found: the summary says why and the suggestions are the way on; both must fit (a long list of the
  // people quoted in a big story would not).
  if (!answer.found) return fit(base, PRESENT_DEFAULTS.budget - base.suggestions.reduce((n, q) => n + q.length + 4, 0));
  const p = { ...base, ...sectionsFor(answer, wanted) };
  // A sentence that names the speaker is the evidence for who said it: rank those first.
  const speaker = contentWords(answer.quotes[0]?.speaker ?? '');
  p.sources = distinctSources(answer.citations, shownTexts(p), wanted, PRESENT_DEFAULTS.excerptChars, speaker).slice(
    0,
    PRESENT_DEFAULTS.sources,
  );
  p.more = moreViews(answer, p, uniqueCitations(answer.citations, shownTexts(p)).length);
  p.lead = capitalised(p.lead);
  // A follow-up says first how it was read ("Taking “he” to be Volodymyr Zelenskyy"), so a wrong guess shows.
  // Leads taken from the summary already hold it.
  const note = answer.followUp?.note;
  if (note && !plainLine(p.lead).startsWith(note)) p.lead = [span(`${note}. `), ...p.lead];
  if (answer.comparison) p.chart = { kind: 'comparison', topic: answer.comparison.topic };
  return fit(p, PRESENT_DEFAULTS.budget);
}

function sectionsFor(answer: Answer, wanted: ReadonlySet<string>): Partial<Presentation> {
  const quote = answer.quotes[0];
  switch (answer.intent) {
    case 'who_said':
      return quote ? whoSaid(answer, quote, wanted) : {};
    case 'what_said':
      return quote ? whatSaid(answer, wanted) : {};
    case 'compare':
      // (every topic at once: one verdict a line, no single comparison to chart)
      return answer.comparison ? compared(answer) : { body: answer.details.map((d) => [span(d)]) };
    case 'people':
      return { body: answer.details.map((d) => namedLine(d, answer.people)) };
    case 'outlet_ranking':
    case 'outlets':
      // (a ranking too: one outlet a line, most voices first, "**Harbour Post**: 5 speakers (3 named, 2 described only), …")
      // each outlet's headline, byline, date and sources: what "who wrote these" and "when were they published" ask
      return { body: answer.details.map((d) => namedLine(d, answer.outlets.map((o) => ({ name: o.outlet })))) };
    case 'overview':
      // the other outlets' leads are its sources; who is quoted most is the line a newcomer asks about next
      if (answer.people.length) return { body: [[span('Quoted most: '), ...spanList(answer.people.map((p) => p.name)), span('.')]] };
      // ("what are the key numbers": a topic a line, its figures outlet by outlet)
      return answer.figures.length ? { body: answer.details.map((d) => [span(d)]) } : {};
    default:
      return {};
  }
}

/** Names in bold, joined as a sentence joins them: "**A**, **B** and **C**". */
function spanList(names: readonly string[]): Line {
  return names.flatMap((n, i) => [...(i === 0 ? [] : [span(i === names.length - 1 ? ' and ' : ', ')]), span(n, 'strong')]);
}

/** A line of a people list, its person's name in bold: "**Mara Quill** (union leader): 4 quotes — Harbour Post". */
function namedLine(line: string, people: readonly { name: string }[]): Line {
  const person = people.find((p) => line.startsWith(p.name));
  return person ? [span(person.name, 'strong'), span(line.slice(person.name.length))] : [span(line)];
}

// ---- quotes ------------------------------------------------------------------------------------------------

/** "**Petro Kuzyk**, a commander in Ukraine's National Guard," — a role read as an apposition or in brackets. */
function speakerSpans(q: QuoteView): Line {
  if (!q.speaker) return [span('No outlet names the speaker')];
  if (!q.role) return [span(q.speaker, 'strong')];
  // "a commander …", "the head of …" read as an apposition; a bare title reads better in brackets.
  return /^(?:a|an|the|one|of)\b/i.test(q.role)
    ? [span(q.speaker, 'strong'), span(`, ${q.role},`)]
    : [span(q.speaker, 'strong'), span(` (${q.role})`)];
}

/** Outlets in the order the answer lists them, each once. */
function outletsOf(entries: readonly QuoteEntry[]): string[] {
  return [...new Set(entries.map((e) => e.outlet))];
}

/** The wording of a quote that best matches the question: the most words asked about, then the shortest. */
export function bestWording(
  q: QuoteView,
  wanted: ReadonlySet<string>,
  max: number = PRESENT_DEFAULTS.wordingChars,
): BestWording {
  const wordings = new Map<string, string[]>();
  for (const e of q.entries) wordings.set(e.text, [...(wordings.get(e.text) ?? []), e.outlet]);
  const ranked = [...wordings].sort(([a], [b]) => shared(wanted, b) - shared(wanted, a) || a.length - b.length);
  const [text, outlets] = ranked[0];
  return { text: window(text, wanted, max), outlets: [...new Set(outlets)] };
}

/**
 * Whether an outlet named the speaker: one of its entries wrote the speaker's surname, or named nobody at all
 * while the quote is attributed (a pronoun after a named mention reads as named).
 */
function namedBy(q: QuoteView, outlet: string): boolean {
  const surname = q.speaker?.split(/\s+/).at(-1)?.toLowerCase();
  const entries = q.entries.filter((e) => e.outlet === outlet);
  if (!surname) return false;
  const asWritten = entries.map((e) => e.speakerAsWritten?.toLowerCase());
  return (
    asWritten.some((w) => w?.includes(surname)) || !asWritten.some((w) => w && !/^(?:he|she|they|him|her)$/.test(w))
  );
}

function carriedBy(q: QuoteView): Line {
  const outlets = outletsOf(q.entries);
  const named = q.speaker
    ? outlets.map((o) => ({ o, named: namedBy(q, o) }))
    : outlets.map((o) => ({ o, named: true }));
  // Only worth saying when some outlet named the speaker and this one did not.
  const someNamed = named.some((n) => n.named);
  const items = named.map(({ o, named: n }) => {
    if (n || !someNamed) return o;
    const as = q.entries.find((e) => e.outlet === o && e.speakerAsWritten)?.speakerAsWritten;
    return `${o} (${as ? `as “${shorten(as, 40)}”` : 'speaker unnamed'})`;
  });
  if (items.length === 1) return [span(`Carried by ${items[0]} alone.`)];
  return [span(`Carried by ${count(outlets.length, 'outlet')}: ${items.join(', ')}.`)];
}

/** Two quotes from different speakers that share most of their words: the outlets credit the same words differently. */
function rivalsOf(answer: Answer, wanted: ReadonlySet<string>): QuoteView[] {
  const [first, ...rest] = answer.quotes;
  const firstWords = contentWords(first.entries.map((e) => e.text).join(' '));
  return rest.filter((v) => {
    if (!v.speaker || v.speaker === first.speaker) return false;
    const theirs = contentWords(v.entries.map((e) => e.text).join(' '));
    const common = [...theirs].filter((w) => firstWords.has(w)).length;
    return common >= Math.min(theirs.size, firstWords.size) * 0.6 && shared(wanted, v.entries[0].text) > 0;
  });
}

function whoSaid(answer: Answer, q: QuoteView, wanted: ReadonlySet<string>): Partial<Presentation> {
  const rivals = rivalsOf(answer, wanted);
  if (rivals.length) {
    const per = (v: QuoteView) => `${v.speaker} according to ${listOf(outletsOf(v.entries))}`;
    return {
      lead: [span(`The outlets disagree on who said it: ${[q, ...rivals].map(per).join('; ')}.`)],
      best: bestWording(q, wanted),
      carriedBy: carriedBy(q),
    };
  }
  const lead: Line = q.speaker
    ? [...speakerSpans(q), span(' said it'), ...(q.sources.length ? toldTo(q.sources) : listeners(q.addressees)), span('.')]
    : unnamedLead(q);
  return { lead, best: bestWording(q, wanted), carriedBy: carriedBy(q) };
}

/** " to reporters", " to the trustees and Mayor Grady": whom the words were said to, as the outlet wrote it (two at most). */
function listeners(addressees: readonly string[] | undefined): Line {
  const named = (addressees ?? []).slice(0, 2);
  return named.length ? [span(` to ${named.join(' and ')}`)] : [];
}

/** No outlet names the speaker: say so, and give how the outlets described them, which is often the answer. */
function unnamedLead(q: QuoteView): Line {
  const described = q.entries.filter((e) => e.speakerAsWritten && !/^(?:he|she|they)$/i.test(e.speakerAsWritten));
  if (!described.length) return [span('No outlet names who said it'), ...toldTo(q.sources), span('.')];
  const e = described[0];
  return [
    span('No outlet names the speaker; '),
    span(e.outlet, 'em'),
    span(' credits it to '),
    span(`“${shorten(e.speakerAsWritten!, 80)}”`, 'strong'),
    ...toldTo(q.sources),
    span('.'),
  ];
}

function whatSaid(answer: Answer, wanted: ReadonlySet<string>): Partial<Presentation> {
  const first = answer.quotes[0];
  // What was asked about beyond the name: "What did Hemphill say about the bids?" ranks quotes by "bids".
  const nameWords = contentWords(first.speaker ?? '');
  const topic = new Set([...wanted].filter((w) => !nameWords.has(w)));
  // Direct quotes lead over reported speech at equal relevance: the speaker's own words say most.
  const ranked = [...answer.quotes].sort(
    (a, b) =>
      shared(topic, b.entries.map((e) => e.text).join(' ')) - shared(topic, a.entries.map((e) => e.text).join(' ')) ||
      Number(isReported(a)) - Number(isReported(b)) ||
      outletsOf(b.entries).length - outletsOf(a.entries).length,
  );
  // The quotes themselves are the answer: as many of the best as read in a breath, the rest one line each.
  const words = (v: QuoteView) =>
    bestWording(v, topic.size ? topic : contentWords(v.entries.map((e) => e.text).join(' ')), 200);
  const inLead = [{ ...words(ranked[0]), reported: isReported(ranked[0]), view: ranked[0] }];
  for (const v of ranked.slice(1, 3)) {
    const w = { ...words(v), reported: isReported(v), view: v };
    if (inLead.reduce((n, x) => n + x.text.length, 0) + w.text.length > PRESENT_DEFAULTS.wordingChars) break;
    inLead.push(w);
  }
  // A role or description can fit several people ("the chief executive" of two firms in two stories): the lead
  // then names them all and credits every wording to its own speaker, never one person with another's words.
  // A group asked about ("fire officers") may take in one of its members by name: the lead stays the group's, and
  // the member's words carry the member's name.
  const speakers = [...new Map(ranked.map((v) => [v.speaker ?? '', v])).values()];
  const many = speakers.filter((v) => !v.plural).length > 1;
  const by = (v: QuoteView) => (many || (v.speaker ?? '') !== (first.speaker ?? '') ? ` — ${v.speaker ?? 'unnamed'}` : '');
  const outlets = new Set(answer.quotes.flatMap((v) => outletsOf(v.entries)));
  const times = statementCount(answer.quotes, first.plural ? 'are' : 'is');
  const label =
    answer.quotes.length === 1
      ? isReported(answer.quotes[0]) ? 'Reported' : 'The quote'
      : inLead.length === answer.quotes.length
        ? 'Said'
        : inLead.length > 1
          ? 'Among them'
          : 'Most to the point';
  const who: Line = many
    ? [
        span(`${speakers.length} people fit that: `),
        // "A, B and C"; past three, "A, B, C and 2 more".
        ...speakers.slice(0, 3).flatMap((v, i) => [...(i ? [span(i === speakers.length - 1 ? ' and ' : ', ')] : []), ...speakerSpans(v)]),
        ...(speakers.length > 3 ? [span(` and ${speakers.length - 3} more`)] : []),
        span(`, quoted or reported ${answer.quotes.length} times by ${count(outlets.size, 'outlet')}`),
      ]
    : [
        ...speakerSpans(first),
        span(` ${times}, by ${count(outlets.size, 'outlet')}`),
        ...(first.sources.length ? toldTo(first.sources).map((s, i) => (i === 0 ? span(`, speaking${s.text}`) : s)) : []),
      ];
  const lead: Line = [
    ...who,
    span(`. ${label}: `),
    // A lone report is already labelled "Reported", so its words are not marked a second time.
    span(inLead.map((w) => `${label === 'Reported' ? w.text : wordsAsShown(w.text, w.reported)}${by(w.view)} (${listOf(w.outlets)})`).join('; ')),
    span('.'),
  ];
  const others = ranked
    .slice(inLead.length, inLead.length + 2)
    .map((v) => [span(`${wordsAsShown(bestWording(v, topic, 120).text, isReported(v))}${by(v)} (${listOf(outletsOf(v.entries))})`)]);
  return { lead, body: others };
}

/** Reported speech: every outlet gives the speaker's words in its own, so none may stand in quote marks. */
export function isReported(v: QuoteView): boolean {
  return v.entries.every((e) => e.kind === 'indirect');
}

/** Quoted words in quote marks; an outlet's report of them marked as a report, never as verbatim. */
function wordsAsShown(text: string, reported: boolean): string {
  return reported ? `reported: ${text}` : `“${text}”`;
}

/**
 * "is quoted 2 times and reported 2 times": every statement counts, quoted or reported, so a person's count is
 * the same whether they are asked about by name or by role; the two kinds stay apart because only one is verbatim.
 */
function statementCount(views: readonly QuoteView[], be: 'is' | 'are'): string {
  const reported = views.filter(isReported).length;
  const quoted = views.length - reported;
  const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
  if (!reported) return `${be} quoted ${times(quoted)}`;
  if (!quoted) return `${be} reported ${times(reported)}`;
  return `${be} quoted ${times(quoted)} and reported ${times(reported)}`;
}

// ---- figures -----------------------------------------------------------------------------------------------

/** The figure of a row to lead with: the first with a number behind it (normalized), else the first. */
function leadFigure(figures: readonly FigureView[]): FigureView | undefined {
  return figures.find((f) => f.normalized) ?? figures[0];
}

function compared(answer: Answer): Partial<Presentation> {
  const c = answer.comparison!;
  const rows = c.rows.filter((r) => r.figures.length);
  const items = rows.map((r) => [span(r.outlet, 'strong'), span(` ${leadFigure(r.figures)!.text}`)]);
  // One outlet cannot agree with itself: with one row there is nothing to compare, and the lead says so.
  const opening =
    rows.length === 1
      ? `Only one outlet gives a figure on ${c.topic}, so there is nothing to compare: `
      : `${count(rows.length, 'outlet')} give figures on ${c.topic}, and they ${c.agree ? 'agree' : 'do not agree'}: `;
  const lead: Line = [
    span(opening),
    ...items.flatMap((it, i) => [...(i ? [span(i === items.length - 1 ? ' and ' : ', ')] : []), ...it]),
    span('.'),
  ];
  const warnings = rows.flatMap((r) =>
    r.figures.filter((f) => f.warning).map((f) => [span(`⚠ ${r.outlet}: ${f.text}: ${f.warning}`)]),
  );
  return { lead, body: warnings.slice(0, 2) };
}

// ---- sources -----------------------------------------------------------------------------------------------

/** Every sentence already on screen, so no source repeats it. */
function shownTexts(p: Presentation): string[] {
  return [plainLine(p.lead), ...(p.best ? [p.best.text] : []), ...p.body.map(plainLine)];
}

/**
 * Citations as sources to show: each sentence once (outlets often print the same one), none the answer already
 * shows whole, the best match first, then one per outlet before a second from any.
 */
/** The citations whose sentence is not already shown, each sentence once, in their order. */
function uniqueCitations(citations: readonly Citation[], shown: readonly string[]): Citation[] {
  const shownKeys = shown.map(sentenceKey);
  const seen = new Set<string>();
  const unique: Citation[] = [];
  for (const c of citations) {
    const key = sentenceKey(c.excerpt) || c.excerpt.trim();
    if (!key || seen.has(key) || shownKeys.some((s) => s.includes(key))) continue;
    seen.add(key);
    unique.push(c);
  }
  return unique;
}

export function distinctSources(
  citations: readonly Citation[],
  shown: readonly string[],
  wanted: ReadonlySet<string>,
  excerptChars: number = PRESENT_DEFAULTS.excerptChars,
  prefer: ReadonlySet<string> = new Set(),
): SourceLine[] {
  const score = (c: Citation) => shared(wanted, c.excerpt) + 2 * shared(prefer, c.excerpt);
  const unique = uniqueCitations(citations, shown);
  const byOutlet = new Map<string, number>();
  const order = unique
    .map((c, i) => ({ c, i, rank: 0 }))
    .map((x) => {
      const nth = byOutlet.get(x.c.outlet) ?? 0;
      byOutlet.set(x.c.outlet, nth + 1);
      return { ...x, rank: nth };
    })
    .sort((a, b) => a.rank - b.rank || score(b.c) - score(a.c) || a.i - b.i);
  return order.map(({ c }) => ({
    outlet: c.outlet,
    headline: c.headline,
    excerpt: window(c.excerpt, wanted, excerptChars),
    ...(c.url ? { url: c.url } : {}),
  }));
}

// ---- more --------------------------------------------------------------------------------------------------

/** A lead opens a sentence even when it starts with a name written in lower case ("an unnamed outlet"). */
function capitalised(line: Line): Line {
  const [first, ...rest] = line;
  return first ? [{ ...first, text: capitalise(first.text) }, ...rest] : line;
}

function moreViews(answer: Answer, p: Presentation, newSources: number): ViewName[] {
  const views: ViewName[] = [];
  const wordings = new Set(answer.quotes.flatMap((q) => q.entries.map((e) => e.text)));
  if (wordings.size > 1 || answer.quotes.length > 1) views.push('versions');
  // Only when the view would show a sentence the default does not.
  if (newSources > p.sources.length) views.push('sources');
  if (answer.figures.length > 1 || answer.comparison) views.push('figures');
  return views;
}

// ---- fitting -----------------------------------------------------------------------------------------------

function size(p: Presentation): number {
  return plainSections(p).reduce((n, s) => n + s.length + 1, 0);
}

/** Keeps the default answer within `budget` characters: sources go first, then body lines, then long wordings are cut. */
function fit(p: Presentation, budget: number): Presentation {
  const out = { ...p, sources: [] as SourceLine[], body: [...p.body] };
  // An answer keeps at least its first source: extra body lines give way to it.
  const [first] = p.sources;
  if (first) {
    while (size({ ...out, sources: [first] }) > budget && out.body.length) out.body.pop();
    if (size({ ...out, sources: [first] }) <= budget) out.sources.push(first);
  }
  // Then the other sources in their order, each that still fits; a long one gives way to a shorter one after it.
  for (const s of p.sources.slice(1)) if (size({ ...out, sources: [...out.sources, s] }) <= budget) out.sources.push(s);
  while (size(out) > budget && out.body.length) out.body.pop();
  if (size(out) > budget && out.best) out.best = { ...out.best, text: shorten(out.best.text, 120) };
  if (size(out) > budget)
    out.lead = [span(shorten(plainLine(out.lead), budget - (size(out) - plainLine(out.lead).length)))];
  if (out.sources.length < p.sources.length && !out.more.includes('sources')) out.more = [...out.more, 'sources'];
  return out;
}
