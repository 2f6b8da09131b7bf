import type { Query } from './query.js';
import { findNumbers } from '../extract/numbers.js';
import { readUnit } from '../extract/units.js';
import { OUTLET_WORDS, REPORT_VERBS } from './question-words.js';
import { withoutLightPredicates } from '../understand/light-predicates.js';

const FIGURE_WORDS = String.raw`(?:figures?|numbers?|statistics|stats|estimates?|totals?|counts?|tallies|tally|amounts?|data)`;
// Questions about the story's other parts that share words with figure questions.
const NOT_FIGURES = /\b(?:how many (?:outlets|sources|articles|newspapers|quotes|people (?:are )?quoted|people (?:are )?(?:mentioned|named)))\b/i;

// Patterns built from the shared word lists, compiled once rather than on every question.
const WHO_REPORTED = new RegExp(String.raw`^(?:who|which\s+(?:\w+\s+)?${OUTLET_WORDS}|what\s+(?:\w+\s+)?${OUTLET_WORDS}|where|in\s+which\s+${OUTLET_WORDS}|whose\s+\w+)\b\s*(?:first\s+|actually\s+|originally\s+)?(?:was\s+it\s+that\s+|did\s+(?:we|i)\s+(?:see|read)\s+)?(?:${REPORT_VERBS}|is\s+(?:the\s+)?(?:source|origin)\s+(?:of|for)|came\s+up\s+with|got|gets|has|had)\b\s*(.*)$`, 'i');
const FIGURES_BY = new RegExp(String.raw`\b${FIGURE_WORDS}\b(?:\s+\w+){0,2}?\s+(?:did|does|do|has|have|had|is|are|was|were)\s+(.+?)\s+${REPORT_VERBS}\b(?:\s+(?:about|on|for|regarding)\s+(.+))?`, 'i');
const FIGURES_IN = new RegExp(String.raw`\b${FIGURE_WORDS}\s+(?:\w+\s+){0,2}?(?:in|from|by|of|does|did)\s+(?!each\b|every\b|all\b|the\s+outlets?\b|the\s+story\b|the\s+articles?\b)(.+?)(?:\s+(?:article|report|story|piece|give|report|use|have|cite))?(?:\s+(?:about|on|for|regarding)\s+(.+))?$`, 'i');
// ("do the two reports agree", "do both papers agree": a count of the outlets says nothing of the topic)
const DO_THEY_AGREE = new RegExp(String.raw`\b(?:do|does|did)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:(?:two|three|four|five|six|both|several|various|different|\d+)\s+)?(?:${OUTLET_WORDS}|${FIGURE_WORDS}|they)\s+(?:all\s+)?(?:agree|disagree|differ|match|line\s+up|tally|square|conflict)\b(?:\s+(?:on|about|over|for|regarding|in|with\s+each\s+other\s+on))?\s*(.*)$`, 'i');
const EACH_OUTLET = new RegExp(String.raw`\b(?:each|every|all(?:\s+the)?|different|the\s+various|various|the\s+different)\s+${OUTLET_WORDS}\b`, 'i');
const ACROSS_OUTLETS = new RegExp(String.raw`\b(?:across|between|among)\s+(?:the\s+)?(?:${OUTLET_WORDS})\b`, 'i');
const WHICH_DISAGREE = new RegExp(String.raw`\b(?:which|what)\s+${OUTLET_WORDS}\s+(?:disagree|differ|conflict|agree)\b\s*(?:on|about|over)?\s*(.*)$`, 'i');
const DISAGREEMENT = new RegExp(String.raw`\b(?:discrepanc\w*|disagree\w*|conflicting|contradict\w*|inconsisten\w*)\b`, 'i');
const FIGURES_DIFFER = new RegExp(String.raw`\b${FIGURE_WORDS}\b.*\b(?:differ|vary|agree|match|conflict|tally)\b`, 'i');
const FIGURE_WORDS_ON = new RegExp(String.raw`\b${FIGURE_WORDS}\s+(?:on|for|about|regarding)\b`, 'i');

/**
 * Reads a question about figures into a figure Query, or returns undefined when the question is not about
 * numbers (quotes, people, outlets...). Called before the general router, so it claims only questions that
 * carry a number, ask for a quantity ("how many", "how much", "how far") or name figures outright.
 */
export function understandFigureQuestion(question: string): Query | undefined {
  const q = question.trim().replace(/\s+/g, ' ').replace(/[?!.]+$/, '');
  if (!q || NOT_FIGURES.test(q)) return undefined;

  // 1. "Which outlet reported 13,500 units of equipment lost?", "Who said 1,250 square miles?"
  if (hasMeasuredNumber(q)) {
    const who = WHO_REPORTED.exec(q);
    if (who) return { intent: 'figure_source', figure: stripThat(who[1]) || q };
    const source = /^(?:where\s+(?:does|did|do)|what\s+is\s+the\s+source\s+(?:of|for))\s+(?:the\s+)?(?:figure\s+(?:of\s+)?)?(.+?)(?:\s+come\s+from)?$/i.exec(q);
    if (source) return { intent: 'figure_source', figure: source[1] };
    const according = /^according\s+to\s+whom\b\s*,?\s*(.*)$/i.exec(q);
    if (according) return { intent: 'figure_source', figure: according[1] };
  }

  // 2. "What figures did BeyondNews report?", "List the numbers in the Daily Star article", "Figures from The Sun on territory"
  const figuresBy = FIGURES_BY.exec(q);
  if (figuresBy && !/^(?:the\s+)?(?:outlets?|papers?|newspapers?|sources?|each|every|all|they)\b/i.test(figuresBy[1]))
    return outletFigures(figuresBy[1], figuresBy[2]);
  const figuresIn = FIGURES_IN.exec(q);
  if (figuresIn && /^(?:what|which|list|show|give|tell|all|any|the)\b/i.test(q)) return outletFigures(figuresIn[1], figuresIn[2]);

  // 3. Compare: "Do the outlets agree on the land retaken?", "How much territory did each outlet say Ukraine recaptured?"
  const compare = [
    DO_THEY_AGREE,
    /^compare\s+(?:the\s+)?(?:figures?\s+|numbers?\s+)?(?:for|on|about|of)?\s*(.+?)(?:\s+(?:across|between|among)\s+.+)?$/i,
    EACH_OUTLET,
    ACROSS_OUTLETS,
    WHICH_DISAGREE,
    DISAGREEMENT,
    FIGURES_DIFFER,
  ];
  for (const re of compare) {
    const m = re.exec(q);
    if (!m) continue;
    const topic = topicText(m[1] && m[1].trim() ? m[1] : q);
    if (topic && (isQuantityQuestion(q) || m[1] !== undefined || /\b(?:agree|differ|compare|discrepanc|conflict|disagree)/i.test(q)))
      return { intent: 'compare', topic };
  }

  // 4. A quantity: "How far is Izyum from Kharkiv?", "How many troops were trapped?", "How much land was retaken?"
  if (isQuantityQuestion(q) || (hasMeasuredNumber(q) && /^(?:is|was|are|were|did|does)\b/i.test(q))) {
    const outlet = /\b(?:according\s+to|in|by)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*$/.exec(q)?.[1]
      ?? /\b(?:did|does|do)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:say|report|claim|give|put)\b/.exec(q)?.[1];
    const body = outlet ? q.replace(new RegExp(String.raw`\b(?:according\s+to|in|by|did|does|do)\s+(?:the\s+)?${escape(outlet)}(?:\s+(?:say|report|claim|give|put))?`), ' ') : q;
    const topic = topicText(body);
    // A capitalized name here may be a place rather than an outlet; the answerer tells them apart.
    if (topic) return { intent: 'figure_topic', topic, ...(outlet ? { outlet } : {}) };
  }
  return undefined;
}

function outletFigures(outlet: string, topic: string | undefined): Query {
  const name = outlet.replace(/^(?:the\s+)?(.+?)(?:'s|’s)?(?:\s+(?:article|report|story|piece))?$/i, '$1').trim();
  const t = topic ? topicText(topic) : '';
  return { intent: 'outlet_figures', outlet: name, ...(t ? { topic: t } : {}) };
}

/** "how many", "how much", "how far", "what was the death toll", "what is the distance"... */
function isQuantityQuestion(q: string): boolean {
  return (
    /\bhow\s+(?:many|much|far|big|large|long|high|deep|wide|heavy|close|often|old)\b/i.test(q) ||
    // Rule "how hot": a temperature is a quantity ("how hot did it get", "what was the temperature", "the old record
    // temperature"); "hot" keeps its word in the topic, where it meets the figure's temperature concept
    /\bhow\s+(?:hot|cold|warm|chilly)\b|^(?:what|which)\b.*\btemperatures?\b/i.test(q) ||
    /\b(?:what|which)\s+(?:was|is|were|are)\s+the\s+(?:number|count|total|toll|death\s+toll|size|area|distance|cost|amount|extent|scale|figure|estimate|tally)\b/i.test(q) ||
    /\b(?:number|count|toll|tally|total)\s+of\b/i.test(q) ||
    // Rule "what price": "what price was the stock sold at", "at what rate", "what salary does she get" ask for an
    // amount as much as "how much" does.
    /^(?:(?:at|for)\s+)?(?:what|which)\s+(?:price|prices|amount|sum|rate|salary|wage|fee|fare|percentage|share price)\b/i.test(q) ||
    /\b(?:what|which)\s+(?:was|is|were|are)\s+the\s+(?:price|rate|salary|wage|fee|fare|percentage|value)\b/i.test(q) ||
    // Rule "a tally is asked for": "what was the vote", "what was the final score" ask for the numbers of a vote or game.
    /\b(?:what|which)\s+(?:was|is|were|are)\s+the\s+(?:final\s+)?(?:vote|score|scoreline|margin)\b/i.test(q) ||
    FIGURE_WORDS_ON.test(q)
  );
}

// A plural noun after a number word makes it a count ("five firefighters", "three people"); "one of them" is not.
const COUNTED = /^\s+(?:people|men|women|children|\p{L}{2,}[^\Ws'’]s)\b/iu;

/** A number with a unit or scale ("13,500 units", "600 square miles", "nine million") — not a bare "one" or "two". */
function hasMeasuredNumber(q: string): boolean {
  return findNumbers(q).some((n) => !n.words || n.scaled || readUnit(q.slice(n.end)) !== undefined || COUNTED.test(q.slice(n.end)));
}

const QUESTION_FRAME = new RegExp(
  String.raw`\b(?:how\s+(?:many|much|far|big|large|long|high|deep|wide|close|old)|what|which|who|whom|where|when|did|does|do|is|was|were|are|the|a|an|each|every|all|of|according\s+to|say|said|says|report|reported|reports|claim|claimed|give|gave|put|outlets?|newspapers?|papers?|sources?|articles?|media|agree|disagree|differ|on|about|regarding|compare|across|between|among|figures?|numbers?|statistics|stats|estimates?|tell\s+me|in\s+the\s+story|they|there|it|its)\b`,
  'gi',
);

/**
 * Rule "a measure of a thing": in "the size of the fine", "the amount of the payout", "the scale of the damage" the
 * figure asked for is the thing's; the measure word would pull in another kind of figure ("size" reads as an area).
 */
const MEASURE_OF = /\b(?:the\s+)?(?:size|amount|scale|extent|level|value|sum|total|magnitude)\s+of\s+(?=(?:the|a|an|this|that|his|her|its|their)\s+)/gi;

/** The words of a question that name what is counted: "How many troops were trapped" → "troops were trapped". */
function topicText(text: string): string {
  const kept = withoutLightPredicates(text).replace(MEASURE_OF, ' ').replace(QUESTION_FRAME, ' ').replace(/[“”"?,]/g, ' ').replace(/\s+/g, ' ').trim();
  // "How far ..." keeps its quantity word, which is most of what it says.
  const far = /\bhow\s+(far|close|long|high|deep|big|large|old)\b/i.exec(text)?.[1]?.toLowerCase();
  // "How close was the vote" asks for a tally, not a distance.
  const tally = far === 'close' && /\bclose\s+(?:was|is|were)\s+(?:the\s+)?(?:vote|ballot|score|game|match|race|contest|decision)\b/i.test(text);
  const lead = tally ? '' : far === 'far' || far === 'close' ? 'distance' : far === 'big' || far === 'large' ? 'area' : far ?? '';
  return [lead, kept].filter(Boolean).join(' ').trim();
}

function stripThat(text: string): string {
  return text.replace(/^(?:that|the\s+figure\s+(?:of\s+)?|a\s+figure\s+of\s+)/i, '').trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
