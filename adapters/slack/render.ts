import type { types } from '@slack/bolt';
import { usage, type CommandDefinition } from '../../commands/index.js';
import type { Answer } from '../../src/index.js';
import {
  present,
  presentHelp,
  presentView,
  VIEW_LABELS,
  type ChartDescriptor,
  type Line,
  type Presentation,
  type SourceLine,
  type ViewName,
} from '../../src/present/index.js';
import { ASK_MENU_ID, encodeAction, questionTarget, type AnswerTarget } from '../components.js';
import { truncate } from '../truncate.js';
import { chunkMrkdwn, escapeMrkdwn } from './mrkdwn.js';

type Block = types.KnownBlock;

/** A message ready for chat.postMessage or respond(): Block Kit plus the plain `text` notifications show. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
  /**
   * Set when a chart would show this answer better (a comparison). Not sent to Slack: the app passes it to the
   * chart hook, which uploads the picture into the thread.
   */
  chart?: ChartDescriptor;
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
  /** Characters of a citation excerpt shown in a view. */
  excerptChars: 400,
  /** Elements in one actions block. */
  actionElements: 25,
  /** Characters of a button's or option's plain_text. */
  plainText: 75,
  actionId: 255,
  /** Characters of a button's value. */
  buttonValue: 2000,
  /** Options in a static select, and characters of an option's value. */
  options: 100,
  optionValue: 150,
} as const;

/** Spans as Slack mrkdwn, every piece escaped. */
function mrkdwn(line: Line): string {
  return line
    .map((s) => {
      const text = escapeMrkdwn(s.text);
      return s.style === 'strong' ? `*${text}*` : s.style === 'em' ? `_${text}_` : text;
    })
    .join('');
}

/**
 * The core's answer as Slack shows it by default: the answer first, the best wording, who carried it, at most
 * three sources, then buttons for more and a menu of next questions. `target` is what the buttons re-answer.
 */
export function renderAnswer(answer: Answer, target: AnswerTarget = questionTarget(answer.question)): SlackMessage {
  const p = present(answer);
  const body = [mrkdwn(p.lead)];
  if (p.best) body.push(`>“${escapeMrkdwn(p.best.text)}” — ${escapeMrkdwn(p.best.outlets.join(', '))}`);
  const blocks: Block[] = [...sections(body.join('\n'))];
  if (p.carriedBy) blocks.push(context([mrkdwn(p.carriedBy)]));
  if (p.body.length) blocks.push(...sections(p.body.map((l) => `• ${mrkdwn(l)}`).join('\n')));
  blocks.push(...p.sources.map((s) => context([source(s)])));
  if (p.tone === 'not-found' && p.suggestions.length)
    blocks.push(context([`Try: ${p.suggestions.map((s) => `“${escapeMrkdwn(s)}”`).join(' · ')}`]));
  return {
    text: fallbackText(p),
    blocks: fitBlocks(blocks, answerActions(p, target)),
    ...(p.chart ? { chart: p.chart } : {}),
  };
}

/** One source: the outlet (linked when it has a plain URL) and the sentence. */
function source(s: SourceLine, withHeadline = false): string {
  const head = withHeadline ? ` — _${escapeMrkdwn(s.headline)}_` : '';
  return `📰 ${link(s.url, `*${escapeMrkdwn(s.outlet)}*`)}${head}: “${escapeMrkdwn(truncate(s.excerpt, SLACK_LIMITS.excerptChars))}”`;
}

/** Buttons for the views and the votes, and the next questions as a menu, in one actions block. */
export function answerActions(p: Pick<Presentation, 'more' | 'suggestions'>, target: AnswerTarget): Block[] {
  // Values come back verbatim and are never shown, but they are escaped like all echoed text (a question
  // holding `<!channel>` stays inert anywhere it travels); escaping at most doubles the length, hence the room.
  const max = Math.floor(SLACK_LIMITS.buttonValue / 5);
  const elements: types.ActionsBlockElement[] = [
    ...p.more.map((view): types.Button => ({
      type: 'button',
      action_id: `sb-view-${view}`,
      text: { type: 'plain_text', text: VIEW_LABELS[view] },
      value: escapeMrkdwn(encodeAction({ kind: 'view', view, target }, max)),
    })),
    ...(['up', 'down'] as const).map((vote): types.Button => ({
      type: 'button',
      action_id: `sb-vote-${vote}`,
      text: { type: 'plain_text', text: vote === 'up' ? '👍' : '👎', emoji: true },
      value: escapeMrkdwn(encodeAction({ kind: 'vote', vote, target }, max)),
    })),
  ];
  const options = menuOptions(p.suggestions);
  if (options.length)
    elements.push({
      type: 'static_select',
      action_id: ASK_MENU_ID,
      placeholder: { type: 'plain_text', text: 'Ask next…' },
      options,
    });
  return [{ type: 'actions', block_id: 'sb-more', elements: elements.slice(0, SLACK_LIMITS.actionElements) }];
}

function menuOptions(suggestions: readonly string[]): types.PlainTextOption[] {
  const seen = new Set<string>();
  const out: types.PlainTextOption[] = [];
  for (const s of suggestions) {
    let value = escapeMrkdwn(s);
    for (let n = s.length; value.length > SLACK_LIMITS.optionValue; n--) value = escapeMrkdwn(s.slice(0, n));
    if (!value.trim() || seen.has(value)) continue;
    seen.add(value);
    out.push({ text: { type: 'plain_text', text: escapeMrkdwn(truncate(s, 60)) }, value });
  }
  return out.slice(0, SLACK_LIMITS.options);
}

/** One view of an answer (a button pressed), within the block limits. */
export function renderView(answer: Answer, view: ViewName): SlackMessage {
  const v = presentView(answer, view);
  const blocks: Block[] = [
    ...sections(`*${escapeMrkdwn(v.title)}*\n${mrkdwn(v.lead)}`),
    ...(v.lines.length ? sections(v.lines.map((l) => `• ${mrkdwn(l)}`).join('\n')) : []),
    ...citationBlocks(v.sources.map((s) => source(s, true))),
  ];
  return {
    text: escapeMrkdwn(truncate(`${v.title}: ${v.lead.map((s) => s.text).join('')}`, SLACK_LIMITS.textChars)),
    blocks: fitBlocks(blocks, []),
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
  const h = presentHelp(
    help,
    commandTable.map((c) => ({ name: c.name, description: c.description, usage: usage(c) })),
    (name) => `${slashCommand} ${name}`,
    note,
  );
  const lines = h.commands.map((c) => `• \`${escapeMrkdwn(c.invocation + c.usage)}\` — ${escapeMrkdwn(c.description)}`);
  const blocks = [
    ...sections(mrkdwn(h.lead)),
    ...sections(`Mention me with a question, send me a direct message, or use a command:\n${lines.join('\n')}`),
    ...(h.suggestions.length
      ? [context([`Try: ${h.suggestions.map((s) => `“${escapeMrkdwn(s)}”`).join(' · ')}`])]
      : []),
  ];
  const text = [note, help.summary, ...commandTable.map((c) => `${slashCommand} ${c.name}`)].filter(Boolean).join('\n');
  return {
    text: escapeMrkdwn(text),
    blocks: fitBlocks(
      blocks,
      answerActions({ more: [], suggestions: h.suggestions }, questionTarget('')).filter(hasSelect),
    ),
  };
}

/** Help's actions block keeps only the menu of examples: there is no answer to vote on. */
function hasSelect(block: Block): boolean {
  if (block.type !== 'actions') return true;
  block.elements = block.elements.filter((e) => e.type === 'static_select');
  return block.elements.length > 0;
}

/** A one-line message (rate-limit note, apology, thanks), escaped. */
export function renderNote(note: string): SlackMessage {
  return { text: escapeMrkdwn(note), blocks: sections(escapeMrkdwn(note)) };
}

/** A link only for plain http(s) URLs; anything that could break out of `<url|label>` stays unlinked. */
function link(url: string | undefined, label: string): string {
  return url && /^https?:\/\/[^\s<>|]+$/.test(url) ? `<${url}|${label}>` : label;
}

function citationBlocks(lines: readonly string[]): Block[] {
  // One citation a block reads best; pack ten a block only when that would crowd out the rest.
  const perBlock = lines.length > SLACK_LIMITS.blocks / 2 ? SLACK_LIMITS.contextElements : 1;
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i += perBlock) blocks.push(context(lines.slice(i, i + perBlock)));
  return blocks;
}

/** Fits blocks within the block limit, keeping the tail (the actions) and saying when something was left out. */
function fitBlocks(body: Block[], tail: Block[]): Block[] {
  const room = SLACK_LIMITS.blocks - tail.length;
  const kept =
    body.length <= room
      ? body
      : [
          ...body.slice(0, room - 1),
          context(['_The rest did not fit in one Slack message; ask a narrower question._']),
        ];
  return [...kept, ...tail];
}

function sections(text: string): Block[] {
  return chunkMrkdwn(text, SLACK_LIMITS.sectionChars).map((t) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: t },
  }));
}

function context(mrkdwnLines: string[]): Block {
  return {
    type: 'context',
    elements: mrkdwnLines.slice(0, SLACK_LIMITS.contextElements).map((text) => ({
      type: 'mrkdwn',
      text: chunkMrkdwn(text, SLACK_LIMITS.sectionChars)[0] ?? ' ',
    })),
  };
}

/** The notification text: the answer's lead and, when any, where it comes from. */
function fallbackText(p: Presentation): string {
  const sources = [...new Set(p.sources.map((s) => s.outlet))];
  const lead = p.lead.map((s) => s.text).join('');
  const sourceLine = sources.length ? `\nSources: ${sources.join(', ')}` : '';
  return escapeMrkdwn(truncate(lead, SLACK_LIMITS.textChars - sourceLine.length - 50) + sourceLine);
}
