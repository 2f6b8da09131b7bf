// When / where / why / how questions want one part of a sentence: these find that part in plain English
// (times, places, reasons, manners), for any story. The whole sentence is still cited.

const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DAYS = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

const PATTERNS: Record<'when' | 'where' | 'why' | 'how', RegExp[]> = {
  when: [
    new RegExp(String.raw`\b(?:(?:on|by|since|until|before|after|in|during|from|early|late)\s+)?(?:(?:last|this|next)\s+)?(?:${DAYS}|${MONTHS}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTHS}(?:\s+\d{4})?|${MONTHS}(?:\s+\d{4})?)(?:\s+(?:night|morning|afternoon|evening))?\b`, 'i'),
    /\b(?:in|since|by|before|after|until)\s+(?:19|20)\d{2}\b/i,
    /\b(?:at|by|after|before|around|shortly after)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|am|pm)/i,
    /\b(?:yesterday|today|tonight|tomorrow|last night|this week|last week|this month|last month|this year|last year|overnight|at the weekend|over the weekend)\b/i,
    /\b(?:in|over|during|within|for)\s+the\s+(?:past|last|next|first)\s+(?:\w+\s+)?(?:days?|weeks?|fortnight|months?|years?|hours?)\b/i,
    // Relative times last: an absolute time in another sentence answers "when" better.
    /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many)\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\s+(?:ago|earlier|later|before|after)\b/i,
  ],
  where: [
    new RegExp(String.raw`\b(?:in|at|on|near|outside|inside|around|from|to|towards|toward|across|into|through|along|(?:north|south)(?:east|west)?\s+of|(?:east|west)\s+of)\s+(?:the\s+)?(?!(?:${DAYS}|${MONTHS})\b)(?:\p{Lu}[\p{L}’'.-]+)(?:[\s-]+(?:\p{Lu}[\p{L}’'.-]+|of|the))*(?:\s+(?:region|province|county|city|town|village|river|area|border|oblast|front))?`, 'u'),
    /\b(?:in|at|near|inside|into|to)\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?(?:[a-z]+\s+){0,2}(?:towns?|city|cities|villages?|region|area|border|front|schools?|halls?|basements?|gyms?|shelters?|churche?s?|hospitals?|houses?|homes?|streets?|roads?|stations?|courts?|courthouse|buildings?|cemetery|jail|prison|office|motel|hotels?|rooftops?|attic)\b/i,
  ],
  why: [
    /\b(?:because|since|as a result of|due to|owing to|after|so that|so (?:the|they|that|we|he|she|it|nobody|no one)\b|in order to|for fear of|amid|out of fear|fearing|in response to|to avoid|to escape)\b[^.;]*/i,
  ],
  how: [
    /\b(?:by|on|with|using|in)\s+(?:foot|bicycles?|bikes?|cars?|trucks?|tanks?|a\s+\w+|the\s+\w+|their\s+\w+)[^.;,]*/i,
    /\b\w+ly\b[^.;,]*/i,
  ],
};

/** A sentence whose cause is the one before it: "This led the Russian command to…". */
export const CAUSED_BY_PREVIOUS = /^(?:this|that|which|it|these|all this)\s+(?:led|leads|prompted|caused|forced|meant|made|pushed|drove|triggered|sparked)\b/i;

/** The part of `sentence` holding the asked-for time, place, reason or manner, or undefined when it holds none. */
export function focusPart(sentence: string, focus: 'when' | 'where' | 'why' | 'how'): string | undefined {
  return focusMatch(sentence, focus)?.part;
}

/** The part and how direct it is (0 = the most direct kind, e.g. a date rather than "three hours later"). */
export function focusMatch(sentence: string, focus: 'when' | 'where' | 'why' | 'how'): { part: string; rank: number } | undefined {
  if (focus === 'why' && CAUSED_BY_PREVIOUS.test(sentence)) return { part: 'the sentence before', rank: 0 };
  const patterns = PATTERNS[focus];
  for (let i = 0; i < patterns.length; i++) {
    const m = patterns[i].exec(sentence);
    if (m && m[0].trim().length >= 3) return { part: m[0].trim().replace(/[,;:]+$/, ''), rank: i };
  }
  return undefined;
}
