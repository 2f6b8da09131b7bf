export type { Focus, NameResolver } from './focus.js';
export { followUp } from './follow-up.js';
export { FOLLOW_UP_RULES, type FollowUp, type FollowUpRule } from './follow-up-rules.js';
export { Conversations, type ConversationBot, type ConversationOptions } from './conversations.js';
