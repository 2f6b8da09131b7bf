import { defineCommand } from './command.js';

export default defineCommand({
  name: 'whosaid',
  description: 'Find who said a quote, and which outlets carried it',
  options: [
    { name: 'quote', description: 'Words of the quote, as you remember them', required: true, maxLength: 300, autocomplete: 'quote' },
  ],
  toQuery: (o) => (o.quote ? { intent: 'who_said', quote: o.quote } : { intent: 'help' }),
});
