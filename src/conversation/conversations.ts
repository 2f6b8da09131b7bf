import type { Answer } from '../answer/answer.js';
import type { Query } from '../answer/query.js';
import { DEFAULT_CONTEXT_TTL_MS } from '../state/config.js';
import type { StateStore } from '../state/state-store.js';
import type { Focus } from './focus.js';

/** The part of the core a conversation needs. */
export interface ConversationBot {
  ask(question: string, options?: { context?: Focus }): Answer;
  answer(query: Query, question?: string): Answer;
}

export interface ConversationOptions {
  /** How long after its last answer a conversation is forgotten. Default 30 minutes (`CONTEXT_TTL`). */
  ttlMs?: number;
}

/** A focus is a few short strings; anything much bigger under a conversation key is not one of ours. */
const MAX_FOCUS_JSON = 4_000;

/**
 * Conversations kept in a state store: each key (a Slack thread, a DM, a Discord channel and person, a console
 * session) remembers the focus of its last found answer for `ttlMs`, and the next question there is read with
 * it. With a Redis store, a thread's follow-up is understood whichever replica it reaches. A store failure
 * costs only the context: the question is still answered, on its own.
 */
export class Conversations {
  readonly ttlMs: number;

  constructor(
    private readonly bot: ConversationBot,
    private readonly store: StateStore,
    options: ConversationOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_CONTEXT_TTL_MS;
  }

  /** Answers a plain-English question in conversation `key`, reading it as a follow-up where it leans on the last answer. */
  async ask(key: string, question: string): Promise<Answer> {
    const answer = this.bot.ask(question, { context: await this.focus(key) });
    await this.remember(key, answer);
    return answer;
  }

  /** Answers a structured query (a slash command) in conversation `key`; its answer becomes the context for the next question. */
  async answer(key: string, query: Query, question?: string): Promise<Answer> {
    const answer = this.bot.answer(query, question);
    await this.remember(key, answer);
    return answer;
  }

  /** The focus conversation `key` would read its next question with, if it has one that has not expired. */
  async focus(key: string): Promise<Focus | undefined> {
    try {
      const raw = await this.store.get(storeKey(key));
      if (!raw || raw.length > MAX_FOCUS_JSON) return undefined;
      const focus = JSON.parse(raw) as unknown;
      return isFocus(focus) ? focus : undefined;
    } catch {
      return undefined;
    }
  }

  private async remember(key: string, answer: Answer): Promise<void> {
    // An answer about nothing in particular (help, not found) leaves the conversation's context as it was.
    if (!answer.focus) return;
    await this.store.set(storeKey(key), JSON.stringify(answer.focus), this.ttlMs).catch(() => undefined);
  }
}

function storeKey(key: string): string {
  return `conversation:${key}`;
}

function isFocus(value: unknown): value is Focus {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  // (every slot a string; `earlier` a list of names)
  const slot = (x: unknown) => typeof x === 'string' || (Array.isArray(x) && x.every((n) => typeof n === 'string'));
  return typeof v.question === 'string' && typeof v.intent === 'string' && Object.values(v).every(slot);
}
