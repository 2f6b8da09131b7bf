import type { webApi } from '@slack/bolt';

// How the adapter's Web API client retries and times out. A post that Slack may have applied must never be sent
// twice: a 5xx after the message landed, or a timeout while Slack was applying it, looks exactly like a failure
// from here, and the client's stock policy retried both (one mention once gave 8 visible messages). So only what
// cannot have reached Slack is retried: a 429 (Slack refused it and said when to come back) and a connection
// that never opened.

/** Node's codes for a connection that never opened or a name that did not resolve: nothing reached Slack. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** The Web API client's message (wrapped in a request error) after it waited out a 429's Retry-After. */
const RATE_LIMIT_WAITED = /^A rate limit was exceeded/;

/** Defaults of the Web API client's settings, chosen for a person waiting for an answer. */
export const WEB_CLIENT_DEFAULTS = {
  /** A Web API call unanswered after this long is abandoned and logged; Slack answers in well under a second. */
  timeoutMs: 10_000,
  /** Calls in flight at once (the client's own default); with timeouts, a hung call frees its place. */
  maxRequestConcurrency: 100,
} as const;

/**
 * `retryConfig` for the WebClient: `base` spaces the attempts; a failure that may have been applied stops the
 * retries at once (p-retry ends when `onFailedAttempt` throws).
 */
export function safeRetryConfig(base: webApi.RetryOptions): webApi.RetryOptions {
  const config: webApi.RetryOptions & { onFailedAttempt: (err: Error) => void } = {
    ...base,
    onFailedAttempt: (err: Error) => {
      if (!neverSent(err)) throw err;
    },
  };
  return config;
}

/** Whether a failed call could still have been applied by Slack (so it must be neither retried nor apologised for). */
export function mayHaveLanded(err: unknown): boolean {
  const code = (err as { code?: unknown } | undefined)?.code;
  // Slack answered ok: false (invalid_blocks, channel_not_found, ratelimited): it refused the call.
  if (code === 'slack_webapi_platform_error' || code === 'slack_webapi_rate_limited_error') return false;
  if (code === 'slack_webapi_http_error') return true;
  if (code === 'slack_webapi_request_error') return !neverSent(err);
  // respond() to a response_url: a 5xx may come after the message was shown; a 4xx (expired URL) was refused.
  if (code === 'slack_bolt_respond_error') return Number((err as { statusCode?: unknown }).statusCode) >= 500;
  // A fetch that failed on the network (respond() uses fetch too): unless it never connected, it may have landed.
  if (err instanceof TypeError && causes(err).length > 1) return !neverSent(err);
  return false;
}

/** A timeout, for the log: "timed out after 10 s" rather than "This operation was aborted". */
export function isTimeout(err: unknown): boolean {
  return causes(err).some((e) => (e as { name?: unknown }).name === 'TimeoutError');
}

/** Refused by Slack with a 429, or never reached it. */
function neverSent(err: unknown): boolean {
  return causes(err).some(
    (e) => NEVER_SENT.has(String((e as { code?: unknown }).code)) || RATE_LIMIT_WAITED.test(String((e as { message?: unknown }).message)),
  );
}

/** The error and what it wraps (`original`, `cause`), a few levels deep. */
function causes(err: unknown): unknown[] {
  const out: unknown[] = [];
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    out.push(e);
    e = (e as { original?: unknown }).original ?? (e as { cause?: unknown }).cause;
  }
  return out;
}
