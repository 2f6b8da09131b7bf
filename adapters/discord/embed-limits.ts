import type { APIEmbed } from 'discord.js';

// The render tests check cuts against the same truncate the renderers use.
export { truncate } from '../truncate.js';

/**
 * Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 * A message over any of them is rejected outright, so rendering must stay inside them.
 */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title, description, field names and values, footer and author name together, across a message's embeds. */
  total: 6000,
} as const;

/** Autocomplete limits: at most 25 choices, each name and value 1–100 characters. */
export const CHOICE_LIMITS = { choices: 25, name: 100, value: 100 } as const;

/** The characters of an embed that count toward Discord's 6000 total. */
function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Every limit the embed breaks, in words; empty when Discord would accept it. Tests and a last-resort guard use it. */
export function embedLimitViolations(embed: APIEmbed): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} characters, over ${max}`);
  };
  over('title', embed.title?.length ?? 0, EMBED_LIMITS.title);
  over('description', embed.description?.length ?? 0, EMBED_LIMITS.description);
  over('footer', embed.footer?.text.length ?? 0, EMBED_LIMITS.footer);
  const fields = embed.fields ?? [];
  if (fields.length > EMBED_LIMITS.fields) problems.push(`${fields.length} fields, over ${EMBED_LIMITS.fields}`);
  fields.forEach((f, i) => {
    over(`field ${i} name`, f.name.length, EMBED_LIMITS.fieldName);
    over(`field ${i} value`, f.value.length, EMBED_LIMITS.fieldValue);
    if (!f.name.trim() || !f.value.trim()) problems.push(`field ${i} is empty`);
  });
  over('embed', embedLength(embed), EMBED_LIMITS.total);
  return problems;
}

/**
 * Message component limits (https://discord.com/developers/docs/components/reference): 5 action rows, 5 buttons
 * or one select a row, custom_id 1–100 characters, button label 80, select options 1–25 with label and value 1–100.
 */
export const COMPONENT_LIMITS = {
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  options: 25,
  optionLabel: 100,
  optionValue: 100,
  placeholder: 150,
} as const;
