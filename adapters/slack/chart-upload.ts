import type { webApi } from '@slack/bolt';
import { drawChart, hasChart, type Answer } from '../../src/index.js';
import { truncate } from '../truncate.js';

/** Slack's limit on a file's alt text. */
const ALT_TEXT_MAX = 1000;

/** Where the chart goes: the channel of the answer, and its thread when it has one. */
export interface ChartPlace {
  channel: string;
  threadTs?: string;
}

/**
 * Uploads the answer's chart beside the answer just posted, in the same thread: files.uploadV2 asks
 * files.getUploadURLExternal for a URL, sends the PNG there, then files.completeUploadExternal shares it (needs
 * the `files:write` scope, which the generated manifest requests). Never throws: a chart that fails is logged and
 * the answer stands without it.
 */
export async function uploadChart(
  client: webApi.WebClient,
  answer: Answer,
  place: ChartPlace,
  log: (line: string) => void,
): Promise<void> {
  if (!hasChart(answer)) return;
  try {
    const chart = await drawChart(answer);
    if (!chart) return;
    const file = {
      file: chart.png,
      filename: chart.fileName,
      title: answer.comparison ? `Figures on ${answer.comparison.topic}, by outlet` : 'Chart',
      alt_text: truncate(chart.alt, ALT_TEXT_MAX),
    };
    await client.files.uploadV2(
      place.threadTs
        ? { ...file, channel_id: place.channel, thread_ts: place.threadTs }
        : { ...file, channel_id: place.channel },
    );
  } catch (err) {
    const data = (err as { data?: { error?: unknown } } | undefined)?.data;
    const code = typeof data?.error === 'string' ? ` (${data.error})` : '';
    log(
      `slack: could not upload the chart in ${place.channel}: ${err instanceof Error ? err.message : String(err)}${code}`,
    );
  }
}
