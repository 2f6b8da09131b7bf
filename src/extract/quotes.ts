import type { CleanArticle } from '../corpus/article.js';
import { addPerson, authorsOf, findPerson, mention, noteGender, personLike, registerIndirectSpeakers } from './article-people.js';
import { isFirstNameWord } from './given-names.js';
import { givenNameSubjects } from './given-name-subjects.js';
import { letterToThePaper, letterYouAsPaper } from './letter-you.js';
import { attribute } from './attribution.js';
import { attributionSentence } from './attribution-sentence.js';
import { isOutletLike, OUTLET_WORD, outletName } from './cues.js';
import { descHead, describedNames, describedSource, personWord, singular } from './described-sources.js';
import { describedPerson } from './described-actors.js';
import { labelLeadIn, leadInSpeaker, namedWritingLeadIn } from './lead-in-writings.js';
import { fullerDescription } from './short-descriptions.js';
import { addresseesInTurn, frameAddressee, frameOf, frameOutlet } from './addressees.js';
import { answerToWritersQuestion, listenersOfTurns, noteQuestionTo, speakerAfter, takeTurn } from './dialogue-turns.js';
import { Discourse } from './discourse.js';
import { findQuotes } from './quote-spans.js';
import { titleCasedName } from './quoted-names.js';
import { ADVOCACY, findSpeechCues, LEAD_IN_END, type SpeechCue } from './reported-speech.js';
import { nonReport } from './non-reports.js';
import { namingFrameSpeaker } from './naming-frames.js';
import { runOnSpeaker, type SentenceSpeakers } from './run-on-words.js';
import { noteSubject } from './sentence-subjects.js';
import { splitSentences } from './sentences.js';
import { parseSpeakerPhrase } from './speaker-phrase.js';
import { isCommunicationVerb, isReportingVerb } from './speech-verbs.js';
import { asNounPhrase } from './noun-phrase.js';
import { speakerFromReport } from './mixed-speakers.js';
import { copySpeaker, earlierSpeaker, listenerName, resolve, resolveCue, writerName } from './statement-speakers.js';
import { isNotPersonName, isPersonNoun } from './wordnet.js';
import { tag, type Token } from './tagger.js';
import { twoWordClause } from './view-frames.js';

export { describedNames } from './described-sources.js';

/**
 * How a statement is given: `direct` wholly quoted words, `indirect` reported speech ("X said the bid was
 * too low"), `mixed` reported speech holding quoted words (said the salary was “modest”).
 */
export type StatementKind = 'direct' | 'indirect' | 'mixed';

/** A statement (quoted or reported) as one outlet printed it, with its speaker resolved within the article. */
export interface Quote {
  id: string;
  kind: StatementKind;
  articleId: string;
  /** Index of the (first) paragraph it stands in. */
  paragraph: number;
  /** The quoted words, verbatim (direct); the reported content (indirect, mixed, with its quoted words). */
  text: string;
  /** The sentence that carries it, verbatim: the citation excerpt. */
  sentence: string;
  /** The speaker as this outlet wrote them ("he", "One Ukrainian commander"). */
  speakerAsWritten?: string;
  /** A named person (full name as the article knows it), or undefined. */
  person?: string;
  /** A speaker the outlet did not name ("One US official"). */
  descriptive?: string;
  /** The speaker's role as given in this article. */
  role?: string;
  /** The original source credited, as written, back-references resolved ("The Post", "Financial Times"). */
  toldTo?: string;
  /** Whom it was said to, as written ("the commissioners"), where the text says. */
  addressee?: string;
  /** Mixed: the reported content holding the quoted words (`text` keeps the quoted words alone). */
  reported?: string;
  /** A quotation running over several paragraphs: its words paragraph by paragraph. */
  parts?: { paragraph: number; text: string }[];
  /** Mixed: the id of the quote whose reported content already holds these quoted words (Rule "one report, one statement"). */
  partOf?: string;
}

/**
 * Whether a quote is someone's statement: a short lower-case fragment in quote marks that no one is credited with
 * ("the potato chip industry", “spirit of Geneva”) is a scare quote or a phrase the outlet borrows; it stays a quote
 * (people ask who said it) but is no statement.
 */
export function isStatement(q: Quote): boolean {
  if (q.partOf) return false;
  if (q.kind !== 'direct' || q.person || q.descriptive) return true;
  const words = q.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return !(/^\p{Ll}/u.test(q.text.trim()) && words.length <= 6 && !/[.!?]$/.test(q.text.trim())) && !titleCasedName(q.text);
}

/** A person an article mentions (a speaker, or someone introduced with a title). */
export interface ArticlePerson {
  name: string;
  roles: string[];
  age?: number;
  /** Other spellings this article used for them (a surname alone, a typo). */
  variants: string[];
  /** Where the text shows it (Mrs., Miss, Mr., "she said"): for resolving he and she. */
  gender?: 'f' | 'm';
}

export interface ArticleQuotes {
  quotes: Quote[];
  people: ArticlePerson[];
}

const TITLED_NAME =
  /\b(?:Gov\.|Sen\.|Rep\.|Gen\.|Col\.|Capt\.|Lt\.|Sgt\.|Judge|Justice|Coach|Mayor|President|Prime Minister|Minister|minister|General|Gen\.|Colonel|Secretary|Chancellor|Mayor|Governor|Sheriff|Senator|Dr\.?|Professor|Chief|chief|Commander|commander|spokesman|spokeswoman|adviser|Captain|Lieutenant)\s+((?:\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu;

/** Finds every direct quote in an article and who said it, resolving "he", ages and surnames within the article. */
export function extractQuotes(article: CleanArticle): ArticleQuotes {
  const ctx = new Discourse(article);
  const toThePaper = letterToThePaper(article);
  let leadIn: { quote: Quote; paragraph: number } | undefined;
  let leadRun = 0;
  let reportLeads = false;
  let writerAsked: { listener: string; sentence: number } | undefined;
  const paragraphOfSentence: number[] = [];
  // A quotation opening its paragraph alone, whose speaker the next sentence may give ("“No.” The answer came from Ames.")
  let opening: { quotes: Quote[]; sentence: number; paragraph: number } | undefined;
  // the statements with a speaker of the sentence just read (run-on-words.ts)
  let lastSpeakers: SentenceSpeakers | undefined;

  for (const lp of findQuotes(article.paragraphs)) {
    const paragraphAt = (offset: number) => lp.first + Math.max(0, lp.starts.filter((x) => x <= offset).length - 1);
    // Mask quotes so sentence splitting and cue search see only the outlet's own words.
    let masked = '';
    let cursor = 0;
    const maskedAt: { masked: number; original: number }[] = [];
    lp.spans.forEach((s, k) => {
      // A quote that ends its sentence ends the outlet's sentence too when a capital follows.
      // ("Said he: “We will see.”) But ...": a closing bracket may stand between
      const ends = /[.!?]$/.test(s.text) && /^\)?\s+[\p{Lu}“"]/u.test(lp.text.slice(s.end));
      masked += lp.text.slice(cursor, s.start);
      maskedAt.push({ masked: masked.length, original: s.start });
      masked += `“§${k}”${ends ? '.' : ''}`;
      cursor = s.end;
      maskedAt.push({ masked: masked.length, original: s.end });
    });
    masked += lp.text.slice(cursor);
    const originalOf = (m: number) => {
      const before = maskedAt.filter((x) => x.masked <= m).pop();
      return before ? before.original + (m - before.masked) : m;
    };
    let searchFrom = 0;
    let unattributed: Quote[] = [];
    // One tagger pass per paragraph (a call per sentence costs several times more); each sentence takes its slice.
    let paragraphTokens: Token[] | undefined;
    const tokensOf = (restored: string, at: number): Token[] => {
      if (lp.text.startsWith(restored.replace(/\.$/, ''), at)) {
        paragraphTokens ??= tag(lp.text);
        const end = at + restored.length;
        return paragraphTokens
          .filter((t) => t.start >= at && t.end <= end)
          .map((t) => ({ ...t, start: t.start - at, end: t.end - at }));
      }
      return tag(restored);
    };
    for (const sentence of splitSentences(masked)) {
      const firstOfSentence = ctx.quotes.length;
      const sentenceAt = masked.indexOf(sentence, searchFrom);
      searchFrom = sentenceAt + sentence.length;
      const paragraph = paragraphAt(originalOf(Math.max(0, sentenceAt)));
      paragraphOfSentence[ctx.sentenceNo] = paragraph;
      // The sentence as printed, with where each quote stands in it.
      const spanAt = new Map<number, { start: number; end: number }>();
      const restored = sentence.replace(/“§(\d+)”/g, (_, k) =>
        lp.text.slice(lp.spans[Number(k)].start, lp.spans[Number(k)].end),
      );
      {
        let out = 0;
        let last = 0;
        for (const m of sentence.matchAll(/“§(\d+)”/g)) {
          const span = lp.spans[Number(m[1])];
          out += m.index - last;
          spanAt.set(Number(m[1]), { start: out, end: out + (span.end - span.start) });
          out += span.end - span.start;
          last = m.index + m[0].length;
        }
      }
      const plain = sentence.replace(/“§\d+”/g, ' ');
      const ks = [...sentence.matchAll(/“§(\d+)”/g)].map((m) => Number(m[1]));
      const tokens = tokensOf(restored, originalOf(Math.max(0, sentenceAt)));
      const ranges = [...spanAt.values()];
      const quoted = (i: number) => {
        const t = tokens[i];
        return t !== undefined && ranges.some((r) => t.start >= r.start && t.start < r.end);
      };
      const cues = findSpeechCues(restored, tokens, quoted);
      if (toThePaper) letterYouAsPaper(cues, tokens);
      // A filter stage (non-reports.ts): cues that only look like reports give no statement and lend no quotation
      // their speaker, but their subject is still someone the sentence speaks of.
      const nonReports = new Set(cues.filter((c) => nonReport(c, cues, tokens, quoted)));
      // Register people named in indirect speech first ("Another soldier, Birdie, said his unit …"), so later "he" and ages find them.
      registerIndirectSpeakers(
        plain,
        (name, role, age) => addPerson(ctx, name, role, age),
        (p) => mention(ctx, p),
      );
      // someone introduced by a description or an age is in view, for a "she" that follows, unless the sentence's
      // own subject (noted next) is someone else: "Among the first borrowers was 9-year-old Ann Roe."
      for (const { name, role } of describedNames(plain)) {
        const p = addPerson(ctx, name, role || undefined);
        mention(ctx, p);
        if (ctx.people.includes(p)) ctx.subjects.push({ p, sentence: ctx.sentenceNo });
      }
      registerNamed(ctx, plain);
      // (a name in quoted words is a person of the article too, but puts no one in view: "“Tackle Jed Roe was
      // everywhere,” Bram said." and later "Roe was modest about it.")
      for (const k of ks) registerNamed(ctx, lp.spans[k].text, false);
      const authors = authorsOf(ctx, plain);
      for (const { p } of authors) mention(ctx, p);
      const sentenceSpeakers: Quote[] = [];
      const subjectsBefore = ctx.subjects.length;
      noteSubject(ctx, tokens, restored, quoted, sentenceSpeakers);
      // (a given name alone as a clause's subject is a person in view: given-name-subjects.ts)
      for (const g of givenNameSubjects(tokens, quoted)) {
        // (a word the article already knows as someone's name, "Maris" for Roger Maris, is the name rules' business)
        if (findPerson(ctx, g.name)) continue;
        const p = addPerson(ctx, g.name);
        if (!ctx.people.includes(p)) continue;
        mention(ctx, p);
        if (ctx.subjects.slice(subjectsBefore).some((x) => x.p === p)) continue;
        // the sentence's own subject outranks a clause's ("Roe was reading when Pam came in": Roe stays nearest)
        if (g.opens || ctx.subjects.length === subjectsBefore) ctx.subjects.push({ p, sentence: ctx.sentenceNo });
        else ctx.subjects.splice(subjectsBefore, 0, { p, sentence: ctx.sentenceNo });
      }
      const ownSubject = ctx.subjects.slice(subjectsBefore).find((x) => x.p);
      // (a piece that is the sentence's subject, "The letter from Senator Hume arrived.", puts its author in view)
      const piece = authors.find((x) => x.opens);
      if (piece && !ctx.subjects.slice(subjectsBefore).some((x) => x.p)) {
        ctx.subjects.splice(subjectsBefore);
        ctx.subjects.push({ p: piece.p, sentence: ctx.sentenceNo });
      }
      const lastSubject = ctx.subjects[ctx.subjects.length - 1];
      if (ctx.mainAfterClause?.sentence === ctx.sentenceNo && lastSubject?.sentence === ctx.sentenceNo) ctx.mainAfterClause.entry = lastSubject;
      if (opening && opening.sentence === ctx.sentenceNo - 1 && opening.paragraph === paragraph && !ks.length)
        speakerAfter(ctx, opening.quotes, plain, tokens);
      opening = undefined;
      let prevInSentence: Quote | undefined;
      const inCue = (r: { start: number; end: number }) =>
        cues.filter((c) => !nonReports.has(c)).find((c) => c.content.some((x) => r.start >= x.start - 1 && r.end <= x.end + 2));
      const reportedDone = new Set<SpeechCue>();
      const reportOf = new Map<SpeechCue, Quote>();
      // (two quotations joined by "and" or "or" in one stretch of a report's content; a quotation the attribution breaks
      // is two statements, and so is one a clause of the writer's own stands between)
      const sameRange = (c: SpeechCue, a: { start: number; end: number } | undefined, b: { start: number; end: number }) =>
        !!a && c.content.some((r) => a.start >= r.start - 1 && a.end <= r.end + 2 && b.start >= r.start - 1 && b.end <= r.end + 2) && /^[\s,]*(?:and|or|but|nor)\s*$/i.test(restored.slice(a.end, b.start));
      for (const k of ks) {
        const span = lp.spans[k];
        const at = spanAt.get(k)!;
        const a = attribute(sentence, k);
        const cue = inCue(at);
        const quote: Quote = {
          id: `${article.id}:q${ctx.quotes.length}`,
          articleId: article.id,
          kind: 'direct',
          paragraph: paragraphAt(span.start),
          text: span.text.replace(/[\s,]+$/, ''),
          sentence: restored,
        };
        // Names of things in quote marks ("Greater London", the “Professional Athlete of the Year”) are no one's words,
        // unless a verb of saying stands right after them (“Thirteen,” said Long Jim).
        // A quotation that is its whole sentence and ends like one ("“No.”", "“Thirteen.”") is a turn of talk.
        // Rule (an answer of names): “From Abel, Ruiz and Lind,” answers the coach.: a quotation that opens its sentence
        // and closes on a comma inside its marks, with an attribution after it, is someone's words however capitalised
        const saidOpening = !!a.ref && /,\s*$/.test(span.text.replace(/[”"’]+$/, '')) && !restored.slice(0, at.start).trim();
        if (titleLike(quote.text) && (!saidRightAfter(tokens, at.end) || inNamePlace(tokens, at.start)) && !(a.quoteOnly && /[.!?]$/.test(quote.text.trim())) && !saidOpening)
          continue;
        const own = cue ? outletWordsOf(restored, cue, ranges) : '';
        if (cue && own) {
          quote.kind = 'mixed';
          if (!reportedDone.has(cue)) {
            quote.reported = contentOf(restored, cue);
            reportedDone.add(cue);
            reportOf.set(cue, quote);
          } else if (sameRange(cue, spanAt.get(ks[ks.indexOf(k) - 1]), at) && reportOf.get(cue)?.reported?.includes(quote.text)) {
            // Rule "one report, one statement": "Her aide said the emails were “taken out of context” and “cherry-picked”"
            // is one statement holding two quoted phrases; the second phrase stays a quote (who said “cherry-picked”?)
            // but is no statement of its own, or the one report would be listed twice
            quote.partOf = reportOf.get(cue)!.id;
          }
        }
        const parts = partsOf(lp, span);
        if (parts.length > 1) quote.parts = parts;
        const lead = leadIn && a.quoteOnly && !a.ref && leadIn.paragraph >= quote.paragraph - 1 ? leadIn : undefined;
        if (lead) {
          copySpeaker(lead.quote, quote);
          if (lead.quote.addressee) quote.addressee = lead.quote.addressee;
        } else resolve(ctx, quote, a, prevInSentence);
        const fromReport = quote.kind === 'mixed' && !!cue && !lead && speakerFromReport(ctx, quote, cue, sentenceSpeakers, ownAttribution(tokens, at, cue.at));
        const agentless = fromReport && cue?.from === 'none';
        if (a.quoteOnly && !a.ref) ctx.inherited.add(quote);
        if (a.quoteOnly && !a.ref) {
          // "Kowalski wanted to make a public statement." and then the statement, in quote marks, alone.
          // Rule (new paragraph, new speaker): where a paragraph opens on someone doing something and then quotes
          // ("Dekker shrugged. “Not this year.”"), the quote is the one just named, not whoever spoke in the paragraph
          // before; a paragraph that already quoted someone keeps to them ("“No,” said Abel. Rain fell. “Never.”").
          const last = ctx.subjects[ctx.subjects.length - 1];
          const freshParagraph =
            paragraphOfSentence[ctx.sentenceNo - 1] === quote.paragraph &&
            !ctx.quotes.some((q) => q.paragraph === quote.paragraph);
          // ... and so does a paragraph that is one sentence of someone doing something ("Lind waved that away." /
          // "“Asch worries about everything.”"): the one it shows is who speaks next
          // Rule (a paragraph about one person): "Rinaldi remembers it differently. Reached by telephone in Boston, he
          // laughed." / "“She scared me to death.”": a paragraph of two or three sentences each with the same named
          // person as its subject, and no one else's, shows who speaks next as a one-sentence paragraph does
          const onePersonParagraph = () => {
            const sentences: number[] = [];
            for (let i = ctx.sentenceNo - 1; i >= 0 && paragraphOfSentence[i] === quote.paragraph - 1; i--) sentences.push(i);
            if (sentences.length < 2 || sentences.length > 3 || paragraphOfSentence[ctx.sentenceNo - 1 - sentences.length] === quote.paragraph - 1) return false;
            const subs = ctx.subjects.filter((x) => sentences.includes(x.sentence));
            return !!last?.p && sentences.every((i) => subs.some((x) => x.sentence === i && x.p === last.p)) && subs.every((x) => x.p === last.p || (!x.p && !personWord(descHead(x.desc ?? '').split(/\s+/).pop() ?? '')));
          };
          const actionParagraph =
            paragraphOfSentence[ctx.sentenceNo - 1] === quote.paragraph - 1 &&
            (paragraphOfSentence[ctx.sentenceNo - 2] !== quote.paragraph - 1 || onePersonParagraph()) &&
            !ctx.quotes.some((q) => q.paragraph === quote.paragraph - 1);
          const bySubject =
            last?.sentence === ctx.sentenceNo - 1 &&
            (!quote.person && !quote.descriptive
              ? // (a described person too, where the paragraph opened on them: "The woman, tired, came in. “Is it so?”")
                last.p || (freshParagraph && describedPerson(last))
              : freshParagraph || ((!!last.p || describedPerson(last)) && actionParagraph));
          if (!bySubject && !lead && !ctx.quotes.some((q) => q.paragraph === quote.paragraph)) {
            takeTurn(ctx, quote);
            if (paragraphOfSentence[ctx.sentenceNo - 1] !== quote.paragraph)
              opening = { quotes: [...openingAt(ctx.sentenceNo), quote], sentence: ctx.sentenceNo, paragraph: quote.paragraph };
          }
          else if (last && bySubject) {
            if (last.p) {
              quote.person = last.p.name;
              quote.role = last.p.roles[0];
              delete quote.descriptive;
            } else if (last.desc && !last.plural) {
              delete quote.person;
              delete quote.role;
              quote.descriptive = fullerDescription(ctx, last.desc, quote.paragraph) ?? last.desc;
            }
          }
        }
        if (a.quoteOnly && !a.ref) answerToWritersQuestion(ctx, quote, article.paragraphs);
        // Rule (the writer's question): "I asked Coach Dobbs about the loss." and then "“Did you expect it?”": a bare
        // question right after the writer says they asked someone is the writer's, put to that person
        if (a.quoteOnly && !a.ref && !quote.person && !quote.descriptive && /\?\s*$/.test(quote.text) && writerAsked && writerAsked.sentence >= ctx.sentenceNo - 2) {
          quote.descriptive = writerName(ctx);
          quote.addressee = writerAsked.listener;
        }
        if (!quote.person && !quote.descriptive && cue && cue.from !== 'none') resolveCue(ctx, quote, cue, sentenceSpeakers);
        if (!quote.person && !quote.descriptive && /:\s*$/.test(restored.slice(0, at.start))) {
          // ("Said the Ledger in an editorial: “...”", "Here is the text of the letter: “...”")
          const own = leadInOfItsOwn(ctx, restored.slice(0, at.start), paragraph);
          if (own) copySpeaker(own, quote);
        }
        if (!quote.person && !quote.descriptive && /:\s*$/.test(restored.slice(0, at.start))) {
          // "Dealer Bob Houtz tilts back in his chair and tells of a pickup in sales: “We've sold four ...”": the
          // quotation a colon opens is the sentence subject's
          const subject = ctx.subjects[ctx.subjects.length - 1];
          if (subject?.sentence === ctx.sentenceNo) {
            if (subject.p) {
              quote.person = subject.p.name;
              quote.role = subject.p.roles[0];
            } else quote.descriptive = subject.desc;
          }
        }
        if (!quote.person && !quote.descriptive && !a.quoteOnly && !agentless) {
          // “From its beginning,” the trustees' statement said Friday, “Emory ...”: the nearest attribution in the sentence
          const near = cues
            .filter((c) => c.speaker && c.from !== 'none')
            .sort((x, y) => Math.abs(x.at - at.end) - Math.abs(y.at - at.end))[0];
          if (near && Math.abs(near.at - at.end) < 60) resolveCue(ctx, quote, near, sentenceSpeakers);
        }
        // Rule (quoted words finished in the outlet's words): "“We feel the county should share,” the jurors said.
        // “Failure to do this will place a burden” on city taxpayers.": a quotation that opens its sentence, a clause in
        // the speaker's own capitalised words, finished by a few words of the outlet's with no verb and no attribution,
        // right after a quotation of the same paragraph, is that speaker's still
        if (!quote.person && !quote.descriptive && !a.ref && !cues.length && k === ks[0] && !restored.slice(0, at.start).trim() && /^\p{Lu}/u.test(quote.text) && ctx.previous?.quote.paragraph === quote.paragraph && ctx.previous.quote.sentence !== restored && (ctx.previous.quote.person || ctx.previous.quote.descriptive)) {
          const own = tokens.filter((t, i) => !quoted(i) && t.pos !== 'PUNCT');
          if (own.length > 0 && own.length <= 8 && !own.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON')) copySpeaker(ctx.previous.quote, quote);
        }
        // Rule (words quoted in a sentence about their speaker): "She has a dancer's body, and holds in contempt the
        // “girls who just move sex.”", "Gloria wistfully remembers the days when “we got the seamen from the ships.”",
        // "Occasionally she buys a loud hat simply because “It's unlike me.”": quoted words that read as someone's
        // (a clause, or a phrase that ends its sentence; not a short scare quote, not a title) with no verb of saying
        // for them, in a sentence whose subject is a person, are that person's: a review or a feature gives its
        // subject's words so, woven into what it says of them. Not words another owns ("the council's “plan”", "by",
        // "of", "from" before the marks), not a passive's subject ("Holmes was rejected “on the basis of his record”"
        // gives the words of those who rejected him), and nothing becomes a statement that was not one.
        if (!quote.person && !quote.descriptive && !a.ref && !a.quoteOnly && !cue && !lead && ownSubject?.p && isStatement(quote) && keep(quote) && !ownedByAnother(tokens, at.start) && !passiveBefore(tokens, at.start)) {
          quote.person = ownSubject.p.name;
          quote.role = ownSubject.p.roles[0];
        }
        // (run-on-words.ts Rule "the words run on from the sentence before")
        if (!quote.person && !quote.descriptive && !a.ref && !a.quoteOnly && !cue && !lead && !cues.some((c) => c.speaker && !nonReports.has(c)) && isStatement(quote) && keep(quote)) {
          const from = runOnSpeaker(ctx, lastSpeakers, quote.paragraph, /:\s*$/.test(restored.slice(0, at.start)), tokens, quoted);
          if (from) copySpeaker(from, quote);
        }
        // (a quotation that opens its paragraph, alone in its sentence: the feature's subject speaking again)
        if (a.quoteOnly && !a.ref && !quote.person && !quote.descriptive && paragraphOfSentence[ctx.sentenceNo - 1] !== quote.paragraph)
          earlierSpeaker(ctx, quote, paragraphOfSentence);
        if (/\?\s*$/.test(quote.text)) noteQuestionTo(ctx, quote, sentence, k);
        // (quoted words inside the writer's own argument, "We considered the “suggestion” an insult", are the writer's
        // to weigh, not the writer's statement: non-reports.ts took the report back, and its "we" gives them no speaker)
        const argued = cues.find((c) => nonReports.has(c) && /^(?:i|we)$/i.test(c.speaker?.trim() ?? '') && c.content.some((x) => at.start >= x.start - 1 && at.end <= x.end + 2));
        if (argued && !lead && /^the writer\b/.test(quote.descriptive ?? '')) {
          delete quote.descriptive;
          delete quote.speakerAsWritten;
        }
        // (naming-frames.ts Rule "what one calls it": the words are the namer's, a statement of their own, and the
        // report they stand in keeps its speaker for its own content)
        const namer = namingFrameSpeaker(restored.slice(0, at.start));
        const namerRef = namer ? parseSpeakerPhrase(namer) : undefined;
        if (namer && namerRef) {
          for (const f of ['person', 'descriptive', 'role', 'speakerAsWritten'] as const) delete quote[f];
          if (quote.kind === 'mixed' && cue && reportOf.get(cue) === quote) {
            reportedDone.delete(cue);
            reportOf.delete(cue);
          }
          quote.kind = 'direct';
          delete quote.reported;
          resolve(ctx, quote, { ref: namerRef, written: namer, quoteOnly: false, sameAsPrevious: false }, undefined);
        }
        // (a short quotation in an agentless report is kept with no speaker: "The talks were described as “routine.”")
        if (keep(quote) || agentless) {
          ctx.quotes.push(quote);
          prevInSentence = quote;
          ctx.previous = { quote, paragraph: paragraphAt(span.end) };
          if (quote.person || quote.descriptive) sentenceSpeakers.push(quote);
          if (cue && !namerRef) reportedDone.add(cue);
        }
      }
      // Reported speech: a cue whose content is not only quotation marks is a statement of its own.
      for (const cue of cues) {
        // "A reporter asked Dekker about the final.": the one asked is who answers next ("“We'll be ready,” he said")
        if (/^ask/i.test(cue.verb) && cue.toldTo && !ks.length) {
          const asked = parseSpeakerPhrase(cue.toldTo);
          // Rule (the one the writer asks answers): "I asked him whether the island could hold." / "“Alone, no,” he
          // said.": a "him" or "her" asked is the one in view who is not the asker, and that one answers next
          const writer = /^(?:i|we)$/i.test(cue.speaker?.trim() ?? '');
          const them = writer && /^(?:him|her)$/i.test(cue.toldTo.trim()) ? listenerName(ctx, cue.toldTo.trim(), undefined) : undefined;
          const p = them ? ctx.people.find((x) => x.name === them) : undefined;
          if (p) {
            ctx.questionTo = { p, sentence: ctx.sentenceNo };
            ctx.writerPartner = p;
            writerAsked = { listener: p.name, sentence: ctx.sentenceNo };
          }
          if (asked?.kind === 'name' && !isNotPersonName(asked.name)) {
            const p = findPerson(ctx, asked.name) ?? addPerson(ctx, asked.name, asked.role);
            if (ctx.people.includes(p)) {
              ctx.questionTo = { p, sentence: ctx.sentenceNo };
              if (/^(?:i|we)$/i.test(cue.speaker?.trim() ?? '')) {
                writerAsked = { listener: p.name, sentence: ctx.sentenceNo };
                ctx.writerPartner = p;
              }
            }
          }
        }
        // Rule (the writer's partner answers the writer): "I said that many doubted it." / "“They will come,” he
        // answered.": in an interview the writer's own words are put to the one the writer last asked, who answers next
        if (!/^ask/i.test(cue.verb) && /^i$/i.test(cue.speaker?.trim() ?? '') && !ks.length && ctx.writerPartner && ctx.mentionedAt.has(ctx.writerPartner))
          ctx.questionTo = { p: ctx.writerPartner, sentence: ctx.sentenceNo };
        if (reportedDone.has(cue)) continue;
        if (!cue.content.length) {
          // "Smith said in a statement:" (a lead-in), or "He asked." (the attribution of the quote before).
          const holder: Quote = {
            id: '',
            articleId: article.id,
            kind: 'direct',
            paragraph,
            text: '',
            sentence: restored,
          };
          resolveCue(ctx, holder, cue, sentenceSpeakers);
          if (holder.person || holder.descriptive) {
            if (LEAD_IN_END.test(restored)) {
              leadIn = { quote: holder, paragraph };
              leadRun = 0;
            } else {
              for (const q of unattributed) copySpeaker(holder, q);
              // "“...?” Asked Abel of an official.": the listener is a person, not "his project" of "at one stage of his project"
              const heard = cue.toldTo?.replace(/[.,;:]+$/, '');
              const head = heard ? descHead(heard).split(/\s+/).pop() ?? '' : '';
              const listener =
                heard && !isOutletLike(heard) && (parseSpeakerPhrase(heard)?.kind === 'name' || isPersonNoun(singular(head)))
                  ? listenerName(ctx, heard, undefined)
                  : undefined;
              if (listener) for (const q of unattributed) q.addressee = listener;
              const asked = cue.toldTo ? parseSpeakerPhrase(cue.toldTo) : undefined;
              if (asked?.kind === 'name' && unattributed.some((q) => /\?\s*$/.test(q.text))) {
                const p = addPerson(ctx, asked.name, asked.role);
                noteGender(p, cue.toldTo!);
                ctx.questionTo = { p, sentence: ctx.sentenceNo };
                for (const q of unattributed) q.addressee = cue.toldTo;
              }
            }
          }
          continue;
        }
        const text = contentOf(restored, cue);
        // (view-frames.ts, Rule "two-word clause"; a thing urged, "urged a recount", is the whole proposal)
        if (text.split(/\s+/).length < 3 && !twoWordClause(text) && !proposedThing(cue, text)) continue;
        const quote: Quote = {
          id: `${article.id}:q${ctx.quotes.length}`,
          articleId: article.id,
          kind: 'indirect',
          paragraph,
          text,
          sentence: restored,
        };
        if (cue.from !== 'none') resolveCue(ctx, quote, cue, sentenceSpeakers);
        if (nonReports.has(cue)) continue;
        // (an outlet told is the statement's original source, "told the Ledger that ...", as it is for a quotation)
        if (cue.toldTo && isOutletLike(cue.toldTo)) quote.toldTo = outletName(cue.toldTo);
        else if (cue.toldTo) quote.addressee = cue.toldTo;
        ctx.quotes.push(quote);
        if (quote.person || quote.descriptive) sentenceSpeakers.push(quote);
        // Rule (a report that leads in): "He told reporters that the figures were sound:" and then a quotation alone:
        // a report ending with a colon opens the words that follow as a bare lead-in does, so they are its speaker's
        if (LEAD_IN_END.test(restored) && !ks.length && (quote.person || quote.descriptive)) {
          leadIn = { quote, paragraph };
          reportLeads = true;
        }
      }
      // (an attribution printed as a sentence of its own: "“...?” Asked the porter.")
      if (!ks.length && unattributed.length && !cues.some((c) => c.speaker)) {
        const said = attributionSentence(restored);
        if (said)
          for (const q of unattributed) {
            for (const f of ['person', 'descriptive', 'role', 'speakerAsWritten'] as const) delete q[f];
            ctx.inherited.delete(q);
            resolve(ctx, q, said, undefined);
          }
      }
      if (!ks.length && !cues.length && LEAD_IN_END.test(restored)) {
        const holder = leadInOfItsOwn(ctx, restored, paragraph) ?? writtenLeadIn(ctx, tokens, restored, paragraph);
        if (holder) {
          leadIn = { quote: holder, paragraph };
          leadRun = 2; // (the words it opens are in quote marks: no account runs on without them)
        }
      }
      // A quotation standing alone after a lead-in ending with a colon takes the lead-in's speaker.
      const lone = ctx.quotes.filter((q) => q.sentence === restored && q.kind === 'direct' && !q.person && !q.descriptive);
      if (leadIn && lone.length && leadIn.paragraph >= paragraph - 1)
        for (const q of lone) copySpeaker(leadIn.quote, q);
      if (leadIn && leadIn.paragraph < paragraph - 1) leadIn = undefined;
      // Rule (a subhead does not close a lead-in): "Abel Ruiz wrote:" / "Rain at dawn" / "“We left at six ...”": a
      // subhead printed between a lead-in and the quotation it opens is a label, so the words are still the lead-in's
      const subhead = article.subheads?.includes(paragraph) || !/[.!?:”"’)]\s*$/.test(article.paragraphs[paragraph] ?? '');
      if (leadIn && subhead && !ks.length && leadIn.paragraph === paragraph - 1) leadIn.paragraph = paragraph;
      unattributed = ctx.quotes.filter(
        (q) => q.sentence === restored && q.kind === 'direct' && ((!q.person && !q.descriptive) || ctx.inherited.has(q)),
      );
      // A lead-in's account may run on without quote marks: "The officers gave this account:" and then the story.
      if (
        leadIn &&
        !subhead &&
        !cues.length &&
        !ks.length &&
        leadIn.paragraph >= paragraph - 1 &&
        leadIn.paragraph < paragraph + 1 &&
        leadRun < 2 &&
        !LEAD_IN_END.test(restored)
      ) {
        const last = ctx.quotes[ctx.quotes.length - 1];
        if (
          last &&
          last.kind === 'indirect' &&
          last.paragraph === paragraph &&
          leadRun > 0 &&
          last.person === leadIn.quote.person &&
          last.descriptive === leadIn.quote.descriptive
        ) {
          last.text = `${last.text} ${restored}`;
          last.sentence = `${last.sentence} ${restored}`;
        } else {
          const q: Quote = {
            id: `${article.id}:q${ctx.quotes.length}`,
            articleId: article.id,
            kind: 'indirect',
            paragraph,
            text: restored.replace(/[\s.]+$/, ''),
            sentence: restored,
          };
          copySpeaker(leadIn.quote, q);
          ctx.quotes.push(q);
          leadRun++;
        }
        leadIn.paragraph = paragraph;
      } else if (cues.some((c) => c.content.length) && !LEAD_IN_END.test(restored))
        leadRun = 2; // a report of its own ends an account run on without quote marks
      else if (cues.length || ks.length) leadRun = reportLeads ? 2 : 0; // (a report's own words were its account)
      reportLeads = false;
      // whom the sentence's statements were said to, where the frame gives it (addressees.ts), while its people are in view
      for (const q of ctx.quotes.slice(firstOfSentence)) {
        const frame = frameOf(q);
        if (!q.toldTo) {
          const outlet = frameOutlet(frame);
          if (outlet) q.toldTo = outlet;
        }
        if (q.addressee || (!q.person && !q.descriptive)) continue;
        const heard = frameAddressee(q, frame);
        const listener = heard && listenerName(ctx, heard, q.person ? parseSpeakerPhrase(q.person) : undefined);
        if (listener && listener !== q.person) q.addressee = listener;
      }
      lastSpeakers = { quotes: [...sentenceSpeakers], sentence: ctx.sentenceNo, paragraph };
      ctx.sentenceNo++;
      for (const m of plain.matchAll(TITLED_NAME)) {
        const ref = parseSpeakerPhrase(m[0].replace(/[’']s$/, ''));
        // the title is the role a later "the president" or "the senator" calls them by
        if (ref?.kind === 'name' && ref.name.includes(' ') && !isNotPersonName(ref.name)) mention(ctx, addPerson(ctx, ref.name, ref.role), ctx.sentenceNo - 1);
      }
      noteOutlets(ctx, plain);
      for (const k of ks) noteOutlets(ctx, lp.spans[k].text);
    }
  }
  listenersOfTurns(ctx.quotes, article.paragraphs);
  addresseesInTurn(ctx.quotes, (q) => ctx.inherited.has(q));
  return { quotes: ctx.quotes, people: ctx.people };

  function openingAt(sentence: number): Quote[] {
    return opening?.sentence === sentence ? opening.quotes : [];
  }
}

/** A lead-in whose speaker follows its verb or is the writing it names: a holder of that speaker, resolved. */
function leadInOfItsOwn(ctx: Discourse, text: string, paragraph: number): Quote | undefined {
  const holder: Quote = { id: '', articleId: ctx.article.id, kind: 'direct', paragraph, text: '', sentence: text };
  const inverted = leadInSpeaker(text);
  if (inverted) {
    resolve(ctx, holder, { ...inverted, quoteOnly: false, sameAsPrevious: false }, undefined);
    return holder.person || holder.descriptive ? holder : undefined;
  }
  const writing = namedWritingLeadIn(text) ?? labelLeadIn(text);
  if (!writing) return undefined;
  holder.descriptive = writing;
  return holder;
}

/**
 * Rule (a lead-in by writing): "She wrote:", "The first article of the charter now reads:", "Her note put it this
 * way:": a sentence of the outlet's own ending with a colon, whose verb is one of writing or wording that reports
 * no content of its own (WordNet files it with communication), opens the quotation after it as a lead-in does: the
 * words are its subject's, the one in view that the subject means ("She" is the mother just described), or the
 * document the subject names.
 */
function writtenLeadIn(ctx: Discourse, tokens: readonly Token[], text: string, paragraph: number): Quote | undefined {
  const v = tokens.findLastIndex((t) => t.pos === 'VERB');
  if (v < 1 || !isCommunicationVerb(tokens[v].lemma) || tokens.slice(v + 1).some((t) => t.pos === 'VERB')) return undefined;
  const holder: Quote = { id: '', articleId: ctx.article.id, kind: 'direct', paragraph, text: '', sentence: text };
  // Rule (quoting from a writing): "I would like to quote from the county charter:", "Let me cite from his memoir:":
  // the one who quotes only passes the words on, so the writing quoted from is their source
  const from = /\b(?:quote|quoting|quoted|cite|citing|cited|read|reading)\s+(?:here\s+)?from\s+(.+?)[\s:]*$/i.exec(text);
  if (from && ['quote', 'cite', 'read'].includes(tokens[v].lemma)) {
    const np = asNounPhrase(from[1]);
    if (np && describedSource(np)) {
      holder.descriptive = np;
      return holder;
    }
  }
  const subject = ctx.subjects[ctx.subjects.length - 1];
  if (subject?.sentence === ctx.sentenceNo && (subject.p || subject.desc)) {
    if (subject.p) {
      holder.person = subject.p.name;
      holder.role = subject.p.roles[0];
    } else holder.descriptive = subject.desc;
    return holder;
  }
  // (a document as the subject: the words before the verb, its adverbs and commas left off, up to an aside set off
  // by commas: "The first article, as amended, now reads:")
  let e = v;
  while (e > 0 && (['ADV', 'AUX', 'PART'].includes(tokens[e - 1].pos) || tokens[e - 1].text === ',')) e--;
  const comma = tokens.findIndex((t, k) => k < e && t.text === ',');
  if (comma > 0) e = comma;
  const phrase = text.slice(0, tokens[e - 1]?.end ?? 0).trim();
  if (!/^(?:the|a|an|its|his|her|their)\s/i.test(phrase) || phrase.split(/\s+/).length > 10 || tokens.slice(0, e).some((t) => t.pos === 'VERB' || t.pos === 'PRON')) return undefined;
  const np = asNounPhrase(phrase);
  if (!np) return undefined;
  holder.descriptive = np;
  return holder;
}

/**
 * Rule (a person named in passing is a person of the article): "A visitor came up to Abel Ruiz and asked the manager
 * ..." and then "Now Ruiz, of course, ...": a given name the name lexicon knows and a surname, in the outlet's own
 * words, name a person wherever they stand in the sentence, so the bare surname later is that person (and a "he"
 * may mean them). Registered only: being named in passing puts no one in view.
 */
function registerNamed(ctx: Discourse, plain: string, inView = true) {
  for (const m of plain.matchAll(/(?<![\p{L}.’'-])(?=(\p{Lu}\p{Ll}+)((?:\s+\p{Lu}\.)*(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})(?![\p{L}’'-]))/gu)) {
    const known = findPerson(ctx, `${m[1]}${m[2]}`.replace(/[’']s$/, ''));
    if (known && inView && ctx.people.includes(known)) ctx.passing.push({ p: known, sentence: ctx.sentenceNo });
  }
  for (const m of plain.matchAll(/(?<![\p{L}.’'-])(?=(\p{Lu}\p{Ll}+)((?:\s+\p{Lu}\.)*(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})(?![\p{L}’'-]))/gu)) {
    const name = `${m[1]}${m[2]}`.replace(/[’']s$/, '');
    // (part of a longer name or a titled one, "Mrs. Henry Roe" being his wife, is read by the name rules; a role
    // word before it, "Tailback Abel Ruiz", is no part of the name; ", of Cedar Falls" is where someone lives)
    const before = plain.slice(0, m.index);
    const prev = /(\S+)\s+$/.exec(before)?.[1] ?? '';
    if (/^\p{Lu}/u.test(prev) && !(/^\p{Lu}\p{Ll}+$/u.test(prev) && isPersonNoun(prev))) continue;
    if (/,\s*of\s+$/.test(before)) continue;
    if (!isFirstNameWord(m[1]) || !personLike(name, name) || isNotPersonName(name) || findPerson(ctx, name)) continue;
    const surname = name.split(/\s+/).pop() ?? '';
    if (isFirstNameWord(surname) && !findPerson(ctx, surname)) continue; // "Grace Kelly"? "Jack Tom": two given names, unsure
    const p = addPerson(ctx, name);
    if (inView && ctx.people.includes(p)) ctx.passing.push({ p, sentence: ctx.sentenceNo });
  }
}

export function noteOutlets(ctx: Discourse, text: string) {
  for (const m of text.matchAll(
    /(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}’'&.-]*(?:\s+(?:of\s+)?[\p{Lu}\p{N}][\p{L}\p{N}’'&.-]*)*/gu,
  )) {
    const name = m[0]
      .replace(/^[Tt]he\s+/, '')
      .replace(/[.,;:]+$/, '')
      .replace(/[’']s$/, '');
    if (OUTLET_WORD.test(name) && !/\b(?:Twitter|Telegram|Facebook|Instagram|YouTube|TikTok)\b/.test(name))
      ctx.outlets.push(name);
  }
}

/** The outlet's own words inside a cue's content, quotes and joining words left out: empty when the content is a quotation only. */
function outletWordsOf(sentence: string, cue: SpeechCue, quotes: readonly { start: number; end: number }[]): string {
  let words = '';
  for (const r of cue.content) {
    let at = r.start;
    for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
      if (q.end <= r.start || q.start >= r.end) continue;
      words += ` ${sentence.slice(at, Math.max(at, q.start))}`;
      at = Math.max(at, q.end);
    }
    words += ` ${sentence.slice(at, r.end)}`;
  }
  return words
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\b(?:that|and|but|is|was)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The reported content as one text: its ranges joined. */
function contentOf(sentence: string, cue: SpeechCue): string {
  return cue.content
    .map((r) => sentence.slice(r.start, r.end).trim())
    .filter(Boolean)
    .join(' ')
    .replace(/[\s,;:–—-]+$/, '');
}

/** A quotation's words paragraph by paragraph, where it runs over several. */
function partsOf(
  lp: { first: number; starts: number[]; text: string },
  span: { start: number; end: number },
): { paragraph: number; text: string }[] {
  const parts: { paragraph: number; text: string }[] = [];
  lp.starts.forEach((s, i) => {
    const e = i + 1 < lp.starts.length ? lp.starts[i + 1] - 1 : lp.text.length;
    const a = Math.max(s, span.start);
    const b = Math.min(e, span.end);
    if (b > a) {
      const text = lp.text.slice(a, b).replace(/^[\s“"„«]+|[\s”"»,]+$/g, '');
      if (text) parts.push({ paragraph: lp.first + i, text });
    }
  });
  return parts;
}

// Scare quotes ("regrouping" with no speaker), titles ("Greater London", "Financial Times") and
// headline-style fragments are not anyone's words.
function keep(q: Quote): boolean {
  const w = q.text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (w.length === 0) return false;
  if (!q.person && !q.descriptive && w.length <= 2) return false;
  return true;
}

/** Title case and short: "Greater London", "Financial Times", "Professional Athlete of the Year". */
function titleLike(text: string): boolean {
  const w = text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  // "Unconscionable!", "Nonsense!": one word exclaimed is an utterance, not the name of a thing
  if (w.length === 1 && /!\s*$/.test(text)) return false;
  if (w.length <= 5 && w.every((t) => /^[\p{Lu}\p{N}]/u.test(t))) return true;
  const content = w.filter((t) => !/^(?:of|the|a|an|and|for|to|in|on|at|by)$/.test(t));
  if (w.length > 10 || content.length < 2 || !content.every((t) => /^[\p{Lu}\p{N}]/u.test(t))) return false;
  // a full stop ends a sentence ("We Won."), but not a title of three words or more ("For Outstanding Contribution to ..., 1960-61.")
  return !/[.!?]$/.test(text.trim()) || content.length >= 3;
}

/**
 * Whether the quote has an attribution of its own beside its marks, other than the report holding it: a verb of
 * saying among the three words before it ("I said, “...”") or the four after it ("“...,” I said").
 */
function ownAttribution(tokens: readonly Token[], at: { start: number; end: number }, reportAt: number): boolean {
  const before = tokens.filter((t) => t.end <= at.start).slice(-3);
  const after = tokens.filter((t) => t.start >= at.end).slice(0, 4);
  // (the report's own verb is no separate attribution: "was described as “routine”")
  return [...before, ...after].some((t) => t.pos === 'VERB' && t.start !== reportAt && isReportingVerb(t.lemma));
}

/** Nouns for a work with a title: a title in quote marks after one of them is its name ("his column “Notes From Town,”"). */
const WORK_NOUN = /^(?:book|novel|play|film|movie|picture|poem|song|ballad|hymn|opera|musical|series|show|program|programme|column|editorial|article|essay|story|tale|pamphlet|booklet|report|study|survey|paper|magazine|journal|painting|album|chapter|sermon|lecture|speech|address|talk|memoir|biography|autobiography|history|volume|work|title|headline|slogan|motto|feature|comedy|drama|tragedy|satire|documentary)s?$/i;
/** Verbs whose object is a title: "who wrote “A Farewell to Farms,”", "a film titled “Rain,”", "starred in". */
const TITLING_VERB = /^(?:write|publish|title|entitle|name|call|dub|read|star|sing|perform|stage|direct|produce|edit|review|issue|release|film|compose|print)$/i;

/**
 * Rule "a title in a name's place": "In “The Coming Storm,” Senator Hale argues that ...", "Mr. Roe, who wrote “A
 * Farewell to Farms,” spoke", "In his column “Notes From Town,” Mr. Roe says": a title-cased quotation that stands
 * where a name stands, after a preposition, a determiner or possessive, a noun for a work, or a verb whose object is
 * a work, is the name of that work even when a verb of saying follows it; the verb is the next clause's, and the
 * one it gives is the work's author at most, not its speaker. (“Thirteen,” said Long Jim: a quotation opening its
 * clause is still an answer.)
 */
function inNamePlace(tokens: readonly Token[], start: number): boolean {
  const before = tokens.filter((t) => t.end <= start && !/^[“"‘]$/.test(t.text));
  const t = before[before.length - 1];
  if (!t) return false;
  if (t.text === ',') {
    // ("a new novel, “Winter Wheat,”", "his column, “Notes,”": a work named in apposition)
    const n = before[before.length - 2];
    return !!n && WORK_NOUN.test(n.text);
  }
  if (t.pos === 'ADP' || t.pos === 'DET' || /^(?:his|her|its|their|my|our|your)$/i.test(t.text)) return !/^(?:that|than|as)$/i.test(t.text);
  if (WORK_NOUN.test(t.text)) return true;
  return t.pos === 'VERB' && TITLING_VERB.test(t.lemma);
}

/** Whether a passive verb ("was rejected", "is being asked") stands before a quotation: its subject is not who acts. */
function passiveBefore(tokens: readonly Token[], start: number): boolean {
  const before = tokens.filter((t) => t.end <= start);
  return before.some((t, i) => /^(?:is|was|are|were|be|been|being)$/i.test(t.text) && before.slice(i + 1, i + 3).some((x) => x.pos === 'VERB' && /(?:ed|en|wn|ght|ld|id|ung|ut)$/.test(x.lower)));
}

/** Whether the word before a quotation gives its words an owner of their own: a possessive, "by", "of", "from". */
function ownedByAnother(tokens: readonly Token[], start: number): boolean {
  const before = tokens.filter((t) => t.end <= start && !/^[“"‘]$/.test(t.text));
  const t = before[before.length - 1];
  return !!t && (/^['’]s?$/.test(t.text) || /[’']s$/.test(t.text) || /^(?:by|of|from|in|to|called|named|titled|entitled|dubbed)$/i.test(t.text));
}

/** A verb of saying within the few words after a quote: “No,” said the official / “No,” the official said. */
function saidRightAfter(tokens: readonly Token[], end: number): boolean {
  const after = tokens.filter((t) => t.start >= end).slice(0, 4);
  return after.some((t) => t.pos === 'VERB' && isReportingVerb(t.lemma));
}

/** Whether short content is a thing urged or demanded, a noun phrase alone ("urged a recount"), not a fragment ("plans includes"). */
function proposedThing(cue: SpeechCue, text: string): boolean {
  if (!ADVOCACY.has(tag(cue.verb)[0]?.lemma ?? '')) return false;
  const words = tag(text).filter((t) => t.pos !== 'PUNCT');
  return words.length >= 2 && words[0].pos === 'DET' && words.at(-1)!.pos === 'NOUN' && !words.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
