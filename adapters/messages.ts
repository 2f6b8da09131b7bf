// What a person reads when no answer comes, worded once so Discord and Slack say the same; each adapter wraps
// these in its own format.

/** Answering failed; the cause goes to the log, never to chat. */
export const APOLOGY = 'Sorry, something went wrong while answering that. Please try again in a moment.';

/** The asker is over the per-user limit for another `retryAfterMs`. */
export function slowDown(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up. Please wait ${seconds} second${seconds === 1 ? '' : 's'} before your next question.`;
}

/** A vote was recorded. */
export function thanksForVote(vote: 'up' | 'down'): string {
  return vote === 'up'
    ? 'Thanks for the 👍. Noted.'
    : 'Thanks for the 👎. Noted: whoever runs the bot reviews these to fix what went wrong.';
}

/** A button or menu this bot no longer understands (made by an older version, or tampered with). */
export const EXPIRED_COMPONENT = "That button no longer works. Please ask the question again.";
