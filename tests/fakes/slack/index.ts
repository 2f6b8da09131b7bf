// A fake Slack for end-to-end tests and benchmarks: Web API + Socket Mode server, request signing, payload builders.
export { startFakeSlack } from './fake-slack.js';
export type {
  FakeSlack,
  FakeSlackOptions,
  ApiCall,
  ResponsePost,
  SocketAck,
  EnvelopeOptions,
  FakeUpload,
} from './fake-slack.js';
export { signatureHeaders, sendSigned } from './sign.js';
export type { SignedRequestOptions } from './sign.js';
export { mention, dm, slashCommand, urlVerification, eventId, slackTs, FAKE_IDENTITY } from './events.js';
export type { EventCallback, MessageOptions, SlashCommandOptions } from './events.js';
