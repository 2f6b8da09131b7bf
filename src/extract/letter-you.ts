// A letter to the paper speaks to the paper: its "you" is the paper and its editorials, not the generic reader.
import type { CleanArticle } from '../corpus/article.js';
import type { SpeechCue } from './reported-speech.js';
import type { Token } from './tagger.js';

/** Words a letter uses for the paper it writes to, or a letters page prints above one. */
const TO_THE_PAPER = /\byour\s+(?:editorials?|newspapers?|paper|columns?|editorial\s+page|issue)\b|^\s*(?:to\s+the\s+editor|sir)\s*[:,]/im;

/** Whether the article is a letter (or a page of letters) to the paper: its headline says so, or it names "your editorial". */
export function letterToThePaper(article: CleanArticle): boolean {
  return /\bletters?\b/i.test(article.headline) || article.paragraphs.some((p) => TO_THE_PAPER.test(p));
}

/**
 * Rule (the letter's "you" is the paper): "when you suggest a community should “try to develop a modest industrial
 * plant”", "In your editorial of May 2 you make the following comment: “...”", "the course that you recommend": in a
 * letter to the paper, a "you" who suggests, recommends or comments is the paper, in the editorial the letter answers,
 * not the generic reader an editorial's "you might think" addresses. Under a modal or in an "if" clause ("if you were
 * walking home, would you say ...") the letter imagines the reader, and the "you" stays the reader's.
 */
export function letterYouAsPaper(cues: SpeechCue[], tokens: readonly Token[]): void {
  for (const c of cues) {
    if (c.from !== 'subject' || !/^you$/i.test(c.speaker?.trim() ?? '')) continue;
    const v = tokens.findIndex((t) => t.start === c.at);
    const lead = tokens.slice(Math.max(0, v - 6), v).map((t) => t.lower);
    if (lead.some((w) => /^(?:would|could|might|may|can|should|must|if|unless|whether)$/.test(w))) continue;
    c.speaker = 'the editorial';
  }
}
