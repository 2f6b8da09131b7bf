// Slack reads `<…>` as control sequences (`<!channel>`, `<@U123>`, links) and `&` as the start of an entity,
// so any text from the corpus or a user must have these three escaped before it goes into mrkdwn.

/** Escapes `&`, `<` and `>` so the text shows as written and can never ping, link or mention. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Splits already-escaped mrkdwn into pieces of at most `limit` characters, preferring line breaks, then
 * spaces, and never cutting an entity such as `&amp;` in two.
 */
export function chunkMrkdwn(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf('\n', limit);
    if (cut <= 0) cut = rest.lastIndexOf(' ', limit);
    if (cut <= 0) {
      cut = limit;
      const amp = rest.lastIndexOf('&', cut - 1);
      if (amp >= 0 && amp > cut - 5 && !rest.slice(amp, cut).includes(';')) cut = amp;
    }
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  if (rest.trim()) pieces.push(rest);
  return pieces.filter((p) => p.length > 0);
}

/**
 * Turns the mrkdwn Slack sends for a message back into the plain text the person typed: drops the mention of
 * the bot, shows links and mentions by their label, and decodes entities.
 */
export function plainFromSlack(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => {
      const [target, label] = inner.split('|', 2);
      if (botUserId && target === `@${botUserId}`) return ' ';
      if (label) return label;
      if (target.startsWith('@') || target.startsWith('#') || target.startsWith('!')) return ' ';
      return target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
