// What keeps the bot up: failed replies, a dropped gateway, floods of questions, answers too big for one message.
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedLimitViolations } from '../../adapters/discord/embed-limits.js';
import { RateLimiter } from '../../adapters/rate-limit.js';
import { chatInput, user, type CallbackData } from '../fakes/discord/index.js';
import { overlongAnswer, scriptedBot } from './fixtures.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const QUESTION = { question: 'Who said they fled like Olympic sprinters?' };

/** An ephemeral plain-text line, mentions off, with nothing of a stack trace in it. */
function expectFriendlyEphemeral(data: CallbackData, wording: RegExp): void {
  expect((data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  expect(data.allowed_mentions).toEqual({ parse: [] });
  expect(data.content).toMatch(wording);
  expect(data.content).not.toMatch(/Error|\bat .*:\d+|HTTP/);
}

describe('a REST error on reply', () => {
  it('is logged and followed by a friendly ephemeral line, and the bot answers the next interaction', async () => {
    const failing = chatInput('ask', QUESTION);
    h.fake.injectRestError({
      method: 'POST',
      path: `/interactions/${failing.id}/`,
      status: 400,
      body: { message: 'Invalid Form Body', code: 50035 },
    });
    h.fake.dispatch(failing);
    const apology = await h.fake.awaitCallback(failing.id);
    expect(h.fake.callbacksFor(failing.id).map((c) => c.status)).toEqual([400, 204]);
    expectFriendlyEphemeral(apology.body.data, /Sorry, something went wrong/);
    expect(
      await h.waitForLog(new RegExp(`/ask \\(interaction ${failing.id}, user \\d+\\) failed: .*Invalid Form Body`)),
    ).toBeTruthy();

    expect((await h.command('ask', QUESTION)).body.type).toBe(4);
  });

  it('leaves the bot up when Discord keeps failing for that interaction (5xx after retries)', async () => {
    const failing = chatInput('ask', QUESTION);
    h.fake.injectRestError({ path: `/interactions/${failing.id}/`, status: 503, times: 100 });
    h.fake.dispatch(failing);
    await h.waitForLog(new RegExp(`could not tell the user about the failure of /ask \\(interaction ${failing.id}`));
    expect(h.fake.callbacksFor(failing.id).every((c) => c.status === 503)).toBe(true);

    expect((await h.command('ask', QUESTION)).body.type).toBe(4);
  });
});

describe('the gateway closing the socket mid-session', () => {
  it.each([
    [4000, 'resumed'],
    ['abrupt', 'resumed'],
    [1000, 'ready'],
  ] as const)('is survived after close %s (the client %s) and the next interaction is answered', async (code, how) => {
    const session = h.fake.nextSession();
    h.fake.closeSocket(code);
    // Dispatched while the client is away: the fake holds it until the session is back, as Discord replays on resume.
    const { id } = h.fake.dispatch(chatInput('ask', QUESTION));
    expect(await session).toBe(how);
    expect((await h.fake.awaitCallback(id)).body.type).toBe(4);
    expect((await h.command('help')).body.type).toBe(4);
    await h.waitForLog(/gateway connection lost; reconnecting/);
  });
});

describe('the per-user cooldown', () => {
  it('answers 5 questions in 10 s, then a polite ephemeral note, while others are still answered', async () => {
    const eager = user();
    const sent = Array.from({ length: 6 }, () => h.fake.dispatch(chatInput('ask', QUESTION, eager)));
    const other = h.fake.dispatch(chatInput('ask', QUESTION, user()));
    const replies = await Promise.all(sent.map((s) => h.fake.awaitCallback(s.id)));
    for (const r of replies.slice(0, 5)) expect(r.body.data.embeds).toHaveLength(1);
    expectFriendlyEphemeral(replies[5].body.data, /wait \d+ seconds?/);
    expect((await h.fake.awaitCallback(other.id)).body.data.embeds).toHaveLength(1);
  });
});

describe('an answer too long for one message', () => {
  it('is cut to a short default inside every limit, with the rest behind buttons, and Discord accepts it', async () => {
    const scripted = scriptedBot();
    scripted.script({ answer: overlongAnswer() });
    const stub = await startHarness({ bot: scripted });
    try {
      // The fake rejects, as Discord does, any embed over a limit; a 2xx here means Discord would take it.
      const callback = await stub.command('ask', { question: 'everything' });
      expect(callback.status).toBe(204);
      const embed = callback.body.data.embeds![0];
      expect(embedLimitViolations(embed)).toEqual([]);
      const labels = (callback.body.data.components ?? []).flatMap((r) => r.components.map((c) => c.label));
      expect(labels).toEqual(expect.arrayContaining(['All versions', 'All sources', 'Other figures']));
    } finally {
      await stub.stop();
    }
  });
});

describe('a rate limiter passed in, as Slack takes one', () => {
  it('limits each person by it, and answers again once its window has passed', async () => {
    let now = 1_000_000;
    const limited = await startHarness({ options: { rateLimiter: new RateLimiter(1, 10_000, () => now) } });
    try {
      const asker = user();
      expect((await limited.command('ask', QUESTION, asker)).body.data.embeds).toHaveLength(1);
      expectFriendlyEphemeral((await limited.command('ask', QUESTION, asker)).body.data, /wait 10 seconds/);
      now += 10_000;
      expect((await limited.command('ask', QUESTION, asker)).body.data.embeds).toHaveLength(1);
    } finally {
      await limited.stop();
    }
  });
});
