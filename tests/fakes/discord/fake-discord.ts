// A small fake Discord on 127.0.0.1: REST over HTTP under /api/v10 and a gateway over WebSocket, enough for the
// real discord.js Client to log in, receive interactions and reply. Reusable by tests and the benchmark.
import { EventEmitter } from 'node:events';
import { buffer } from 'node:stream/consumers';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { APIEmbed } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';
import { isMultipart, parseMultipart, type UploadedFile } from '../multipart.js';
import { attachmentProblems, callbackProblems, messageProblems } from './validate.js';
import { DEFAULT_APPLICATION_ID, snowflake, type FakeInteraction, type FakeUser } from './interactions.js';

export interface FakeDiscordOptions {
  /** The application's id, which is also its bot user's id. Default: {@link DEFAULT_APPLICATION_ID}. */
  applicationId?: string;
  /** The only token REST accepts (as `Bot <token>`). Default: any bot token. */
  token?: string;
  /** Answer every IDENTIFY by closing the gateway with this code (4004 bad token, 4014 disallowed intents…). */
  closeOnIdentify?: number;
  /**
   * Shards the bot should run (`GET /gateway/bot` recommends this many). Each IDENTIFY names its shard, and an
   * interaction goes to the shard of its guild, `(guild_id >> 22) % shards`, as Discord routes them. Default 1.
   */
  shards?: number;
}

/** Heartbeat interval sent in HELLO: Discord's usual, so the client's first beat is jittered within it. */
const HEARTBEAT_INTERVAL_MS = 41_250;

/** A REST call as the fake received it; `path` is relative to `/api/v10` and keeps Discord's percent-encoding. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** Files of a multipart request (`files[n]` parts), in order; empty for JSON requests. */
  files: UploadedFile[];
  /** `performance.now()` on arrival. */
  receivedAt: number;
  /** The status the fake answered with. */
  status: number;
}

/** The `data` of a callback as the wire carries it: a message (types 4, 7) or autocomplete choices (type 8). */
export interface CallbackData {
  content?: string;
  embeds?: APIEmbed[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] };
  choices?: { name: string; value: string }[];
  /** Action rows of buttons and selects, as sent. */
  components?: { type: number; components: { type: number; custom_id?: string; label?: string; options?: { label: string; value: string }[] }[] }[];
}

/** One `POST /interactions/{id}/{token}/callback`, failed ones (injected errors) included. */
export interface InteractionCallback {
  interactionId: string;
  token: string;
  /** `{ type, data }`: type 4 message, 5 deferred, 8 autocomplete choices; `data` is `{}` when absent. */
  body: { type: number; data: CallbackData };
  receivedAt: number;
  status: number;
}

/** Make matching REST calls fail. Paths are matched against the path after `/api/v10`. */
export interface RestErrorRule {
  method?: string;
  path: string | RegExp;
  /** HTTP status to answer with. 5xx is retried by discord.js (3 retries), 4xx is not. */
  status: number;
  /** Response body. Default: `{ message, code: 0 }` naming the injection. */
  body?: unknown;
  /** How many matching calls fail. Default: 1. */
  times?: number;
}

export interface DispatchedInteraction {
  id: string;
  token: string;
  /** `performance.now()` when the fake sent (or queued) it. */
  dispatchedAt: number;
}

export type GatewayCloseCode = number | 'abrupt';

/** What a client sent in IDENTIFY (op 2). */
export interface IdentifyPayload {
  token: string;
  intents: number;
  properties?: Record<string, string>;
  shard?: [number, number];
}

interface Session {
  id: string;
  /** The shard this session identified as. */
  shard: number;
  seq: number;
  /** Dispatches sent in this session, for replay on RESUME. */
  sent: { s: number; frame: string }[];
}

interface Connection {
  socket: WebSocket;
  session?: Session;
  ready: boolean;
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

/** Starts the fake on an ephemeral port of 127.0.0.1; `close()` frees it. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}) {
  const applicationId = options.applicationId ?? DEFAULT_APPLICATION_ID;
  const botUser: FakeUser = {
    id: applicationId,
    username: 'Story Bot',
    global_name: null,
    discriminator: '0',
    avatar: null,
    bot: true,
  };
  /** Emits `ready` and `resumed` as a session becomes live, for whoever awaits the next one. */
  const sessionEvents = new EventEmitter();
  sessionEvents.setMaxListeners(0);
  const requests: RecordedRequest[] = [];
  const callbacks: InteractionCallback[] = [];
  const callbackWaiters = new Map<string, ((c: InteractionCallback) => void)[]>();
  const restErrors: (RestErrorRule & { left: number })[] = [];
  const requestWaiters = new Set<(r: RecordedRequest) => void>();
  const sessions = new Map<string, Session>();
  const connections = new Set<Connection>();
  /** Interactions dispatched while no session was ready; sent as soon as one is. */
  const pending: { interaction: FakeInteraction; shard: number }[] = [];
  let live: Connection | undefined;
  const shardCount = Math.max(1, options.shards ?? 1);
  /** The live connection of each shard. */
  const liveShards = new Map<number, Connection>();
  const shardOf = (guildId: string | undefined) => (guildId ? Number((BigInt(guildId) >> 22n) % BigInt(shardCount)) : 0);
  /** IDENTIFY payloads (`d`), in order. */
  const identified: IdentifyPayload[] = [];
  let identifies = 0;
  let resumes = 0;

  // A client that hangs up mid-request (a bot stopping while its last reply is in flight) rejects the body read;
  // the fake drops that request as Discord would, without an unhandled rejection.
  const server = createServer((req, res) => void handleRest(req, res).catch(() => res.destroy()));
  const wss = new WebSocketServer({ server, path: '/gateway' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `127.0.0.1:${port}`;
  const gatewayUrl = `ws://${origin}/gateway`;

  // ---- REST --------------------------------------------------------------------------------------------------

  async function handleRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${origin}`);
    const raw = await buffer(req);
    let parsed: { body: unknown; files: UploadedFile[] };
    try {
      parsed = await parseBody(raw, req.headers['content-type']);
    } catch (err) {
      parsed = { body: { unparseable: err instanceof Error ? err.message : String(err) }, files: [] };
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      // Keep the wire form (`%40original`) so tests can check what discord.js really sent.
      path: (req.url ?? '/').split('?')[0].replace(/^\/api\/v\d+/, ''),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: parsed.body,
      files: parsed.files,
      receivedAt: performance.now(),
      status: 0,
    };
    const send = (status: number, body?: unknown) => {
      record.status = status;
      requests.push(record);
      for (const w of [...requestWaiters]) w(record);
      if (body === undefined) res.writeHead(status).end();
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(record.path);
      if (callback && record.method === 'POST') recordCallback(callback[1], callback[2], record);
    };

    const injected = restErrors.find(
      (r) =>
        r.left > 0 &&
        (!r.method || r.method === record.method) &&
        (typeof r.path === 'string' ? record.path.includes(r.path) : r.path.test(record.path)),
    );
    if (injected) {
      injected.left -= 1;
      return send(
        injected.status,
        injected.body ?? { message: `Injected ${injected.status} for ${record.method} ${record.path}`, code: 0 },
      );
    }
    try {
      const [status, body] = route(record);
      send(status, body);
    } catch (err) {
      send(500, { message: `fake Discord failed: ${err instanceof Error ? err.message : String(err)}`, code: 0 });
    }
  }

  function route(r: RecordedRequest): [number, unknown?] {
    const authorized = () => {
      const header = r.headers.authorization ?? '';
      return options.token ? header === `Bot ${options.token}` : header.startsWith('Bot ');
    };
    const unauthorized: [number, unknown] = [401, { message: '401: Unauthorized', code: 0 }];
    const p = r.path;
    let m: RegExpExecArray | null;

    if (r.method === 'GET' && p === '/gateway/bot') {
      if (!authorized()) return unauthorized;
      return [
        200,
        {
          url: gatewayUrl,
          shards: shardCount,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 },
        },
      ];
    }
    if (r.method === 'GET' && p === '/gateway') return [200, { url: gatewayUrl }];
    if (r.method === 'GET' && p === '/users/@me') return authorized() ? [200, botUser] : unauthorized;
    if (r.method === 'GET' && p === '/applications/@me')
      return authorized() ? [200, { id: applicationId, name: botUser.username, flags: 0, bot: botUser }] : unauthorized;
    if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(p)) {
      const problems = callbackProblems(r.body);
      if (problems.length) return [400, invalidFormBody(problems)];
      // Discord answers 204 unless the caller asked for the created message.
      return r.query.with_response === 'true' ? [200, { interaction: { id: p.split('/')[2], type: 2 } }] : [204];
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(p))) {
      const tooLarge = r.files.find((f) => f.data.length > MAX_UPLOAD_BYTES);
      if (tooLarge) return [413, { message: 'Request entity too large', code: 40005 }];
      const problems =
        r.method === 'POST' || r.method === 'PATCH'
          ? [...messageProblems(r.body ?? {}), ...attachmentProblems(r.body, r.files)]
          : [];
      if (problems.length) return [400, invalidFormBody(problems)];
      if (r.method === 'POST' && !m[3]) return [200, message(r.body)];
      if ((r.method === 'PATCH' || r.method === 'GET') && m[3]) return [200, message(r.body)];
      if (r.method === 'DELETE' && m[3]) return [204];
    }
    if (r.method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(p))) {
      if (!authorized()) return unauthorized;
      if (m[1] !== applicationId) return [403, { message: 'Missing Access', code: 50001 }];
      const guildId = m[2];
      const body = Array.isArray(r.body) ? r.body : [];
      return [
        200,
        body.map((c: object) => ({
          ...c,
          id: snowflake(),
          application_id: applicationId,
          version: snowflake(),
          ...(guildId ? { guild_id: guildId } : {}),
        })),
      ];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  function message(body: unknown) {
    const b = (body ?? {}) as Record<string, unknown>;
    return {
      id: snowflake(),
      channel_id: snowflake(),
      author: botUser,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
      ...b,
      application_id: applicationId,
      webhook_id: applicationId,
    };
  }

  function recordCallback(interactionId: string, token: string, r: RecordedRequest): void {
    const body = (r.body ?? {}) as { type?: number; data?: CallbackData };
    const callback: InteractionCallback = {
      interactionId,
      token,
      body: { type: body.type ?? 0, data: body.data ?? {} },
      receivedAt: r.receivedAt,
      status: r.status,
    };
    callbacks.push(callback);
    if (callback.status >= 300) return;
    const waiters = callbackWaiters.get(interactionId) ?? [];
    callbackWaiters.delete(interactionId);
    for (const w of waiters) w(callback);
  }

  // ---- Gateway -----------------------------------------------------------------------------------------------

  wss.on('connection', (socket) => {
    const connection: Connection = { socket, ready: false };
    connections.add(connection);
    socket.on('close', () => {
      connections.delete(connection);
      if (live === connection) live = undefined;
      if (connection.session && liveShards.get(connection.session.shard) === connection) liveShards.delete(connection.session.shard);
    });
    socket.on('message', (data) => onGatewayMessage(connection, data.toString()));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL_MS }, s: null, t: null }));
  });

  function onGatewayMessage(connection: Connection, text: string): void {
    let payload: { op: number; d: unknown };
    try {
      payload = JSON.parse(text);
    } catch {
      connection.socket.close(4002, 'Error while decoding payload.');
      return;
    }
    switch (payload.op) {
      case 1: // heartbeat
        connection.socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
        return;
      case 2: {
        // identify: a fresh session
        identifies += 1;
        const identify = payload.d as IdentifyPayload;
        identified.push(identify);
        if (options.closeOnIdentify) return void connection.socket.close(options.closeOnIdentify, 'refused by the fake');
        const shard = identify.shard ?? [0, 1];
        if (shard[1] !== shardCount || shard[0] < 0 || shard[0] >= shardCount) {
          // Discord closes a session that names a shard it was not told to run with 4010 Invalid shard.
          connection.socket.close(4010, 'Invalid shard.');
          return;
        }
        const session: Session = { id: snowflake(), shard: shard[0], seq: 0, sent: [] };
        sessions.set(session.id, session);
        connection.session = session;
        sendDispatch(connection, 'READY', {
          v: 10,
          user: botUser,
          // Listed guilds must each arrive as GUILD_CREATE or discord.js waits 15 s for them; none is simplest.
          guilds: [],
          session_id: session.id,
          resume_gateway_url: gatewayUrl,
          shard,
          application: { id: applicationId, flags: 0 },
        });
        becomeLive(connection, 'ready');
        return;
      }
      case 6: {
        // resume: replay what the client missed, then RESUMED
        resumes += 1;
        const resume = payload.d as { session_id?: string; seq?: number | null };
        const session = sessions.get(resume.session_id ?? '');
        if (!session) {
          connection.socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
          return;
        }
        connection.session = session;
        for (const e of session.sent) if (e.s > (resume.seq ?? 0)) connection.socket.send(e.frame);
        sendDispatch(connection, 'RESUMED', {});
        becomeLive(connection, 'resumed');
        return;
      }
      default:
        return;
    }
  }

  function sendDispatch(connection: Connection, t: string, d: unknown): void {
    const session = connection.session!;
    session.seq += 1;
    const frame = JSON.stringify({ op: 0, t, s: session.seq, d });
    session.sent.push({ s: session.seq, frame });
    connection.socket.send(frame);
  }

  function becomeLive(connection: Connection, event: 'ready' | 'resumed'): void {
    connection.ready = true;
    live = connection;
    const shard = connection.session!.shard;
    liveShards.set(shard, connection);
    sessionEvents.emit(event, shard);
    const waiting = pending.filter((p) => p.shard === shard);
    pending.splice(0, pending.length, ...pending.filter((p) => p.shard !== shard));
    for (const { interaction } of waiting) sendDispatch(connection, 'INTERACTION_CREATE', interaction);
  }

  function nextSession(timeoutMs = 15_000): Promise<'ready' | 'resumed'> {
    return new Promise((resolve, reject) => {
      const onReady = () => finish('ready');
      const onResumed = () => finish('resumed');
      const timer = setTimeout(() => {
        sessionEvents.off('ready', onReady).off('resumed', onResumed);
        reject(new Error(`no gateway session within ${timeoutMs} ms (identifies ${identifies}, resumes ${resumes})`));
      }, timeoutMs);
      function finish(kind: 'ready' | 'resumed') {
        clearTimeout(timer);
        sessionEvents.off('ready', onReady).off('resumed', onResumed);
        resolve(kind);
      }
      sessionEvents.on('ready', onReady).on('resumed', onResumed);
    });
  }

  // ---- Control -----------------------------------------------------------------------------------------------

  return {
    /** REST base for `DISCORD_API_BASE` / `rest.api`. */
    apiBase: `http://${origin}/api`,
    gatewayUrl,
    port,
    applicationId,
    /** Every REST call, in arrival order. */
    requests,
    /** Every interaction callback, failed ones included. */
    callbacks,
    identified,
    get identifies() {
      return identifies;
    },

    /**
     * Sends INTERACTION_CREATE to the live session, or queues it until a session is ready. The interaction's
     * `application_id` is set to the fake's so follow-up webhooks route here.
     */
    dispatch(interaction: FakeInteraction): DispatchedInteraction & { shard: number } {
      const sent = { ...interaction, application_id: applicationId };
      const dispatchedAt = performance.now();
      const shard = shardOf(sent.guild_id);
      const to = liveShards.get(shard);
      if (to?.ready && to.socket.readyState === to.socket.OPEN) sendDispatch(to, 'INTERACTION_CREATE', sent);
      else pending.push({ interaction: sent, shard });
      return { id: sent.id, token: sent.token, dispatchedAt, shard };
    },

    /** How many shards the fake runs with. */
    shardCount,

    /** The shard an interaction in `guildId` goes to. */
    shardOf,

    /** A guild id that Discord's routing puts on `shard`. */
    guildOnShard(shard: number): string {
      return ((BigInt(snowflake()) >> 22n) * BigInt(shardCount) + BigInt(shard) << 22n).toString();
    },

    /** Whether `shard` has a live session now. */
    shardLive(shard: number): boolean {
      const c = liveShards.get(shard);
      return Boolean(c?.ready && c.socket.readyState === c.socket.OPEN);
    },

    /** The first successful (2xx) callback for an interaction; rejects after `timeoutMs` listing what did arrive. */
    awaitCallback(interactionId: string, timeoutMs = 10_000): Promise<InteractionCallback> {
      const done = callbacks.find((c) => c.interactionId === interactionId && c.status < 300);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const attempts = callbacks.filter((c) => c.interactionId === interactionId).map((c) => c.status);
          reject(
            new Error(
              `no successful callback for interaction ${interactionId} within ${timeoutMs} ms (attempts: ${attempts.join(', ') || 'none'})`,
            ),
          );
        }, timeoutMs);
        const waiters = callbackWaiters.get(interactionId) ?? [];
        waiters.push((c) => {
          clearTimeout(timer);
          resolve(c);
        });
        callbackWaiters.set(interactionId, waiters);
      });
    },

    /** The first REST call (already received or still to come) matching `matches`; rejects after `timeoutMs`. */
    awaitRequest(matches: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
      const done = requests.find(matches);
      if (done) return Promise.resolve(done);
      return new Promise((resolve, reject) => {
        const waiter = (r: RecordedRequest) => {
          if (!matches(r)) return;
          clearTimeout(timer);
          requestWaiters.delete(waiter);
          resolve(r);
        };
        const timer = setTimeout(() => {
          requestWaiters.delete(waiter);
          reject(
            new Error(
              `no matching REST call within ${timeoutMs} ms; got: ${requests.map((q) => `${q.method} ${q.path}`).join(', ')}`,
            ),
          );
        }, timeoutMs);
        requestWaiters.add(waiter);
      });
    },

    /** Every callback attempt for an interaction, failed ones included. */
    callbacksFor(interactionId: string): InteractionCallback[] {
      return callbacks.filter((c) => c.interactionId === interactionId);
    },

    /** Resolves when a session is ready: at once if one is, else at the next READY or RESUMED. */
    awaitSession(timeoutMs = 15_000): Promise<void> {
      return live?.ready ? Promise.resolve() : nextSession(timeoutMs).then(() => undefined);
    },

    /** Resolves at the next READY (`'ready'`) or RESUMED (`'resumed'`). */
    nextSession,

    /**
     * Closes the live gateway socket as Discord does mid-session. 4000 (unknown error) makes discord.js resume;
     * 1000 makes it identify afresh; `'abrupt'` drops the TCP connection without a close frame.
     */
    closeSocket(code: GatewayCloseCode = 4000): void {
      const connection = live;
      if (!connection) throw new Error('closeSocket: no live gateway session to close');
      live = undefined;
      connection.ready = false;
      if (code === 'abrupt') connection.socket.terminate();
      else connection.socket.close(code, 'closed by the fake');
    },

    /** Makes the next matching REST call(s) fail. */
    injectRestError(rule: RestErrorRule): void {
      restErrors.push({ ...rule, method: rule.method?.toUpperCase(), left: rule.times ?? 1 });
    },

    /** Closes every socket and the server. */
    async close(): Promise<void> {
      for (const c of connections) c.socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Discord's shape for a rejected body; the problems ride along so a failing test says what was wrong. */
function invalidFormBody(problems: string[]) {
  return { message: 'Invalid Form Body', code: 50035, errors: { problems } };
}

/** Largest file a bot may attach without a boosted server: Discord answers 413 past it. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** JSON bodies as JSON; multipart ones (replies with files) as their `payload_json` plus the `files[n]` parts. */
async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: unknown; files: UploadedFile[] }> {
  if (!raw.length) return { body: undefined, files: [] };
  if (contentType?.includes('application/json')) return { body: JSON.parse(raw.toString('utf8')), files: [] };
  if (isMultipart(contentType)) {
    const { fields, files } = await parseMultipart(raw, contentType!);
    return { body: fields.payload_json ? JSON.parse(fields.payload_json) : undefined, files };
  }
  return { body: raw.toString('utf8'), files: [] };
}
