/** Codes for every error the core raises; surfaces turn codes into friendly words. */
export type StoryBotErrorCode =
  | 'CORPUS_NOT_FOUND'
  | 'CORPUS_EMPTY'
  | 'CORPUS_UNREADABLE'
  | 'ARTICLE_NOT_TEXT'
  | 'ARTICLE_TOO_LARGE'
  | 'FRONT_MATTER_INVALID'
  | 'FRONT_MATTER_FIELD'
  | 'ALIASES_INVALID'
  | 'CONFIG_MISSING'
  | 'CONFIG_INVALID'
  | 'CHART_NO_FONT'
  | 'CHART_FAILED';

/** Base class: an error with a code and the context needed to act on it, printable as one line. */
export class StoryBotError extends Error {
  readonly code: StoryBotErrorCode;
  constructor(code: StoryBotErrorCode, message: string) {
    super(message);
    this.name = 'StoryBotError';
    this.code = code;
  }
}

/** A corpus file (or folder) the bot cannot use. `message` names the file and, where one is at fault, the field. */
export class CorpusError extends StoryBotError {
  readonly file: string;
  readonly field?: string;
  constructor(code: StoryBotErrorCode, file: string, problem: string, field?: string) {
    super(code, `${file}: ${field ? `${field}: ` : ''}${problem}`);
    this.name = 'CorpusError';
    this.file = file;
    this.field = field;
  }
}

/** A missing or malformed setting. `message` names the variable and where to get a value. */
export class ConfigError extends StoryBotError {
  readonly variable: string;
  constructor(code: 'CONFIG_MISSING' | 'CONFIG_INVALID', variable: string, problem: string) {
    super(code, `${variable}: ${problem}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}
