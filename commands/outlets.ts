import { defineCommand } from './command.js';

export default defineCommand({
  name: 'outlets',
  description: 'The outlets in the story, with headline, byline and sources',
  options: [],
  toQuery: () => ({ intent: 'outlets' }),
});
