import type { Query } from './query.js';

// PLACEHOLDER: full intent detection is being written.
export function understand(question: string): Query {
  const text = question.trim();
  if (!text || /^(help|\?|hi|hello)$/i.test(text)) return { intent: 'help' };
  if (/\b(outlets|sources)\b.*\bstory\b/i.test(text)) return { intent: 'outlets' };
  return { intent: 'search', text };
}
