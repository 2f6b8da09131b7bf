import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.js';
import { questionTarget } from '../../adapters/components.js';
import { renderAnswer } from '../../adapters/slack/index.js';
import { sendSigned, slashCommand } from '../fakes/slack/index.js';
import { blockTexts, SIGNING_SECRET, startHarness, type SlackHarness } from './harness.js';

describe('Slack over HTTP: /story <command> <text>', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** Sends `/story <text>`; resolves with the HTTP ack, how long it took, and what was posted to response_url. */
  async function story(text: string) {
    const responseUrl = h.fake.responseUrl();
    const started = performance.now();
    const ack = await sendSigned(h.eventsUrl, SIGNING_SECRET, new URLSearchParams(slashCommand(text, { responseUrl })));
    const ackMs = performance.now() - started;
    const id = responseUrl.split('/').pop();
    const waitForMine = async () => {
      for (;;) {
        const mine = h.fake.responses.find((r) => r.id === id);
        if (mine) return mine.body;
        await h.fake.waitForResponses(h.fake.responses.length + 1);
      }
    };
    return { ack, ackMs, response: await waitForMine() };
  }

  /** What the core answers for `/story <name> <text>`, through the shared command table. */
  function expected(name: string, text: string, question = `${name} ${text}`.trim()) {
    const command = findCommand(name)!;
    const first = command.options[0];
    const query = command.toQuery(first && text ? { [first.name]: text } : {});
    // A command that takes a whole question (/story ask) is understood against the story, as a mention is.
    const answer = command.questionOption ? h.bot.ask(text) : h.bot.answer(query, question);
    // Buttons re-ask a question as asked, a command as the query it built.
    return { command, message: renderAnswer(answer, command.questionOption ? questionTarget(text) : { query }) };
  }

  it.each([
    ['whosaid', 'olympic sprinters'],
    ['figures', 'territory'],
    ['compare', 'territory'],
    ['quotes', 'Petro Kuzyk'],
    ['ask', 'how far is Izyum from Kharkiv?'],
    ['outlets', ''],
    ['summary', ''],
    ['people', ''],
  ])('/story %s %s: acks at once, then answers in the channel', async (name, text) => {
    const { ack, ackMs, response } = await story(`${name} ${text}`.trim());
    expect(ack.status).toBe(200);
    expect(ack.text).toBe('');
    expect(ackMs).toBeLessThan(3000);
    const { message } = expected(name, text);
    expect(response.response_type).toBe('in_channel');
    expect(response.blocks).toEqual(message.blocks);
    expect(response.text).toBe(message.text);
  });

  it('/story help: acks, then shows every command to the asker alone', async () => {
    const { ack, response } = await story('help');
    expect(ack.status).toBe(200);
    expect(response.response_type).toBe('ephemeral');
    const help = blockTexts(response.blocks).join('\n');
    for (const name of ['ask', 'summary', 'whosaid', 'quotes', 'people', 'figures', 'compare', 'outlets', 'help'])
      expect(help).toContain(`/story ${name}`);
  });

  it('an empty /story gets help', async () => {
    const { response } = await story('');
    expect(blockTexts(response.blocks).join('\n')).toContain('/story whosaid');
  });

  it('an unknown command gets help, naming what was not understood', async () => {
    const { ack, response } = await story('teleport home');
    expect(ack.status).toBe(200);
    expect(response.response_type).toBe('ephemeral');
    const help = blockTexts(response.blocks).join('\n');
    expect(help).toContain('teleport');
    expect(help).toContain('/story figures');
  });

  it('an option longer than the command allows is trimmed to its limit', async () => {
    const long = 'territory '.repeat(30).trim();
    const { response } = await story(`figures ${long}`);
    const { message } = expected(
      'figures',
      long.slice(0, findCommand('figures')!.options[0].maxLength).trim(),
      `figures ${long}`,
    );
    expect(response.blocks).toEqual(message.blocks);
  });
});
