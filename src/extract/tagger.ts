// Part-of-speech tags and lemmas from wink-nlp's English model, loaded on first use: extraction runs at build
// time and is cached, so a start-up that finds the cache never pays the model's load (~150-300 ms).
import { createRequire } from 'node:module';

/** One word of a sentence as the tagger read it, with its offsets in the text given. */
export interface Token {
  text: string;
  /** Lower case. */
  lower: string;
  lemma: string;
  /** Universal POS tag: NOUN, PROPN, PRON, VERB, AUX, ADP, SCONJ, CCONJ, DET, ADJ, ADV, PART, NUM, PUNCT, SYM, X. */
  pos: string;
  start: number;
  end: number;
}

interface WinkDoc {
  tokens(): { out(f?: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let nlp: Wink | undefined;
/** Milliseconds the model took to load, for the audit; 0 until it is loaded. */
export let taggerLoadMs = 0;

function model(): Wink {
  if (!nlp) {
    const t = performance.now();
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (m: unknown) => Wink;
    nlp = winkNLP(require('wink-eng-lite-web-model'));
    taggerLoadMs = performance.now() - t;
  }
  return nlp;
}

/** Tags one sentence. Offsets are found by walking the text, so they index `text` itself. */
export function tag(text: string): Token[] {
  const w = model();
  const doc = w.readDoc(text);
  const words = doc.tokens().out();
  const pos = doc.tokens().out(w.its.pos);
  const lemma = doc.tokens().out(w.its.lemma);
  const out: Token[] = [];
  let at = 0;
  words.forEach((t, i) => {
    let start = text.indexOf(t, at);
    if (start < 0) start = at; // the tokenizer normalised something; keep going
    const end = start < 0 ? at : start + t.length;
    at = end;
    out.push({ text: t, lower: t.toLowerCase(), lemma: (lemma[i] ?? t).toLowerCase(), pos: pos[i] ?? 'X', start, end });
  });
  return out;
}
