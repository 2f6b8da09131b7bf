import { defineCommand } from './command.js';

// "Who is in the story?" as a command: the speakers, most statements first, so the next /quotes has a name to ask.
export default defineCommand({
  name: 'people',
  description: 'Who is quoted, most statements first',
  options: [],
  toQuery: () => ({ intent: 'people' }),
});
