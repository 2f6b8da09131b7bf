export { startFakeDiscord } from './fake-discord.js';
export type {
  FakeDiscord,
  FakeDiscordOptions,
  RecordedRequest,
  InteractionCallback,
  CallbackData,
  IdentifyPayload,
  RestErrorRule,
  DispatchedInteraction,
  GatewayCloseCode,
} from './fake-discord.js';
export {
  chatInput,
  componentPress,
  autocomplete,
  user,
  snowflake,
  fakeToken,
  DEFAULT_APPLICATION_ID,
  TEST_GUILD_ID,
  TEST_CHANNEL_ID,
} from './interactions.js';
export type { FakeUser, FakeInteraction, OptionValues, InteractionContext, PostedMessage } from './interactions.js';
export { callbackProblems, componentProblems, messageProblems } from './validate.js';
