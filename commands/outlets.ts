import { defineCommand } from './command.js';

export default defineCommand({
  name: 'outlets',
  description: 'The outlets, with headline, byline, date and sources',
  options: [],
  toQuery: () => ({ intent: 'outlets' }),
});
