import { createHmac } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { feedbackFileFromEnv, type FeedbackVote } from '../src/feedback.js';

/** Where votes are appended, one JSON line each. Appends are serialised so two votes never interleave. */
export class FeedbackLog {
  private queue: Promise<void> = Promise.resolve();

  /**
   * @param file the JSON-lines file (created with its folder on the first vote).
   * @param salt keys the user hash (`STORY_FEEDBACK_SALT`); without one, hashes are still one-way but the same
   *   everywhere.
   */
  constructor(
    readonly file: string = feedbackFileFromEnv(),
    private readonly salt: string = process.env.STORY_FEEDBACK_SALT ?? 'story-bot-feedback',
  ) {}

  /** A user id as the file keeps it: HMAC-SHA256 of platform and id, 16 hex digits. */
  hashUser(platform: FeedbackVote['platform'], userId: string): string {
    return createHmac('sha256', this.salt).update(`${platform}:${userId}`).digest('hex').slice(0, 16);
  }

  /** Appends one vote; resolves once it is written. */
  record(vote: Omit<FeedbackVote, 'user' | 'time'> & { userId: string; time?: Date }): Promise<void> {
    const { userId, time, ...rest } = vote;
    const line: FeedbackVote = {
      time: (time ?? new Date()).toISOString(),
      platform: rest.platform,
      question: rest.question,
      intent: rest.intent,
      found: rest.found,
      summary: rest.summary,
      vote: rest.vote,
      user: this.hashUser(rest.platform, userId),
    };
    const write = async () => {
      await mkdir(dirname(this.file), { recursive: true });
      await appendFile(this.file, `${JSON.stringify(line)}\n`, 'utf8');
    };
    const done = this.queue.then(write);
    this.queue = done.catch(() => {});
    return done;
  }
}
