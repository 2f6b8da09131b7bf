import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + HMAC-SHA256(secret, `v0:${timestamp}:${rawBody}`). */
export function signatureHeaders(
  signingSecret: string,
  rawBody: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
}

export interface SignedRequestOptions {
  /** Seconds since the epoch to sign with. Default: now. */
  timestamp?: number;
  /** Sent as `X-Slack-Retry-Num` (with `X-Slack-Retry-Reason`) to mimic Slack redelivering. */
  retryNum?: number;
  retryReason?: string;
  /** Replaces the computed signature, to send a forged one. */
  signature?: string;
}

/**
 * POSTs a body to a Bolt HTTP endpoint the way Slack does: events as JSON, slash commands (URLSearchParams)
 * form-encoded, signed with `signingSecret`. Resolves with the status and body text.
 */
export async function sendSigned(
  url: string,
  signingSecret: string,
  body: object | URLSearchParams,
  options: SignedRequestOptions = {},
): Promise<{ status: number; text: string }> {
  const form = body instanceof URLSearchParams;
  const raw = form ? body.toString() : JSON.stringify(body);
  const headers: Record<string, string> = {
    'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json',
    ...signatureHeaders(signingSecret, raw, options.timestamp),
  };
  if (options.signature) headers['x-slack-signature'] = options.signature;
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
  }
  const res = await fetch(url, { method: 'POST', headers, body: raw });
  return { status: res.status, text: await res.text() };
}
