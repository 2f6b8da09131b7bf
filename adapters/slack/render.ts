import type { types } from '@slack/bolt';
import { usage, type CommandDefinition } from '../../commands/index.js';
import type {
  Answer,
  Citation,
  ComparisonView,
  FigureView,
  OutletView,
  PersonView,
  QuoteView,
} from '../../src/index.js';
import { quoteWordings } from '../quote-wordings.js';
import { truncate } from '../truncate.js';
import { chunkMrkdwn, escapeMrkdwn } from './mrkdwn.js';

type Block = types.KnownBlock;

/** A message ready for chat.postMessage or respond(): Block Kit plus the plain `text` notifications show. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Slack's Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  /** Characters of mrkdwn in one section block. */
  sectionChars: 3000,
  /** Blocks in one message. */
  blocks: 50,
  /** Elements in one context block. */
  contextElements: 10,
  /** Characters of the `text` fallback we send; Slack accepts more but notifications show far less. */
  textChars: 4000,
  /** Characters of a citation excerpt shown under an answer. */
  excerptChars: 400,
} as const;

/** Renders the core's Answer: the answer, then quotes, figures, comparison, outlets or people, then citations. */
export function renderAnswer(answer: Answer): SlackMessage {
  const parts = [escapeMrkdwn(answer.summary), ...structuredParts(answer)];
  // `details` is the plain-text form of the structured parts; show it only when there are none to render.
  if (parts.length === 1 && answer.details.length) parts.push(answer.details.map(escapeMrkdwn).join('\n'));
  return {
    text: fallbackText(answer),
    blocks: fitBlocks(parts.flatMap(sections), citationBlocks(answer.citations), suggestionBlocks(answer.suggestions)),
  };
}

/**
 * Renders help: the core's help answer, the command table as `/story` usage, and the suggested questions.
 * `note` comes first, e.g. why help is shown instead of an answer.
 */
export function renderHelp(
  help: Answer,
  commandTable: readonly CommandDefinition[],
  slashCommand = '/story',
  note?: string,
): SlackMessage {
  const lines = commandTable.map(
    (c) => `• \`${escapeMrkdwn(`${slashCommand} ${c.name}${usage(c)}`)}\` — ${escapeMrkdwn(c.description)}`,
  );
  const parts = [
    ...(note ? [escapeMrkdwn(note)] : []),
    escapeMrkdwn(help.summary),
    `Mention me with a question, send me a direct message, or use a command:\n${lines.join('\n')}`,
  ];
  const text = [note, help.summary, ...commandTable.map((c) => `${slashCommand} ${c.name}`)].filter(Boolean).join('\n');
  return {
    text: escapeMrkdwn(text),
    blocks: fitBlocks(parts.flatMap(sections), [], suggestionBlocks(help.suggestions)),
  };
}

/** A one-line message (rate-limit note, apology), escaped. */
export function renderNote(note: string): SlackMessage {
  return { text: escapeMrkdwn(note), blocks: sections(escapeMrkdwn(note)) };
}

function structuredParts(answer: Answer): string[] {
  const parts: string[] = [];
  if (answer.quotes.length) parts.push(answer.quotes.map(quote).join('\n\n'));
  if (answer.comparison) parts.push(comparison(answer.comparison));
  else if (answer.figures.length) parts.push(answer.figures.map((f) => `• ${figure(f, true)}`).join('\n'));
  if (answer.outlets.length) parts.push(answer.outlets.map(outlet).join('\n'));
  if (answer.people.length) parts.push(answer.people.map(person).join('\n'));
  return parts;
}

function quote(q: QuoteView): string {
  const who = q.speaker ? `*${escapeMrkdwn(q.speaker)}*${q.role ? `, ${escapeMrkdwn(q.role)}` : ''}` : '_Unattributed_';
  const credited = q.sources.length ? ` · told to ${q.sources.map(escapeMrkdwn).join(', ')}` : '';
  const lines = quoteWordings(q).map(
    ({ text, entries }) =>
      `>“${escapeMrkdwn(text)}” — ${unique(entries.map((e) => e.outlet))
        .map(escapeMrkdwn)
        .join(', ')}`,
  );
  return [`${who}${credited}`, ...lines, ...(q.linkNote ? [`_${escapeMrkdwn(q.linkNote)}_`] : [])].join('\n');
}

function figure(f: FigureView, withOutlet: boolean): string {
  const about = [f.measure, f.span, f.claimant ? `per ${f.claimant}` : undefined].filter(Boolean).join(', ');
  const text = `*${escapeMrkdwn(f.text)}*${about ? ` ${escapeMrkdwn(about)}` : ''}`;
  const extra = [
    withOutlet ? ` — ${escapeMrkdwn(f.outlet)}` : '',
    f.normalized ? ` (${escapeMrkdwn(f.normalized)})` : '',
    f.warning ? ` ⚠️ ${escapeMrkdwn(f.warning)}` : '',
  ];
  return text + extra.join('');
}

function comparison(c: ComparisonView): string {
  const rows = c.rows.map(
    (r) =>
      `• *${escapeMrkdwn(r.outlet)}*: ${r.figures.length ? r.figures.map((f) => figure(f, false)).join('; ') : '_no figure_'}`,
  );
  return [`*${escapeMrkdwn(c.topic)}*`, ...rows, `${c.agree ? '✅' : '⚖️'} ${escapeMrkdwn(c.verdict)}`].join('\n');
}

function outlet(o: OutletView): string {
  const about = [o.headline && `“${o.headline}”`, o.byline && `by ${o.byline}`, o.published].filter(Boolean).join(', ');
  const sources = o.sources.length ? ` · sources: ${o.sources.map(escapeMrkdwn).join(', ')}` : '';
  return `• ${link(o.url, `*${escapeMrkdwn(o.outlet)}*`)}${about ? ` — ${escapeMrkdwn(about)}` : ''}${sources}`;
}

function person(p: PersonView): string {
  const roles = p.roles.length ? `, ${p.roles.map(escapeMrkdwn).join('; ')}` : '';
  const outlets = p.outlets.length ? ` · in ${p.outlets.map(escapeMrkdwn).join(', ')}` : '';
  return `• *${escapeMrkdwn(p.name)}*${roles}${outlets}`;
}

function citation(c: Citation): string {
  const excerpt = truncate(c.excerpt, SLACK_LIMITS.excerptChars);
  return `📰 ${link(c.url, `*${escapeMrkdwn(c.outlet)}*`)} — _${escapeMrkdwn(c.headline)}_: “${escapeMrkdwn(excerpt)}”`;
}

/** A link only for plain http(s) URLs; anything that could break out of `<url|label>` stays unlinked. */
function link(url: string | undefined, label: string): string {
  return url && /^https?:\/\/[^\s<>|]+$/.test(url) ? `<${url}|${label}>` : label;
}

function citationBlocks(citations: readonly Citation[]): Block[] {
  const lines = citations.map(citation);
  // One citation a block reads best; pack ten a block only when that would crowd out the answer.
  const perBlock = lines.length > SLACK_LIMITS.blocks / 2 ? SLACK_LIMITS.contextElements : 1;
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += perBlock) blocks.push(context(lines.slice(i, i + perBlock)));
  return blocks;
}

/** The suggested questions as one "Try: …" line, or nothing when there are none. */
function suggestionBlocks(suggestions: readonly string[]): Block[] {
  return suggestions.length ? [context([`Try: ${suggestions.map((s) => `“${escapeMrkdwn(s)}”`).join(' · ')}`])] : [];
}

/** Fits body sections within the block limit, shortening the body, never the citations or the tail. */
function fitBlocks(body: Block[], citations: Block[], tail: Block[]): Block[] {
  const room = SLACK_LIMITS.blocks - citations.length - tail.length;
  const kept =
    body.length <= room
      ? body
      : [
          ...body.slice(0, room - 1),
          context(['_The rest did not fit in one Slack message; ask a narrower question._']),
        ];
  return [...kept, ...citations, ...tail];
}

function sections(mrkdwn: string): Block[] {
  return chunkMrkdwn(mrkdwn, SLACK_LIMITS.sectionChars).map((text) => ({
    type: 'section',
    text: { type: 'mrkdwn', text },
  }));
}

function context(mrkdwnLines: string[]): Block {
  return {
    type: 'context',
    elements: mrkdwnLines.map((text) => ({
      type: 'mrkdwn',
      text: chunkMrkdwn(text, SLACK_LIMITS.sectionChars)[0] ?? ' ',
    })),
  };
}

function fallbackText(answer: Answer): string {
  const sources = unique(answer.citations.map((c) => c.outlet));
  const sourceLine = sources.length ? `\nSources: ${escapeMrkdwn(sources.join(', '))}` : '';
  const room = SLACK_LIMITS.textChars - sourceLine.length;
  const body = escapeMrkdwn(answer.answer || answer.summary);
  return (body.length > room ? `${chunkMrkdwn(body, room - 1)[0]}…` : body) + sourceLine;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
