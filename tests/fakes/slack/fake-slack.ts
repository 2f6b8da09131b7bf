import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { buffer } from 'node:stream/consumers';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { isMultipart, parseMultipart } from '../multipart.js';
import { FAKE_IDENTITY, slackTs } from './events.js';
import { blockProblems } from './validate.js';

/** One Web API call as the fake received it. `blocks` and `attachments` arrive as JSON strings and are parsed. */
export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  /** The Bearer token sent, if any. */
  token?: string;
  /** `performance.now()` when the request arrived (for latency measurements). */
  at: number;
  /** The HTTP status the fake answered: 200, 429 when rate limited, 5xx after applying, 0 while stalled. */
  status: number;
  /** Whether the call took effect (a post is visible in the channel), whatever the status said. */
  applied: boolean;
}

/** One post to a `response_url` handed out by {@link FakeSlack.responseUrl}. */
export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

/**
 * One file upload, through Slack's three steps: files.getUploadURLExternal hands out `uploadUrl` (on the fake's
 * own server), the app POSTs the bytes there, files.completeUploadExternal shares the file in a channel or thread.
 */
export interface FakeUpload {
  fileId: string;
  filename: string;
  /** The length the app declared when asking for the URL. */
  length: number;
  altText?: string;
  uploadUrl: string;
  /** The bytes POSTed to the upload URL, once they arrive. */
  data?: Buffer;
  /** Set by files.completeUploadExternal: where the file was shared. */
  shared?: { channel: string; threadTs?: string; title?: string; initialComment?: string };
}

/** What a Socket Mode app sent back for an envelope. */
export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

export interface EnvelopeOptions {
  /** Socket Mode's redelivery counter; 0 on first delivery. */
  retryAttempt?: number;
  retryReason?: string;
  /** How long to wait for the app's ack. Default: 5000 ms. */
  ackTimeoutMs?: number;
}

/** A running fake Slack: Web API over HTTP at `apiUrl`, Socket Mode over a WebSocket on the same port. */
export interface FakeSlack {
  /** The Web API base to give the app (`clientOptions.slackApiUrl` / SLACK_API_URL). */
  readonly apiUrl: string;
  readonly port: number;
  /** Every Web API call so far, in order of arrival, including those answered 429. */
  readonly calls: readonly ApiCall[];
  /** Every post to a response_url so far. */
  readonly responses: readonly ResponsePost[];
  /** Every file upload begun, in order. */
  readonly uploads: readonly FakeUpload[];
  /** Resolves with the uploads once at least `count` are shared in a channel; rejects after `timeoutMs` (default 5000). */
  waitForSharedUploads(count?: number, timeoutMs?: number): Promise<FakeUpload[]>;
  /** The calls to `method` that succeeded (not answered 429). */
  callsTo(method: string): ApiCall[];
  /** Resolves with the calls to `method` once at least `count` have arrived; rejects after `timeoutMs` (default 5000). */
  waitForCalls(method: string, count?: number, timeoutMs?: number): Promise<ApiCall[]>;
  /** Resolves with the response_url posts once at least `count` have arrived; rejects after `timeoutMs` (default 5000). */
  waitForResponses(count?: number, timeoutMs?: number): Promise<ResponsePost[]>;
  /** Calls `listener` for every Web API call from now on; returns a function that stops it. */
  onCall(listener: (call: ApiCall) => void): () => void;
  /** The next call to `method` gets HTTP 429 with `Retry-After: retryAfterSeconds`; the one after succeeds. */
  rateLimitOnce(method: string, retryAfterSeconds: number): void;
  /** The next successful call to `method` answers `{ ok: false, error }` instead, as Slack refuses a call. */
  rejectNext(method: string, error: string): void;
  /** The next `times` calls to `method` take effect and are then answered `status` (default 500), as Slack's edge can. */
  failAfterApplying(method: string, status?: number, times?: number): void;
  /** The next `times` posts to a response_url are recorded (shown to the user) and then answered `status` (default 500). */
  failResponsesAfterApplying(status?: number, times?: number): void;
  /** The next `times` calls to `method` (those `where` accepts, if given) are never answered nor applied until the fake closes. */
  stall(method: string, times?: number, where?: (params: Record<string, unknown>) => boolean): void;
  /** A fresh response_url on the fake, for a slash command payload. */
  responseUrl(): string;
  /** Resolves once a Socket Mode app is connected and has been sent `hello`. */
  socketConnected(timeoutMs?: number): Promise<void>;
  /** Sends a Socket Mode envelope (`events_api`, `slash_commands`, …) and resolves with the app's ack. */
  sendEnvelope(type: string, payload: unknown, options?: EnvelopeOptions): Promise<SocketAck>;
  /** Closes sockets and the server. Give an app a moment after `app.stop()` before calling this. */
  close(): Promise<void>;
}

export interface FakeSlackOptions {
  /** Port on 127.0.0.1. Default: 0, a free one. */
  port?: number;
}

/** Starts a fake Slack on 127.0.0.1. */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: ApiCall[] = [];
  const responses: ResponsePost[] = [];
  const listeners = new Set<() => void>();
  const callListeners = new Set<(call: ApiCall) => void>();
  const rateLimits = new Map<string, number>();
  const failures = new Map<string, { status: number; left: number }>();
  const stalls = new Map<string, { left: number; where?: (params: Record<string, unknown>) => boolean }>();
  const stalled = new Set<ServerResponse>();
  let responseFailures = { status: 500, left: 0 };
  const pendingAcks = new Map<string, (ack: SocketAck) => void>();
  const uploads: FakeUpload[] = [];
  const rejections = new Map<string, string>();
  let socket: WebSocket | undefined;
  let sequence = 0;
  const next = () => ++sequence;
  const changed = () => listeners.forEach((l) => l());

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'fake_error', detail: String(err) }));
    });
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, sock, head) => {
    if (!req.url?.startsWith('/link/')) return sock.destroy();
    wss.handleUpgrade(req, sock, head, (ws) => {
      socket = ws;
      ws.on('message', (data) => {
        const ack = JSON.parse(String(data)) as SocketAck;
        pendingAcks.get(ack.envelope_id)?.(ack);
        pendingAcks.delete(ack.envelope_id);
      });
      ws.on('close', () => {
        if (socket === ws) socket = undefined;
        changed();
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          connection_info: { app_id: FAKE_IDENTITY.appId },
          debug_info: {},
        }),
      );
      changed();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bytes = await buffer(req);
    const raw = bytes.toString('utf8');
    const url = new URL(req.url ?? '/', base);
    if (url.pathname.startsWith('/upload/'))
      return receiveUpload(url.pathname.slice('/upload/'.length), bytes, req, res);
    if (url.pathname.startsWith('/respond/')) {
      // Slack refuses blocks over its limits on a response_url as on chat.postMessage; a refused post is no post.
      const problems = blockProblems((JSON.parse(raw || '{}') as { blocks?: unknown }).blocks);
      if (problems.length) return send(res, 400, { ok: false, error: 'invalid_blocks', errors: problems });
      responses.push({
        id: url.pathname.slice('/respond/'.length),
        body: JSON.parse(raw || '{}'),
        at: performance.now(),
      });
      changed();
      if (responseFailures.left > 0) {
        responseFailures.left -= 1;
        return send(res, responseFailures.status, { ok: false, error: 'internal_error' });
      }
      return send(res, 200, { ok: true });
    }
    if (!url.pathname.startsWith('/api/')) return send(res, 404, { ok: false, error: 'unknown_url' });
    const method = url.pathname.slice('/api/'.length);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const retryAfter = rateLimits.get(method);
    rateLimits.delete(method);
    const params = parseParams(raw, req.headers['content-type']);
    const stall = retryAfter === undefined ? stalls.get(method) : undefined;
    const stallsLeft = stall && stall.left > 0 && (!stall.where || stall.where(params)) ? stall.left-- : 0;
    const failure = retryAfter === undefined && !stallsLeft ? failures.get(method) : undefined;
    if (failure && --failure.left <= 0) failures.delete(method);
    const status = stallsLeft ? 0 : retryAfter !== undefined ? 429 : (failure?.status ?? 200);
    const call: ApiCall = {
      method,
      params,
      token,
      at: performance.now(),
      status,
      applied: status !== 0 && status !== 429,
    };
    calls.push(call);
    callListeners.forEach((l) => l(call));
    changed();
    if (stallsLeft) return void stalled.add(res);
    if (retryAfter !== undefined) res.setHeader('retry-after', String(retryAfter));
    // Applied first (the answer is computed, the post "lands"), then the edge fails the response.
    const body = status === 429 ? { ok: false, error: 'ratelimited' } : answer(call);
    send(res, status, failure ? { ok: false, error: 'internal_error' } : body);
  }

  function answer({ method, token, params }: ApiCall): Record<string, unknown> {
    const rejected = rejections.get(method);
    if (rejected) {
      rejections.delete(method);
      return { ok: false, error: rejected };
    }
    const wanted = method === 'apps.connections.open' ? 'xapp-' : 'xoxb-';
    if (!token) return { ok: false, error: 'not_authed' };
    if (!token.startsWith(wanted)) return { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.com/',
          team: 'Fake Team',
          user: 'story-bot',
          team_id: FAKE_IDENTITY.teamId,
          user_id: FAKE_IDENTITY.botUserId,
          bot_id: FAKE_IDENTITY.botId,
          is_enterprise_install: false,
        };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${port}/link/?ticket=${next()}` };
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        const problems = blockProblems(params.blocks);
        if (problems.length) return { ok: false, error: 'invalid_blocks', errors: problems };
        return method === 'chat.postMessage' ? { ok: true, channel: params.channel, ts: slackTs() } : { ok: true, message_ts: slackTs() };
      }
      case 'files.getUploadURLExternal':
        return beginUpload(params);
      case 'files.completeUploadExternal':
        return completeUploads(params);
      default:
        return { ok: true };
    }
  }

  // Slack's limits for files.getUploadURLExternal: a name, a positive length, alt text of at most 1000 characters.
  function beginUpload(params: Record<string, unknown>): Record<string, unknown> {
    const filename = typeof params.filename === 'string' ? params.filename : '';
    const length = Number(params.length);
    if (!filename || !Number.isInteger(length) || length <= 0) return { ok: false, error: 'invalid_arguments' };
    const altText = typeof params.alt_text === 'string' ? params.alt_text : undefined;
    if (altText && altText.length > 1000)
      return { ok: false, error: 'invalid_arguments', detail: 'alt_text over 1000' };
    const fileId = `F${String(next()).padStart(9, '0')}`;
    const upload: FakeUpload = {
      fileId,
      filename,
      length,
      uploadUrl: `${base}/upload/v1/${fileId}`,
      ...(altText ? { altText } : {}),
    };
    uploads.push(upload);
    changed();
    return { ok: true, upload_url: upload.uploadUrl, file_id: fileId };
  }

  /** The upload URL takes the bytes raw or as a multipart form with one file; the length must be what was declared. */
  async function receiveUpload(path: string, bytes: Buffer, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const upload = uploads.find((u) => `v1/${u.fileId}` === path);
    if (req.method !== 'POST' || !upload) return sendText(res, 404, 'not found');
    const contentType = req.headers['content-type'];
    const data = isMultipart(contentType) ? (await parseMultipart(bytes, contentType!)).files[0]?.data : bytes;
    if (!data || data.length !== upload.length)
      return sendText(res, 400, `expected ${upload.length} bytes, got ${data?.length ?? 0}`);
    upload.data = data;
    changed();
    sendText(res, 200, `OK - ${data.length}`);
  }

  function completeUploads(params: Record<string, unknown>): Record<string, unknown> {
    const files = Array.isArray(params.files) ? (params.files as { id?: string; title?: string }[]) : [];
    if (!files.length) return { ok: false, error: 'invalid_arguments' };
    const found = files.map((f) => uploads.find((u) => u.fileId === f.id));
    if (found.some((u) => !u || !u.data)) return { ok: false, error: 'file_not_found' };
    const channel = typeof params.channel_id === 'string' ? params.channel_id : undefined;
    const threadTs = typeof params.thread_ts === 'string' ? params.thread_ts : undefined;
    // A thread belongs to a channel: Slack refuses a thread_ts without one.
    if (threadTs && !channel) return { ok: false, error: 'invalid_arguments' };
    found.forEach((u, i) => {
      if (!channel) return;
      u!.shared = {
        channel,
        ...(threadTs ? { threadTs } : {}),
        ...(files[i].title ? { title: files[i].title } : {}),
        ...(typeof params.initial_comment === 'string' ? { initialComment: params.initial_comment } : {}),
      };
    });
    changed();
    return {
      ok: true,
      files: found.map((u, i) => ({
        id: u!.fileId,
        title: files[i].title ?? u!.filename,
        name: u!.filename,
        size: u!.length,
      })),
    };
  }

  function waitUntil<T>(ready: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = ready();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Slack: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });
  }

  // A call the fake refused with 429 (or stalled) did not happen, as far as Slack users can see; one applied and
  // then answered 5xx did.
  const callsTo = (method: string) => calls.filter((c) => c.method === method && c.applied);

  return {
    apiUrl: `${base}/api/`,
    port,
    calls,
    responses,
    uploads,
    waitForSharedUploads: (count = 1, timeoutMs = 5000) =>
      waitUntil(
        () => (uploads.filter((u) => u.shared).length >= count ? uploads.filter((u) => u.shared) : undefined),
        timeoutMs,
        `${count} shared file upload(s)`,
      ),
    callsTo,
    waitForCalls: (method, count = 1, timeoutMs = 5000) =>
      waitUntil(
        () => (callsTo(method).length >= count ? callsTo(method) : undefined),
        timeoutMs,
        `${count} ${method} call(s)`,
      ),
    waitForResponses: (count = 1, timeoutMs = 5000) =>
      waitUntil(
        () => (responses.length >= count ? [...responses] : undefined),
        timeoutMs,
        `${count} response_url post(s)`,
      ),
    onCall(listener) {
      callListeners.add(listener);
      return () => void callListeners.delete(listener);
    },
    rateLimitOnce: (method, retryAfterSeconds) => void rateLimits.set(method, retryAfterSeconds),
    rejectNext: (method, error) => void rejections.set(method, error),
    failAfterApplying: (method, status = 500, times = 1) => void failures.set(method, { status, left: times }),
    stall: (method, times = 1, where) => void stalls.set(method, { left: times, ...(where ? { where } : {}) }),
    failResponsesAfterApplying: (status = 500, times = 1) => void (responseFailures = { status, left: times }),
    responseUrl: () => `${base}/respond/${next()}`,
    socketConnected: (timeoutMs = 5000) =>
      waitUntil(
        () => (socket?.readyState === socket?.OPEN && socket ? true : undefined),
        timeoutMs,
        'a Socket Mode connection',
      ).then(() => {}),
    sendEnvelope(type, payload, options = {}) {
      const open = socket;
      if (!open) return Promise.reject(new Error('fake Slack: no Socket Mode connection'));
      const envelopeId = `env-${next()}`;
      const timeoutMs = options.ackTimeoutMs ?? 5000;
      return new Promise<SocketAck>((resolve, reject) => {
        const timer = setTimeout(() => {
          pendingAcks.delete(envelopeId);
          reject(new Error(`fake Slack: no ack for ${type} envelope ${envelopeId} within ${timeoutMs} ms`));
        }, timeoutMs);
        pendingAcks.set(envelopeId, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        open.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type,
            payload,
            accepts_response_payload: type !== 'events_api',
            retry_attempt: options.retryAttempt ?? 0,
            retry_reason: options.retryReason ?? '',
          }),
        );
      });
    },
    async close() {
      for (const res of stalled) res.destroy();
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The Web API client sends form bodies with JSON-encoded `blocks`; JSON bodies are accepted too. */
function parseParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const params: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'attachments', 'files'])
    if (typeof params[key] === 'string') params[key] = JSON.parse(params[key] as string);
  return params;
}

function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(body);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
