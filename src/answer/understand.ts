import type { Query } from './query.js';
import { propose } from '../understand/rules.js';

/**
 * Reads a plain-English question into a Query without a story: the most specific reading the rules propose
 * (src/understand/rules.ts). Never throws; anything unrecognised is a search, empty input is help. With a
 * story, `StoryBot.ask` checks every reading against it instead (src/understand/understand.ts).
 */
export function understand(question: string): Query {
  const text = (typeof question === 'string' ? question : '').replace(/\s+/g, ' ').trim().slice(0, 2000);
  const [best] = propose(text);
  const q = best.query;
  // Without a story a "mention" slot cannot be told from a person; keep the plain reading.
  if (q.intent === 'who_quoted' && q.mention !== undefined) return { intent: 'who_quoted', person: q.mention };
  return q;
}
