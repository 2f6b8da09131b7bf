import type { Answer } from '../answer/answer.js';
import { isUnnamedOutlet } from '../corpus/article-name.js';
import { sentenceKey } from './matching.js';

/**
 * Questions worth asking next, drawn from what this answer found (its speaker, its outlets, its topic), then the
 * core's own suggestions. Each is a question the bot understands, so picking one answers it.
 */
export function nextQuestions(answer: Answer): string[] {
  const out: string[] = [];
  // A person's name (every word capitalised, two or more), not a description such as "US official".
  const speaker = answer.quotes.find(
    (q) => q.speaker && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u.test(q.speaker),
  )?.speaker;
  if (speaker) {
    if (answer.intent !== 'what_said') out.push(`What did ${speaker} say?`);
    if (answer.intent !== 'who_quoted') out.push(`Which outlets quoted ${speaker}?`);
    out.push(`Who is ${speaker}?`);
  }
  const person = answer.people[0]?.name;
  if (person && answer.intent !== 'what_said') out.push(`What did ${person} say?`);
  const outlets = [
    ...new Set([...answer.figures.map((f) => f.outlet), ...(answer.comparison?.rows.map((r) => r.outlet) ?? [])]),
  ].filter((o) => !isUnnamedOutlet(o));
  const topic = answer.comparison?.topic ?? answer.figures.find((f) => f.topic)?.topic;
  if (topic && answer.intent !== 'compare') out.push(`Do the outlets agree on ${topic}?`);
  for (const outlet of outlets.slice(0, 2))
    if (answer.intent !== 'outlet_figures') out.push(`What figures did ${outlet} report?`);
  if (answer.intent !== 'outlets') out.push('Which outlets are in the story?');
  // When nothing was found the core's suggestions (what this story can answer) come first.
  if (!answer.found) out.unshift(...answer.suggestions);
  else out.push(...answer.suggestions);
  // Questions differing only in case, quote style or punctuation are the same question.
  const key = sentenceKey;
  const asked = key(answer.question);
  const seen = new Set<string>();
  return out.filter((q) => {
    const k = key(q);
    if (!k || k === asked || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
