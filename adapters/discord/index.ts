import { once } from 'node:events';
import { Events } from 'discord.js';
import { SharedRateLimiter, type Limiter } from '../rate-limit.js';
import { Conversations, type ConversationBot } from '../../src/conversation/conversations.js';
import { MemoryStore, type StateStore } from '../../src/state/index.js';
import type { RunningAdapter } from '../running-adapter.js';
import { createDiscordClient } from './client.js';
import { describeFatalClose, describeLoginFailure } from './gateway-close.js';
import type { DiscordConfig } from './config.js';
import type { FeedbackLog } from '../feedback-log.js';
import { createInteractionHandler, type AnswerSource } from './interaction-handler.js';
import { inviteUrl } from './invite.js';

export type { DiscordConfig } from './config.js';

/** Tuning of the Discord adapter; every field is optional. */
export interface DiscordOptions {
  /** Per-user limit on commands. Default: 5 in any 10 seconds, counted in `store`. */
  rateLimiter?: Limiter;
  /** Where 👍/👎 votes go. Default: a FeedbackLog on `STORY_FEEDBACK_FILE`, else .data/feedback.jsonl. */
  feedback?: FeedbackLog;
  /** Where rate-limit hits and conversations are kept; shared by every shard with Redis. Default: memory. */
  store?: StateStore;
  /** How long a person's last answer in a channel is remembered for follow-ups. Default 30 minutes. */
  contextTtlMs?: number;
}

/**
 * Logs in to Discord, answers slash commands until stopped, and logs the invite URL. Resolves once the bot is
 * ready to answer; rejects (with Discord's reason) when login fails, e.g. for a revoked token.
 */
export async function startDiscord(
  bot: AnswerSource,
  config: DiscordConfig,
  log: (line: string) => void,
  options: DiscordOptions = {},
): Promise<RunningAdapter> {
  const client = createDiscordClient(config);
  const store = options.store ?? new MemoryStore();
  // A stand-in core without `ask` (tests of extreme answers) is answered without conversations.
  const conversations =
    'ask' in bot && typeof bot.ask === 'function'
      ? new Conversations(bot as AnswerSource & ConversationBot, store, { ttlMs: options.contextTtlMs })
      : undefined;
  const handle = createInteractionHandler(bot, {
    log,
    rateLimiter: options.rateLimiter ?? new SharedRateLimiter(store, 5, 10_000, 'discord:rate:'),
    conversations,
    ...(options.feedback ? { feedback: options.feedback } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  // discord.js reconnects by itself; these lines only make an outage visible in the log. An 'error' listener is
  // also what keeps an EventEmitter error from crashing the process.
  client.on(Events.Error, (err) => log(`Discord: client error: ${err.message}`));
  let stopped = false;
  client.on(Events.ShardReconnecting, () => stopped || log('Discord: gateway connection lost; reconnecting'));
  client.on(Events.ShardResume, () => log('Discord: gateway session resumed'));
  let died!: (reason: string) => void;
  const death = new Promise<string>((resolve) => (died = resolve));
  client.on(Events.ShardDisconnect, (event) => {
    const reason = describeFatalClose(event.code);
    log(`Discord: ${reason}`);
    died(reason);
  });
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await client.destroy();
  };
  try {
    const ready = once(client, Events.ClientReady);
    // A fatal close during IDENTIFY (a revoked token, disallowed intents) never brings READY: fail with its cause.
    const refused = death.then((reason) => Promise.reject(new Error(reason)));
    refused.catch(() => {});
    await Promise.race([client.login(config.token).then(() => ready), refused]);
  } catch (err) {
    await stop();
    throw new Error(`Discord login failed: ${describeLoginFailure(err)}`, { cause: err });
  }
  log(
    `Discord: logged in as ${client.user?.tag ?? 'unknown'}; invite it with ${inviteUrl(client.application?.id ?? config.applicationId)}`,
  );
  return { name: 'Discord', stop, died: death };
}
