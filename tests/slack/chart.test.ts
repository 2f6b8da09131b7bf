// The comparison chart on Slack, end to end through Bolt: the answer is posted, then the PNG goes up through
// files.getUploadURLExternal, a POST to the upload URL, and files.completeUploadExternal into the same thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mention, sendSigned, slashCommand } from '../fakes/slack/index.js';
import { pngSize } from '../chart/png.js';
import { SIGNING_SECRET, startHarness, type SlackHarness } from './harness.js';

describe('Slack: a comparison comes with its chart', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('a mention is answered in its thread, and the chart is uploaded into that thread', async () => {
    const event = mention('Do the outlets agree on how much land was retaken?', { channel: 'C0CHART' });
    expect((await sendSigned(h.eventsUrl, SIGNING_SECRET, event)).status).toBe(200);
    const [upload] = (await h.fake.waitForSharedUploads(1, 20_000)).filter((u) => u.shared?.channel === 'C0CHART');
    expect(upload).toBeDefined();

    const answer = h.fake.callsTo('chat.postMessage').find((c) => c.params.channel === 'C0CHART');
    expect(answer?.params.thread_ts).toBe(event.event.ts);
    expect(upload.shared).toMatchObject({ channel: 'C0CHART', threadTs: event.event.ts });
    // The upload URL is the one the fake handed out, on its own 127.0.0.1 server.
    expect(upload.uploadUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.fake.port}/upload/`));
    expect(upload.filename).toBe('chart.png');
    expect(upload.altText).toMatch(/^Bar chart of territory retaken/);
    const size = pngSize(upload.data!);
    expect(size.width).toBeGreaterThan(600);
    expect(size.height).toBeGreaterThan(300);

    const [begin] = h.fake.callsTo('files.getUploadURLExternal').filter((c) => c.params.filename === 'chart.png');
    expect(Number(begin.params.length)).toBe(upload.data!.length);
    const complete = h.fake.callsTo('files.completeUploadExternal').find((c) => c.params.channel_id === 'C0CHART');
    expect(complete?.params.thread_ts).toBe(event.event.ts);
    expect(complete?.params.files).toEqual([expect.objectContaining({ id: upload.fileId })]);
    // The chart follows the answer, never the other way round.
    expect(complete!.at).toBeGreaterThan(answer!.at);
  });

  it('/story compare answers in the channel and shares the chart there', async () => {
    const responseUrl = h.fake.responseUrl();
    const body = new URLSearchParams(slashCommand('compare territory', { responseUrl, channel: 'C0SLASH' }));
    expect((await sendSigned(h.eventsUrl, SIGNING_SECRET, body)).status).toBe(200);
    const uploads = await h.fake.waitForSharedUploads(2, 20_000);
    const upload = uploads.find((u) => u.shared?.channel === 'C0SLASH');
    expect(upload?.shared?.threadTs).toBeUndefined();
    expect(pngSize(upload!.data!).width).toBeGreaterThan(600);
    expect(h.fake.responses.find((r) => r.id === responseUrl.split('/').pop())?.body.response_type).toBe('in_channel');
  });

  it('an answer with nothing to compare uploads nothing', async () => {
    const before = h.fake.uploads.length;
    await sendSigned(
      h.eventsUrl,
      SIGNING_SECRET,
      mention('who said they fled like Olympic sprinters?', { channel: 'C0NOCHART' }),
    );
    await h.fake.waitForCalls('chat.postMessage', h.fake.callsTo('chat.postMessage').length + 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(h.fake.uploads.length).toBe(before);
  });

  it('a refused upload is logged, and the answer already posted stands', async () => {
    h.fake.rejectNext('files.completeUploadExternal', 'not_in_channel');
    await sendSigned(
      h.eventsUrl,
      SIGNING_SECRET,
      mention('compare the figures on territory retaken', { channel: 'C0NOTIN' }),
    );
    expect(await h.waitForLog(/could not upload the chart in C0NOTIN.*not_in_channel/, 20_000)).toBeTruthy();
    expect(h.fake.callsTo('chat.postMessage').some((c) => c.params.channel === 'C0NOTIN')).toBe(true);
  });
});
