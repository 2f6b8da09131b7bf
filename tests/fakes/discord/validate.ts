import type { UploadedFile } from '../multipart.js';

/** JSON as received: any field may be missing or of the wrong type, which is what is being checked. */
interface WireEmbed {
  title?: unknown;
  description?: unknown;
  footer?: { text?: unknown };
  author?: { name?: unknown };
  fields?: { name?: unknown; value?: unknown }[];
}
interface WireMessage {
  content?: unknown;
  embeds?: WireEmbed[];
  components?: unknown[];
}

// What real Discord rejects with 400 Invalid Form Body, checked independently of the adapter's own limit code so
// the fake catches a reply Discord would refuse.

/** Problems Discord would report for an interaction callback body; empty when it would accept it. */
export function callbackProblems(raw: unknown): string[] {
  if (!raw || typeof raw !== 'object') return ['body is not a JSON object'];
  const body = raw as { type?: unknown; data?: WireMessage & { choices?: unknown } };
  if (body.type === 8) return choiceProblems(body.data?.choices);
  if (body.type === 4 || body.type === 7) return messageProblems(body.data ?? {});
  if (body.type === 5 || body.type === 6) return [];
  return [`unknown callback type ${String(body.type)}`];
}

/** Problems with a message body (reply, edit, follow-up). */
export function messageProblems(data: WireMessage): string[] {
  const problems: string[] = [];
  const embeds = data.embeds ?? [];
  const content = typeof data.content === 'string' ? data.content : '';
  if (!content && !embeds.length && !data.components?.length) problems.push('message is empty');
  if (content.length > 2000) problems.push('content over 2000');
  if (embeds.length > 10) problems.push('more than 10 embeds');
  let total = 0;
  embeds.forEach((e, i) => {
    const check = (what: string, text: unknown, max: number) => {
      const length = typeof text === 'string' ? text.length : 0;
      total += length;
      if (length > max) problems.push(`embeds[${i}].${what} over ${max} (${length})`);
    };
    check('title', e.title, 256);
    check('description', e.description, 4096);
    check('footer.text', e.footer?.text, 2048);
    check('author.name', e.author?.name, 256);
    const fields = e.fields ?? [];
    if (fields.length > 25) problems.push(`embeds[${i}].fields: ${fields.length}, over 25`);
    fields.forEach((f, j) => {
      if (!f.name || !f.value) problems.push(`embeds[${i}].fields[${j}] has an empty name or value`);
      check(`fields[${j}].name`, f.name, 256);
      check(`fields[${j}].value`, f.value, 1024);
    });
  });
  if (total > 6000) problems.push(`embeds total ${total}, over 6000`);
  problems.push(...componentProblems(data.components));
  return problems;
}

interface WireComponent {
  type?: unknown;
  style?: unknown;
  label?: unknown;
  emoji?: unknown;
  custom_id?: unknown;
  url?: unknown;
  placeholder?: unknown;
  options?: { label?: unknown; value?: unknown; description?: unknown }[];
  min_values?: unknown;
  max_values?: unknown;
  components?: WireComponent[];
}

const length = (v: unknown) => (typeof v === 'string' ? v.length : 0);

/**
 * Problems with a message's components as Discord checks them: at most 5 action rows; a row holds 1–5 buttons or
 * exactly one select; custom_id 1–100 characters and unique in the message; a button has a label (≤ 80) or an
 * emoji; a select has 1–25 options, each label and value 1–100 characters, values unique, placeholder ≤ 150.
 */
export function componentProblems(raw: unknown): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return ['components is not a list'];
  const problems: string[] = [];
  const rows = raw as WireComponent[];
  if (rows.length > 5) problems.push(`${rows.length} action rows, over 5`);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    if (row?.type !== 1) return void problems.push(`components[${i}] is not an action row`);
    const items = row.components ?? [];
    if (items.length < 1 || items.length > 5) problems.push(`components[${i}] has ${items.length} components, not 1–5`);
    const selects = items.filter((c) => c?.type === 3).length;
    if (selects && items.length > 1) problems.push(`components[${i}] mixes a select with other components`);
    items.forEach((c, j) => {
      const where = `components[${i}].components[${j}]`;
      const isLink = c?.type === 2 && c.style === 5;
      if (!isLink) {
        const id = length(c?.custom_id);
        if (id < 1 || id > 100) problems.push(`${where}.custom_id must be 1–100 characters (${id})`);
        if (typeof c?.custom_id === 'string') {
          if (ids.has(c.custom_id)) problems.push(`${where}.custom_id is not unique`);
          ids.add(c.custom_id);
        }
      }
      if (c?.type === 2) {
        if (typeof c.style !== 'number' || c.style < 1 || c.style > 5) problems.push(`${where}.style is invalid`);
        if (!length(c.label) && !c.emoji) problems.push(`${where} has neither label nor emoji`);
        if (length(c.label) > 80) problems.push(`${where}.label over 80`);
        if (isLink && !length(c.url)) problems.push(`${where} is a link without url`);
      } else if (c?.type === 3) {
        const options = c.options ?? [];
        if (options.length < 1 || options.length > 25) problems.push(`${where} has ${options.length} options, not 1–25`);
        const values = new Set<string>();
        options.forEach((o, k) => {
          if (length(o?.label) < 1 || length(o?.label) > 100) problems.push(`${where}.options[${k}].label must be 1–100 characters`);
          if (length(o?.value) < 1 || length(o?.value) > 100) problems.push(`${where}.options[${k}].value must be 1–100 characters`);
          if (length(o?.description) > 100) problems.push(`${where}.options[${k}].description over 100`);
          if (typeof o?.value === 'string') {
            if (values.has(o.value)) problems.push(`${where}.options[${k}].value is not unique`);
            values.add(o.value);
          }
        });
        if (length(c.placeholder) > 150) problems.push(`${where}.placeholder over 150`);
      } else problems.push(`${where} has unknown type ${String(c?.type)}`);
    });
  });
  return problems;
}

function choiceProblems(choices: unknown): string[] {
  if (!Array.isArray(choices)) return ['data.choices is not a list'];
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} choices, over 25`);
  (choices as ({ name?: unknown; value?: unknown } | null)[]).forEach((c, i) => {
    const name = String(c?.name ?? '');
    const value = String(c?.value ?? '');
    if (name.length < 1 || name.length > 100) problems.push(`choices[${i}].name must be 1–100 characters`);
    if (value.length < 1 || value.length > 100) problems.push(`choices[${i}].value must be 1–100 characters`);
  });
  return problems;
}

/**
 * Problems with the files of a multipart message, as Discord reports them: every `files[n]` part needs an
 * `attachments` entry with id n, descriptions (alt text) are at most 1024 characters, and an embed may only point
 * at `attachment://name` for a file sent with it.
 */
export function attachmentProblems(body: unknown, files: readonly UploadedFile[]): string[] {
  const b = (body ?? {}) as {
    attachments?: { id?: unknown; filename?: unknown; description?: unknown }[];
    embeds?: { image?: { url?: unknown } }[];
  };
  const problems: string[] = [];
  const attachments = b.attachments ?? [];
  files.forEach((f) => {
    const id = /^files\[(\d+)\]$/.exec(f.field)?.[1];
    if (id === undefined) problems.push(`file part ${f.field} is not named files[n]`);
    else if (!attachments.some((a) => String(a.id) === id)) problems.push(`files[${id}] has no attachments entry`);
  });
  attachments.forEach((a, i) => {
    if (typeof a.description === 'string' && a.description.length > 1024)
      problems.push(`attachments[${i}].description over 1024`);
  });
  for (const [i, e] of (b.embeds ?? []).entries()) {
    const url = e.image?.url;
    if (typeof url !== 'string' || !url.startsWith('attachment://')) continue;
    const name = url.slice('attachment://'.length);
    if (!files.some((f) => f.filename === name) && !attachments.some((a) => a.filename === name))
      problems.push(`embeds[${i}].image points at ${url}, which was not uploaded`);
  }
  return problems;
}
