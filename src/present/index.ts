// The presenter: the core's Answer decided into sections once, for every surface to mark up.
export { present, bestWording, distinctSources, PRESENT_DEFAULTS } from './present.js';
export { presentView } from './views.js';
export { presentHelp } from './help.js';
export type { HelpCommand, HelpPresentation } from './help.js';
export { nextQuestions } from './suggest.js';
export { plainLine, plainSections, plainSource } from './plain.js';
export { VIEW_LABELS } from './presentation.js';
export type {
  Span,
  Line,
  ViewName,
  ChartDescriptor,
  SourceLine,
  BestWording,
  Presentation,
  ViewPresentation,
} from './presentation.js';
