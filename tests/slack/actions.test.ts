// The buttons and menu under an answer, end to end: real Bolt against the fake Slack, which refuses blocks over
// Slack's limits. A view or a picked question is posted in the answer's thread; a vote is thanked privately.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FeedbackLog } from '../../adapters/feedback-log.js';
import { blockAction, blockProblems, mention, sendSigned, type ApiCall } from '../fakes/slack/index.js';
import { blockTexts, SIGNING_SECRET, startHarness, type SlackHarness } from './harness.js';

type Element = {
  type: string;
  action_id: string;
  value?: string;
  text?: { text: string };
  options?: { value: string }[];
};

let dir: string;
let h: SlackHarness;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'story-bot-slack-feedback-'));
  h = await startHarness({ feedback: new FeedbackLog(join(dir, 'feedback.jsonl'), 'test-salt') });
});
afterAll(async () => {
  await h?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const QUESTION = 'who said they fled like Olympic sprinters?';
const postsIn = (harness: SlackHarness, channel: string) =>
  harness.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

/** Asks by mention in `channel` and returns the posted answer and its buttons and menu. */
async function askIn(channel: string, question = QUESTION) {
  await sendSigned(h.eventsUrl, SIGNING_SECRET, mention(question, { channel }));
  await vi.waitFor(() => expect(postsIn(h, channel)).toHaveLength(1));
  const post = postsIn(h, channel)[0];
  const actions = (post.params.blocks as { type: string; elements?: Element[] }[]).find((b) => b.type === 'actions')!;
  return { post, elements: actions.elements! };
}

const byLabel = (elements: Element[], label: string) => elements.find((e) => e.text?.text === label)!;

/** Presses an element under a message at `ts` in `channel`, over signed HTTP, as Slack delivers it. */
function pressOver(
  harness: SlackHarness,
  element: Element,
  channel: string,
  ts: string,
  selected?: string,
  user = 'U0PRESSER',
) {
  const payload = blockAction(
    { action_id: element.action_id, value: element.value, ...(selected !== undefined ? { selected } : {}) },
    { channel, user, message: { ts }, responseUrl: harness.fake.responseUrl() },
  );
  return sendSigned(harness.eventsUrl, SIGNING_SECRET, new URLSearchParams({ payload: JSON.stringify(payload) }));
}

describe('Slack: buttons and the menu under an answer', () => {
  it('offers views, 👍 and 👎, and a menu of next questions, all within Block Kit limits', async () => {
    const { post, elements } = await askIn('C0OFFER');
    expect(blockProblems(post.params.blocks)).toEqual([]);
    expect(elements.map((e) => e.text?.text ?? e.type)).toEqual(
      expect.arrayContaining(['All versions', 'All sources', '👍', '👎', 'static_select']),
    );
  });

  it('"All versions" is answered in the thread with every outlet\'s wording', async () => {
    const { elements } = await askIn('C0VERSIONS');
    const ack = await pressOver(h, byLabel(elements, 'All versions'), 'C0VERSIONS', '1700000000.000100');
    expect(ack.status).toBe(200);
    await vi.waitFor(() => expect(postsIn(h, 'C0VERSIONS')).toHaveLength(2));
    const view = postsIn(h, 'C0VERSIONS')[1];
    expect(view.params.thread_ts).toBe('1700000000.000100');
    const text = blockTexts(view.params.blocks).join('\n');
    for (const outlet of ['BeyondNews', 'Daily Star', 'Insider', 'an unnamed German-language outlet'])
      expect(text).toContain(`_${outlet}_: “`);
    expect(text).toContain('even grabbed bicycles');
  });

  it('a question picked from the menu is answered in the thread, with its own buttons', async () => {
    const { elements } = await askIn('C0PICK');
    const menu = elements.find((e) => e.type === 'static_select')!;
    expect(menu.options!.map((o) => o.value)).toContain('What did Petro Kuzyk say?');
    await pressOver(h, menu, 'C0PICK', '1700000000.000200', 'What did Petro Kuzyk say?');
    await vi.waitFor(() => expect(postsIn(h, 'C0PICK')).toHaveLength(2));
    const answer = postsIn(h, 'C0PICK')[1];
    expect(answer.params.thread_ts).toBe('1700000000.000200');
    expect(blockTexts(answer.params.blocks)[0]).toMatch(/^\*Petro Kuzyk\*.* is quoted 5 times/);
    expect((answer.params.blocks as { type: string }[]).at(-1)!.type).toBe('actions');
  });

  it('a vote is thanked to the voter alone and appended to the feedback file, the user hashed', async () => {
    const { elements } = await askIn('C0VOTE');
    await pressOver(h, byLabel(elements, '👍'), 'C0VOTE', '1700000000.000300', undefined, 'U0VOTER42');
    const thanks = await vi.waitFor(() => {
      const call = h.fake.callsTo('chat.postEphemeral').find((c: ApiCall) => c.params.channel === 'C0VOTE');
      expect(call).toBeDefined();
      return call!;
    });
    expect(thanks.params.user).toBe('U0VOTER42');
    expect(String(thanks.params.text)).toMatch(/👍/);
    const file = readFileSync(join(dir, 'feedback.jsonl'), 'utf8');
    const vote = JSON.parse(file.trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(vote).toMatchObject({ platform: 'slack', question: QUESTION, intent: 'who_said', found: true, vote: 'up' });
    expect(vote.user).toMatch(/^[0-9a-f]{16}$/);
    expect(file).not.toContain('U0VOTER42');
  });

  it('still answers a button after a restart: a new app and bot, the same value', async () => {
    const { elements } = await askIn('C0RESTART');
    const versions = byLabel(elements, 'All versions');
    await pressOver(h, versions, 'C0RESTART', '1700000000.000400');
    await vi.waitFor(() => expect(postsIn(h, 'C0RESTART')).toHaveLength(2));
    const restarted = await startHarness({ feedback: new FeedbackLog(join(dir, 'other.jsonl'), 'test-salt') });
    try {
      await pressOver(restarted, versions, 'C0RESTART', '1700000000.000400');
      await vi.waitFor(() => expect(postsIn(restarted, 'C0RESTART')).toHaveLength(1));
      expect(postsIn(restarted, 'C0RESTART')[0].params.blocks).toEqual(postsIn(h, 'C0RESTART')[1].params.blocks);
    } finally {
      await restarted.stop();
    }
  });

  it('under an ephemeral answer (no message to thread under) replies through response_url to the presser', async () => {
    const { elements } = await askIn('C0EPHEMERAL');
    const responseUrl = h.fake.responseUrl();
    const payload = blockAction(
      { action_id: byLabel(elements, 'All sources').action_id, value: byLabel(elements, 'All sources').value },
      { channel: 'C0EPHEMERAL', responseUrl },
    );
    await sendSigned(h.eventsUrl, SIGNING_SECRET, new URLSearchParams({ payload: JSON.stringify(payload) }));
    const id = responseUrl.split('/').pop();
    const response = await vi.waitFor(() => {
      const r = h.fake.responses.find((x) => x.id === id);
      expect(r).toBeDefined();
      return r!.body;
    });
    expect(response).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(blockTexts(response.blocks).join('\n')).toContain('Insider');
  });

  it('answers a value it no longer understands with a private note', async () => {
    await pressOver(
      h,
      { type: 'button', action_id: 'sb-view-versions', value: 'sb1|v|nope|q|x' },
      'C0STALE',
      '1700000000.000500',
    );
    const note = await vi.waitFor(() => {
      const call = h.fake.callsTo('chat.postEphemeral').find((c: ApiCall) => c.params.channel === 'C0STALE');
      expect(call).toBeDefined();
      return call!;
    });
    expect(String(note.params.text)).toMatch(/no longer works/);
  });
});

describe('charts under answers', () => {
  it("uploads a comparison answer's chart into its thread, and sends no chart descriptor to Slack", async () => {
    const compare = mention('Do the outlets agree on how much land was retaken?', { channel: 'C0CHART' });
    await sendSigned(h.eventsUrl, SIGNING_SECRET, compare);
    await sendSigned(h.eventsUrl, SIGNING_SECRET, mention(QUESTION, { channel: 'C0CHART' }));
    await vi.waitFor(() => expect(postsIn(h, 'C0CHART')).toHaveLength(2), { timeout: 20_000 });
    const uploads = await h.fake.waitForSharedUploads(1, 20_000);
    const inChannel = uploads.filter((u) => u.shared?.channel === 'C0CHART');
    expect(inChannel).toHaveLength(1);
    expect(inChannel[0].shared?.threadTs).toBe(compare.event.ts);
    // The descriptor is for the adapter, never a field sent to Slack.
    for (const post of postsIn(h, 'C0CHART')) expect(post.params).not.toHaveProperty('chart');
  });
});

describe('the fake Slack refuses blocks Slack would', () => {
  const button = (text: string, value = 'v') => ({
    type: 'button',
    action_id: `a${text.length}`,
    text: { type: 'plain_text', text },
    value,
  });
  it('refuses a button label over 75 characters, an option value over 150, and 51 blocks', () => {
    expect(blockProblems([{ type: 'actions', elements: [button('x'.repeat(76))] }])).toHaveLength(1);
    const select = {
      type: 'static_select',
      action_id: 's',
      options: [{ text: { type: 'plain_text', text: 'a' }, value: 'v'.repeat(151) }],
    };
    expect(blockProblems([{ type: 'actions', elements: [select] }])).toHaveLength(1);
    expect(
      blockProblems(Array.from({ length: 51 }, () => ({ type: 'section', text: { type: 'mrkdwn', text: 'x' } }))),
    ).toHaveLength(1);
  });

  it('refuses a section over 3000 characters and duplicate action ids in a block', () => {
    expect(blockProblems([{ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } }])).toHaveLength(1);
    expect(blockProblems([{ type: 'actions', elements: [button('a'), button('b')] }])).toEqual([
      expect.stringMatching(/not unique/),
    ]);
  });
});
