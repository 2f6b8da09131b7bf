import type { Intent } from './answer/query.js';

/** One 👍 or 👎 on an answer, as one line of the feedback file. The user is hashed, never stored raw. */
export interface FeedbackVote {
  /** ISO time of the vote. */
  time: string;
  platform: 'discord' | 'slack';
  question: string;
  intent: Intent;
  found: boolean;
  /** The answer's summary, so a bad answer can be read without asking again. */
  summary: string;
  vote: 'up' | 'down';
  /** A keyed hash of the platform and user id: the same person votes under the same hash, and cannot be named. */
  user: string;
}

/** Where votes go unless configured: `STORY_FEEDBACK_FILE`, else `.data/feedback.jsonl` in the working folder. */
export const DEFAULT_FEEDBACK_FILE = '.data/feedback.jsonl';

export function feedbackFileFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.STORY_FEEDBACK_FILE?.trim() || DEFAULT_FEEDBACK_FILE;
}

/** Per intent: votes up and down; and every question voted down, most often first. */
export interface FeedbackSummary {
  total: number;
  /** Lines that were not a vote (torn writes, hand edits), skipped. */
  skipped: number;
  byIntent: { intent: string; up: number; down: number }[];
  downvoted: { question: string; intent: string; votes: number; summary: string }[];
}

/** Reads the lines of a feedback file into a summary; lines that are not votes are counted and skipped. */
export function summariseFeedback(lines: readonly string[]): FeedbackSummary {
  const byIntent = new Map<string, { up: number; down: number }>();
  const down = new Map<string, { question: string; intent: string; votes: number; summary: string }>();
  let total = 0;
  let skipped = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    let v: Partial<FeedbackVote>;
    try {
      v = JSON.parse(line) as Partial<FeedbackVote>;
    } catch {
      skipped++;
      continue;
    }
    if (!v || (v.vote !== 'up' && v.vote !== 'down') || typeof v.intent !== 'string') {
      skipped++;
      continue;
    }
    total++;
    const counts = byIntent.get(v.intent) ?? { up: 0, down: 0 };
    counts[v.vote]++;
    byIntent.set(v.intent, counts);
    if (v.vote === 'down') {
      const question = String(v.question ?? '');
      const key = `${v.intent}\u0000${question.trim().toLowerCase()}`;
      const seen = down.get(key) ?? { question, intent: v.intent, votes: 0, summary: String(v.summary ?? '') };
      seen.votes++;
      down.set(key, seen);
    }
  }
  return {
    total,
    skipped,
    byIntent: [...byIntent]
      .map(([intent, c]) => ({ intent, ...c }))
      .sort((a, b) => b.down - a.down || b.up + b.down - (a.up + a.down)),
    downvoted: [...down.values()].sort((a, b) => b.votes - a.votes),
  };
}
