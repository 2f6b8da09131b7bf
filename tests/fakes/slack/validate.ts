// What real Slack refuses in a message's Block Kit (chat.postMessage answers `invalid_blocks`), checked
// independently of the adapter's own limit code so the fake catches a message Slack would refuse.
// Limits: https://docs.slack.dev/reference/block-kit/blocks and .../block-elements

interface WireText {
  type?: unknown;
  text?: unknown;
}
interface WireElement {
  type?: unknown;
  text?: WireText | unknown;
  action_id?: unknown;
  value?: unknown;
  url?: unknown;
  placeholder?: WireText;
  options?: { text?: WireText; value?: unknown }[];
}
interface WireBlock {
  type?: unknown;
  block_id?: unknown;
  text?: WireText;
  elements?: WireElement[];
}

const len = (v: unknown) => (typeof v === 'string' ? v.length : 0);

/** Problems Slack would report for a message's `blocks`; empty when it would accept them. */
export function blockProblems(raw: unknown): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return ['blocks is not a list'];
  const problems: string[] = [];
  const blocks = raw as WireBlock[];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks, over 50`);
  const blockIds = new Set<string>();
  blocks.forEach((b, i) => {
    const where = `blocks[${i}]`;
    if (typeof b?.block_id === 'string') {
      if (len(b.block_id) > 255) problems.push(`${where}.block_id over 255`);
      if (blockIds.has(b.block_id)) problems.push(`${where}.block_id is not unique`);
      blockIds.add(b.block_id);
    }
    if (b?.type === 'section') {
      if (len(b.text?.text) < 1 || len(b.text?.text) > 3000) problems.push(`${where}.text must be 1–3000 characters`);
    } else if (b?.type === 'context') {
      const els = b.elements ?? [];
      if (els.length < 1 || els.length > 10) problems.push(`${where} has ${els.length} elements, not 1–10`);
      els.forEach((e, j) => {
        if (len(e?.text) < 1 || len(e?.text) > 3000)
          problems.push(`${where}.elements[${j}].text must be 1–3000 characters`);
      });
    } else if (b?.type === 'actions') {
      const els = b.elements ?? [];
      if (els.length < 1 || els.length > 25) problems.push(`${where} has ${els.length} elements, not 1–25`);
      const actionIds = new Set<string>();
      els.forEach((e, j) => problems.push(...elementProblems(e, `${where}.elements[${j}]`, actionIds)));
    } else problems.push(`${where} has type ${String(b?.type)}, which this fake does not know`);
  });
  return problems;
}

function elementProblems(e: WireElement, where: string, actionIds: Set<string>): string[] {
  const problems: string[] = [];
  if (typeof e?.action_id === 'string') {
    if (len(e.action_id) > 255) problems.push(`${where}.action_id over 255`);
    if (actionIds.has(e.action_id)) problems.push(`${where}.action_id is not unique in its block`);
    actionIds.add(e.action_id);
  }
  const plain = (t: unknown, max: number, what: string) => {
    const text = t as WireText | undefined;
    if (text?.type !== 'plain_text') problems.push(`${where}.${what} must be plain_text`);
    if (len(text?.text) < 1 || len(text?.text) > max) problems.push(`${where}.${what} must be 1–${max} characters`);
  };
  if (e?.type === 'button') {
    plain(e.text, 75, 'text');
    if (len(e.value) > 2000) problems.push(`${where}.value over 2000`);
  } else if (e?.type === 'static_select') {
    if (e.placeholder) plain(e.placeholder, 150, 'placeholder');
    const options = e.options ?? [];
    if (options.length < 1 || options.length > 100) problems.push(`${where} has ${options.length} options, not 1–100`);
    options.forEach((o, k) => {
      plain(o?.text, 75, `options[${k}].text`);
      if (len(o?.value) < 1 || len(o?.value) > 150)
        problems.push(`${where}.options[${k}].value must be 1–150 characters`);
    });
  } else problems.push(`${where} has type ${String(e?.type)}, which this fake does not know`);
  return problems;
}
