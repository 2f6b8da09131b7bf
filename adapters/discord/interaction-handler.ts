import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js';
import { commands, readOptions, type CommandDefinition } from '../../commands/index.js';
import type { Completion, StoryBot } from '../../src/index.js';
import type { Limiter } from '../rate-limit.js';
import type { Conversations } from '../../src/conversation/conversations.js';
import { answerCommand } from '../conversation-turn.js';
import { truncate } from '../truncate.js';
import { CHOICE_LIMITS, embedLimitViolations } from './embed-limits.js';
import { renderAnswer, renderCooldown, renderError, renderUnknownCommand, type RenderedMessage } from './render.js';

/** The part of the core the adapter uses; tests may pass a stand-in that returns extreme answers. */
export type AnswerSource = Pick<StoryBot, 'answer' | 'complete'>;

interface InteractionHandlerOptions {
  /** Per-user limit on commands. */
  rateLimiter: Limiter;
  /** Where problems are reported, one line each. */
  log: (line: string) => void;
  /** Follow-ups: each person's commands in a channel (a thread is a channel) are one conversation. */
  conversations?: Conversations;
}

/** Nothing the bot echoes (a question naming @everyone, a quoted handle) may ever ping anyone. */
const NO_MENTIONS = { parse: [] } as const;

/**
 * Turns interactions into core queries and answers into replies. Never throws: every failure is logged and, where
 * Discord still accepts a reply, answered with a friendly ephemeral line, so one bad interaction never stops the bot.
 */
export function createInteractionHandler(bot: AnswerSource, { rateLimiter, log, conversations }: InteractionHandlerOptions) {
  async function onChatInput(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = commands.find((c) => c.name === interaction.commandName);
    if (!command) return reply(interaction, renderUnknownCommand(interaction.commandName), true);
    const turn = await rateLimiter.take(interaction.user.id);
    if (!turn.allowed) return reply(interaction, renderCooldown(turn.retryAfterMs), true);
    const values = readOptions(command, (o) => interaction.options.getString(o.name, false));
    const key = `discord:${interaction.guildId ?? 'dm'}:${interaction.channelId}:${interaction.user.id}`;
    const answer = await answerCommand(bot, conversations, key, command, values, invocationText(command, values));
    const message = renderAnswer(answer);
    const problems = (message.embeds ?? []).flatMap(embedLimitViolations);
    // A render bug must not become an API error the user sees as "the application did not respond".
    if (problems.length) throw new Error(`rendered embed breaks Discord's limits: ${problems.join('; ')}`);
    await reply(interaction, message, command.private ?? false);
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const command = commands.find((c) => c.name === interaction.commandName);
    const kind = command?.options.find((o) => o.name === focused.name)?.autocomplete;
    const choices = kind ? bot.complete(kind, String(focused.value), CHOICE_LIMITS.choices) : [];
    await interaction.respond(withinChoiceLimits(choices));
  }

  return async function handle(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isChatInputCommand()) await onChatInput(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
    } catch (err) {
      log(`Discord: ${describe(interaction)} failed: ${errorText(err)}`);
      await replyWithError(interaction);
    }
  };

  async function replyWithError(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]);
      } else if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
        await reply(interaction as ChatInputCommandInteraction, renderError(), true);
      }
    } catch (err) {
      // The interaction may have expired or Discord may be unreachable: nothing more to do than say so.
      log(`Discord: could not tell the user about the failure of ${describe(interaction)}: ${errorText(err)}`);
    }
  }
}

async function reply(
  interaction: ChatInputCommandInteraction,
  message: RenderedMessage,
  ephemeral: boolean,
): Promise<void> {
  const options: InteractionReplyOptions = { ...message, allowedMentions: NO_MENTIONS };
  if (ephemeral) options.flags = MessageFlags.Ephemeral;
  await interaction.reply(options);
}

/**
 * The invocation as the person typed it, e.g. `/quotes person: Petro Kuzyk`, or the question itself for a command
 * that takes one. It becomes the answer's `question`, which the embed shows as its title.
 */
function invocationText(command: CommandDefinition, values: Readonly<Record<string, string | undefined>>): string {
  if (command.questionOption) return values[command.questionOption] ?? '';
  const parts = command.options.flatMap((o) => (values[o.name] ? [`${o.name}: ${values[o.name]}`] : []));
  return [`/${command.name}`, ...parts].join(' ');
}

/**
 * StoryBot.complete keeps within Discord's choice limits already; a stand-in core need not, and one choice over
 * them fails the whole response.
 */
function withinChoiceLimits(choices: readonly Completion[]): Completion[] {
  return choices.slice(0, CHOICE_LIMITS.choices).map((c) => ({
    name: truncate(c.name, CHOICE_LIMITS.name),
    value: truncate(c.value, CHOICE_LIMITS.value),
  }));
}

function describe(interaction: Interaction): string {
  const what =
    interaction.isChatInputCommand() || interaction.isAutocomplete()
      ? `/${interaction.commandName}`
      : `interaction type ${interaction.type}`;
  const kind = interaction.isAutocomplete() ? ' autocomplete' : '';
  return `${what}${kind} (interaction ${interaction.id}, user ${interaction.user.id})`;
}

function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const status = 'status' in err ? ` [HTTP ${String(err.status)}]` : '';
  return `${err.name}: ${err.message}${status}`;
}
