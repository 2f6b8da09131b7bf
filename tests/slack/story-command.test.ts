// `/story <command> <options...>`: every option of a command, as Discord takes them, from the one command table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAnswer } from '../../adapters/slack/index.js';
import { parseStoryCommand } from '../../adapters/slack/story-command.js';
import { commands, findCommand } from '../../commands/index.js';
import { sendSigned, slashCommand } from '../fakes/slack/index.js';
import { blockTexts, SIGNING_SECRET, startHarness, type SlackHarness } from './harness.js';

/** The option values parsed, or the problem, for `/story <text>`. */
function values(text: string) {
  const r = parseStoryCommand(text);
  if (r.kind === 'command') return r.values;
  if (r.kind === 'problem') return { problem: r.problem, usage: r.usage };
  return { help: r.note ?? true };
}

describe('parsing /story <command> <options...>', () => {
  it.each([
    ['figures territory', { topic: 'territory', outlet: undefined }],
    ['figures territory retaken', { topic: 'territory retaken', outlet: undefined }],
    ['figures territory "Daily Star"', { topic: 'territory', outlet: 'Daily Star' }],
    ['figures “land retaken” “The Sun”', { topic: 'land retaken', outlet: 'The Sun' }],
    ['figures outlet:Insider topic:territory', { topic: 'territory', outlet: 'Insider' }],
    ['figures topic: equipment outlet: "Daily Star"', { topic: 'equipment', outlet: 'Daily Star' }],
    ['figures outlet:"Daily Star" land retaken', { topic: 'land retaken', outlet: 'Daily Star' }],
    ['FIGURES Outlet:Insider territory', { topic: 'territory', outlet: 'Insider' }],
    // (no topic: the key numbers, or one outlet's figures)
    ['figures', { topic: undefined, outlet: undefined }],
    ['figures outlet:Insider', { topic: undefined, outlet: 'Insider' }],
  ])('/story %s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('a command with one option takes the whole text, colons and quotes included', () => {
    expect(values('ask who said "like Olympic sprinters": the FT?')).toEqual({
      question: 'who said "like Olympic sprinters": the FT?',
    });
    expect(values('quotes person: Petro Kuzyk')).toEqual({ person: 'Petro Kuzyk' });
    expect(values('whosaid 10:30 train')).toEqual({ quote: '10:30 train' });
  });

  it.each([
    ['compare', /needs a topic/],
    ['figures territory "Daily Star" extra', /Too many values/],
    ['figures outlet:Daily Star topic:territory', /Too many values/],
    ['figures outlt:Insider territory', /no option “outlt”/],
    ['figures topic:a topic:b', /given twice/],
    ['figures topic: outlet:Insider', /needs a value/],
    ['outlets everything', /takes no options/],
    ['whosaid', /needs a quote/],
  ])('/story %s is refused with the usage line', (text, problem) => {
    const r = values(text) as { problem: string; usage: string };
    expect(r.problem).toMatch(problem);
    const name = text.split(' ')[0];
    expect(r.usage).toContain(`/story ${name}`);
  });

  it('the usage line is built from the command table', () => {
    const r = parseStoryCommand('figures territory "Daily Star" extra') as { usage: string };
    expect(r.usage).toMatch(/^Usage: \/story figures \[topic\] \[outlet\]/);
    expect(r.usage).toContain('outlet:"…"');
  });

  it('unknown, empty and help invocations get help', () => {
    expect(values('')).toEqual({ help: true });
    expect(values('help')).toEqual({ help: true });
    expect(values('teleport home')).toEqual({ help: "I don't know the command “teleport”." });
  });

  it('odd input never throws', () => {
    for (const text of [
      'figures "',
      'figures ::::',
      'figures constructor:x __proto__',
      'figures "a" "',
      '“',
      'figures topic:"',
      'x'.repeat(5000),
    ])
      expect(() => parseStoryCommand(text)).not.toThrow();
    expect(values('figures constructor:x territory')).toMatchObject({
      problem: expect.stringContaining('constructor'),
    });
    expect(values('figures __proto__ territory')).toEqual({ topic: '__proto__ territory', outlet: undefined });
  });

  it('every command of the table is reachable by name', () => {
    for (const c of commands)
      expect(parseStoryCommand(`${c.name} ${c.options.map(() => '"x"').join(' ')}`).kind).not.toBe('problem');
  });
});

describe('Slack over HTTP: /story with several options', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function story(text: string) {
    const responseUrl = h.fake.responseUrl();
    await sendSigned(h.eventsUrl, SIGNING_SECRET, new URLSearchParams(slashCommand(text, { responseUrl })));
    const id = responseUrl.split('/').pop();
    for (;;) {
      const mine = h.fake.responses.find((r) => r.id === id);
      if (mine) return mine.body;
      await h.fake.waitForResponses(h.fake.responses.length + 1);
    }
  }

  it('/story figures territory "Daily Star" answers for that outlet only, as /figures topic outlet does on Discord', async () => {
    const response = await story('figures territory "Daily Star"');
    const query = findCommand('figures')!.toQuery({ topic: 'territory', outlet: 'Daily Star' });
    expect(query).toMatchObject({ intent: 'outlet_figures', outlet: 'Daily Star' });
    // A command's buttons carry the query it built, so a press answers the same figures.
    const expected = renderAnswer(h.bot.answer(query, 'figures territory "Daily Star"'), { query });
    expect(response.response_type).toBe('in_channel');
    expect(response.blocks).toEqual(expected.blocks);
    const text = blockTexts(response.blocks).join('\n');
    expect(text).toContain('Daily Star');
    expect(text).not.toContain('Insider:');
  });

  it('named options in any order give the same answer', async () => {
    const a = await story('figures outlet:"Daily Star" topic:territory');
    const b = await story('figures territory "Daily Star"');
    expect(blockTexts(a.blocks).slice(1)).toEqual(blockTexts(b.blocks).slice(1));
  });

  it('a malformed invocation gets the usage line, to the asker alone', async () => {
    const response = await story('figures territory "Daily Star" <@U123> extra');
    expect(response.response_type).toBe('ephemeral');
    const text = blockTexts(response.blocks).join('\n');
    expect(text).toContain('Too many values');
    expect(text).toContain('/story figures [topic] [outlet]');
  });
});
