// Reports the outlet gives no source for: "it has been suggested that ...", "the talks were described as “frank”",
// "word came that ...". Each is a statement with no speaker (speaker null), and the bot says the outlet names no
// one. The simple frames ("it was learned that", "is said to", "reportedly", ", it was argued,") are read in
// reported-speech.ts; these rules add the frames it did not read, in the style of src/corpus/cleaning-rules.ts.
import { isReportNoun } from './report-nouns.js';
import { isReportingVerb, thoughtThatVerbs } from './speech-verbs.js';
import type { SpeechCue } from './reported-speech.js';
import type { Token } from './tagger.js';

export interface AgentlessRule {
  name: string;
  why: string;
  /** Invented sentences it reads; after the arrow, what it reports. */
  examples: readonly string[];
  /** The cue the rule reads at token `v`, or undefined. */
  at(ctx: RuleContext, v: number): SpeechCue | undefined;
}

interface RuleContext {
  sentence: string;
  tokens: readonly Token[];
  /** Whether token i is the outlet's own word (not inside quote marks). */
  outlet: (i: number) => boolean;
  /** Where reported content running to the sentence's end ends. */
  end: number;
}

/** Verbs learned or held rather than said, which still report in the agentless frame ("it was learned that"). */
const KNOWING = new Set(['learn', 'understand', 'know', 'rumor', 'rumour', 'fear', 'hope', 'believe', 'expect', 'feel', 'assume', 'suppose']);
/** Deciding is an act, not a report: "it has been decided that the school will close" says what was done. */
const DECIDING = new Set(['decide', 'determine', 'resolve', 'decree', 'rule', 'establish', 'order', 'arrange', 'agree']);
/** The perfect before "been": "it has been suggested". (A modal is the writer's own hedge: "it might be said that".) */
const MODAL = /^(?:has|have|had)$/i;
const NEGATION = /^(?:not|n't|never|no)$/i;
const TIME_WORD = /^(?:today|yesterday|tonight|now|later|earlier|again|also|recently|then|here|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|night|evening|last|this|week|month|year)$/i;

const reportsAgentless = (lemma: string) =>
  !DECIDING.has(lemma) && (KNOWING.has(lemma) || isReportingVerb(lemma) || thoughtThatVerbs().has(lemma));

/** The offset of "be"/"been" before token v, skipping adverbs, or -1. */
function beBefore(tokens: readonly Token[], v: number): number {
  let j = v - 1;
  while (j >= 0 && tokens[j].pos === 'ADV' && !NEGATION.test(tokens[j].lower)) j--;
  return j >= 0 && tokens[j].lemma === 'be' ? j : -1;
}

/** Whether "it" opens the verb group ending in the "be" at `be`: "it was", "it has been". */
function itBefore(tokens: readonly Token[], be: number): number {
  let j = be - 1;
  while (j >= 0 && (MODAL.test(tokens[j].lower) || (tokens[j].pos === 'ADV' && !NEGATION.test(tokens[j].lower)))) j--;
  return j >= 0 && tokens[j].lower === 'it' ? j : -1;
}

/** The end of a clause from token k: the next comma, semicolon, colon or dash in the outlet's words, or the end. */
function clauseEnd(c: RuleContext, k: number): number {
  for (let i = k + 1; i < c.tokens.length; i++)
    if (c.outlet(i) && (/^[,;:—–]$/.test(c.tokens[i].text) || CLAUSE_OPENER.test(c.tokens[i].lower))) return c.tokens[i].start;
  return c.end;
}
/** Words that open a clause of its own after a judgement: "declared bankrupt after its directors indicated ...". */
const CLAUSE_OPENER = /^(?:after|before|when|because|while|since|although|though|if|unless|until|whereas|which|who)$/;
/**
 * Verbs of judging in words, whose passive with "as" (or a complement) is a report: "described as", "billed as".
 * Verbs of holding a view ("regarded as", "seen as"), of remembering or treating, and of naming ("known as",
 * "heralded as" a title) are left out: the writer states those, or they name a thing, and no one is reported.
 */
const JUDGING_ALOUD = new Set(['describe', 'bill', 'label', 'brand', 'dub', 'term', 'characterize', 'characterise', 'denounce', 'portray', 'depict', 'tout', 'decry', 'condemn', 'criticize', 'criticise', 'praise']);

/**
 * Nouns of a reason put forward ("the excuse was offered that"), which name what someone gave as so though no verb of
 * saying lies under them; the other nouns of this frame are report-nouns.ts's ("statement", "inference", "insistence").
 */
const REASON_NOUNS = new Set(['excuse', 'pretext', 'plea', 'justification', 'rationale']);
/**
 * Verbs that set a report aside or settle it rather than put it forward: "the claim was denied that ..." reports no
 * one's view, and "the proposal was approved that ..." is a decision (as DECIDING), not a statement.
 */
const SETTING_ASIDE = new Set(['deny', 'reject', 'dismiss', 'refute', 'disprove', 'drop', 'abandon', 'withdraw', 'overrule', 'ignore', 'approve', 'adopt', 'pass', 'carry', 'enact', 'ratify']);
/** A determiner that lets a noun open a subject: "the statement", "this excuse", "an inference". */
const SUBJECT_DET = /^(?:the|this|that|an?|such)$/i;

export const AGENTLESS_RULES: readonly AgentlessRule[] = [
  {
    name: 'agentless-it-perfect',
    why: 'The agentless "it" frame keeps its meaning in the perfect ("it has been suggested", "it had been feared") and with a particle ("it was pointed out"): the outlet reports a view and names no one who holds it. A modal is left out: "it might be said that", "it may be argued that" are the writer hedging their own claim, not a report.',
    examples: [
      'It has been suggested that the school be closed. → the school be closed (no speaker)',
      'It had been feared that the dam would break. → the dam would break (no speaker)',
      'It was pointed out that the road had never been paved. → the road had never been paved (no speaker)',
      'It might be said that the town grew too fast. → nothing (the writer’s hedge)',
    ],
    at(c, v) {
      const t = c.tokens[v];
      if (t.pos !== 'VERB' || !c.outlet(v) || !reportsAgentless(t.lemma)) return undefined;
      const be = beBefore(c.tokens, v);
      if (be < 0 || itBefore(c.tokens, be) < 0) return undefined;
      // (a simple "it was said that" is reported-speech.ts's; only the perfect, a modal or a particle is new here)
      const particle = /^(?:out|up)$/i.test(c.tokens[v + 1]?.lower ?? '');
      const plain = !particle && c.tokens[be - 1]?.lower === 'it';
      if (plain) return undefined;
      let w = v + 1 + (particle ? 1 : 0);
      while (w < c.tokens.length && TIME_WORD.test(c.tokens[w].lower)) w++;
      if (c.tokens[w]?.lower !== 'that' || !c.outlet(w) || w + 2 >= c.tokens.length) return undefined;
      return { verb: t.text, at: t.start, from: 'none', content: [{ start: c.tokens[w + 1].start, end: c.end }] };
    },
  },
  {
    name: 'agentless-aside-of-knowing',
    why: 'An aside of learning or understanding (", it was learned,", ", it is understood,") frames the words around it as a report, as ", it was argued," does; the outlet names no source.',
    examples: ['The mayor, it was learned, will not run again. → The mayor will not run again (no speaker)'],
    at(c, v) {
      const t = c.tokens[v];
      if (t.pos !== 'VERB' || !c.outlet(v) || !KNOWING.has(t.lemma) || isReportingVerb(t.lemma)) return undefined;
      const be = beBefore(c.tokens, v);
      const it = be < 0 ? -1 : itBefore(c.tokens, be);
      if (it < 1 || c.tokens[it - 1].text !== ',') return undefined;
      const next = c.tokens[v + 1]?.text ?? '.';
      const before = { start: 0, end: c.tokens[it - 1].start };
      if (/^[.!?;:]$/.test(next)) return before.end > 2 ? { verb: t.text, at: t.start, from: 'none', content: [before] } : undefined;
      if (next !== ',' || v + 2 >= c.tokens.length) return undefined;
      return { verb: t.text, at: t.start, from: 'none', content: [before, { start: c.tokens[v + 2].start, end: c.end }].filter((r) => r.end - r.start > 2) };
    },
  },
  {
    name: 'agentless-judgement-passive',
    why: 'A thing "described as", "billed as", "declared" or "labeled" something, or "felt" or "thought" fit, with no "by" after, was so judged by someone the outlet does not name: the judgement is a statement with no speaker. With "by" the agent is its source.',
    examples: [
      'The talks were described as “frank and useful.” → The talks were described as “frank and useful.” (no speaker)',
      'The film has been billed as a towering monument to greed. → The film has been billed as a towering monument to greed (no speaker)',
      'The farm plan has been declared a costly failure. → The farm plan has been declared a costly failure (no speaker)',
      'The prince, who has been accused of harboring bandits and spies, says he wants peace. → harboring bandits and spies (no speaker)',
      'The meeting was described as “cordial” by both sides. → The meeting was described as “cordial” (both sides)',
      'The changes were felt necessary in the face of falling attendance. → The changes were felt necessary in the face of falling attendance (no speaker)',
      'It has been billed as the deal of the decade. → It has been billed as the deal of the decade (no speaker: "it" is the thing billed)',
    ],
    at(c, v) {
      const t = c.tokens[v];
      if (t.pos !== 'VERB' || !c.outlet(v) || !/(?:ed|en)$/i.test(t.lower)) return undefined;
      const be = beBefore(c.tokens, v);
      // (an "it" here stands for a thing, "It has been billed as a monument": the expletive "it" takes a "that" clause)
      if (be < 1) return undefined;
      if (c.tokens.slice(Math.max(0, be - 2), v).some((x) => NEGATION.test(x.lower))) return undefined;
      const next = c.tokens[v + 1];
      if (!next) return undefined;
      let k: number;
      if (next.lower === 'as' && JUDGING_ALOUD.has(t.lemma)) k = v + 2;
      else if (next.lower === 'of' && /^(?:accuse|suspect)$/.test(t.lemma)) k = v + 2;
      // (with a determiner or quote marks only: "was declared a fiasco" judges, "was declared bankrupt" is a ruling)
      else if (/^(?:declare|label|brand|dub|term|pronounce)$/.test(t.lemma) && (next.pos === 'DET' || !c.outlet(v + 1))) k = v + 1;
      // (a view with its adjective: "The changes were felt necessary", "the move was thought unwise")
      else if (/^(?:feel|think|deem)$/.test(t.lemma) && next.pos === 'ADJ' && c.outlet(v + 1)) k = v + 1;
      else return undefined;
      if (k >= c.tokens.length || /^[.!?,;:]$/.test(c.tokens[k].text)) return undefined;
      const stop = clauseEnd(c, k);
      // (the report runs from the subject, "The talks were described as “frank”", so that quoted words in it stand
      // in the outlet's own; a relative "who" or "which" as the subject leaves the judgement alone)
      let from = be - 1;
      while (from > 0 && !(c.outlet(from - 1) && /^[,;:—–(]$/.test(c.tokens[from - 1].text)) && c.tokens[from - 1].pos !== 'SCONJ' && c.tokens[from - 1].pos !== 'VERB') from--;
      while (from < be && MODAL.test(c.tokens[from].lower)) from++;
      const start = /^(?:who|which|that|whom)$/i.test(c.tokens[from]?.lower ?? '') || from >= be ? k : from;
      const by = c.tokens.findIndex((x, i) => i >= k && x.start < stop && x.lower === 'by' && c.outlet(i));
      if (by >= 0) {
        let e = by + 1;
        while (e < c.tokens.length && c.tokens[e].start < stop && !/^[.!?]$/.test(c.tokens[e].text)) e++;
        if (e <= by + 1) return undefined;
        const speaker = c.sentence.slice(c.tokens[by + 1].start, c.tokens[e - 1].end);
        return { verb: t.text, at: t.start, from: 'subject', speaker, content: [{ start: c.tokens[start].start, end: c.tokens[by - 1].end }] };
      }
      return { verb: t.text, at: t.start, from: 'none', content: [{ start: c.tokens[start].start, end: stop }] };
    },
  },
  {
    name: 'agentless-report-noun-passive',
    why: 'A report noun as the subject of a passive with its content after it ("the statement was made that ...", "the inference has been drawn that ...", "insistence is being made that ...", "the excuse was offered that ...") is the outlet reporting a view put forward while naming no one who put it: the content is a statement with no speaker. A "by" before the "that" names the speaker; a verb that sets the view aside ("the claim was denied that") reports no one.',
    examples: [
      'The statement was also made that the mill had never paid its taxes. → the mill had never paid its taxes (no speaker)',
      'The inference has been too widely drawn that the treaty is dead. → the treaty is dead (no speaker)',
      'Insistence is being made that the bridge be rebuilt. → the bridge be rebuilt (no speaker)',
      'The excuse was offered for the guards that they had not seen the fire. → they had not seen the fire (no speaker)',
      'The charge was made by the union that the plant was unsafe. → the plant was unsafe (the union)',
      'The claim was denied that the mayor had resigned. → nothing (set aside)',
    ],
    at(c, v) {
      const t = c.tokens[v];
      if (t.pos !== 'NOUN' || !c.outlet(v) || !(isReportNoun(t.lemma) || REASON_NOUNS.has(t.lower))) return undefined;
      // (the noun opens the subject: after a determiner, at the sentence's start or after a comma)
      const prev = c.tokens[v - 1];
      if (prev && !SUBJECT_DET.test(prev.lower) && !/^[,;:]$/.test(prev.text)) return undefined;
      let j = v + 1;
      let be = -1;
      const isBe = (x: Token) => x.lemma === 'be' || x.lower === 'being';
      while (j < c.tokens.length && (isBe(c.tokens[j]) || MODAL.test(c.tokens[j].lower) || (c.tokens[j].pos === 'ADV' && !NEGATION.test(c.tokens[j].lower)))) {
        if (isBe(c.tokens[j])) be = j;
        j++;
      }
      const verb = c.tokens[j];
      if (be < 0 || !verb || verb.pos !== 'VERB' || !c.outlet(j) || SETTING_ASIDE.has(verb.lemma) || DECIDING.has(verb.lemma)) return undefined;
      // (adverbs and one short phrase may stand between the verb and "that": "offered for them that", "made by the union that")
      let that = -1;
      for (let k = j + 1; k < Math.min(c.tokens.length, j + 9); k++) {
        const x = c.tokens[k];
        if (x.lower === 'that' && c.outlet(k)) {
          that = k;
          break;
        }
        if (!c.outlet(k) || x.pos === 'VERB' || x.pos === 'AUX' || NEGATION.test(x.lower) || /^[,;:.!?—–()]$/.test(x.text)) return undefined;
      }
      if (that < 0 || that + 2 >= c.tokens.length) return undefined;
      const content = [{ start: c.tokens[that + 1].start, end: c.end }];
      const by = c.tokens.findIndex((x, i) => i > j && i < that && x.lower === 'by');
      if (by >= 0 && by + 1 < that) return { verb: verb.text, at: t.start, from: 'subject', speaker: c.sentence.slice(c.tokens[by + 1].start, c.tokens[that - 1].end), content };
      return { verb: verb.text, at: t.start, from: 'none', content };
    },
  },
  {
    name: 'word-came',
    why: '"Word came that ...", "news reached the capital that ...": tidings that arrive carry a report whose source the outlet does not give.',
    examples: ['Word came that the convoy had reached the border. → the convoy had reached the border (no speaker)', 'Word reached the capital Tuesday that the rebels had surrendered. → the rebels had surrendered (no speaker)'],
    at(c, v) {
      const t = c.tokens[v];
      if (!/^(?:word|news)$/i.test(t.lower) || !c.outlet(v) || /^(?:the|a|this|that|his|her|their|its|no)$/i.test(c.tokens[v - 1]?.lower ?? '')) return undefined;
      const verb = c.tokens[v + 1];
      if (!verb || !/^(?:come|reach|arrive|spread|leak|circulate|go)$/.test(verb.lemma)) return undefined;
      const that = c.tokens.findIndex((x, i) => i > v + 1 && i <= v + 7 && x.lower === 'that' && c.outlet(i));
      if (that < 0 || that + 2 >= c.tokens.length || c.tokens.slice(v + 2, that).some((x) => x.pos === 'VERB' || /^[,;:.]$/.test(x.text))) return undefined;
      return { verb: `${t.text} ${verb.text}`, at: t.start, from: 'none', content: [{ start: c.tokens[that + 1].start, end: c.end }] };
    },
  },
];

/**
 * The agentless reports of one sentence that the rules above read: at most one per token, none where a cue of
 * reported-speech.ts already stands at the same verb.
 */
export function agentlessCues(sentence: string, tokens: readonly Token[], outlet: (i: number) => boolean, end: number, taken: readonly SpeechCue[]): SpeechCue[] {
  const c: RuleContext = { sentence, tokens, outlet, end };
  const out: SpeechCue[] = [];
  for (let v = 0; v < tokens.length; v++) {
    if (taken.some((x) => x.at === tokens[v].start)) continue;
    for (const rule of AGENTLESS_RULES) {
      const cue = rule.at(c, v);
      if (cue && cue.content.length) {
        out.push(cue);
        break;
      }
    }
  }
  return out;
}
