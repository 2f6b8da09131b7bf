import { defineCommand } from './command.js';

export default defineCommand({
  name: 'compare',
  description: 'Compare what each outlet reported on a topic',
  options: [{ name: 'topic', description: 'e.g. territory retaken', required: true, maxLength: 100, autocomplete: 'topic' }],
  toQuery: (o) => ({ intent: 'compare', topic: o.topic ?? '' }),
});
