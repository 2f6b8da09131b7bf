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
export { mention, dm, slashCommand, urlVerification, eventId, slackTs, blockAction, FAKE_IDENTITY } from './events.js';
export { blockProblems } from './validate.js';
export type { EventCallback, MessageOptions, SlashCommandOptions, BlockActionOptions } from './events.js';
