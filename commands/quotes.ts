import { defineCommand } from './command.js';

export default defineCommand({
  name: 'quotes',
  description: 'Everything a person said, across outlets',
  options: [{ name: 'person', description: 'A name, any spelling', required: true, maxLength: 100, autocomplete: 'person' }],
  toQuery: (o) => (o.person ? { intent: 'what_said', person: o.person } : { intent: 'help' }),
});
