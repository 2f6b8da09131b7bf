// What reaches a Slack channel when Slack itself misbehaves: a 5xx after the post landed, calls that hang, bodies
// that are not objects. Real Bolt and the real Web API client against the fake Slack.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mention, sendSigned, slashCommand } from '../fakes/slack/index.js';
import { SIGNING_SECRET, startHarness, type SlackHarness } from '../slack/harness.js';

const APOLOGY = /Sorry, something went wrong/;
const QUESTION = 'who said they fled like Olympic sprinters?';

describe('Slack answering 500 after it applied chat.postMessage', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.stop());
  const postsIn = (channel: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

  it.each([500, 502, 503])('%s: the answer is in the channel once, with no retry and no apology after it', async (status) => {
    const channel = `C0FIVE${status}`;
    h.fake.failAfterApplying('chat.postMessage', status);
    expect((await sendSigned(h.eventsUrl, SIGNING_SECRET, mention(QUESTION, { channel }))).status).toBe(200);
    await vi.waitFor(() => expect(postsIn(channel).length).toBeGreaterThan(0));
    // Give a retry (250 ms and up) or an apology every chance to show up.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const posts = postsIn(channel);
    expect(posts.map((p) => String(p.params.text).slice(0, 60))).toHaveLength(1);
    expect(String(posts[0].params.text)).not.toMatch(APOLOGY);
    expect(String(posts[0].params.text)).toContain('Kuzyk');
    await h.waitForLog(new RegExp(`answer in ${channel} may have been posted`));
  });

  it('a 429 with Retry-After, which Slack did not apply, is still retried and answered once', async () => {
    const channel = 'C0RATE429';
    h.fake.rateLimitOnce('chat.postMessage', 1);
    await sendSigned(h.eventsUrl, SIGNING_SECRET, mention(QUESTION, { channel }));
    await vi.waitFor(() => expect(postsIn(channel), h.log.join('\n')).toHaveLength(1), { timeout: 5000 });
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === channel).map((c) => c.status)).toEqual([429, 200]);
  });

  it('a slash command whose response_url answers 500 after showing the answer gets no apology after it', async () => {
    const responseUrl = h.fake.responseUrl();
    const id = responseUrl.split('/').pop();
    h.fake.failResponsesAfterApplying(500);
    expect((await sendSigned(h.eventsUrl, SIGNING_SECRET, new URLSearchParams(slashCommand('outlets', { responseUrl })))).status).toBe(200);
    await vi.waitFor(() => expect(h.fake.responses.filter((r) => r.id === id).length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const mine = h.fake.responses.filter((r) => r.id === id);
    expect(mine).toHaveLength(1);
    expect(JSON.stringify(mine[0].body)).not.toMatch(APOLOGY);
  });

  it('the next mention after a 5xx is answered normally', async () => {
    await sendSigned(h.eventsUrl, SIGNING_SECRET, mention(QUESTION, { channel: 'C0AFTER' }));
    await vi.waitFor(() => expect(postsIn('C0AFTER')).toHaveLength(1));
  });
});

describe('Slack Web API calls that hang', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness({ apiTimeoutMs: 800 });
  });
  afterAll(async () => h?.stop());
  const postsIn = (channel: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

  it('time out and are logged, and a mention elsewhere is still answered while 120 hang', async () => {
    const hung = 120;
    h.fake.stall('chat.postMessage', hung, (params) => params.channel === 'C0HUNG');
    await Promise.all(
      Array.from({ length: hung }, (_, i) => sendSigned(h.eventsUrl, SIGNING_SECRET, mention(QUESTION, { channel: 'C0HUNG', user: `U0HUNG${i}` }))),
    );
    // Every place in the client's queue is now taken by a call that will never be answered.
    await vi.waitFor(() => expect(h.fake.calls.filter((c) => c.status === 0).length).toBeGreaterThanOrEqual(100), { timeout: 5000 });
    const asked = performance.now();
    await sendSigned(h.eventsUrl, SIGNING_SECRET, mention(QUESTION, { channel: 'C0FREE' }));
    await vi.waitFor(() => expect(postsIn('C0FREE'), h.log.slice(-5).join('\n')).toHaveLength(1), { timeout: 6000, interval: 20 });
    expect(performance.now() - asked).toBeLessThan(5000);
    await h.waitForLog(/answer in C0HUNG may have been posted \(timed out\); not retried/);
    // A hung post may have landed: no apology follows it.
    expect(postsIn('C0HUNG').filter((c) => APOLOGY.test(String(c.params.text)))).toEqual([]);
  });
});

describe('signed requests whose body is not an object', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.stop());

  /** POSTs `raw` as-is with a valid signature. */
  async function sendRaw(raw: string, contentType = 'application/json') {
    const { signatureHeaders } = await import('../fakes/slack/sign.js');
    const res = await fetch(h.eventsUrl, { method: 'POST', headers: { 'content-type': contentType, ...signatureHeaders(SIGNING_SECRET, raw) }, body: raw });
    return res.status;
  }

  it.each([
    ['null', 'null', 'application/json'],
    ['a number', '5', 'application/json'],
    ['a string', '"hello"', 'application/json'],
    ['an array', '[1,2]', 'application/json'],
    ['malformed JSON', '{"type":', 'application/json'],
    ['a form whose payload is null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['a form whose payload is malformed', 'payload=%7B', 'application/x-www-form-urlencoded'],
  ])('%s is refused with 400 and one log line, and the bot goes on answering', async (_what, raw, type) => {
    expect(await sendRaw(raw, type)).toBe(400);
    await h.waitForLog(/slack: refused a request to \/slack\/events: .*(not an object|not valid JSON)/);
    const channel = `C0BODY${Math.random().toString(36).slice(2, 8)}`;
    await sendSigned(h.eventsUrl, SIGNING_SECRET, mention(QUESTION, { channel }));
    await vi.waitFor(() => expect(h.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel)).toHaveLength(1));
  });

  it('a slash command still works after them', async () => {
    const responseUrl = h.fake.responseUrl();
    expect((await sendSigned(h.eventsUrl, SIGNING_SECRET, new URLSearchParams(slashCommand('outlets', { responseUrl })))).status).toBe(200);
    await h.fake.waitForResponses(1);
  });
});
