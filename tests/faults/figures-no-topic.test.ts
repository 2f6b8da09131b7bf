// `/story figures` with nothing after it: the asker is told what the story has figures on.
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

  // `/story` reads options as Discord does, so a missing topic gets the usage line; "figures ?" asks about "?".
  it.each(['figures', 'figures   '])('"/story %s" says a topic is needed instead of "no figure on ."', async (text) => {
    const responseUrl = h.fake.responseUrl();
    await sendSigned(h.eventsUrl, SIGNING_SECRET, new URLSearchParams(slashCommand(text, { responseUrl })));
    const id = responseUrl.split('/').pop();
    await h.fake.waitForResponses(h.fake.responses.length + 1);
    const body = h.fake.responses.find((r) => r.id === id)!.body as { text: string };
    expect(body.text).not.toMatch(/no figure on\s*[.?]/i);
    expect(body.text).toMatch(/needs a topic\. Usage: .*figures &lt;topic&gt;/);
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

  it('names the topics', async () => {
    const reply = await h.command('figures', { topic: ' ' });
    const text = JSON.stringify(reply.body.data);
    expect(text).not.toMatch(/no figure on\s*[.?]/i);
    expect(text).toMatch(/Figures on what\?/);
  });
});
