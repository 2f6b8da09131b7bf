// Whether the writer of a piece is a party to the exchanges it prints: whose turn an unattributed reply may be.
import type { Discourse } from './discourse.js';

/**
 * Rule (a first-person piece has the writer as a party): "I bought a new car last week. When I drove my old one, I
 * stopped here twice a week." / "“What kind of car is it?” the attendant asked." / "“A Danish one.”": a column told
 * in the first person, the writer's "I" the subject of the outlet's own sentences at least twice before the
 * exchange (quoted words left out), or the writer saying they spoke ("I said", "I asked"), has the writer at the
 * scene, so the writer is the other party of an exchange no one else is quoted in: the answer to the other
 * party's question and the question put to the other party are the writer's.
 */
export function writerIsParty(ctx: Discourse, paragraph: number): boolean {
  const own = ctx.article.paragraphs
    .slice(0, paragraph)
    .map((t) => t.replace(/[“"][^”"]*[”"]/g, ' '))
    .join(' ');
  if (/(?:^|[.!?]\s+|,\s+)I\s+(?:said|asked|told|replied|answered|wondered|inquired|explained)\b/.test(own)) return true;
  // ("I bought", "When I drove": the writer as a subject; "I" of a quotation was left out above)
  const subjects = own.match(/(?:^|[.!?;]\s+|\b(?:[Ww]hen|[Ww]hile|[Aa]s|[Aa]fter|[Bb]efore|[Bb]ecause|and|but|so|[Tt]hen|[Ss]ince|[Ii]f)\s+)I\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/gu) ?? [];
  return subjects.length >= 2;
}
