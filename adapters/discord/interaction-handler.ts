import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
  type MessageComponentInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { commands, readOptions, type CommandDefinition } from '../../commands/index.js';
import { understand, type Answer, type Completion, type StoryBot } from '../../src/index.js';
import type { Limiter } from '../rate-limit.js';
import type { Conversations } from '../../src/conversation/conversations.js';
import { answerCommand } from '../conversation-turn.js';
import { truncate } from '../truncate.js';
import { attachChart } from './chart-attachment.js';
import { CHOICE_LIMITS, embedLimitViolations } from './embed-limits.js';
import { ASK_MENU_ID, decodeAction, questionTarget, targetQuestion, type AnswerTarget } from '../components.js';
import { FeedbackLog } from '../feedback-log.js';
import {
  renderAnswer,
  renderCooldown,
  renderError,
  renderExpired,
  renderUnknownCommand,
  renderView,
  renderVoteThanks,
  type RenderedMessage,
} from './render.js';

/** The part of the core the adapter uses; tests may pass a stand-in that returns extreme answers. */
export type AnswerSource = Pick<StoryBot, 'answer' | 'complete'> & Partial<Pick<StoryBot, 'ask'>>;

interface InteractionHandlerOptions {
  /** Per-user limit on commands. */
  rateLimiter: Limiter;
  /** Where problems are reported, one line each. */
  log: (line: string) => void;
  /** Where 👍/👎 votes are appended. Default: `STORY_FEEDBACK_FILE`, else .data/feedback.jsonl. */
  feedback?: FeedbackLog;
  /** Follow-ups: each person's commands in a channel (a thread is a channel) are one conversation. */
  conversations?: Conversations;
}

/** Nothing the bot echoes (a question naming @everyone, a quoted handle) may ever ping anyone. */
const NO_MENTIONS = { parse: [] } as const;

/**
 * Turns interactions into core queries and answers into replies. Never throws: every failure is logged and, where
 * Discord still accepts a reply, answered with a friendly ephemeral line, so one bad interaction never stops the bot.
 */
export function createInteractionHandler(
  bot: AnswerSource,
  { rateLimiter, log, feedback = new FeedbackLog(), conversations }: InteractionHandlerOptions,
) {
  /** Replies with an answer, then attaches its chart (comparisons) by editing the reply: drawing never delays the answer. */
  async function replyWithChart(interaction: RepliableInteraction, answer: Answer, message: RenderedMessage, ephemeral: boolean): Promise<void> {
    const { chart: _chart, ...body } = message;
    await reply(interaction, body, ephemeral);
    await attachChart(interaction, answer, body, log);
  }

  async function onChatInput(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = commands.find((c) => c.name === interaction.commandName);
    if (!command) return reply(interaction, renderUnknownCommand(interaction.commandName), true);
    const turn = await rateLimiter.take(interaction.user.id);
    if (!turn.allowed) return reply(interaction, renderCooldown(turn.retryAfterMs), true);
    const values = readOptions(command, (o) => interaction.options.getString(o.name, false));
    const query = command.toQuery(values);
    // A question is re-asked as asked; a command's options are carried as the query they built.
    const target: AnswerTarget = command.questionOption ? questionTarget(values[command.questionOption] ?? '') : { query };
    const key = `discord:${interaction.guildId ?? 'dm'}:${interaction.channelId}:${interaction.user.id}`;
    const answer = await answerCommand(bot, conversations, key, command, values, invocationText(command, values));
    const message = checked(renderAnswer(answer, target));
    await replyWithChart(interaction, answer, message, command.private ?? false);
  }

  /** Buttons and the menu under an answer: each carries what it needs, so it works after a restart too. */
  async function onComponent(interaction: MessageComponentInteraction): Promise<void> {
    const turn = await rateLimiter.take(interaction.user.id);
    if (!turn.allowed) return reply(interaction, renderCooldown(turn.retryAfterMs), true);
    if (interaction.isStringSelectMenu() && interaction.customId === ASK_MENU_ID) {
      const question = (interaction.values[0] ?? '').slice(0, QUESTION_CHARS);
      // A question picked from the menu is asked in the channel, as if typed with /ask.
      const answer = ask(question);
      return replyWithChart(interaction, answer, checked(renderAnswer(answer, questionTarget(question))), false);
    }
    const action = decodeAction(interaction.customId);
    if (!action) return reply(interaction, renderExpired(), true);
    const answer = answerFor(action.target);
    if (action.kind === 'view') return reply(interaction, checked(renderView(answer, action.view)), true);
    // The embed's title is the question as the asker saw it; the id's words may have been cut to fit.
    const shown = interaction.message?.embeds?.[0]?.title ?? '';
    await feedback.record({
      platform: 'discord',
      question: shown || answer.question || targetQuestion(action.target),
      intent: answer.intent,
      found: answer.found,
      summary: answer.summary,
      vote: action.vote,
      userId: interaction.user.id,
    });
    await reply(interaction, renderVoteThanks(action.vote), true);
  }

  function ask(question: string): Answer {
    return bot.ask ? bot.ask(question) : bot.answer(understand(question), question);
  }

  function answerFor(target: AnswerTarget): Answer {
    return 'question' in target ? ask(target.question) : bot.answer(target.query, targetQuestion(target));
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
      else if (interaction.isMessageComponent()) await onComponent(interaction);
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
        await reply(interaction as Replying, renderError(), true);
      }
    } catch (err) {
      // The interaction may have expired or Discord may be unreachable: nothing more to do than say so.
      log(`Discord: could not tell the user about the failure of ${describe(interaction)}: ${errorText(err)}`);
    }
  }
}

/** A reply as sent: the rendered message (chart descriptor taken off) and any files. */
type ReplyBody = Omit<RenderedMessage, 'chart'> & Pick<InteractionReplyOptions, 'files'>;

/** What can be replied to: a command or a component press. */
type Replying = { reply(options: InteractionReplyOptions): Promise<unknown> };

/** Longest question taken from the menu: the `ask` command's limit. */
const QUESTION_CHARS = commands.find((c) => c.name === 'ask')?.options[0]?.maxLength ?? 500;

/** A render bug must not become an API error the user sees as "the application did not respond". */
function checked(message: RenderedMessage): RenderedMessage {
  const problems = (message.embeds ?? []).flatMap(embedLimitViolations);
  if (problems.length) throw new Error(`rendered embed breaks Discord's limits: ${problems.join('; ')}`);
  return message;
}

async function reply(interaction: Replying, message: ReplyBody, ephemeral: boolean): Promise<void> {
  // The chart descriptor is for the chart code, not Discord.
  const { chart: _chart, ...body } = message as RenderedMessage;
  const options: InteractionReplyOptions = { ...body, allowedMentions: NO_MENTIONS };
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
      : interaction.isMessageComponent()
        ? `component ${interaction.customId.slice(0, 40)}`
        : `interaction type ${interaction.type}`;
  const kind = interaction.isAutocomplete() ? ' autocomplete' : '';
  return `${what}${kind} (interaction ${interaction.id}, user ${interaction.user.id})`;
}

function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const status = 'status' in err ? ` [HTTP ${String(err.status)}]` : '';
  return `${err.name}: ${err.message}${status}`;
}
