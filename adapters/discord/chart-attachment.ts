import type { APIEmbed, RepliableInteraction } from 'discord.js';
import { drawChart, hasChart, type Answer } from '../../src/index.js';
import { truncate } from '../truncate.js';

/** Discord's limit on an attachment's description, its alt text. */
const DESCRIPTION_MAX = 1024;

/** A reply's body, as far as the chart cares: its embeds. */
interface Reply {
  embeds?: APIEmbed[];
}

/**
 * Adds the answer's chart to the reply already sent: the PNG goes up as a multipart attachment (`files`), and the
 * first embed shows it as its image through `attachment://chart.png`. It runs after the reply, so drawing (about
 * half a second for the first chart, while the libraries load) never pushes the answer past Discord's 3-second
 * deadline. Never throws: a chart that fails is logged and the answer stands without it.
 */
export async function attachChart(
  interaction: RepliableInteraction,
  answer: Answer,
  reply: Reply,
  log: (line: string) => void,
): Promise<void> {
  if (!hasChart(answer)) return;
  try {
    const chart = await drawChart(answer);
    if (!chart) return;
    const [first, ...rest] = reply.embeds ?? [];
    const url = `attachment://${chart.fileName}`;
    await interaction.editReply({
      embeds: first ? [{ ...first, image: { url } }, ...rest] : [],
      files: [{ attachment: chart.png, name: chart.fileName, description: truncate(chart.alt, DESCRIPTION_MAX) }],
      allowedMentions: { parse: [] },
    });
  } catch (err) {
    log(
      `Discord: could not attach the chart to interaction ${interaction.id}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}
