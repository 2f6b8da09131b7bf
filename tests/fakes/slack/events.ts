// Builders for what Slack sends. Every builder fills unique ids and timestamps, so a test names only what it checks.

/** Who the fake workspace says the bot is (auth.test in ./fake-slack.ts); the events built here use the same ids. */
export const FAKE_IDENTITY = {
  teamId: 'T0FAKETEAM',
  botUserId: 'U0STORYBOT',
  botId: 'B0STORYBOT',
  appId: 'A0STORYBOT',
} as const;

let sequence = 0;
const next = () => ++sequence;

/** A unique message timestamp, formatted as Slack's `ts` ("1700000000.000123"). */
export function slackTs(): string {
  return `${Math.floor(Date.now() / 1000)}.${String(next()).padStart(6, '0')}`;
}

/** A unique event id, like Slack's "Ev0123ABC". */
export function eventId(): string {
  return `Ev${String(next()).padStart(8, '0')}`;
}

export interface MessageOptions {
  user?: string;
  channel?: string;
  ts?: string;
  thread_ts?: string;
  /** The event_callback's event_id; set it to replay one event. */
  eventId?: string;
  /** Marks the message as posted by a bot (`bot_id`). */
  botId?: string;
}

/** The Events API body Slack sends (event_callback envelope), as HTTP body or Socket Mode payload. */
export interface EventCallback {
  token: string;
  team_id: string;
  api_app_id: string;
  type: 'event_callback';
  event_id: string;
  event_time: number;
  event: Record<string, unknown>;
}

function callback(event: Record<string, unknown>, id: string | undefined): EventCallback {
  return {
    token: 'fake-verification-token',
    team_id: FAKE_IDENTITY.teamId,
    api_app_id: FAKE_IDENTITY.appId,
    type: 'event_callback',
    event_id: id ?? eventId(),
    event_time: Math.floor(Date.now() / 1000),
    event,
  };
}

/** `@Story Bot <text>` in a channel: an app_mention event whose text starts with the bot's user mention. */
export function mention(text: string, options: MessageOptions = {}): EventCallback {
  const ts = options.ts ?? slackTs();
  return callback(
    {
      type: 'app_mention',
      user: options.user ?? 'U0ASKER',
      text: `<@${FAKE_IDENTITY.botUserId}> ${text}`.trimEnd(),
      ts,
      channel: options.channel ?? 'C0NEWSROOM',
      event_ts: ts,
      ...(options.thread_ts ? { thread_ts: options.thread_ts } : {}),
      ...(options.botId ? { bot_id: options.botId } : {}),
    },
    options.eventId,
  );
}

/** A direct message to the bot: a message event with channel_type "im". */
export function dm(text: string, options: MessageOptions = {}): EventCallback {
  const ts = options.ts ?? slackTs();
  return callback(
    {
      type: 'message',
      channel_type: 'im',
      user: options.user ?? 'U0ASKER',
      text,
      ts,
      channel: options.channel ?? 'D0ASKER',
      event_ts: ts,
      ...(options.thread_ts ? { thread_ts: options.thread_ts } : {}),
      ...(options.botId ? { bot_id: options.botId } : {}),
    },
    options.eventId,
  );
}

export interface SlashCommandOptions {
  command?: string;
  user?: string;
  channel?: string;
  /** Where the app's respond() posts; use FakeSlack.responseUrl(). */
  responseUrl: string;
}

/** A slash command's fields; send `new URLSearchParams(…)` over HTTP, or the object as a Socket Mode payload. */
export function slashCommand(text: string, options: SlashCommandOptions): Record<string, string> {
  return {
    token: 'fake-verification-token',
    team_id: FAKE_IDENTITY.teamId,
    team_domain: 'fake',
    channel_id: options.channel ?? 'C0NEWSROOM',
    channel_name: 'newsroom',
    user_id: options.user ?? 'U0ASKER',
    user_name: 'asker',
    command: options.command ?? '/story',
    text,
    api_app_id: FAKE_IDENTITY.appId,
    is_enterprise_install: 'false',
    response_url: options.responseUrl,
    trigger_id: `trigger-${next()}`,
  };
}

/** The challenge Slack sends when a Request URL is saved. */
export function urlVerification(challenge: string): { token: string; challenge: string; type: 'url_verification' } {
  return { token: 'fake-verification-token', challenge, type: 'url_verification' };
}

export interface BlockActionOptions {
  user?: string;
  channel?: string;
  /** The message the component sits under (its ts and thread); leave out for an ephemeral message, which Slack omits. */
  message?: { ts: string; thread_ts?: string; blocks?: unknown[]; text?: string };
  /** Where respond() posts; use FakeSlack.responseUrl(). */
  responseUrl: string;
}

/**
 * A person pressing a button (`value`) or picking a select option (`selected`) under a message: the
 * `block_actions` payload Slack sends (as `payload=` form data over HTTP, or an `interactive` Socket Mode envelope).
 */
export function blockAction(
  element: { action_id: string; block_id?: string; value?: string; selected?: string },
  options: BlockActionOptions,
): Record<string, unknown> {
  const channel = options.channel ?? 'C0NEWSROOM';
  const action = element.selected !== undefined
    ? { type: 'static_select', action_id: element.action_id, block_id: element.block_id ?? 'b', selected_option: { text: { type: 'plain_text', text: element.selected }, value: element.selected }, action_ts: slackTs() }
    : { type: 'button', action_id: element.action_id, block_id: element.block_id ?? 'b', value: element.value, text: { type: 'plain_text', text: 'button' }, action_ts: slackTs() };
  return {
    type: 'block_actions',
    user: { id: options.user ?? 'U0ASKER', username: 'asker', name: 'asker', team_id: FAKE_IDENTITY.teamId },
    api_app_id: FAKE_IDENTITY.appId,
    token: 'fake-verification-token',
    container: options.message
      ? { type: 'message', message_ts: options.message.ts, channel_id: channel, is_ephemeral: false }
      : { type: 'message', message_ts: slackTs(), channel_id: channel, is_ephemeral: true },
    trigger_id: `trigger-${next()}`,
    team: { id: FAKE_IDENTITY.teamId, domain: 'fake' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: 'newsroom' },
    ...(options.message ? { message: { type: 'message', user: FAKE_IDENTITY.botUserId, bot_id: FAKE_IDENTITY.botId, ...options.message } } : {}),
    state: { values: {} },
    response_url: options.responseUrl,
    actions: [action],
  };
}
