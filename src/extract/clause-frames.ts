import type { Token } from './tagger.js';

/**
 * Where a reported clause begins and ends around its attribution: the words before a source that belong to what
 * was said, and the words before it that only join the sentence to the one before. Both read the tagger's parts of
 * speech, not word lists.
 */

/**
 * Rule "connective outside the report": `Still, “we object to the plan,” the members said.` A sentence adverb and its
 * comma at the head of the sentence ("Still,", "However,", "Meanwhile,", "Instead,") join it to what came before; they
 * are the writer's, not the speaker's words, so reported content that runs from there starts after the comma. Only a
 * lone adverb: "Last week, ..." or "In Ohio, ..." says when or where, and may be part of what was said.
 * Returns the offset the content should start at (`start` when nothing is to skip).
 */
export function afterConnective(sentence: string, tokens: readonly Token[], start: number): number {
  const i = tokens.findIndex((t) => t.start >= start);
  if (i < 0 || tokens[i].start !== start && sentence.slice(start, tokens[i].start).trim()) return start;
  const t = tokens[i];
  if (t.pos !== 'ADV' || tokens[i + 1]?.text !== ',' || !tokens[i + 2] || /^(?:not|never)$/i.test(t.lower)) return start;
  return tokens[i + 2].start;
}

/**
 * Rule "attribution in the middle": `Should the vote fail, she said, the plan will be dropped.` A source set off by
 * commas between two parts of one clause frames both parts: the statement is the whole sentence around the
 * attribution, not only what follows "she said". The part before must be a clause of its own words (it holds a verb
 * outside any quotation) and not a participle opening that describes the speaker ("Asked about the tax, she said,
 * ..."), nor, before a quotation, a clause of time or cause that sets the scene ("When the vote ended, she said,
 * “...”"), nor a lone connective ("Still, she said, ...", see "connective outside the report").
 * `subjectStart` is the source's first token, `v` the verb, which a comma must follow; `quotedAfter` when a quotation
 * follows the attribution. Returns the range before.
 */
export function clauseBeforeMiddleSource(
  sentence: string,
  tokens: readonly Token[],
  subjectStart: number,
  v: number,
  outlet: (i: number) => boolean,
  quotedAfter = false,
): { start: number; end: number } | undefined {
  if (subjectStart < 2 || tokens[subjectStart - 1]?.text !== ',' || tokens[v + 1]?.text !== ',') return undefined;
  const before = tokens.slice(0, subjectStart - 1);
  if (!before.every((_, i) => outlet(i))) return undefined;
  if (before[0].pos === 'VERB' && /(?:ed|ing)$/i.test(before[0].lower)) return undefined;
  // "After the coach spoke, Lee said, “...”": before a quotation a clause of time, cause or condition sets the scene of
  // the saying ("If he bites, she says, “Nobody will like you.”" says only the quotation)
  // (Rule "recounted scene": "When the bridge was reached, Dunn related, he stopped the truck", "As he left the bus,
  // the driver added, a youth struck him": with the attribution set off by commas inside a reported clause, the clause
  // of time before it is part of what was recounted, as a condition or a concession is ("If the vote fails, she said,
  // the plan will be dropped"); the saying is an aside in the account)
  const opener = before[0];
  if ((['SCONJ', 'ADP'].includes(opener.pos) || /^(?:when|whenever|while|as|once|if|unless)$/i.test(opener.lower)) && quotedAfter) return undefined;
  if (!before.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  return { start: before[0].start, end: tokens[subjectStart - 1].start };
}

/**
 * Whether everything from token `k` to the sentence's end is a quotation (`she said, “and I challenge anyone to deny
 * it.”`): then the reported clause before the attribution and the quoted words after it are two statements, one
 * reported and one direct, as the writer gave them.
 */
export function quotationRunsOn(tokens: readonly Token[], k: number, quoted: (i: number) => boolean): boolean {
  let words = 0;
  for (let i = k; i < tokens.length; i++) {
    if (tokens[i].pos === 'PUNCT') continue;
    if (!quoted(i)) return false;
    words++;
  }
  return words > 0;
}

/**
 * Rule "source inverted in the middle": `The rates, said the treasurer, will rise.`, `Nevertheless, said the
 * treasurer, the rates will rise.` A verb of saying with its source after it, set off by commas inside a clause: the
 * source is the noun phrase after the verb (never the clause's subject before the comma, "The rates"), and what was
 * said is the clause around it. Only where the words before the attribution hold no verb (a subject, or a lone
 * connective, see "connective outside the report"), the words after it run on with a verb, and no quotation is
 * involved; a clause before ("The plan is costly, said the treasurer") is the inverted report the general rule reads.
 * `v` is the verb and `np` the source noun phrase after it. Returns what was said, or undefined.
 */
export function invertedMiddleSource(
  sentence: string,
  tokens: readonly Token[],
  v: number,
  np: { start: number; end: number },
  outlet: (i: number) => boolean,
): { start: number; end: number }[] | undefined {
  const n = tokens.length;
  if (v < 2 || tokens[v - 1].text !== ',' || np.end <= np.start || tokens[np.end]?.text !== ',' || np.end + 1 >= n) return undefined;
  for (let i = 0; i < n; i++) if (!outlet(i) && /\p{L}/u.test(tokens[i].text)) return undefined;
  const before = tokens.slice(0, v - 1);
  if (before.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  const after = tokens.slice(np.end + 1);
  if (/^(?:who|which|whose|whom)$/i.test(after[0].lower)) return undefined;
  const verb = after.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const comma = after.findIndex((t) => t.text === ',');
  if (verb < 0 || (comma >= 0 && comma < verb)) return undefined;
  const last = tokens[n - 1];
  const end = last.pos === 'PUNCT' ? last.start : last.end;
  const content = [{ start: after[0].start, end }];
  const connective = before.length === 1 && before[0].pos === 'ADV';
  if (!connective) content.unshift({ start: before[0].start, end: tokens[v - 1].start });
  return sentence.slice(content[0].start, content[0].end).trim() ? content : undefined;
}
