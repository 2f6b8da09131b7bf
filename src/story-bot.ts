// StoryBot with its build step: StoryBot.open() here can extract a corpus synchronously. The class itself is in
// story-bot-core.ts, which a command-line start imports alone so that a warm start skips the extraction modules.
import { buildFromArticles } from './story-build.js';
import { provideBuilder } from './story-bot-core.js';

provideBuilder(buildFromArticles);

export { StoryBot } from './story-bot-core.js';
export type { Completion, CompletionKind, OpenTimings, StoryBotOptions } from './story-bot-core.js';
