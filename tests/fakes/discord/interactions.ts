// Builders for the gateway payloads a fake Discord sends: each returns plain JSON in Discord's wire shape.
import { randomBytes } from 'node:crypto';

/** Snowflake-shaped ids (18–19 digits), unique within a process, so routes and caches treat them as real. */
let nextId = 1_200_000_000_000_000_000n;
export function snowflake(): string {
  nextId += 1n;
  return nextId.toString();
}

/** A token whose first segment decodes to `applicationId`, as real bot tokens' do. */
export function fakeToken(applicationId: string): string {
  return `${Buffer.from(applicationId).toString('base64url')}.Gx1y2z.${randomBytes(20).toString('base64url')}`;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

/** A person; every call is a new one unless given an id, so tests never share a cooldown by accident. */
export function user(overrides: Partial<FakeUser> = {}): FakeUser {
  const id = overrides.id ?? snowflake();
  return { id, username: `reader${id.slice(-4)}`, global_name: null, discriminator: '0', avatar: null, ...overrides };
}

/** Where an interaction happens; one test guild by default. */
export interface InteractionContext {
  guildId?: string;
  channelId?: string;
  applicationId?: string;
}

export const TEST_GUILD_ID = '1100000000000000001';
export const TEST_CHANNEL_ID = '1100000000000000002';

/** A slash command option as Discord sends it; every Story Bot option is a string. */
export type OptionValues = Readonly<Record<string, string>>;

/** `/name option: value …` typed and sent by `who` (a new person by default). */
export function chatInput(
  name: string,
  options: OptionValues = {},
  who: FakeUser = user(),
  context: InteractionContext = {},
) {
  return interaction(2, who, context, {
    id: commandId(name),
    name,
    type: 1,
    options: Object.entries(options).map(([optionName, value]) => ({ name: optionName, type: 3, value })),
  });
}

/** `who` typing `typed` into option `focused` of `/name`, with `others` already filled in. */
export function autocomplete(
  name: string,
  focused: string,
  typed: string,
  who: FakeUser = user(),
  others: OptionValues = {},
  context: InteractionContext = {},
) {
  return interaction(4, who, context, {
    id: commandId(name),
    name,
    type: 1,
    options: [
      ...Object.entries(others).map(([optionName, value]) => ({ name: optionName, type: 3, value })),
      { name: focused, type: 3, value: typed, focused: true },
    ],
  });
}

/** A message the bot posted, as a component interaction carries it: its embeds and components as sent. */
export interface PostedMessage {
  embeds?: unknown[];
  components?: unknown[];
  content?: string;
  flags?: number;
}

/**
 * `who` pressing a button (`values` absent) or picking from a select menu (`values` given) on `message`: a
 * MESSAGE_COMPONENT interaction (type 3) whose data names the component by its custom_id, as Discord sends it.
 */
export function componentPress(
  customId: string,
  message: PostedMessage,
  options: { values?: string[]; who?: FakeUser; context?: InteractionContext } = {},
) {
  const who = options.who ?? user();
  const base = interaction(3, who, options.context ?? {}, {
    custom_id: customId,
    component_type: options.values ? 3 : 2,
    ...(options.values ? { values: options.values } : {}),
  });
  return {
    ...base,
    message: {
      id: snowflake(),
      channel_id: base.channel_id,
      author: { id: DEFAULT_APPLICATION_ID, username: 'Story Bot', global_name: null, discriminator: '0', avatar: null, bot: true },
      content: message.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: message.embeds ?? [],
      components: message.components ?? [],
      pinned: false,
      type: 20,
      flags: message.flags ?? 0,
      application_id: DEFAULT_APPLICATION_ID,
    },
  };
}

export type FakeInteraction = ReturnType<typeof interaction> & { message?: unknown };

function interaction(type: 2 | 3 | 4, who: FakeUser, context: InteractionContext, data: Record<string, unknown>) {
  const guildId = context.guildId ?? TEST_GUILD_ID;
  return {
    id: snowflake(),
    application_id: context.applicationId ?? DEFAULT_APPLICATION_ID,
    type,
    data,
    guild_id: guildId,
    channel_id: context.channelId ?? TEST_CHANNEL_ID,
    // Discord sends the channel too (a partial text channel); discord.js reads `channelId` from it alone.
    channel: { id: context.channelId ?? TEST_CHANNEL_ID, type: 0, guild_id: guildId },
    member: {
      user: who,
      roles: [],
      permissions: '2248473465835073',
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    token: `aW50ZXJhY3Rpb24${randomBytes(24).toString('base64url')}`,
    version: 1,
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    // discord.js reduces over this list when it builds the interaction; leaving it out throws.
    entitlements: [] as unknown[],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
  };
}

/** The application the fake plays, unless a test names another. */
export const DEFAULT_APPLICATION_ID = '1100000000000000000';

/** Stable per-name command ids, as Discord keeps a registered command's id. */
const commandIds = new Map<string, string>();
function commandId(name: string): string {
  if (!commandIds.has(name)) commandIds.set(name, snowflake());
  return commandIds.get(name)!;
}
