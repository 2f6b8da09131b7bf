// `npm start` running Discord and Slack in one process: what keeps it up, and what takes it down with one line.
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { chatInput, fakeToken, startFakeDiscord, type FakeDiscord } from '../fakes/discord/index.js';
import { mention, sendSigned, signatureHeaders, startFakeSlack, type FakeSlack } from '../fakes/slack/index.js';
import { startBot, type BotProcess } from './start-process.js';

const SECRET = 'process-test-signing-secret';
let discord: FakeDiscord | undefined;
let slack: FakeSlack | undefined;
let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.kill();
  await discord?.close();
  await slack?.close();
  bot = discord = slack = undefined;
});

/** Both platforms against fakes, in one `npm start`; resolves once both are up, with Slack's events URL. */
async function startBoth(): Promise<string> {
  discord = await startFakeDiscord();
  slack = await startFakeSlack();
  bot = startBot({
    DISCORD_TOKEN: fakeToken(discord.applicationId),
    DISCORD_API_BASE: discord.apiBase,
    SLACK_BOT_TOKEN: 'xoxb-process-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
  });
  await bot.waitForLine(/^Discord: logged in/);
  const line = await bot.waitForLine(/^Slack \(HTTP\): listening for events at /);
  return line.replace(/^.* at /, '').replace('localhost', '127.0.0.1');
}

describe('a signed Slack request whose body is null', () => {
  it('is refused, and the same process goes on answering Slack and Discord', async () => {
    const eventsUrl = await startBoth();
    for (const raw of ['null', '0', '[]', '"x"']) {
      const res = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...signatureHeaders(SECRET, raw) }, body: raw });
      expect(res.status).toBe(400);
    }
    const form = 'payload=null';
    const res = await fetch(eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...signatureHeaders(SECRET, form) }, body: form });
    expect(res.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bot!.running).toBe(true);

    await sendSigned(eventsUrl, SECRET, mention('who said they fled like Olympic sprinters?', { channel: 'C0ALIVE' }));
    const [post] = await slack!.waitForCalls('chat.postMessage', 1, 10_000);
    expect(String(post.params.text)).toContain('Kuzyk');
    const { id } = discord!.dispatch(chatInput('help'));
    expect((await discord!.awaitCallback(id)).body.type).toBe(4);
    expect(bot!.stderr).toEqual([]);
  }, 60_000);
});

describe('an error no handler catches (a Socket Mode envelope whose payload is null)', () => {
  it('is logged on one line and the process keeps answering, Discord included', async () => {
    discord = await startFakeDiscord();
    slack = await startFakeSlack();
    bot = startBot({
      DISCORD_TOKEN: fakeToken(discord.applicationId),
      DISCORD_API_BASE: discord.apiBase,
      SLACK_BOT_TOKEN: 'xoxb-process-test',
      SLACK_APP_TOKEN: 'xapp-process-test',
      SLACK_API_URL: slack.apiUrl,
    });
    await bot.waitForLine(/^Discord: logged in/);
    await bot.waitForLine(/^Slack \(Socket Mode\): connected/);
    await slack.socketConnected();
    // The Socket Mode client reads payload.event.type in an async listener of its own: a rejection nobody awaits.
    await slack.sendEnvelope('events_api', null, { ackTimeoutMs: 500 }).catch(() => undefined);
    const line = await bot.waitForLine(/kept running/);
    expect(line).toMatch(/^story-bot: unhandled rejection outside any handler, kept running: TypeError: /);
    expect(bot.running).toBe(true);
    await slack.sendEnvelope('events_api', mention('who said they fled like Olympic sprinters?', { channel: 'C0SOCKET' }));
    const [post] = await slack.waitForCalls('chat.postMessage', 1, 10_000);
    expect(String(post.params.text)).toContain('Kuzyk');
    const { id } = discord.dispatch(chatInput('help'));
    expect((await discord.awaitCallback(id)).body.type).toBe(4);
  }, 60_000);
});

describe('a fatal Discord gateway close mid-session, with Slack running', () => {
  // 4004 mid-session (a token revoked while running) reads the same as at log-in, tested below.
  it.each([
    [4014, /^story-bot: .*4014 \(disallowed intents\).*Privileged Gateway Intents/],
    [4013, /^story-bot: .*4013 \(invalid intents\)/],
  ])('%s exits non-zero with one line naming the cause', async (code, line) => {
    await startBoth();
    discord!.closeSocket(code);
    const status = await Promise.race([bot!.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 15_000))]);
    expect(status).not.toBe('still running');
    expect(status).not.toBe(0);
    expect(bot!.stderr).toEqual([expect.stringMatching(line)]);
  }, 60_000);
});

describe('a fatal Discord gateway close at log-in', () => {
  it.each([[4004, /^story-bot: could not start: Discord login failed: Discord rejected DISCORD_TOKEN \(gateway close 4004, authentication failed\)/]])('%s stops start-up with one line naming the cause', async (code, line) => {
    discord = await startFakeDiscord({ closeOnIdentify: code });
    bot = startBot({ DISCORD_TOKEN: fakeToken(discord.applicationId), DISCORD_API_BASE: discord.apiBase });
    const status = await Promise.race([bot.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 20_000))]);
    expect(status).toBe(1);
    expect(bot.stderr).toEqual([expect.stringMatching(line)]);
  }, 60_000);
});

describe('a token Discord refuses at log-in (reset or revoked since it was copied)', () => {
  it('stops start-up with one line naming DISCORD_TOKEN and where to reset it, not discord.js’s own words alone', async () => {
    discord = await startFakeDiscord({ token: fakeToken('110000000000000000') });
    bot = startBot({ DISCORD_TOKEN: fakeToken('110000000000000000'), DISCORD_API_BASE: discord.apiBase });
    const status = await Promise.race([bot.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 20_000))]);
    expect(status).toBe(1);
    expect(bot.stderr).toEqual([
      expect.stringMatching(/^story-bot: could not start: Discord login failed: Discord rejected DISCORD_TOKEN .*Bot → Reset Token/),
    ]);
  }, 60_000);
});

describe('start-up settings that cannot work', () => {
  it('PORT already in use stops start-up with one line naming PORT', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    const port = (blocker.address() as { port: number }).port;
    slack = await startFakeSlack();
    try {
      bot = startBot({ SLACK_BOT_TOKEN: 'xoxb-process-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port) });
      expect(await bot.exited).toBe(1);
      expect(bot.stderr).toEqual([`story-bot: PORT: port ${port} is already in use by another program; stop it or set PORT to a free port`]);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('an SLACK_API_URL nothing answers at stops start-up with one line naming SLACK_API_URL', async () => {
    // A port that was free a moment ago: connections to it are refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const url = `http://127.0.0.1:${port}/api/`;
    bot = startBot({ SLACK_BOT_TOKEN: 'xoxb-process-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: url, PORT: '0' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr).toEqual([`story-bot: SLACK_API_URL: could not reach the Slack Web API at ${url} (ECONNREFUSED); check the URL`]);
  }, 60_000);
});
