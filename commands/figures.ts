import { defineCommand } from './command.js';

export default defineCommand({
  name: 'figures',
  description: 'Figures on a topic, and who reported them',
  options: [
    { name: 'topic', description: 'What is counted, e.g. territory, equipment, troops', required: true, maxLength: 100 },
    { name: 'outlet', description: 'Only this outlet', required: false, maxLength: 100, autocomplete: 'outlet' },
  ],
  toQuery: (o) =>
    o.outlet
      ? { intent: 'outlet_figures', outlet: o.outlet, topic: o.topic || undefined }
      : { intent: 'figure_topic', topic: o.topic ?? '' },
});
