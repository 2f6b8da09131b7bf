// `/story figures` with nothing after it: the story's key numbers, never "no figure on .".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendSigned, slashCommand } from '../fakes/slack/index.js';
import { SIGNING_SECRET, startHarness, type SlackHarness } from '../slack/harness.js';
import { startHarness as startDiscord, type Harness } from '../discord/harness.js';

describe('/story figures without a topic (Slack)', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.stop());

  // `/story` reads options as Discord does: no topic asks for the key numbers; "figures ?" asks about "?".
  it.each(['figures', 'figures   '])('"/story %s" gives the key numbers instead of "no figure on ."', async (text) => {
    const responseUrl = h.fake.responseUrl();
    await sendSigned(h.eventsUrl, SIGNING_SECRET, new URLSearchParams(slashCommand(text, { responseUrl })));
    const id = responseUrl.split('/').pop();
    await h.fake.waitForResponses(h.fake.responses.length + 1);
    const body = h.fake.responses.find((r) => r.id === id)!.body as { text: string };
    expect(body.text).not.toMatch(/no figure on\s*[.?]/i);
    expect(body.text).toMatch(/The story gives figures on \d+ topics.*territory/);
  });

  it('"/story figures ?" names the topics instead of "no figure on ?"', async () => {
    const responseUrl = h.fake.responseUrl();
    await sendSigned(h.eventsUrl, SIGNING_SECRET, new URLSearchParams(slashCommand('figures ?', { responseUrl })));
    const id = responseUrl.split('/').pop();
    await h.fake.waitForResponses(h.fake.responses.length + 1);
    const body = h.fake.responses.find((r) => r.id === id)!.body as { text: string };
    expect(body.text).toMatch(/Figures on what\? The story reports figures on .*territory/);
  });
});

describe('/figures with a blank topic (Discord)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startDiscord();
  });
  afterAll(async () => h?.stop());

  it('gives the key numbers, topic by topic', async () => {
    const reply = await h.command('figures', { topic: ' ' });
    const text = JSON.stringify(reply.body.data);
    expect(text).not.toMatch(/no figure on\s*[.?]/i);
    expect(text).toMatch(/The story gives figures on \d+ topics/);
    expect(text).toMatch(/Territory retaken: /);
  });
});
