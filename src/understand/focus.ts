// When / where / why / how questions want one part of a sentence: these find that part in plain English
// (times, places, reasons, manners), for any story. The whole sentence is still cited.

const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DAYS = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

const PATTERNS: Record<'when' | 'where' | 'why' | 'how', RegExp[]> = {
  when: [
    new RegExp(String.raw`\b(?:(?:on|by|since|until|before|after|in|during|from|early|late)\s+)?(?:(?:last|this|next)\s+)?(?:${DAYS}|${MONTHS}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTHS}(?:\s+\d{4})?|${MONTHS}(?:\s+\d{4})?)(?:\s+(?:night|morning|afternoon|evening))?\b`, 'i'),
    /\b(?:in|since|by|before|after|until)\s+(?:19|20)\d{2}\b/i,
    /\b(?:yesterday|today|tonight|last night|this week|last week|this month|last month|this year|last year|overnight|at the weekend|over the weekend)\b/i,
    /\b(?:\w+\s+){0,2}(?:days?|weeks?|months?|years?|hours?)\s+(?:ago|earlier|later|before)\b/i,
    /\b(?:in|over|during|within|for)\s+the\s+(?:past|last|next|first)\s+(?:\w+\s+)?(?:days?|weeks?|fortnight|months?|years?|hours?)\b/i,
    /\bat\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)\b/i,
  ],
  where: [
    /\b(?:in|at|near|outside|inside|around|from|to|towards|toward|across|into|through|north of|south of|east of|west of)\s+(?:the\s+)?(?:[A-Z][\p{L}’'-]+)(?:[\s-]+(?:[A-Z][\p{L}’'-]+|of|the))*(?:\s+(?:region|province|county|city|town|village|river|area|border|oblast|front))?/u,
    /\b(?:in|at|near)\s+(?:the|a)\s+(?:\w+\s+)?(?:town|city|village|region|area|border|front|school|hospital|house|home|street|road|station|court|courthouse|building)\b/i,
  ],
  why: [
    /\b(?:because|since|as a result of|due to|owing to|after|so that|so (?:the|they|that|we|he|she|it|nobody|no one)\b|in order to|for fear of|amid|out of fear|fearing|in response to|to avoid|to escape)\b[^.;]*/i,
  ],
  how: [
    /\b(?:by|on|with|using|in)\s+(?:foot|bicycles?|bikes?|cars?|trucks?|tanks?|a\s+\w+|the\s+\w+|their\s+\w+)[^.;,]*/i,
    /\b\w+ly\b[^.;,]*/i,
  ],
};

/** The part of `sentence` holding the asked-for time, place, reason or manner, or undefined when it holds none. */
export function focusPart(sentence: string, focus: 'when' | 'where' | 'why' | 'how'): string | undefined {
  for (const re of PATTERNS[focus]) {
    const m = re.exec(sentence);
    if (m && m[0].trim().length >= 3) return m[0].trim().replace(/[,;:]+$/, '');
  }
  return undefined;
}
