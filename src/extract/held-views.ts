// Views a sentence gives its subject with an adjective rather than a verb: "the mayor was sure the bond would pass",
// "growers are confident that prices will hold", "business leaders are aware now that violence hurts trade". The
// adjective of certainty or awareness after "be" does what "believes" or "knows" does: it states what the subject
// holds to be so, and the clause after it is the view. Read on the tagger's tokens, in the style of
// agentless-reports.ts: each rule names the frame, says why, and gives invented examples.
import { npLeft, startsNp, type SpeechCue } from './reported-speech.js';
import type { Token } from './tagger.js';

/**
 * Adjectives of holding a view, which take a clause of what is held: "sure", "certain", "confident", "aware",
 * "convinced", "positive", "hopeful", "fearful", "doubtful". Adjectives of feeling ("glad that", "sorry that") take a
 * fact the writer gives, not a view of the subject's, and are left out.
 */
const HOLDING = new Set(['sure', 'certain', 'confident', 'aware', 'convinced', 'positive', 'hopeful', 'fearful', 'doubtful', 'persuaded']);
/** The writer, the reader and the generic "one" hold no view the piece reports: "we are sure that", "one is certain". */
const OWN_VOICE = /^(?:i|we|you|one)$/i;
const NEGATION = /^(?:not|n't|never|no)$/i;
const TIME_OR_MANNER = /^(?:now|then|still|also|quite|very|fully|entirely|increasingly|already|today|yesterday|again)$/i;

export interface HeldViewRule {
  name: string;
  why: string;
  examples: readonly string[];
}

export const HELD_VIEW_RULES: readonly HeldViewRule[] = [
  {
    name: 'sure that',
    why: 'An adjective of certainty or awareness after "be", with a clause after it, states what its subject holds, as a verb of believing does; the subject is the source and the clause the view. Negated ("was not sure that") it states a doubt, not a view, and the writer\'s own "we are sure" is the piece\'s voice.',
    examples: [
      'Mr. Pike was sure he would always remember the storm. → he would always remember the storm (Mr. Pike)',
      'The growers are confident that prices will hold. → prices will hold (The growers)',
      'Shop owners are aware now that they lose custom to closures. → they lose custom to closures (Shop owners)',
      'The mayor was not sure the bond would pass. → nothing (a doubt)',
      'We are sure the council will listen. → nothing (the writer’s own)',
    ],
  },
];

/** The cues of Rule "sure that" in one sentence, skipping any place another rule already read (`taken` verb offsets). */
export function heldViewCues(sentence: string, tokens: readonly Token[], outlet: (i: number) => boolean, end: number, taken: readonly SpeechCue[]): SpeechCue[] {
  const out: SpeechCue[] = [];
  for (let a = 1; a < tokens.length - 2; a++) {
    const t = tokens[a];
    if (!HOLDING.has(t.lower) || !outlet(a) || taken.some((c) => c.at === t.start)) continue;
    // "be" before it, adverbs of degree or time between: "was quite sure", "are now aware"
    let b = a - 1;
    while (b >= 0 && tokens[b].pos === 'ADV' && !NEGATION.test(tokens[b].lower)) b--;
    if (b < 1 || tokens[b].lemma !== 'be' || !outlet(b)) continue;
    if (tokens.slice(Math.max(0, b - 1), a).some((x) => NEGATION.test(x.lower))) continue;
    // the subject before "be" (a modal or "have been" may stand between: "had been confident", "will be sure")
    let s = b - 1;
    while (s >= 0 && (tokens[s].pos === 'AUX' || (tokens[s].pos === 'ADV' && !NEGATION.test(tokens[s].lower)))) s--;
    if (s < 0 || tokens.slice(s, b).some((x) => NEGATION.test(x.lower))) continue;
    const np = npLeft(tokens, s, outlet);
    if (np.end <= np.start || !startsNp(tokens[np.start])) continue;
    const opener = np.start === 0 || tokens[np.start - 1].pos === 'CCONJ' || /^[,;:—–]$/.test(tokens[np.start - 1].text);
    const speaker = sentence.slice(tokens[np.start].start, tokens[np.end - 1].end);
    if (!opener || OWN_VOICE.test(speaker.trim()) || /^(?:it|this|that|there|which|who)$/i.test(speaker.trim())) continue;
    // what is held: an optional time word, an optional "that", then a clause (a subject and, within ten words, a verb)
    let k = a + 1;
    while (k < tokens.length && TIME_OR_MANNER.test(tokens[k].lower) && outlet(k)) k++;
    if (tokens[k]?.lower === 'that' && outlet(k)) k++;
    if (!clauseAt(tokens, k, outlet)) continue;
    const stop = tokens.findIndex((x, i) => i > k && outlet(i) && /^[;:]$/.test(x.text));
    out.push({ verb: t.text, at: t.start, from: 'subject', speaker, content: [{ start: tokens[k].start, end: stop > 0 ? tokens[stop].start : end }] });
    a = k;
  }
  return out;
}

/** Whether a clause opens at token k: a noun phrase or a pronoun, then a verb within ten words, no stop between. */
function clauseAt(tokens: readonly Token[], k: number, outlet: (i: number) => boolean): boolean {
  const first = tokens[k];
  if (!first || !outlet(k) || !(['PRON', 'PROPN', 'NOUN', 'DET', 'NUM', 'ADJ'].includes(first.pos)) || /^(?:of|about|to)$/i.test(first.lower)) return false;
  for (let i = k + 1; i < tokens.length && i <= k + 10; i++) {
    if (/^[;:.!?,]$/.test(tokens[i].text)) return false;
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return !/ing$/i.test(tokens[i].lower) || tokens[i - 1].pos === 'AUX';
  }
  return false;
}
