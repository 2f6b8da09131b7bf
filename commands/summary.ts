import { defineCommand } from './command.js';

// "What happened?" as a command: the first thing a newcomer to a channel's story wants, with nothing to type.
export default defineCommand({
  name: 'summary',
  description: 'What happened, from each outlet’s lead',
  options: [],
  toQuery: () => ({ intent: 'overview' }),
});
