// Dialogue: quotations printed as turns, a question and its answer, whose turn it is and whom each turn is said to.
import { addPerson, findPerson } from './article-people.js';
import type { Discourse } from './discourse.js';
import { parseSpeakerPhrase } from './speaker-phrase.js';
import { isReportingVerb } from './speech-verbs.js';
import { copySpeaker, writerName } from './statement-speakers.js';
import type { Token } from './tagger.js';
import { isNotPersonName } from './wordnet.js';
import { writerIsParty } from './writer-party.js';
import type { ArticlePerson, Quote } from './quotes.js';

/**
 * Rule (turns): a paragraph that is only a quotation carries on the last speaker's words, except across a question.
 * A question after someone's statement is the other party's ("“When did you start?”" after the coach spoke is the
 * interviewer's: the one the coach was talking to, else the last other speaker, else no one named); an answer after a
 * question is the one asked, never the asker. The turn's listener is the other party.
 */
export function takeTurn(ctx: Discourse, quote: Quote) {
  const prev = ctx.quotes[ctx.quotes.length - 1];
  if (!prev || prev.paragraph < quote.paragraph - 2) return;
  // Rule (a question put to the listener asks, wherever it stands in the turn): "“What if a truck hits you? Flat,
  // that's what.”" awaits the listener's answer as a turn ending on its question does
  const asks = (q: Quote) =>
    q.kind === 'direct' ? /\?[’”"']?\s*$/.test(q.text) || /\byou\b[^.!?]*\?/i.test(q.text) : /\b(?:asked|inquired|wondered)\b/i.test(q.sentence);
  const isQuestion = asks(quote);
  const key = (q: Quote) => q.person ?? q.descriptive;
  if (isQuestion === asks(prev)) {
    alternate(ctx, quote, prev);
    return;
  }
  const who = key(prev);
  // the one the last speaker spoke to, named where the text says so ("Ames told a sportswriter")
  const listener = prev.addressee ? parseSpeakerPhrase(prev.addressee) : undefined;
  // Rule (a party to an exchange spoke in it): "My old car drank fuel like a whale." read as a report is no turn of
  // talk; the other party is someone quoted in marks, not the speaker of a report the writer summed up
  const partner = [...ctx.quotes]
    .reverse()
    .find((q) => q !== prev && q.kind !== 'indirect' && key(q) && key(q) !== who && q.paragraph >= prev.paragraph - 6);
  const asked = !isQuestion && ctx.questionTo && ctx.questionTo.sentence >= ctx.sentenceNo - 3 ? ctx.questionTo.p : undefined;
  delete quote.person;
  delete quote.descriptive;
  delete quote.role;
  delete quote.speakerAsWritten;
  if (asked) {
    quote.person = asked.name;
    quote.role = asked.roles[0];
    ctx.questionTo = undefined;
  } else if (prev.addressee && /^the writer\b/.test(prev.addressee)) quote.descriptive = prev.addressee;
  else if (listener?.kind === 'name') {
    const p = findPerson(ctx, listener.name);
    quote.person = p?.name ?? listener.name;
    if (p?.roles[0]) quote.role = p.roles[0];
  } else if (prev.addressee && listener?.kind !== 'pronoun') quote.descriptive = prev.addressee;
  else if (partner) copySpeaker(partner, quote);
  else if (isQuestion && writerSpoke(ctx, quote.paragraph)) quote.descriptive = writerName(ctx);
  // (the writer answers a question put to them, or asks one, in a piece told in the first person)
  else if (who && !/^the writer\b/.test(who) && writerIsParty(ctx, quote.paragraph)) quote.descriptive = writerName(ctx);
  if (who && (quote.person || quote.descriptive)) {
    quote.addressee = who;
    ctx.alternated.add(quote);
    // (only a turn that is its whole paragraph: where the paragraph goes on, "“See that kid?” He said", the
    // sentence after may name someone else)
    if (bare(ctx.article.paragraphs[quote.paragraph] ?? '') === bare(quote.text)) inView(ctx, quote);
  }
}

/**
 * Rule (the writer is the other party): "“Forty-two steps,” he said. “My wife used to count them.”" / "“Where is she
 * now?”" in a piece whose writer speaks in it ("I said I was.", "I asked him about the war"): a question after the
 * one party's turn, with no one else quoted to ask it, is the writer's.
 */
function writerSpoke(ctx: Discourse, paragraph: number): boolean {
  return ctx.article.paragraphs
    .slice(0, paragraph)
    .some((t) => /(?:^|[.!?]\s+|,\s+)I\s+(?:said|asked|told|replied|answered|wondered|inquired|explained)\b/.test(t.replace(/[“"][^”"]*[”"]/g, ' ')));
}

/**
 * Rule (speaker after): a paragraph that opens with a quotation alone and goes on "The words came from Abel Ruiz."
 * or "Ruiz grinned." gives its speaker in that next sentence: the one the words came from, or a named subject doing
 * something other than speaking (a reporting verb there, "Ruiz disagreed", is a reply to the quote, not its source).
 */
export function speakerAfter(ctx: Discourse, opened: Quote[], plain: string, tokens: readonly Token[]) {
  let p: ArticlePerson | undefined;
  const from = /^\s*(?:the|that|this|those|these)\s+(?:words?|answers?|repl(?:y|ies)|responses?|retorts?|remarks?|comments?|questions?|voice)\s+(?:came|was|were)\s+(?:from|by)\s+(.+?)[.!?]?\s*$/i.exec(plain);
  if (from) {
    const ref = parseSpeakerPhrase(from[1].replace(/,\s*(?:who|which)\b.*$/, ''));
    if (ref?.kind === 'name' && !isNotPersonName(ref.name)) p = addPerson(ctx, ref.name, ref.role, ref.age);
    else if (ref?.kind === 'descriptive' || ref?.kind === 'definite') {
      for (const q of opened) {
        delete q.person;
        delete q.role;
        q.descriptive = ref.text;
      }
      return;
    }
  } else {
    const last = ctx.subjects[ctx.subjects.length - 1];
    const verb = tokens.find((t) => ['VERB', 'AUX'].includes(t.pos));
    if (last?.sentence === ctx.sentenceNo && last.p && verb && verb.pos === 'VERB' && !isReportingVerb(verb.lemma) && !/^(?:he|she|they)$/i.test(tokens[0]?.lower ?? ''))
      p = last.p;
  }
  if (!p || !ctx.people.includes(p)) return;
  for (const q of opened) {
    q.person = p.name;
    q.role = p.roles[0];
    delete q.descriptive;
  }
}

/**
 * Rule (turn-taking): after two short turns by two people ("“Come in,” said Mrs. Hale." / "“Thank you,” said the
 * boy."), a short quotation alone in its paragraph is the next turn: the first speaker's again, and so on, as
 * dialogue is printed. A long quotation after a long one is the same speaker going on, as news prints a statement.
 */
function alternate(ctx: Discourse, quote: Quote, prev: Quote) {
  const key = (q: Quote) => q.person ?? q.descriptive;
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const short = (p: number) => {
    const said = ctx.quotes.filter((q) => q.paragraph === p && q.kind !== 'indirect');
    const quoted = said.reduce((n, q) => n + words(q.text), 0);
    // a turn is the quotation and its attribution ("said the boy"), no scene set around it
    return said.length > 0 && quoted <= 25 && words(ctx.article.paragraphs[p] ?? '') - quoted <= 8;
  };
  if (!key(prev) || prev.parts || prev.paragraph < quote.paragraph - 1 || words(quote.text) > 25) return;
  const before = [...ctx.quotes].reverse().find((q) => q.paragraph < prev.paragraph && q.kind !== 'indirect');
  if (!before || before.parts || before.paragraph < prev.paragraph - 2 || !key(before) || key(before) === key(prev)) return;
  // Rule (the writer's paragraph breaks the exchange): "“I've heard it ten thousand times,” he says." / "Does she ever
  // tire of it?" / "“Never,” she says." / "“Every child is different.”": a paragraph of the writer's own words
  // between the two turns (no quote marks, not a subhead) means the second spoke to the writer, not to the first, so
  // the next quotation is the second going on, not the first answering
  const between = ctx.article.paragraphs[prev.paragraph - 1] ?? '';
  if (before.paragraph === prev.paragraph - 2 && !/[“”"]/.test(between) && /[.!?]\s*$/.test(between) && !ctx.quotes.some((q) => q.paragraph === prev.paragraph - 1)) return;
  // the two turns before are by the two speakers, each alone in its paragraph
  if (ctx.quotes.some((q) => q.paragraph === prev.paragraph && key(q) !== key(prev))) return;
  if (ctx.quotes.some((q) => q.paragraph === before.paragraph && key(q) !== key(before))) return;
  // ... and each said by whom ("said the boy") or itself a turn taken so: a quotation that went on from an earlier
  // one is a statement running on, not a turn
  // (a quotation running on after its attribution in the same paragraph, "“Nonsense,” she said. “I never ...”", is
  // that attributed turn going on)
  const given = (q: Quote) =>
    !ctx.inherited.has(q) ||
    ctx.alternated.has(q) ||
    ctx.quotes.some((x) => x !== q && x.paragraph === q.paragraph && x.kind !== 'indirect' && !ctx.inherited.has(x) && key(x) === key(q));
  if (!short(prev.paragraph) || !short(before.paragraph) || !given(prev) || !given(before)) return;
  ctx.alternated.add(quote);
  copySpeaker(before, quote);
  quote.addressee = key(prev);
  inView(ctx, quote);
}

/**
 * Rule (a turn keeps its speaker in view): in a dialogue printed as bare turns, the one whose turn it was is who a
 * "he said" a few short lines later means, however many lines back they were last named ("The attendant ..." /
 * "“Long drive?”" / "“Too long,” I said." / "“Slow,” he said."). The writer's own turns are not a he or she.
 */
function bare(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function inView(ctx: Discourse, quote: Quote) {
  const p = quote.person ? ctx.people.find((x) => x.name === quote.person) : undefined;
  if (p) ctx.subjects.push({ p, sentence: ctx.sentenceNo });
  else if (quote.descriptive && !/^the writer\b/.test(quote.descriptive)) ctx.subjects.push({ desc: quote.descriptive, sentence: ctx.sentenceNo });
}

/**
 * “Were you hurt?” a neighbor asked him. / “...?” the judge asked Lee.: the one asked answers next, so the
 * "he replied" that follows is the listener, not the asker (a pronoun listener is the salient other person).
 */
export function noteQuestionTo(ctx: Discourse, quote: Quote, masked: string, k: number) {
  const after = masked.slice(masked.indexOf(`“§${k}”`) + `“§${k}”`.length);
  const m = /^[\s,]*(?:[\p{L}.’'-]+\s+){0,5}?asked\s+(him|her|(?:\p{Lu}[\p{L}.’'-]*\s?){1,3})/u.exec(after);
  if (!m) return;
  const asked = m[1].trim();
  let p: ArticlePerson | undefined;
  if (/^(?:him|her)$/.test(asked)) {
    const asker = quote.person;
    const want = asked === 'her' ? 'f' : 'm';
    const subject = [...ctx.subjects]
      .reverse()
      .find((x) => x.sentence >= ctx.sentenceNo - 3 && x.p && x.p.name !== asker && (!x.p.gender || x.p.gender === want));
    p = subject?.p ?? [...ctx.recent].reverse().find((x) => x.name !== asker && (!x.gender || x.gender === want));
  } else {
    const ref = parseSpeakerPhrase(asked);
    if (ref?.kind === 'name' && !isNotPersonName(ref.name)) p = findPerson(ctx, ref.name) ?? addPerson(ctx, ref.name, ref.role);
  }
  if (p && p.name !== quote.person) ctx.questionTo = { p, sentence: ctx.sentenceNo };
}

/**
 * Rule (dialogue listener): in an exchange printed as turns, one paragraph each, mostly quotation ("“No,” said the
 * official." / "“You're wrong,” said Abel."), each turn is said to the other party: to the speaker of the turn it
 * answers, or, opening the exchange, to the one who answers it. A listener the text names itself is kept.
 */
export function listenersOfTurns(quotes: Quote[], paragraphs: readonly string[]) {
  const who = (q: Quote) => (q.person ?? q.descriptive)?.toLowerCase();
  const turns = new Map<number, { speaker: string; quotes: Quote[] }>();
  const mixed = new Set<number>();
  for (const q of quotes) {
    if (q.kind === 'indirect' || q.parts) continue;
    const w = who(q);
    const t = turns.get(q.paragraph);
    if (!w || (t && t.speaker !== w)) mixed.add(q.paragraph);
    else if (t) t.quotes.push(q);
    else turns.set(q.paragraph, { speaker: w, quotes: [q] });
  }
  for (const [p, t] of [...turns]) {
    const quoted = t.quotes.reduce((n, q) => n + q.text.length, 0);
    const length = paragraphs[p]?.length ?? Infinity;
    const own = (paragraphs[p] ?? '').split(/\s+/).length - t.quotes.reduce((n, q) => n + q.text.split(/\s+/).length, 0);
    // mostly quotation: the outlet's own words are a short attribution ("Asked Abel at one stage of the dig.")
    if (mixed.has(p) || (quoted < 0.5 * length && own > 20)) turns.delete(p);
  }
  // a subhead between two turns ("Ruling from on high") does not break the exchange
  const turnAfter = (p: number) => turns.get(p + 1) ?? (paragraphs[p + 1] && !/[.!?:”"’]\s*$/.test(paragraphs[p + 1]) ? turns.get(p + 2) : undefined);
  // Turns in a row, speakers changing, make a run; a run is an exchange when someone in it asks or speaks to the
  // other ("you", "ye"): two or three people quoted one after another about the same event are not talking together.
  const talks = (t: { quotes: Quote[] }) => t.quotes.some((q) => /\?[’”"']?\s*$/.test(q.text) || /\b(?:you|your|ye)\b/i.test(q.text));
  const order = [...turns.keys()].sort((a, b) => a - b);
  const seen = new Set<number>();
  for (const first of order) {
    if (seen.has(first)) continue;
    const run: number[] = [first];
    for (;;) {
      const last = run[run.length - 1];
      const next = turnAfter(last);
      const at = next ? order.find((k) => turns.get(k) === next) : undefined;
      // the two people of the exchange take turns; a third speaker starts another
      const twoBack = run.length > 1 ? turns.get(run[run.length - 2])!.speaker : undefined;
      if (!next || at === undefined || next.speaker === turns.get(last)!.speaker || (twoBack && next.speaker !== twoBack)) break;
      run.push(at);
    }
    for (const k of run) seen.add(k);
    if (run.length < 2 || !run.some((k) => talks(turns.get(k)!))) continue;
    run.forEach((k, i) => {
      const o = turns.get(run[i === 0 ? 1 : i - 1])!;
      const listener = o.quotes[0].person ?? o.quotes[0].descriptive;
      if (listener) for (const q of turns.get(k)!.quotes) q.addressee ??= listener;
    });
  }
}

/**
 * Rule (the answer to the writer's question): an interview printed as questions and answers, "We meet in a café.
 * She orders tea." / "Did the prize surprise you?" / "“Completely. I still can't believe it.”": a paragraph that is
 * only a quotation, after a paragraph that is the writer's own question (no quote marks, ending in "?"), is the
 * answer of the one the piece interviews: the person its headline names, else the one it has quoted most, not whoever
 * was last in view (an editor quoted in passing is not the one being interviewed).
 */
export function answerToWritersQuestion(ctx: Discourse, quote: Quote, paragraphs: readonly string[]) {
  // (whoever spoke before the question does not carry on across it)
  if (quote.kind !== 'direct') return;
  const asked = paragraphs[quote.paragraph - 1]?.trim() ?? '';
  if (!/\?$/.test(asked) || /[“”"]/.test(asked) || asked.split(/\s+/).length > 30) return;
  const surname = (p: ArticlePerson) => p.name.split(/\s+/).pop() ?? p.name;
  const headlined = ctx.people.filter((p) => new RegExp(`(?<!\\p{L})${surname(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(ctx.article.headline));
  const quoted = (p: ArticlePerson) => ctx.quotes.filter((q) => q.person === p.name).length;
  const most = [...ctx.people].filter((p) => quoted(p) > 0).sort((a, b) => quoted(b) - quoted(a));
  const x = headlined.length === 1 ? headlined[0] : most.length && (most.length === 1 || quoted(most[0]) > quoted(most[1])) ? most[0] : undefined;
  if (!x) return;
  delete quote.descriptive;
  delete quote.speakerAsWritten;
  quote.person = x.name;
  quote.role = x.roles[0];
}

