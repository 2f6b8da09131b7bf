import { defineCommand } from './command.js';

// With no topic and no outlet, the story's key numbers: what its figures are on, each with its figures.
export default defineCommand({
  name: 'figures',
  description: 'Figures on a topic, and who reported them',
  options: [
    { name: 'topic', description: 'What is counted, e.g. territory, equipment, troops (empty: all topics)', required: false, maxLength: 100 },
    { name: 'outlet', description: 'Only this outlet', required: false, maxLength: 100, autocomplete: 'outlet' },
  ],
  toQuery: (o) =>
    o.outlet
      ? { intent: 'outlet_figures', outlet: o.outlet, topic: o.topic || undefined }
      : o.topic?.trim()
        ? { intent: 'figure_topic', topic: o.topic }
        : { intent: 'overview', focus: 'figures' },
});
