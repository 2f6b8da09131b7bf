import { understand } from '../src/index.js';
import { defineCommand } from './command.js';

export default defineCommand({
  name: 'ask',
  description: 'Ask anything about the story, in plain English',
  options: [{ name: 'question', description: 'Your question, e.g. "Who said they fled like Olympic sprinters?"', required: true, maxLength: 500 }],
  questionOption: 'question',
  toQuery: (o) => understand(o.question ?? ''),
});
