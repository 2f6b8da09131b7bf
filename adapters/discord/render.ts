import {
  ButtonStyle,
  ComponentType,
  escapeMarkdown as escapeDiscordMarkdown,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Answer } from '../../src/index.js';
import {
  present,
  presentHelp,
  presentView,
  VIEW_LABELS,
  type ChartDescriptor,
  type Line,
  type Presentation,
  type ViewName,
} from '../../src/present/index.js';
import { ASK_MENU_ID, encodeAction, questionTarget, type AnswerTarget } from '../components.js';
import { helpCommands } from '../help-commands.js';
import { APOLOGY, EXPIRED_COMPONENT, slowDown, thanksForVote } from '../messages.js';
import { truncate } from '../truncate.js';
import { COMPONENT_LIMITS, EMBED_LIMITS } from './embed-limits.js';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A message body before the adapter adds flags and mention rules. */
export interface RenderedMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: Row[];
  /**
   * Set when a chart would show this answer better (a comparison). Not sent to Discord: the handler passes it
   * to the chart code, which draws the picture and attaches it to the embed.
   */
  chart?: ChartDescriptor;
}

const COLOR = { found: 0x3b82f6, 'not-found': 0x94a3b8, help: 0x22c55e } as const;
const HELP_POINTER = 'Use `/help` to see everything I can answer.';

// escapeMarkdown makes a dozen regex passes; most corpus text holds none of the characters it escapes.
const MARKDOWN = /[*_~`|\\]|(?:^|\n)\s*[>#-]/;
function escapeMarkdown(text: string): string {
  return MARKDOWN.test(text) ? escapeDiscordMarkdown(text) : text;
}

/** Spans as Discord markdown, corpus text escaped so a stray `*` or `_` never restyles the answer. */
function md(line: Line): string {
  return line
    .map((s) => {
      const text = escapeMarkdown(s.text);
      return s.style === 'strong' ? `**${text}**` : s.style === 'em' ? `*${text}*` : text;
    })
    .join('');
}

/**
 * The core's answer as Discord shows it by default: the answer first, the best wording, who carried it, at most
 * three sources, then buttons for more and a menu of next questions. `target` is what the buttons re-answer;
 * by default the question as asked.
 */
export function renderAnswer(answer: Answer, target: AnswerTarget = questionTarget(answer.question)): RenderedMessage {
  if (answer.intent === 'help') return renderHelp(answer);
  const p = present(answer);
  const embed = answerEmbed(p);
  return {
    embeds: [embed],
    components: answerComponents(p, target),
    ...(p.chart ? { chart: p.chart } : {}),
  };
}

function answerEmbed(p: Presentation): APIEmbed {
  const lines = [md(p.lead)];
  if (p.best) lines.push(`> “${escapeMarkdown(p.best.text)}” — ${escapeMarkdown(p.best.outlets.join(', '))}`);
  if (p.carriedBy) lines.push(md(p.carriedBy));
  lines.push(...p.body.map((l) => `• ${md(l)}`));
  if (p.tone === 'not-found') {
    if (p.suggestions.length)
      lines.push('', '**You could ask:**', ...p.suggestions.map((q) => `• ${escapeMarkdown(q)}`));
    lines.push('', HELP_POINTER);
  }
  const fields = p.sources.map((s): APIEmbedField =>
    field(s.outlet, `> ${escapeMarkdown(s.excerpt)}${s.url ? `\n${s.url}` : ''}`),
  );
  return fitEmbed({ title: truncate(p.title, EMBED_LIMITS.title), color: COLOR[p.tone] }, lines, fields);
}

/** Buttons (views, then 👍 👎) in one row; the next questions as a menu in a second. */
export function answerComponents(p: Pick<Presentation, 'more' | 'suggestions'>, target: AnswerTarget): Row[] {
  const max = COMPONENT_LIMITS.customId;
  const buttons: APIComponentInMessageActionRow[] = [
    ...p.more.map((view) => ({
      type: ComponentType.Button as const,
      style: ButtonStyle.Secondary as const,
      label: VIEW_LABELS[view],
      custom_id: encodeAction({ kind: 'view', view, target }, max),
    })),
    ...(['up', 'down'] as const).map((vote) => ({
      type: ComponentType.Button as const,
      style: ButtonStyle.Secondary as const,
      emoji: { name: vote === 'up' ? '👍' : '👎' },
      custom_id: encodeAction({ kind: 'vote', vote, target }, max),
    })),
  ];
  const rows: Row[] = [{ type: ComponentType.ActionRow, components: buttons.slice(0, COMPONENT_LIMITS.buttonsPerRow) }];
  const options = menuOptions(p.suggestions);
  if (options.length)
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: ASK_MENU_ID,
          placeholder: 'Ask next…',
          options,
        },
      ],
    });
  return rows;
}

/** Each suggestion once (by value, which Discord requires unique), cut to the option limits. */
function menuOptions(suggestions: readonly string[]): { label: string; value: string }[] {
  const seen = new Set<string>();
  const out: { label: string; value: string }[] = [];
  for (const s of suggestions) {
    const value = s.slice(0, COMPONENT_LIMITS.optionValue);
    if (!value.trim() || seen.has(value)) continue;
    seen.add(value);
    out.push({ label: truncate(s, COMPONENT_LIMITS.optionLabel), value });
  }
  return out.slice(0, COMPONENT_LIMITS.options);
}

/** One view of an answer (a button pressed), fitted to the embed limits. */
export function renderView(answer: Answer, view: ViewName): RenderedMessage {
  const v = presentView(answer, view);
  const lines = [md(v.lead), ...v.lines.map((l) => `• ${md(l)}`)];
  const fields = v.sources.map((s) =>
    field(`${s.outlet} · ${s.headline}`, `> ${escapeMarkdown(s.excerpt)}${s.url ? `\n${s.url}` : ''}`),
  );
  return { embeds: [fitEmbed({ title: truncate(v.title, EMBED_LIMITS.title), color: COLOR.found }, lines, fields)] };
}

/** Help: what the bot answers, every command with its usage, and examples to pick from. */
export function renderHelp(help: Answer): RenderedMessage {
  const h = presentHelp(help, helpCommands, (name) => `/${name}`);
  const lines = [
    md(h.lead),
    '',
    ...h.commands.map((c) => `**${c.invocation}**${c.usage} — ${escapeMarkdown(c.description)}`),
  ];
  if (h.suggestions.length) lines.push('', '**For example:**', ...h.suggestions.map((s) => `• ${escapeMarkdown(s)}`));
  const embed = fitEmbed({ title: h.title, color: COLOR.help }, lines, []);
  const components = answerComponents({ more: [], suggestions: h.suggestions }, questionTarget(help.question)).slice(1);
  return { embeds: [embed], ...(components.length ? { components } : {}) };
}

export function renderError(): RenderedMessage {
  return { content: APOLOGY };
}

export function renderCooldown(retryAfterMs: number): RenderedMessage {
  return { content: slowDown(retryAfterMs) };
}

export function renderVoteThanks(vote: 'up' | 'down'): RenderedMessage {
  return { content: thanksForVote(vote) };
}

export function renderExpired(): RenderedMessage {
  return { content: EXPIRED_COMPONENT };
}

/** A command Discord still shows but this bot no longer has (stale registration). */
export function renderUnknownCommand(name: string): RenderedMessage {
  return { content: `I don't know \`/${name}\` any more. ${HELP_POINTER}` };
}

function field(name: string, value: string): APIEmbedField {
  // Discord rejects blank names and values; a zero-width space is its documented stand-in.
  return {
    name: truncate(name.trim() || '\u200b', EMBED_LIMITS.fieldName),
    value: truncate(value.trim() || '\u200b', EMBED_LIMITS.fieldValue),
  };
}

/** Room kept for the "more exists" footer, so adding it never breaks the total. */
const FOOTER_ROOM = 200;

/**
 * Fits description lines and fields inside every embed limit: whole trailing lines and fields give way first,
 * and a footer says what did not fit. The presenter keeps default answers far inside these; views can be long.
 */
function fitEmbed(base: APIEmbed, lines: readonly string[], fields: APIEmbedField[]): APIEmbed {
  const title = base.title ?? '';
  let budget = EMBED_LIMITS.total - title.length - FOOTER_ROOM;
  const description = fitLines(lines, Math.min(EMBED_LIMITS.description, budget));
  budget -= description.text.length;
  const kept: APIEmbedField[] = [];
  let omitted = description.omitted;
  for (const f of fields) {
    const size = f.name.length + f.value.length;
    if (kept.length < EMBED_LIMITS.fields && size <= budget) {
      kept.push(f);
      budget -= size;
    } else omitted++;
  }
  const embed: APIEmbed = { ...base, title };
  if (description.text) embed.description = description.text;
  if (kept.length) embed.fields = kept;
  if (omitted > 0 || description.cut)
    embed.footer = {
      text: `${omitted > 0 ? `${omitted} more item${omitted === 1 ? '' : 's'} not shown` : 'Shortened'} to fit Discord's limits; ask a narrower question for the rest.`,
    };
  return embed;
}

function fitLines(lines: readonly string[], max: number): { text: string; omitted: number; cut: boolean } {
  const text = lines.join('\n').trim();
  if (text.length <= max) return { text, omitted: 0, cut: false };
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const next = length + (kept.length ? 1 : 0) + line.length;
    if (next > max) break;
    kept.push(line);
    length = next;
  }
  if (!kept.length) return { text: truncate(lines[0] ?? '', max), omitted: lines.length - 1, cut: true };
  return { text: kept.join('\n').trim(), omitted: lines.length - kept.length, cut: true };
}
