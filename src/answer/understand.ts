import { understandFigureQuestion } from './figure-questions.js';
import type { Query } from './query.js';
import { OUTLET_WORDS as OUTLETS, SAY_VERBS as SAY } from './question-words.js';

const MAX_QUESTION = 2000;

function tidy(slot: string): string {
  return slot
    .replace(/^[\s"“”'‘’:,-]+|[\s"“”'‘’?.!,:;-]+$/g, '')
    .replace(/^(?:that|the words|the quote|these words|this)\s+/i, '')
    .trim();
}

/**
 * Reads a plain-English question into a Query. Never throws: anything it does not recognise becomes
 * a search over the story, and empty input becomes help.
 */
export function understand(question: string): Query {
  const text = question.replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION);
  if (!text || /^(?:\/?help|\?+|hi|hello|hey|what can (?:you|i) (?:do|ask)\??|commands)$/i.test(text)) return { intent: 'help' };

  const figure = understandFigureQuestion(text);
  if (figure) return figure;

  let m: RegExpExecArray | null;
  if ((m = new RegExp(String.raw`^(?:which|what)\s+${OUTLETS}\s+(?:are|were|is|was)\s+(?:in|covering|part of|used in|behind)\s+(?:the|this)\s+story`, 'i').exec(text)) ||
    /^(?:list|show)\s+(?:me\s+)?(?:the\s+|all\s+)?(?:outlets|sources|articles|newspapers)\b/i.test(text) ||
    /^(?:outlets|sources|who covered (?:the|this) story)\??$/i.test(text))
    return { intent: 'outlets' };

  if ((m = /^who\s+(?:wrote|authored|penned|is the author of|was the author of|reported)\s+(?:the\s+)?(.+?)(?:\s+(?:article|story|piece|report))?\s*\??$/i.exec(text)) && !/\d/.test(m[1]))
    return { intent: 'byline', article: tidy(m[1]) };
  if ((m = /^(?:what is the byline|who is the author)\s+(?:of|on|for)\s+(?:the\s+)?(.+?)(?:\s+(?:article|story|piece))?\??$/i.exec(text)))
    return { intent: 'byline', article: tidy(m[1]) };

  if ((m = /^(?:which|what)\s+(?:newspaper|paper|outlet|publication|broadcaster|media|source|news\s*paper|channel|agency)\s+did\s+(.+?)\s+(?:speak|talk|give an interview|tell|say it|talk|speak)\b/i.exec(text)) ||
    (m = /^(?:who|whom)\s+did\s+(.+?)\s+(?:speak|talk)\s+to\b/i.exec(text)) ||
    (m = /^(?:who|whom)\s+did\s+(.+?)\s+tell\b/i.exec(text)) ||
    (m = /^(?:where|to whom)\s+(?:did|was)\s+(.+?)\s+(?:speak|talk|quoted|say|said)\b/i.exec(text)))
    return { intent: 'told_to', person: tidy(m[1]) };

  if ((m = new RegExp(String.raw`^(?:which|what|how many)\s+${OUTLETS}\s+(?:quoted|quote|cited|cite|carried|carry|ran|run|reported|report|used|mention|mentioned|published)\s+(.+)$`, 'i').exec(text)) ||
    (m = /^who\s+(?:quoted|quotes|carried|cited)\s+(.+)$/i.exec(text))) {
    const slot = tidy(m[1]);
    const quoted = /["“”]/.test(m[1]) || /\b(?:quote|words|saying|remark|line|claim)\b/i.test(slot) || slot.split(' ').length > 4;
    return quoted ? { intent: 'who_quoted', quote: tidy(slot.replace(/^(?:the\s+)?(?:quote|words|line|remark|claim)\s+(?:about\s+)?/i, '')) } : { intent: 'who_quoted', person: slot };
  }
  if ((m = /^(?:which|what)\s+(?:source|outlet|newspaper)\s+(?:originally|first)\s+(?:reported|carried|published)\s+(.+)$/i.exec(text)))
    return { intent: 'who_quoted', quote: tidy(m[1]) };

  if ((m = new RegExp(String.raw`^(?:who|which\s+\w+|whose\s+(?:words|quote)\s+(?:is|are|was|were))\s+(?:(?:first|originally|actually|really)\s+)?(?:${SAY}|is quoted (?:as )?saying|was quoted (?:as )?saying|is quoted|was quoted)\b[\s,:]*(.*)$`, 'i').exec(text)) && m[1].trim())
    return { intent: 'who_said', quote: tidy(m[1]) };
  if ((m = /^whose\s+(?:words|quote)\s+(?:is|are|was|were)\s+(.+)$/i.exec(text)) || (m = /^who\s+(?:is|was)\s+quoted\s+(?:as\s+)?(?:saying\s+)?(.+)$/i.exec(text)))
    return { intent: 'who_said', quote: tidy(m[1]) };
  if ((m = /^["“](.{3,})["”]\s*\??$/.exec(text))) return { intent: 'who_said', quote: tidy(m[1]) };

  if ((m = new RegExp(String.raw`^what\s+(?:did|does|has|have|had|do)\s+(.+?)\s+(?:${SAY}|to say|have to say|got to say)\b`, 'i').exec(text)) ||
    (m = /^(?:quotes?|statements?|everything said)\s+(?:from|by|of)\s+(.+)$/i.exec(text)) ||
    (m = /^(?:show|list|give)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?quotes?\s+(?:from|by|of)\s+(.+)$/i.exec(text)) ||
    (m = /^how\s+(?:was|is)\s+(.+?)\s+quoted\b/i.exec(text)))
    return { intent: 'what_said', person: tidy(m[1]) };

  if ((m = /^(?:who\s+(?:is|was|'s)|who's|whos|tell me about|what (?:is|was) the role of|what role did)\s+(.+?)(?:\s+play)?\s*\??$/i.exec(text)))
    return { intent: 'who_is', person: tidy(m[1]) };

  return { intent: 'search', text };
}
