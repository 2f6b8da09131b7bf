export { StoryBot } from './story-bot.js';
export type { StoryBotOptions, Completion, CompletionKind } from './story-bot.js';
export { understand } from './answer/understand.js';
export type { Understanding } from './understand/understand.js';
export type { Query, Intent } from './answer/query.js';
export { INTENTS } from './answer/query.js';
export { buildAnswer } from './answer/answer.js';
export type { AnswerDraft } from './answer/answer.js';
export type {
  Answer,
  Citation,
  QuoteView,
  QuoteEntry,
  FigureView,
  ComparisonView,
  ComparisonRow,
  OutletView,
  PersonView,
} from './answer/answer.js';
export { StoryBotError, CorpusError, ConfigError } from './errors.js';
export type { StoryBotErrorCode } from './errors.js';
export type { Article, ArticleMeta, CleanArticle, DroppedLine } from './corpus/article.js';
export { drawChart, hasChart, comparisonSpec, CHART_FILE_NAME } from './chart/index.js';
export type { ChartImage, ChartOptions } from './chart/index.js';
export { present, presentView, presentHelp, plainLine, VIEW_LABELS } from './present/index.js';
export type { Presentation, ViewPresentation, ViewName, ChartDescriptor, Line, Span, SourceLine } from './present/index.js';
export { Conversations, followUp, FOLLOW_UP_RULES } from './conversation/index.js';
export type { Focus, FollowUp, FollowUpRule, ConversationOptions } from './conversation/index.js';
export { MemoryStore, FallbackStore, openStateStore, stateConfigFromEnv } from './state/index.js';
export type { StateStore, StateConfig } from './state/index.js';
