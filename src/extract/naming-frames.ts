// Quoted words that one person's naming frame gives them inside another's report: "Critics say the plan will fail
// because of what Mayor Roe calls “a budget built on sand.”"

/**
 * Rule (what one calls it): "Observers believe he is gaining, above all toward what Sen. Hale lists as the first
 * need — “a clearer sense of where our interests lie.”", "Critics point to what Mayor Roe called “a budget built on
 * sand.”": quoted words after "what <someone> calls", "describes as", "lists as", "terms" are that someone's words,
 * not those of the report they stand in; the report keeps its own speaker for its own content. Returns the
 * speaker as written ("Sen. Hale", "he", "the mayor").
 */
export function namingFrameSpeaker(before: string): string | undefined {
  const m = NAMING_FRAME.exec(before);
  if (!m) return undefined;
  const tail = m[2].trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return tail.length <= 6 ? m[1].trim() : undefined;
}

const NAMING_FRAME =
  /\bwhat\s+((?:(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}'’-]+)|he|she|they|(?:the|his|her|their)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+(?:has\s+|had\s+|once\s+|himself\s+|herself\s+)?(?:calls?|called|terms?|termed|dubs|dubbed|labels?|label(?:l)?ed|describes?\s+as|described\s+as|lists?\s+as|listed\s+as|sees\s+as|saw\s+as|regards?\s+as|regarded\s+as|refers?\s+to\s+as|referred\s+to\s+as)\b([^.;:!?“”"]{0,60})$/u;
