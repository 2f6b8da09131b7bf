// A described speaker called again by a shorter description: "the man" after "the gas station man".
import type { Discourse } from './discourse.js';
import { descHead, PLURAL_DESC } from './described-sources.js';

/**
 * Rule (the short form of a description): "“Check the oil?” asked the ferry deckhand." / "The man looked at the
 * sky. “Rain by noon,” he said." / "“Where to?” the deckhand asked again.": a feature writer who has described an
 * unnamed speaker once ("the ferry deckhand", "a young woman with a basket") calls them again by the head noun alone
 * ("the deckhand", "the woman") or by a bare "the man" where the fuller description's head is "man". A bare definite
 * description of one noun is the last described speaker or subject of the article, within the last dozen
 * paragraphs, whose description ends in that noun and says more; a plural, a name or another noun is someone else
 * ("the deckhand" is not "the ferry captain").
 */
export function fullerDescription(ctx: Discourse, desc: string, paragraph: number): string | undefined {
  const m = /^the\s+(\p{Ll}[\p{Ll}-]+)$/iu.exec(desc.trim());
  if (!m || PLURAL_DESC.test(m[1])) return undefined;
  const noun = m[1].toLowerCase();
  const fuller = (d: string | undefined): d is string => {
    if (!d || d.trim().toLowerCase() === desc.trim().toLowerCase() || /^the writer\b/.test(d)) return false;
    const head = descHead(d).trim().split(/\s+/);
    return head.length > 2 && head[head.length - 1].toLowerCase() === noun && /^(?:the|a|an)\s/i.test(d) && !/,/.test(d);
  };
  const quoted = [...ctx.quotes].reverse().find((q) => q.paragraph >= paragraph - 12 && fuller(q.descriptive));
  const subject = [...ctx.subjects].reverse().find((s) => s.sentence >= ctx.sentenceNo - 30 && !s.plural && fuller(s.desc));
  const found = quoted?.descriptive ?? subject?.desc;
  // (introduced with "a", called "the" after: "a gas station man" is the gas station man)
  return found?.replace(/^(?:a|an)\s+/i, 'the ');
}
