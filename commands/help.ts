import { defineCommand } from './command.js';

export default defineCommand({
  name: 'help',
  description: 'What Story Bot can answer',
  options: [],
  private: true,
  toQuery: () => ({ intent: 'help' }),
});
