import { findCommand, usage, type CommandDefinition } from '../../commands/index.js';

/**
 * `/story <command> <options...>` read into the command's option values, as Discord delivers them named.
 *
 * - A command with one option takes all the text as its value (`/story ask who said it: the FT?`), so free text
 *   with colons or quotes is never misread; a leading `question:` is dropped.
 * - With several options, values are given in the definition's order, a value of several words in quotes
 *   (`/story figures territory "Daily Star"`), or by name in any order: `name:word` (one word),
 *   `name: some words` (the words up to the next name or quote) or `name:"some words"`
 *   (`/story figures outlet:Insider topic:territory`). Unquoted words side by side are one value,
 *   so `/story figures territory retaken` asks about "territory retaken".
 * - Straight and curly double quotes both work: Slack clients turn one into the other.
 */
export type StoryInvocation =
  | { kind: 'help'; note?: string }
  | { kind: 'command'; command: CommandDefinition; values: Record<string, string | undefined>; text: string }
  | { kind: 'problem'; command: CommandDefinition; problem: string; usage: string };

/** A value as the person typed it: quoted (one value, spaces and all) or a bare word. */
interface Token {
  text: string;
  /** A complete value: quoted, or glued to its name (`outlet:Insider`); bare words side by side join instead. */
  quoted: boolean;
  /** Set when the token named its option: `outlet:Insider`, `outlet: "Daily Star"`. */
  name?: string;
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '”': '”', '„': '“' };
const NAMED = /^([a-z][a-z0-9_-]*):(.*)$/i;

/** Parses the text Slack sends after `/story` (already stripped of Slack's markup). */
export function parseStoryCommand(text: string, slashCommand = '/story'): StoryInvocation {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  const name = space < 0 ? trimmed : trimmed.slice(0, space);
  const rest = space < 0 ? '' : trimmed.slice(space + 1).trim();
  if (!name) return { kind: 'help' };
  const command = findCommand(name);
  if (!command) return { kind: 'help', note: `I don't know the command “${name}”.` };
  if (command.name === 'help') return { kind: 'help' };
  const fail = (problem: string): StoryInvocation => ({
    kind: 'problem',
    command,
    problem,
    usage: usageLine(command, slashCommand),
  });

  if (command.options.length === 0)
    return rest
      ? fail(`${slashCommand} ${command.name} takes no options.`)
      : { kind: 'command', command, values: {}, text: '' };
  if (command.options.length === 1) {
    const only = command.options[0];
    const value = rest.replace(new RegExp(`^${only.name}:\\s*`, 'i'), '');
    return (
      required(command, { [only.name]: value || undefined }, fail, slashCommand) ?? {
        kind: 'command',
        command,
        values: { [only.name]: value || undefined },
        text: rest,
      }
    );
  }

  const values: Record<string, string | undefined> = {};
  const positional: string[] = [];
  for (const group of groups(tokens(rest))) {
    if (group.name === undefined) {
      positional.push(group.text);
      continue;
    }
    const option = command.options.find((o) => o.name === group.name!.toLowerCase());
    if (!option) return fail(`${slashCommand} ${command.name} has no option “${group.name}”.`);
    if (values[option.name] !== undefined) return fail(`“${option.name}” is given twice.`);
    if (!group.text) return fail(`“${option.name}:” needs a value after it.`);
    values[option.name] = group.text;
  }
  const free = command.options.filter((o) => values[o.name] === undefined);
  if (positional.length > free.length)
    return fail(
      `Too many values: ${positional.map((p) => `“${p}”`).join(', ')}. Put a value of several words in quotes.`,
    );
  free.forEach((o, i) => (values[o.name] = positional[i]));
  return required(command, values, fail, slashCommand) ?? { kind: 'command', command, values, text: rest };
}

/** The command's usage, as the help lists it, and how to give values of several words. */
export function usageLine(command: CommandDefinition, slashCommand = '/story'): string {
  const line = `${slashCommand} ${command.name}${usage(command)}`;
  if (command.options.length < 2) return `Usage: ${line}`;
  const [first, second] = command.options;
  return `Usage: ${line}. Quote a value of several words, or name it: ${slashCommand} ${command.name} ${first.name}:"…" ${second.name}:"…"`;
}

function required(
  command: CommandDefinition,
  values: Record<string, string | undefined>,
  fail: (problem: string) => StoryInvocation,
  slashCommand: string,
): StoryInvocation | undefined {
  const missing = command.options.filter((o) => o.required && !values[o.name]?.trim());
  return missing.length
    ? fail(`${slashCommand} ${command.name} needs ${missing.map((o) => `a ${o.name}`).join(' and ')}.`)
    : undefined;
}

/** Splits into bare words, quoted values and `name:` markers; an unclosed quote runs to the end. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i])) {
      i++;
      continue;
    }
    const close = QUOTES[text[i]];
    if (close) {
      const end = findClose(text, i + 1, close);
      out.push({ text: text.slice(i + 1, end).trim(), quoted: true });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end]) && !(end > i && QUOTES[text[end]] && text[end - 1] === ':'))
      end++;
    const word = text.slice(i, end);
    const named = NAMED.exec(word);
    if (named && !/^\d/.test(named[2])) {
      // `outlet:Insider` names one word; `outlet: Daily Star` (a space after the colon) names the words that follow.
      if (named[2]) out.push({ text: named[2], quoted: true, name: named[1] });
      else out.push({ text: '', quoted: false, name: named[1] });
    } else out.push({ text: word, quoted: false });
    i = end;
  }
  return out;
}

function findClose(text: string, from: number, close: string): number {
  for (let j = from; j < text.length; j++)
    if (text[j] === close || (close === '”' && text[j] === '"') || (close === '"' && text[j] === '”')) return j;
  return text.length;
}

/**
 * Tokens into values: a `name:` marker takes the token after it (a quoted value, or one run of bare words), a
 * quoted token is one value, consecutive bare words are one value.
 */
function groups(list: readonly Token[]): { name?: string; text: string }[] {
  const out: { name?: string; text: string }[] = [];
  let i = 0;
  const run = () => {
    const words: string[] = [];
    while (i < list.length && !list[i].quoted && list[i].name === undefined) words.push(list[i++].text);
    return words.join(' ');
  };
  while (i < list.length) {
    const t = list[i];
    if (t.name !== undefined && t.quoted) {
      out.push({ name: t.name, text: t.text });
      i++;
    } else if (t.name !== undefined) {
      i++;
      const next = list[i];
      const text = !next || next.name !== undefined ? '' : next.quoted ? (i++, next.text) : run();
      out.push({ name: t.name, text });
    } else if (t.quoted) {
      out.push({ text: t.text });
      i++;
    } else out.push({ text: run() });
  }
  return out;
}
