import { App, HTTPReceiver, type webApi } from '@slack/bolt';
import { commands, findCommand, readOptions } from '../../commands/index.js';
import type { Answer, StoryBot } from '../../src/index.js';
import { APOLOGY, slowDown } from '../messages.js';
import { FeedbackLog } from '../feedback-log.js';
import { SharedRateLimiter, type Limiter } from '../rate-limit.js';
import { MemoryStore, type StateStore } from '../../src/state/index.js';
import { Conversations } from '../../src/conversation/conversations.js';
import { answerCommand } from '../conversation-turn.js';
import { cutTo } from '../../src/answer/graphemes.js';
import { guardRequestBodies } from './body-guard.js';
import { registerAnswerActions } from './actions.js';
import { boltLogger } from './bolt-logger.js';
import { uploadChart } from './chart-upload.js';
import type { SlackConfig } from './config.js';
import { questionTarget } from '../components.js';
import { plainFromSlack } from './mrkdwn.js';
import { isTimeout, mayHaveLanded, safeRetryConfig, WEB_CLIENT_DEFAULTS } from './web-client-options.js';
import { renderAnswer, renderHelp, renderNote, type SlackMessage } from './render.js';
import { parseStoryCommand } from './story-command.js';

/** Tuning of the Slack adapter; every field is optional, defaults in {@link SLACK_APP_DEFAULTS}. */
export interface SlackAppOptions {
  /** Per-user limit on questions (mentions, DMs and commands together). Default: 5 in any 10 seconds, kept in `store`. */
  rateLimiter?: Limiter;
  /**
   * Where event ids seen, rate-limit hits and conversations are kept. Give every replica the same Redis-backed
   * store and a redelivery is answered once whichever replica it reaches. Default: this process's memory.
   */
  store?: StateStore;
  /** How long a thread's or DM's last answer is remembered for follow-ups. Default 30 minutes. */
  contextTtlMs?: number;
  /** With no `store`: how many event ids (and message timestamps) memory keeps for dropping Slack's redeliveries. */
  rememberEvents?: number;
  /**
   * Spacing of the Web API client's retries (p-retry options). Only what cannot have been applied is retried: a
   * 429, waited out for its `Retry-After` first (`rejectRateLimitedCalls` stays false), and a connection that never
   * opened; never a 5xx or a timeout, which may have posted already (see web-client-options.ts).
   */
  retryConfig?: webApi.RetryOptions;
  /** Web API call timeout in ms; a call past it is logged and not retried. Default: 10,000 (web-client-options.ts). */
  apiTimeoutMs?: number;
  /** Where 👍/👎 votes go. Default: a FeedbackLog on `STORY_FEEDBACK_FILE`, else .data/feedback.jsonl. */
  feedback?: FeedbackLog;
}

/** The defaults of {@link SlackAppOptions}. */
const SLACK_APP_DEFAULTS = {
  /** 5 questions in any 10 seconds per user (RateLimiter's own defaults). */
  rateLimiter: (store: StateStore) => new SharedRateLimiter(store, 5, 10_000, 'slack:rate:'),
  rememberEvents: 10_000,
  /** Slack gives up redelivering after three retries over about five minutes; an hour is well past that. */
  rememberEventsMs: 3_600_000,
  /** Short waits: a person is waiting for the answer, so give up after about ten seconds rather than thirty minutes. */
  retryConfig: {
    retries: 3,
    factor: 2,
    minTimeout: 250,
    maxTimeout: 5_000,
    randomize: true,
  } satisfies webApi.RetryOptions,
} as const;

/** Longest question taken from a mention or DM: the `ask` command's limit, so both ways of asking agree. */
const QUESTION_CHARS = findCommand('ask')?.options[0]?.maxLength ?? 500;

type Client = webApi.WebClient;

/** Where a reply goes: a channel, and the thread in it when there is one. */
interface Place {
  channel: string;
  threadTs?: string;
}

/**
 * Builds the Bolt App: mentions are answered in their thread, DMs in the DM, `/story <command> <text>` through
 * the shared command table. The adapter only translates; every answer comes from `bot`.
 */
export function createSlackApp(
  bot: StoryBot,
  config: SlackConfig,
  log: (line: string) => void,
  options: SlackAppOptions = {},
): App {
  const store = options.store ?? new MemoryStore({ ids: options.rememberEvents ?? SLACK_APP_DEFAULTS.rememberEvents });
  const limiter = options.rateLimiter ?? SLACK_APP_DEFAULTS.rateLimiter(store);
  const conversations = new Conversations(bot, store, { ttlMs: options.contextTtlMs });
  const firstSight = (id: string) => store.firstSight(`slack:seen:${id}`, SLACK_APP_DEFAULTS.rememberEventsMs);
  const apiUrl = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  const logger = boltLogger(log);
  const app = new App({
    token: config.botToken,
    ...(config.mode === 'socket'
      ? {
          socketMode: true,
          appToken: config.appToken,
          // The Socket Mode client takes its own copy: it sets a patient retry policy for reconnecting on it.
          installerOptions: { clientOptions: { ...apiUrl } },
        }
      : { receiver: httpReceiver(config.signingSecret, logger, log) }),
    clientOptions: {
      ...apiUrl,
      retryConfig: safeRetryConfig(options.retryConfig ?? SLACK_APP_DEFAULTS.retryConfig),
      timeout: options.apiTimeoutMs ?? WEB_CLIENT_DEFAULTS.timeoutMs,
      maxRequestConcurrency: WEB_CLIENT_DEFAULTS.maxRequestConcurrency,
    },
    logger,
    // Bolt's default conversation store keeps state per channel that no handler here reads, and costs a lookup
    // (and a thrown miss) on every event.
    convoStore: false,
    // Verify the token in startSlack, where a failure can be reported, not in a constructor promise.
    deferInitialization: true,
  });

  // Bolt acknowledges events before middleware runs, so a dropped redelivery still gets its 200.
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await firstSight(eventId))) {
      log(
        `slack: dropped redelivery of event ${eventId} (retry ${context.retryNum ?? '?'}, ${context.retryReason ?? 'no reason given'})`,
      );
      return;
    }
    await next();
  });

  /** Answers one message, once, unless the person is over their limit. */
  const answerMessage = async (
    client: Client,
    user: string,
    place: Place,
    ts: string,
    text: string,
    botUserId?: string,
    teamId?: string,
  ) => {
    // A message can arrive as two events (app_mention and message.im); the timestamp identifies it.
    if (!(await firstSight(`${place.channel}/${ts}`))) return;
    if (!(await withinLimit(client, user, place))) return;
    let answer: Answer | undefined;
    await post(client, place, async () => {
      const question = cutTo(plainFromSlack(text, botUserId), QUESTION_CHARS);
      // A thread (or a DM) is one conversation: a follow-up there is read with the last answer there.
      return question ? renderAnswer((answer = await conversations.ask(conversationKey(teamId, place), question))) : help();
    });
    if (answer) await uploadChart(client, answer, place, log);
  };

  app.event('app_mention', async ({ event, context, client }) => {
    if (event.bot_id || !event.user) return;
    // say() would post at the channel's top level; a mention is answered in its thread.
    const place = { channel: event.channel, threadTs: event.thread_ts ?? event.ts };
    await answerMessage(client, event.user, place, event.ts, event.text, context.botUserId, context.teamId);
  });

  app.event('message', async ({ event, context, client }) => {
    // Edits, deletions, joins and other bots' posts arrive as subtypes or with bot_id; only people's DMs are questions.
    if (event.subtype !== undefined || event.channel_type !== 'im' || event.bot_id) return;
    const place = { channel: event.channel, ...(event.thread_ts ? { threadTs: event.thread_ts } : {}) };
    await answerMessage(client, event.user, place, event.ts, event.text ?? '', context.botUserId, context.teamId);
  });

  app.command(/.*/, async ({ command, ack, respond, client }) => {
    await ack();
    const invocation = parseStoryCommand(plainFromSlack(command.text), command.command);
    const reply = async (visibility: 'ephemeral' | 'in_channel', { chart: _chart, ...message }: SlackMessage) =>
      void (await respond({ response_type: visibility, ...message }));
    try {
      if (invocation.kind === 'help') return await reply('ephemeral', help(command.command, invocation.note));
      if (invocation.kind === 'problem')
        return await reply('ephemeral', renderNote(`${invocation.problem} ${invocation.usage}`));
      const { command: definition, text } = invocation;
      const limited = await limiter.take(command.user_id);
      if (!limited.allowed) return await reply('ephemeral', renderNote(slowDown(limited.retryAfterMs)));
      const values = readOptions(definition, (o) => invocation.values[o.name]);
      const query = definition.toQuery(values);
      // Commands are a conversation per person and channel, so `/story ask` can lean on `/story whosaid`.
      const key = `slack:${command.team_id}:${command.channel_id}:cmd:${command.user_id}`;
      const answer = await answerCommand(bot, conversations, key, definition, values, `${definition.name} ${text}`.trim());
      // Buttons re-ask a question as asked, a command as the query it built.
      const target = definition.questionOption ? questionTarget(values[definition.questionOption] ?? '') : { query };
      await reply(definition.private ? 'ephemeral' : 'in_channel', renderAnswer(answer, target));
      if (!definition.private) await uploadChart(client, answer, { channel: command.channel_id }, log);
    } catch (err) {
      log(`slack: could not answer ${command.command} ${command.text} from ${command.user_id}: ${describe(err)}`);
      // An apology after an answer that may have landed would contradict it.
      if (mayHaveLanded(err)) return;
      await reply('ephemeral', renderNote(APOLOGY)).catch((e: unknown) =>
        log(`slack: could not apologise: ${describe(e)}`),
      );
    }
  });

  registerAnswerActions(app, {
    bot,
    limiter,
    feedback: options.feedback ?? new FeedbackLog(),
    log,
    questionChars: QUESTION_CHARS,
  });

  app.error(async (err) => log(`slack: unhandled error: ${describe(err)}`));

  function help(slashCommand?: string, note?: string): SlackMessage {
    return renderHelp(bot.answer({ intent: 'help' }), commands, slashCommand, note);
  }

  async function withinLimit(client: Client, user: string, place: Place): Promise<boolean> {
    const limited = await limiter.take(user);
    if (limited.allowed) return true;
    // Only the asker sees the note, so a flood does not fill the channel with refusals.
    await client.chat
      .postEphemeral({
        channel: place.channel,
        user,
        ...threaded(place),
        ...renderNote(slowDown(limited.retryAfterMs)),
      })
      .catch((err: unknown) => log(`slack: could not post a rate-limit note in ${place.channel}: ${describe(err)}`));
    return false;
  }

  async function post(client: Client, place: Place, compose: () => Promise<SlackMessage>): Promise<void> {
    try {
      const { chart: _chart, ...message } = await compose();
      await client.chat.postMessage({
        channel: place.channel,
        ...threaded(place),
        ...message,
        blocks: formBlocks(message.blocks),
        unfurl_links: false,
        unfurl_media: false,
      });
    } catch (err) {
      // A 5xx or a timeout may come after Slack posted the answer: then the answer stands and nothing more is sent.
      if (mayHaveLanded(err)) return log(`slack: answer in ${place.channel} may have been posted (${describe(err)}); not retried`);
      log(`slack: could not answer in ${place.channel}: ${describe(err)}`);
      await client.chat
        .postMessage({ channel: place.channel, ...threaded(place), ...renderNote(APOLOGY) })
        .catch((e: unknown) => log(`slack: could not apologise in ${place.channel}: ${describe(e)}`));
    }
  }

  return app;
}

/** Bolt's own HTTP receiver, with bodies checked before Bolt reads them (see body-guard.ts). */
function httpReceiver(signingSecret: string, logger: ReturnType<typeof boltLogger>, log: (line: string) => void): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret, logger });
  receiver.requestListener = guardRequestBodies(receiver.requestListener, log);
  return receiver;
}

/**
 * Blocks as the Web API client sends them anyway: one JSON string in the form body (serializeBody stringifies any
 * object field). Handing it the string sends the same bytes, and spares every answer the client's debug-log
 * copies of the whole block tree (redact walks it and JSON.stringify prints it, even with debug lines dropped).
 */
function formBlocks(blocks: SlackMessage['blocks']): SlackMessage['blocks'] {
  return JSON.stringify(blocks) as unknown as SlackMessage['blocks'];
}

/** A Slack thread, or a DM outside threads, is one conversation. */
function conversationKey(teamId: string | undefined, place: Place): string {
  return `slack:${teamId ?? ''}:${place.channel}:${place.threadTs ?? ''}`;
}

function threaded(place: Place): { thread_ts?: string } {
  return place.threadTs ? { thread_ts: place.threadTs } : {};
}

/** One line for the log: the Slack error code when there is one, never a stack. */
function describe(err: unknown): string {
  if (isTimeout(err)) return 'timed out';
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  const code = typeof data?.error === 'string' ? ` (${data.error})` : '';
  return `${err instanceof Error ? err.message : String(err)}${code}`;
}
