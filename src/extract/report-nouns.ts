// Nouns that name a statement or a view by the verb they come from: "his claim that ...", "the belief that ...", "the
// announcement that ...". English derives them from the verb by a handful of suffixes; a noun counts when undoing
// one of them gives a verb of saying or holding a view (speech-verbs.ts). "The fact that", "the idea that" and "the
// possibility that" come from no such verb, so they are no report.
import { isReportingVerb } from './speech-verbs.js';

/**
 * Suffix rules from noun back to verb, each with the verb endings it may undo to: "announcement" → "announce",
 * "prediction" → "predict", "admission" → "admit", "contention" → "contend", "conclusion" → "conclude",
 * "insistence" → "insist", "assurance" → "assure", "denial" → "deny", "warning" → "warn", "belief" → "believe".
 */
const DERIVATIONS: readonly { suffix: string; stems: readonly string[] }[] = [
  { suffix: 'ment', stems: ['', 'e'] },
  { suffix: 'ation', stems: ['', 'e', 'ate'] },
  { suffix: 'ition', stems: ['', 'e'] },
  { suffix: 'ion', stems: ['', 'e'] },
  { suffix: 'ssion', stems: ['t', 'd', 'ss'] },
  { suffix: 'sion', stems: ['d', 'de'] },
  { suffix: 'tion', stems: ['d'] },
  { suffix: 'ence', stems: ['', 'e'] },
  { suffix: 'ance', stems: ['', 'e'] },
  { suffix: 'ial', stems: ['y'] },
  { suffix: 'al', stems: ['', 'e'] },
  { suffix: 'ing', stems: ['', 'e'] },
  { suffix: 'ief', stems: ['ieve'] },
];

/** Nouns of a view held that no suffix rule reaches ("view", "thought", "feeling"): the same as for a derived noun. */
const VIEW_NOUNS = new Set(['view', 'thought', 'conviction', 'consensus', 'notion', 'theory', 'assumption', 'explanation']);
/**
 * Nouns spelt as their verb that name what was said ("the claim that", "reports that", "word that"); other nouns
 * spelt as a verb of saying name a manner or a thing ("the style that", "an account that", "the point that").
 */
const SAME_AS_VERB = new Set(['claim', 'report', 'charge', 'estimate', 'promise', 'hope', 'fear', 'doubt', 'word', 'cry', 'boast', 'vow', 'pledge', 'forecast', 'rumor', 'rumour', 'guess', 'suggest', 'protest', 'comment', 'remark', 'complaint', 'admission']);

/**
 * Nouns from a verb of saying that lay down rather than report: "on condition that", "the rule that", "an order
 * that", "the question that arose". What follows is a term or a relative clause, not what someone said was so.
 */
const NOT_REPORT_NOUNS = new Set(['condition', 'rule', 'order', 'question', 'requirement', 'request', 'demand', 'instruction', 'provision', 'proviso']);

const cache = new Map<string, boolean>();

/** Whether a noun (lemma, lower case) names a statement or a view: "claim", "assertion", "belief", "warning". */
export function isReportNoun(lemma: string): boolean {
  const w = lemma.toLowerCase();
  let hit = cache.get(w);
  if (hit === undefined) {
    const derived = DERIVATIONS.some((d) => w.endsWith(d.suffix) && w.length > d.suffix.length + 2 && d.stems.some((s) => isReportingVerb(w.slice(0, -d.suffix.length) + s)));
    hit = VIEW_NOUNS.has(w) || (!NOT_REPORT_NOUNS.has(w) && (SAME_AS_VERB.has(w) || derived));
    cache.set(w, hit);
  }
  return hit;
}
