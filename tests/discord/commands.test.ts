// Every slash command end to end: the real discord.js client, logged in to a fake Discord, answering through the core.
import { GatewayIntentBits, MessageFlags, type APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedLimitViolations } from '../../adapters/discord/embed-limits.js';
import { commands, findCommand } from '../../commands/index.js';
import type { Answer } from '../../src/index.js';
import { plainLine, present } from '../../src/present/index.js';
import { autocomplete, user, type InteractionCallback } from '../fakes/discord/index.js';
import { answer as answerFixture, citation, scriptedBot } from './fixtures.js';
import { startHarness, storyBot, type Harness } from './harness.js';

let h: Harness;
/** A second bot, logged in to its own fake, answering whatever a test scripts. */
const scripted = scriptedBot();
let stub: Harness;
beforeAll(async () => {
  [h, stub] = await Promise.all([startHarness(), startHarness({ bot: scripted })]);
});
afterAll(async () => {
  await Promise.all([h?.stop(), stub?.stop()]);
});

/** The core's answer to the same command, computed directly, for comparing what the embed carries. */
function coreAnswer(name: string, options: Record<string, string>, question: string): Answer {
  const command = findCommand(name)!;
  // A command that takes a whole question (/ask) is understood against the story, as a typed question is.
  if (command.questionOption) return storyBot().ask(options[command.questionOption] ?? '');
  return storyBot().answer(command.toQuery(options), question);
}

function embedOf(callback: InteractionCallback): APIEmbed {
  expect(callback.body.type).toBe(4);
  expect(callback.body.data.embeds).toHaveLength(1);
  return callback.body.data.embeds![0];
}

/** Text as a person reads it: Discord's emphasis markers and escapes taken away. */
const visible = (text: string | undefined) => (text ?? '').replace(/[*\\]/g, '');

/** What every answer embed must show of its Answer: the presented answer first, its sources, buttons for more. */
function expectEmbedCarries(embed: APIEmbed, answer: Answer, callback?: InteractionCallback): void {
  expect(embedLimitViolations(embed)).toEqual([]);
  const p = present(answer);
  expect(visible(embed.description)).toContain(visible(plainLine(p.lead)));
  if (!answer.found) {
    expect(embed.description).toContain('/help');
    for (const s of p.suggestions) expect(visible(embed.description)).toContain(visible(s));
    return;
  }
  expect((embed.fields ?? []).map((f) => f.name)).toEqual(p.sources.map((s) => s.outlet));
  for (const [i, s] of p.sources.entries()) expect(visible(embed.fields![i].value)).toContain(visible(s.excerpt));
  if (p.best) expect(visible(embed.description)).toContain(visible(p.best.text));
  if (callback) {
    const ids = (callback.body.data.components ?? []).flatMap((row) => row.components.map((c) => c.custom_id ?? ''));
    expect(ids.filter((id) => /\|f\|(up|down)\|/.test(id))).toHaveLength(2);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(100);
  }
}

function expectPublicWithoutPings(callback: InteractionCallback): void {
  expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
  expect((callback.body.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
}

describe('logging in', () => {
  it('identifies once, with the Guilds intent only, using the configured token', () => {
    expect(h.fake.identified).toHaveLength(1);
    expect(h.fake.identified[0].intents).toBe(GatewayIntentBits.Guilds);
    expect(h.fake.identified[0].token).toBe(h.config.token);
    expect(h.fake.requests.find((r) => r.path === '/gateway/bot')?.headers.authorization).toBe(`Bot ${h.config.token}`);
  });

  it('logs the invite URL with scopes bot and applications.commands', () => {
    const invite = h.logs.find((l) => l.includes('oauth2/authorize'));
    expect(invite).toContain(`client_id=${h.fake.applicationId}`);
    expect(invite).toContain('scope=bot+applications.commands');
  });

  it("fails with Discord's reason when the token is refused", async () => {
    await expect(startHarness({ fake: { token: 'b3RoZXI.other.token' } })).rejects.toThrow(
      /^Discord login failed: .*(401|token)/i,
    );
  });
});

describe("each command answers with an embed built from the core's Answer", () => {
  it('/ask answers publicly: the answer first, its best sources, buttons for more and for a vote', async () => {
    const question = 'Who said they fled like Olympic sprinters?';
    const callback = await h.command('ask', { question });
    const embed = embedOf(callback);
    expectPublicWithoutPings(callback);
    expect(embed.title).toBe(question);
    expectEmbedCarries(embed, coreAnswer('ask', { question }, question), callback);
  });

  it('an answer the story does not hold gives a friendly pointer to what can be asked, without citations', async () => {
    const notFound = answerFixture(
      {
        found: false,
        summary: 'The story does not say.',
        suggestions: ['What did Petro Kuzyk say?'],
        citations: [citation(1)],
      },
      'search',
      'What is the capital of France?',
    );
    scripted.script({ answer: notFound });
    const callback = await stub.command('ask', { question: notFound.question });
    expectPublicWithoutPings(callback);
    const embed = embedOf(callback);
    expectEmbedCarries(embed, notFound);
    expect(embed.description).toContain('What did Petro Kuzyk say?');
    expect(embed.fields ?? []).toEqual([]);
  });

  it('/ask renders an off-topic question as the core judges it (not found, once the core understands questions)', async () => {
    const question = 'What is the capital of France?';
    expectEmbedCarries(embedOf(await h.command('ask', { question })), coreAnswer('ask', { question }, question));
  });

  it.each([
    ['whosaid', { quote: 'fled like Olympic sprinters' }, '/whosaid quote: fled like Olympic sprinters'],
    ['quotes', { person: 'Petro Kuzyk' }, '/quotes person: Petro Kuzyk'],
    ['figures', { topic: 'territory' }, '/figures topic: territory'],
    ['figures', { topic: 'territory', outlet: 'Insider' }, '/figures topic: territory outlet: Insider'],
    ['figures', {}, '/figures'],
    ['compare', { topic: 'territory retaken' }, '/compare topic: territory retaken'],
    ['outlets', {}, '/outlets'],
    ['summary', {}, '/summary'],
    ['people', {}, '/people'],
  ])('/%s %j answers publicly under the title "%s"', async (name, options, title) => {
    const callback = await h.command(name, options);
    const embed = embedOf(callback);
    expectPublicWithoutPings(callback);
    expect(embed.title).toBe(title);
    expectEmbedCarries(embed, coreAnswer(name, options, title), callback);
  });

  it('/help answers only the asker, listing every command', async () => {
    const callback = await h.command('help');
    expect((callback.body.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    const embed = embedOf(callback);
    for (const c of commands) expect(embed.description).toContain(`/${c.name}`);
  });

  it('never pings: a question naming @everyone is echoed with mentions disabled', async () => {
    const callback = await h.command('ask', { question: '@everyone <@123456789012345678> who said it?' });
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers a command it no longer has with an ephemeral pointer to /help', async () => {
    const callback = await h.command('retired', {});
    expect((callback.body.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(callback.body.data.content).toContain('/help');
  });
});

describe('autocomplete', () => {
  const completed = commands.flatMap((c) =>
    c.options.filter((o) => o.autocomplete).map((o) => [c.name, o.name, o.autocomplete!] as const),
  );

  it.each(completed)("/%s %s passes the core's %s choices through, within 25", async (name, option, kind) => {
    const typed = kind === 'outlet' ? 'in' : kind === 'person' ? 'Kuz' : 'fled';
    const { id } = h.fake.dispatch(autocomplete(name, option, typed));
    const callback = await h.fake.awaitCallback(id);
    expect(callback.body.type).toBe(8);
    expect(callback.body.data.choices).toEqual(storyBot().complete(kind, typed, 25));
    expect(callback.body.data.choices!.length).toBeLessThanOrEqual(25);
  });

  const completesPeople = storyBot().complete('person', 'Kuzyk', 25).length > 0;
  it.skipIf(!completesPeople).each(['kuzyk', 'Kuzik', 'Petro', 'petro kuzyk'])(
    'offers Petro Kuzyk for the variant "%s" (once the core completes people)',
    async (typed) => {
      const { id } = h.fake.dispatch(autocomplete('quotes', 'person', typed));
      const callback = await h.fake.awaitCallback(id);
      expect(callback.body.data.choices!.map((c) => c.value)).toContainEqual(expect.stringMatching(/Kuzyk/));
    },
  );

  it('keeps to 25 choices of at most 100 characters whatever the core returns', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      name: `${i} ${'long name '.repeat(20)}`,
      value: `${i} ${'v'.repeat(150)}`,
    }));
    scripted.script({ completions: many });
    const { id } = stub.fake.dispatch(autocomplete('quotes', 'person', 'a'));
    const { body } = await stub.fake.awaitCallback(id);
    expect(body.data.choices).toHaveLength(25);
    for (const c of body.data.choices!) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('answers an option without a completion kind with no choices', async () => {
    const { id } = h.fake.dispatch(autocomplete('figures', 'topic', 'terr', user()));
    expect((await h.fake.awaitCallback(id)).body.data.choices).toEqual([]);
  });
});
