import type { APIEmbed, APIEmbedField } from 'discord.js';
import { commands, usage } from '../../commands/index.js';
import type { Answer, Citation, ComparisonView, FigureView, OutletView, QuoteView } from '../../src/index.js';
import { APOLOGY, slowDown } from '../messages.js';
import { quoteWordings } from '../quote-wordings.js';
import { truncate } from '../truncate.js';
import { EMBED_LIMITS } from './embed-limits.js';

/** A message body before the adapter adds flags and mention rules. */
export interface RenderedMessage {
  content?: string;
  embeds?: APIEmbed[];
}

const COLOR = { found: 0x3b82f6, notFound: 0x94a3b8, help: 0x22c55e } as const;
/** Citations the trimming keeps ahead of everything but the answer itself: an answer without its sources is no answer. */
const CITATIONS_KEPT_FIRST = 3;
/** Room kept for the "more exists" footer, so adding it never breaks the total. */
const FOOTER_ROOM = 200;
const HELP_POINTER = 'Use `/help` to see everything I can answer.';

/** The core's answer as one embed inside Discord's limits; help answers list the commands. */
export function renderAnswer(answer: Answer): RenderedMessage {
  return { embeds: [answer.intent === 'help' ? helpEmbed(answer) : answerEmbed(answer)] };
}

export function renderError(): RenderedMessage {
  return { content: APOLOGY };
}

export function renderCooldown(retryAfterMs: number): RenderedMessage {
  return { content: slowDown(retryAfterMs) };
}

/** A command Discord still shows but this bot no longer has (stale registration). */
export function renderUnknownCommand(name: string): RenderedMessage {
  return { content: `I don't know \`/${name}\` any more. ${HELP_POINTER}` };
}

function answerEmbed(answer: Answer): APIEmbed {
  const title = truncate(answer.question.trim() || 'Story Bot', EMBED_LIMITS.title);
  const lines = answer.found
    ? [answer.summary, ...answer.details.map((d) => `• ${d}`)]
    : [answer.summary, ...notFoundPointer(answer.suggestions)];
  const fields = answer.found
    ? [
        ...answer.quotes.map(quoteField),
        ...(answer.figures.length ? linesToFields('Figures', answer.figures.map(figureLine)) : []),
        ...(answer.comparison ? comparisonFields(answer.comparison) : []),
        ...answer.outlets.map(outletField),
      ]
    : [];
  const citations = answer.found ? answer.citations.map(citationField) : [];
  return fit({ title, color: answer.found ? COLOR.found : COLOR.notFound }, lines, fields, citations);
}

function notFoundPointer(suggestions: readonly string[]): string[] {
  if (!suggestions.length) return ['', HELP_POINTER];
  return ['', '**You could ask:**', ...suggestions.map((s) => `• ${s}`), '', HELP_POINTER];
}

function helpEmbed(answer: Answer): APIEmbed {
  const lines = [answer.summary, '', ...commands.map((c) => `**/${c.name}**${usage(c)} — ${c.description}`)];
  if (answer.suggestions.length) lines.push('', '**For example:**', ...answer.suggestions.map((s) => `• ${s}`));
  return fit({ title: 'What Story Bot can answer', color: COLOR.help }, lines, [], []);
}

function quoteField(quote: QuoteView): APIEmbedField {
  const name = quote.speaker ? (quote.role ? `${quote.speaker}, ${quote.role}` : quote.speaker) : 'Unattributed quote';
  const lines = quoteWordings(quote).map(
    ({ text, entries }) =>
      `> “${text}”\n— ${entries.map((e) => e.outlet + (e.toldTo ? ` (told to ${e.toldTo})` : '')).join(', ')}`,
  );
  // Each entry already says who it was told to; name a source again only when no entry did.
  const uncredited = quote.sources.filter((s) => !quote.entries.some((e) => e.toldTo === s));
  if (uncredited.length) lines.push(`Source: ${uncredited.join(', ')}`);
  if (quote.linkNote) lines.push(`*${quote.linkNote}*`);
  return field(name, lines.join('\n'));
}

function figureLine(f: FigureView): string {
  const context = [f.claimant && `per ${f.claimant}`, f.span].filter(Boolean).join(', ');
  return (
    `**${f.outlet}**: ${f.text} — ${f.measure}` +
    (context ? ` (${context})` : '') +
    (f.normalized ? ` · ${f.normalized}` : '') +
    (f.warning ? ` ⚠ ${f.warning}` : '')
  );
}

function comparisonFields(c: ComparisonView): APIEmbedField[] {
  const rows = c.rows.map((r) => `**${r.outlet}**: ${r.figures.map((f) => f.text).join('; ') || 'no figure'}`);
  return linesToFields(`Compared: ${c.topic}`, [...rows, `${c.agree ? '✅' : '⚖️'} ${c.verdict}`]);
}

function outletField(o: OutletView): APIEmbedField {
  const lines = [o.url ? `[${o.headline}](${o.url})` : o.headline];
  const byline = [o.byline && `By ${o.byline}`, o.published].filter(Boolean).join(' · ');
  if (byline) lines.push(byline);
  if (o.sources.length) lines.push(`Sources: ${o.sources.join(', ')}`);
  return field(o.outlet, lines.join('\n'));
}

/** A citation reads `outlet · headline` over the sentence it rests on, block-quoted (excerpts carry their own quote marks). */
function citationField(c: Citation): APIEmbedField {
  const excerpt = c.excerpt
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return field(`${c.outlet} · ${c.headline}`, `${excerpt}${c.url ? `\n${c.url}` : ''}`);
}

function field(name: string, value: string): APIEmbedField {
  // Discord rejects blank names and values; a zero-width space is its documented stand-in.
  return {
    name: truncate(name.trim() || '\u200b', EMBED_LIMITS.fieldName),
    value: truncate(value.trim() || '\u200b', EMBED_LIMITS.fieldValue),
  };
}

/** Lines packed into as few fields as fit, so a long list becomes "Figures", "Figures (cont.)" rather than one cut. */
function linesToFields(name: string, lines: readonly string[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length) fields.push(field(fields.length ? `${name} (cont.)` : name, chunk.join('\n')));
    chunk = [];
  };
  for (const line of lines) {
    if ([...chunk, line].join('\n').length > EMBED_LIMITS.fieldValue) flush();
    chunk.push(line);
  }
  flush();
  return fields;
}

/**
 * Fits description lines and fields inside every embed limit. The description (the answer itself) comes first,
 * then the first citations, then the other fields in order, then the remaining citations; whatever does not fit is
 * counted in a footer saying more exists. Fields keep their display order: answer parts, then citations.
 */
function fit(base: APIEmbed, lines: readonly string[], fields: APIEmbedField[], citations: APIEmbedField[]): APIEmbed {
  const title = base.title ?? '';
  let budget = EMBED_LIMITS.total - title.length - FOOTER_ROOM;
  let trimmed = false;
  let omitted = 0;

  const reserve = citations.slice(0, CITATIONS_KEPT_FIRST).reduce((n, f) => n + f.name.length + f.value.length, 0);
  const descriptionMax = Math.min(EMBED_LIMITS.description, Math.max(0, budget - reserve));
  const description = fitLines(lines, descriptionMax);
  trimmed ||= description.trimmed;
  budget -= description.text.length;

  const ordered = [
    ...fields.map((f, i) => ({ f, order: i })),
    ...citations.map((f, i) => ({ f, order: fields.length + i })),
  ];
  const priority = [
    ...ordered.slice(fields.length, fields.length + CITATIONS_KEPT_FIRST),
    ...ordered.slice(0, fields.length),
    ...ordered.slice(fields.length + CITATIONS_KEPT_FIRST),
  ];
  const kept: typeof ordered = [];
  for (const item of priority) {
    const size = item.f.name.length + item.f.value.length;
    if (kept.length < EMBED_LIMITS.fields && size <= budget) {
      kept.push(item);
      budget -= size;
    } else omitted++;
  }
  trimmed ||= [...fields, ...citations].some((f) => f.value.endsWith('…') || f.name.endsWith('…'));

  const embed: APIEmbed = { ...base, title };
  if (description.text) embed.description = description.text;
  if (kept.length) embed.fields = kept.sort((a, b) => a.order - b.order).map((k) => k.f);
  const note = moreNote(omitted + description.omittedLines, trimmed || omitted > 0);
  if (note) embed.footer = { text: note };
  return embed;
}

function fitLines(lines: readonly string[], max: number): { text: string; trimmed: boolean; omittedLines: number } {
  const text = lines.join('\n').trim();
  if (text.length <= max) return { text, trimmed: false, omittedLines: 0 };
  // Drop whole trailing lines first; cut inside a line only when the first line alone is too long.
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const next = length + (kept.length ? 1 : 0) + line.length;
    if (next > max) break;
    kept.push(line);
    length = next;
  }
  if (!kept.length) return { text: truncate(lines[0] ?? '', max), trimmed: true, omittedLines: lines.length - 1 };
  return { text: kept.join('\n').trim(), trimmed: true, omittedLines: lines.length - kept.length };
}

function moreNote(omitted: number, trimmed: boolean): string | undefined {
  if (!trimmed) return undefined;
  const more = omitted > 0 ? `${omitted} more item${omitted === 1 ? '' : 's'} not shown` : 'Shortened';
  return `${more} to fit Discord's limits; ask a narrower question for the rest.`;
}
