// The comparison chart on Discord, end to end: the real discord.js client answers, then edits its reply with the
// chart as a multipart attachment that the embed shows as its image.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../fakes/discord/index.js';
import { pngSize } from '../chart/png.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** The edit of an interaction's original reply, once it arrives. */
function editOf(token: string): Promise<RecordedRequest> {
  return h.fake.awaitRequest((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/%40original`), 20_000);
}

describe('a comparison answered on Discord', () => {
  it('answers at once, then attaches the chart as a PNG the embed shows', async () => {
    const callback = await h.command('compare', { topic: 'territory retaken' });
    // The answer itself does not wait for the picture.
    expect(callback.body.data.embeds?.[0]?.description).toMatch(/territory/i);
    expect(callback.body.data.embeds?.[0]?.image).toBeUndefined();

    const edit = await editOf(callback.token);
    expect(edit.status).toBe(200);
    expect(edit.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(edit.files).toHaveLength(1);
    const [file] = edit.files;
    expect(file.field).toBe('files[0]');
    expect(file.filename).toBe('chart.png');
    const size = pngSize(file.data);
    expect(size.width).toBeGreaterThan(600);
    expect(size.height).toBeGreaterThan(300);
    expect(size.width).toBeLessThan(4000);

    const body = edit.body as {
      embeds: { title?: string; description?: string; image?: { url: string } }[];
      attachments: { id: number | string; filename: string; description?: string }[];
      allowed_mentions: unknown;
    };
    expect(body.embeds[0].image?.url).toBe('attachment://chart.png');
    // The edit keeps the answer: same title and text as the reply it replaces.
    expect(body.embeds[0].title).toBe(callback.body.data.embeds![0].title);
    expect(body.embeds[0].description).toBe(callback.body.data.embeds![0].description);
    expect(body.attachments.map((a) => String(a.id))).toEqual(['0']);
    expect(body.attachments[0].description).toMatch(/^Bar chart of territory retaken/);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('the same question asked as /ask gets the chart too', async () => {
    const callback = await h.command('ask', { question: 'Do the outlets agree on how much land was retaken?' });
    const edit = await editOf(callback.token);
    expect(edit.files.map((f) => f.filename)).toEqual(['chart.png']);
  });

  it('an answer with nothing to compare is never edited', async () => {
    const callback = await h.command('whosaid', { quote: 'olympic sprinters' });
    const chart = await h.fake
      .awaitRequest((r) => r.method === 'PATCH' && r.path.includes(callback.token), 1_500)
      .catch(() => undefined);
    expect(chart).toBeUndefined();
  });

  it('a chart Discord refuses is logged, and the answer already given stands', async () => {
    h.fake.injectRestError({ method: 'PATCH', path: '/messages/%40original', status: 400, times: 1 });
    const callback = await h.command('compare', { topic: 'territory' });
    expect(callback.body.data.embeds?.[0]?.description).toBeTruthy();
    expect(await h.waitForLog(/could not attach the chart/, 20_000)).toContain(callback.interactionId);
  });
});
