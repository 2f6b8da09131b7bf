import type { Answer } from '../answer/answer.js';
import { contentWords } from './matching.js';

/**
 * Questions worth asking next, drawn from what this answer found (its speaker, its outlets, its topic), then the
 * core's own suggestions. Each is a question the bot understands, so picking one answers it.
 */
export function nextQuestions(answer: Answer): string[] {
  const out: string[] = [];
  const speaker = answer.quotes.find((q) => q.speaker && /\s/.test(q.speaker))?.speaker;
  if (speaker) {
    if (answer.intent !== 'what_said') out.push(`What did ${speaker} say?`);
    if (answer.intent !== 'who_quoted') out.push(`Which outlets quoted ${speaker}?`);
    out.push(`Who is ${speaker}?`);
  }
  const person = answer.people[0]?.name;
  if (person && answer.intent !== 'what_said') out.push(`What did ${person} say?`);
  const outlets = [
    ...new Set([...answer.figures.map((f) => f.outlet), ...(answer.comparison?.rows.map((r) => r.outlet) ?? [])]),
  ];
  const topic = answer.comparison?.topic ?? answer.figures.find((f) => f.topic)?.topic;
  if (topic && answer.intent !== 'compare') out.push(`Do the outlets agree on ${topic}?`);
  for (const outlet of outlets.slice(0, 2))
    if (answer.intent !== 'outlet_figures') out.push(`What figures did ${outlet} report?`);
  if (answer.intent !== 'outlets') out.push('Which outlets are in the story?');
  // When nothing was found the core's suggestions (what this story can answer) come first.
  if (!answer.found) out.unshift(...answer.suggestions);
  else out.push(...answer.suggestions);
  const asked = [...contentWords(answer.question)].sort().join(' ');
  const seen = new Set<string>();
  return out.filter((q) => {
    const key = [...contentWords(q)].sort().join(' ');
    if (seen.has(q) || (key && (seen.has(key) || key === asked))) return false;
    seen.add(q);
    seen.add(key);
    return true;
  });
}
