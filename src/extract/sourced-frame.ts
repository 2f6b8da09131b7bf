import type { SpeechCue } from './reported-speech.js';

/**
 * Rule "a sourced report frames an agentless one": `He said the bill is expected to pass Monday.` The agentless
 * "is expected to" reads its content from the sentence's start, so it and "he said" each hold the other; the report
 * with a source is the sentence's frame and the agentless phrase is part of what the source said, whichever stands
 * last. Returns the one of two mutually nested cues that gives way, or undefined where both or neither have a source.
 */
export function agentlessGivesWay(a: SpeechCue, b: SpeechCue): SpeechCue | undefined {
  const sourced = (c: SpeechCue) => c.from !== 'none' && c.content.length > 0;
  if (a.from === 'none' && sourced(b)) return a;
  if (b.from === 'none' && sourced(a)) return b;
  return undefined;
}
