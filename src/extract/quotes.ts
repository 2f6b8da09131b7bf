import type { CleanArticle } from '../corpus/article.js';
import { attribute, type Attribution } from './attribution.js';
import { isOutletLike, OUTLET_BACKREF, OUTLET_WORD, SPEECH_VERB, stripLeadingClauses } from './cues.js';
import { editDistance, nameKey } from './names.js';
import { findQuotes } from './quote-spans.js';
import { asNounPhrase } from './noun-phrase.js';
import { titleCasedName } from './quoted-names.js';
import { findSpeechCues, LEAD_IN_END, SOURCE_NOUN, type SpeechCue } from './reported-speech.js';
import { splitSentences } from './sentences.js';
import { parseSpeakerPhrase, type SpeakerRef } from './speaker-phrase.js';
import { isReportingVerb } from './speech-verbs.js';
import { isGivenName, isNotPersonName, isPersonNoun, isThingNoun } from './wordnet.js';
import { givenNameSex, isFirstNameWord } from './given-names.js';
import { tag, type Token } from './tagger.js';

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
}

/**
 * Whether a quote is someone's statement: a short lower-case fragment in quote marks that no one is credited with
 * ("the potato chip industry", “spirit of Geneva”) is a scare quote or a phrase the outlet borrows; it stays a quote
 * (people ask who said it) but is no statement.
 */
export function isStatement(q: Quote): boolean {
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
  const people: ArticlePerson[] = [];
  const recent: ArticlePerson[] = [];
  const outlets: string[] = [];
  const quotes: Quote[] = [];
  let previous: { quote: Quote; paragraph: number } | undefined;

  const mentionedAt = new Map<ArticlePerson, number>();
  const mention = (p: ArticlePerson, sentence = sentenceNo) => {
    recent.push(p);
    mentionedAt.set(p, sentence);
  };
  /**
   * The person an article already knows by this name. `title` is how this mention is titled or described ("Mrs.",
   * "her stepson"): a woman the text calls "Mrs." and a man it calls "Mr." or "her son" are two people however
   * their surnames agree, so family members who share a surname stay apart.
   */
  const findPerson = (name: string, title?: string): ArticlePerson | undefined => {
    const key = nameKey(name);
    const want = title ? genderOfWords(title) : undefined;
    const courtesy = title !== undefined && /\b(?:Mrs|Miss|Ms|Mme)\b/.test(title);
    // a bare surname untitled is not the woman the text calls "Mrs." (her husband, her stepson); a gendered
    // title or family word never joins someone known to be the other sex
    // "Mrs." is the mother, "Miss" the daughter: two women with one surname
    const married = title ? marriedTitle(title) : undefined;
    const conflicts = (p: ArticlePerson) =>
      (want !== undefined && p.gender !== undefined && p.gender !== want) ||
      (married !== undefined && p.roles.some((r) => marriedTitle(r) === (married === 'mrs' ? 'miss' : 'mrs')));
    const fits = (p: ArticlePerson) =>
      (!want || !p.gender || p.gender === want) &&
      (courtesy || !courtesyWoman(p) || (parts.length > 1 && !want)) &&
      // ... nor is "Mrs. Anna Roe" the "Roe" the text names bare, untitled (her brother-in-law)
      (!courtesy || courtesyWoman(p) || p.name.includes(' ')) &&
      (!married || p.roles.every((r) => marriedTitle(r) !== (married === 'mrs' ? 'miss' : 'mrs')));
    const parts = key.split(' ');
    const surname = parts[parts.length - 1];
    // "Joseph E. Harvey Jr." is Harvey: a generational suffix is no surname
    const lastOf = (full: string) =>
      full
        .replace(/\s+(?:jr|sr|ii|iii|iv)$/, '')
        .split(' ')
        .pop();
    return (
      people.find((p) => (nameKey(p.name) === key || p.variants.some((v) => nameKey(v) === key)) && (parts.length > 1 ? !conflicts(p) : fits(p))) ??
      // A bare surname is not the woman the text calls "Mrs." or "Miss" on every mention ("Kowalski said" beside Mrs. Eleanor Kowalski).
      (parts.length === 1 ? people.find((p) => lastOf(nameKey(p.name)) === surname && fits(p)) : undefined) ??
      // "Joe" after "Joe Dekker": a given name alone is the one person of the article who has it first (two Joes, or
      // a Joe who is also someone's surname, are left unresolved rather than guessed)
      (parts.length === 1 ? byGivenName(surname) : undefined) ??
      people.find((p) => {
        const full = nameKey(p.name).split(' ');
        // "Kuzyk" written "Kuzan": a surname-only mention close to someone the article already named.
        return (
          parts.length === 1 &&
          fits(p) &&
          surname.length >= 4 &&
          full.length > 1 &&
          full[full.length - 1].slice(0, 3) === surname.slice(0, 3) &&
          editDistance(full[full.length - 1], surname, 2) <= 2
        );
      }) ??
      // "Olena Matvienko" after a bare "Matvienko": upgrade the bare one.
      (parts.length > 1 ? people.find((p) => !p.name.includes(' ') && nameKey(p.name) === surname && fits(p)) : undefined) ??
      // "Claude Ardois" after "Her husband, Claude": a feature gives a first name, then the full one (the one person
      // known by that first name alone, not of the other sex)
      (parts.length > 1 ? byBareGiven(parts[0], want) : undefined)
    );
  };
  const byBareGiven = (given: string, want: 'f' | 'm' | undefined): ArticlePerson | undefined => {
    const bare = people.filter((p) => !p.name.includes(' ') && nameKey(p.name) === given && p.roles.length > 0);
    return bare.length === 1 && (!want || !bare[0].gender || bare[0].gender === want) ? bare[0] : undefined;
  };
  const byGivenName = (given: string): ArticlePerson | undefined => {
    if (!isGivenName(given.charAt(0).toUpperCase() + given.slice(1))) return undefined;
    const firsts = people.filter((p) => {
      const full = nameKey(p.name).split(' ');
      return full.length > 1 && full[0] === given;
    });
    return firsts.length === 1 ? firsts[0] : undefined;
  };
  const addPerson = (given: string, role?: string, age?: number, spoke = false): ArticlePerson => {
    // a place, a time or a sentence adverb is never a person, whichever path it came by: keep it off the list
    if (isNotPersonName(given, spoke)) return { name: given, roles: [], variants: [] };
    // Rule (a wife by her husband's name): "Mrs. Harold Pell" is Harold Pell's wife, never Harold Pell, so her name
    // keeps its "Mrs." wherever the given name is a man's
    const name =
      role && /\bMrs\b/.test(role) && given.includes(' ') && givenNameSex(given.split(/\s+/)[0]) === 'm' ? `Mrs. ${given}` : given;
    let p = findPerson(name, role);
    if (!p) {
      p = { name, roles: [], variants: [] };
      if (role) noteGender(p, role);
      people.push(p);
    } else if (name !== p.name) {
      if (
        name.split(' ').length > p.name.split(' ').length &&
        (nameKey(name).endsWith(nameKey(p.name)) || (!p.name.includes(' ') && nameKey(name).startsWith(`${nameKey(p.name)} `)))
      ) {
        p.variants.push(p.name);
        p.name = name;
      } else if (!p.variants.includes(name)) p.variants.push(name);
    }
    if (role && !p.roles.some((r) => nameKey(r) === nameKey(role))) {
      // a fuller role takes the place of the bare title it holds ("Ukrainian President" for "President")
      const bare = p.roles.findIndex((r) => ` ${nameKey(role)} `.includes(` ${nameKey(r)} `));
      if (bare >= 0) p.roles[bare] = role;
      else p.roles.push(role);
    }
    if (age !== undefined) p.age ??= age;
    return p;
  };

  // Salience for he/she/it/they: the people and institutions that were subjects or speakers, latest last.
  const subjects: { p?: ArticlePerson; desc?: string; plural?: boolean; sentence: number }[] = [];
  let sentenceNo = 0;
  let leadIn: { quote: Quote; paragraph: number } | undefined;
  let leadRun = 0;
  let reportLeads = false;
  let writerAsked: { listener: string; sentence: number } | undefined;
  let questionTo: { p: ArticlePerson; sentence: number } | undefined;
  const inherited = new Set<Quote>();
  const paragraphOfSentence: number[] = [];
  // The main clause's subject after a leading subordinate clause, and where it stands in its sentence.
  let mainAfterClause: { sentence: number; at: number; entry?: { p?: ArticlePerson; desc?: string; plural?: boolean; sentence: number } } | undefined;
  // Quotations given their speaker by turn-taking in a dialogue.
  const alternated = new Set<Quote>();
  // A quotation opening its paragraph alone, whose speaker the next sentence may give ("“No.” The answer came from Ames.")
  let opening: { quotes: Quote[]; sentence: number; paragraph: number } | undefined;
  const genderOf = (p: ArticlePerson) => p.gender;

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
      const sentenceAt = masked.indexOf(sentence, searchFrom);
      searchFrom = sentenceAt + sentence.length;
      const paragraph = paragraphAt(originalOf(Math.max(0, sentenceAt)));
      paragraphOfSentence[sentenceNo] = paragraph;
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
      // Register people named in indirect speech first ("Another soldier, Birdie, said his unit …"), so later "he" and ages find them.
      registerIndirectSpeakers(plain, addPerson, mention);
      // someone introduced by a description or an age is in view, for a "she" that follows, unless the sentence's
      // own subject (noted next) is someone else: "Among the first borrowers was 9-year-old Ann Roe."
      for (const { name, role } of describedNames(plain)) {
        const p = addPerson(name, role || undefined);
        mention(p);
        if (people.includes(p)) subjects.push({ p, sentence: sentenceNo });
      }
      const sentenceSpeakers: Quote[] = [];
      noteSubject(tokens, restored, quoted, sentenceSpeakers);
      const lastSubject = subjects[subjects.length - 1];
      if (mainAfterClause?.sentence === sentenceNo && lastSubject?.sentence === sentenceNo) mainAfterClause.entry = lastSubject;
      if (opening && opening.sentence === sentenceNo - 1 && opening.paragraph === paragraph && !ks.length)
        speakerAfter(opening.quotes, plain, tokens);
      opening = undefined;
      let prevInSentence: Quote | undefined;
      const inCue = (r: { start: number; end: number }) =>
        cues.find((c) => c.content.some((x) => r.start >= x.start - 1 && r.end <= x.end + 2));
      const reportedDone = new Set<SpeechCue>();
      for (const k of ks) {
        const span = lp.spans[k];
        const at = spanAt.get(k)!;
        const a = attribute(sentence, k);
        const cue = inCue(at);
        const quote: Quote = {
          id: `${article.id}:q${quotes.length}`,
          articleId: article.id,
          kind: 'direct',
          paragraph: paragraphAt(span.start),
          text: span.text.replace(/[\s,]+$/, ''),
          sentence: restored,
        };
        // Names of things in quote marks ("Greater London", the “Professional Athlete of the Year”) are no one's words,
        // unless a verb of saying stands right after them (“Thirteen,” said Long Jim).
        // A quotation that is its whole sentence and ends like one ("“No.”", "“Thirteen.”") is a turn of talk.
        if (titleLike(quote.text) && !saidRightAfter(tokens, at.end) && !(a.quoteOnly && /[.!?]$/.test(quote.text.trim())))
          continue;
        const own = cue ? outletWordsOf(restored, cue, ranges) : '';
        if (cue && own) {
          quote.kind = 'mixed';
          if (!reportedDone.has(cue)) {
            quote.reported = contentOf(restored, cue);
            reportedDone.add(cue);
          }
        }
        const parts = partsOf(lp, span);
        if (parts.length > 1) quote.parts = parts;
        const lead = leadIn && a.quoteOnly && !a.ref && leadIn.paragraph >= quote.paragraph - 1 ? leadIn : undefined;
        if (lead) copySpeaker(lead.quote, quote);
        else resolve(quote, a, prevInSentence);
        if (a.quoteOnly && !a.ref) inherited.add(quote);
        if (a.quoteOnly && !a.ref) {
          // "Kowalski wanted to make a public statement." and then the statement, in quote marks, alone.
          // Rule (new paragraph, new speaker): where a paragraph opens on someone doing something and then quotes
          // ("Dekker shrugged. “Not this year.”"), the quote is the one just named, not whoever spoke in the paragraph
          // before; a paragraph that already quoted someone keeps to them ("“No,” said Abel. Rain fell. “Never.”").
          const last = subjects[subjects.length - 1];
          const freshParagraph =
            paragraphOfSentence[sentenceNo - 1] === quote.paragraph &&
            !quotes.some((q) => q.paragraph === quote.paragraph);
          // ... and so does a paragraph that is one sentence of someone doing something ("Lind waved that away." /
          // "“Asch worries about everything.”"): the one it shows is who speaks next
          const actionParagraph =
            paragraphOfSentence[sentenceNo - 1] === quote.paragraph - 1 &&
            paragraphOfSentence[sentenceNo - 2] !== quote.paragraph - 1 &&
            !quotes.some((q) => q.paragraph === quote.paragraph - 1);
          const bySubject =
            last?.sentence === sentenceNo - 1 && (!quote.person && !quote.descriptive ? last.p : freshParagraph || (!!last.p && actionParagraph));
          if (!bySubject && !lead && !quotes.some((q) => q.paragraph === quote.paragraph)) {
            takeTurn(quote);
            if (paragraphOfSentence[sentenceNo - 1] !== quote.paragraph)
              opening = { quotes: [...openingAt(sentenceNo), quote], sentence: sentenceNo, paragraph: quote.paragraph };
          }
          else if (last && bySubject) {
            if (last.p) {
              quote.person = last.p.name;
              quote.role = last.p.roles[0];
              delete quote.descriptive;
            } else if (last.desc && !last.plural) {
              delete quote.person;
              delete quote.role;
              quote.descriptive = last.desc;
            }
          }
        }
        // Rule (the writer's question): "I asked Coach Dobbs about the loss." and then "“Did you expect it?”": a bare
        // question right after the writer says they asked someone is the writer's, put to that person
        if (a.quoteOnly && !a.ref && !quote.person && !quote.descriptive && /\?\s*$/.test(quote.text) && writerAsked && writerAsked.sentence >= sentenceNo - 2) {
          quote.descriptive = writerName();
          quote.addressee = writerAsked.listener;
        }
        if (!quote.person && !quote.descriptive && cue && cue.from !== 'none') resolveCue(quote, cue, sentenceSpeakers);
        if (!quote.person && !quote.descriptive && /:\s*$/.test(restored.slice(0, at.start))) {
          // "Dealer Bob Houtz tilts back in his chair and tells of a pickup in sales: “We've sold four ...”": the
          // quotation a colon opens is the sentence subject's
          const subject = subjects[subjects.length - 1];
          if (subject?.sentence === sentenceNo) {
            if (subject.p) {
              quote.person = subject.p.name;
              quote.role = subject.p.roles[0];
            } else quote.descriptive = subject.desc;
          }
        }
        if (!quote.person && !quote.descriptive && !a.quoteOnly) {
          // “From its beginning,” the trustees' statement said Friday, “Emory ...”: the nearest attribution in the sentence
          const near = cues
            .filter((c) => c.speaker && c.from !== 'none')
            .sort((x, y) => Math.abs(x.at - at.end) - Math.abs(y.at - at.end))[0];
          if (near && Math.abs(near.at - at.end) < 60) resolveCue(quote, near, sentenceSpeakers);
        }
        if (/\?\s*$/.test(quote.text)) noteQuestionTo(quote, sentence, k);
        if (keep(quote)) {
          quotes.push(quote);
          prevInSentence = quote;
          previous = { quote, paragraph: paragraphAt(span.end) };
          if (quote.person || quote.descriptive) sentenceSpeakers.push(quote);
          if (cue) reportedDone.add(cue);
        }
      }
      // Reported speech: a cue whose content is not only quotation marks is a statement of its own.
      for (const cue of cues) {
        // "A reporter asked Dekker about the final.": the one asked is who answers next ("“We'll be ready,” he said")
        if (/^ask/i.test(cue.verb) && cue.toldTo && !ks.length) {
          const asked = parseSpeakerPhrase(cue.toldTo);
          if (asked?.kind === 'name' && !isNotPersonName(asked.name)) {
            const p = findPerson(asked.name) ?? addPerson(asked.name, asked.role);
            if (people.includes(p)) {
              questionTo = { p, sentence: sentenceNo };
              if (/^(?:i|we)$/i.test(cue.speaker?.trim() ?? '')) writerAsked = { listener: p.name, sentence: sentenceNo };
            }
          }
        }
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
          resolveCue(holder, cue, sentenceSpeakers);
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
                  ? listenerName(heard, undefined)
                  : undefined;
              if (listener) for (const q of unattributed) q.addressee = listener;
              const asked = cue.toldTo ? parseSpeakerPhrase(cue.toldTo) : undefined;
              if (asked?.kind === 'name' && unattributed.some((q) => /\?\s*$/.test(q.text))) {
                const p = addPerson(asked.name, asked.role);
                noteGender(p, cue.toldTo!);
                questionTo = { p, sentence: sentenceNo };
                for (const q of unattributed) q.addressee = cue.toldTo;
              }
            }
          }
          continue;
        }
        const text = contentOf(restored, cue);
        if (text.split(/\s+/).length < 3) continue;
        const quote: Quote = {
          id: `${article.id}:q${quotes.length}`,
          articleId: article.id,
          kind: 'indirect',
          paragraph,
          text,
          sentence: restored,
        };
        if (cue.from !== 'none') resolveCue(quote, cue, sentenceSpeakers);
        if (cue.toldTo) quote.addressee = cue.toldTo;
        quotes.push(quote);
        if (quote.person || quote.descriptive) sentenceSpeakers.push(quote);
        // Rule (a report that leads in): "He told reporters that the figures were sound:" and then a quotation alone:
        // a report ending with a colon opens the words that follow as a bare lead-in does, so they are its speaker's
        if (LEAD_IN_END.test(restored) && !ks.length && (quote.person || quote.descriptive)) {
          leadIn = { quote, paragraph };
          reportLeads = true;
        }
      }
      // A quotation standing alone after a lead-in ending with a colon takes the lead-in's speaker.
      const lone = quotes.filter((q) => q.sentence === restored && q.kind === 'direct' && !q.person && !q.descriptive);
      if (leadIn && lone.length && leadIn.paragraph >= paragraph - 1)
        for (const q of lone) copySpeaker(leadIn.quote, q);
      if (leadIn && leadIn.paragraph < paragraph - 1) leadIn = undefined;
      unattributed = quotes.filter(
        (q) => q.sentence === restored && q.kind === 'direct' && ((!q.person && !q.descriptive) || inherited.has(q)),
      );
      // A lead-in's account may run on without quote marks: "The officers gave this account:" and then the story.
      if (
        leadIn &&
        !cues.length &&
        !ks.length &&
        leadIn.paragraph >= paragraph - 1 &&
        leadIn.paragraph < paragraph + 1 &&
        leadRun < 2 &&
        !LEAD_IN_END.test(restored)
      ) {
        const last = quotes[quotes.length - 1];
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
            id: `${article.id}:q${quotes.length}`,
            articleId: article.id,
            kind: 'indirect',
            paragraph,
            text: restored.replace(/[\s.]+$/, ''),
            sentence: restored,
          };
          copySpeaker(leadIn.quote, q);
          quotes.push(q);
          leadRun++;
        }
        leadIn.paragraph = paragraph;
      } else if (cues.some((c) => c.content.length) && !LEAD_IN_END.test(restored))
        leadRun = 2; // a report of its own ends an account run on without quote marks
      else if (cues.length || ks.length) leadRun = reportLeads ? 2 : 0; // (a report's own words were its account)
      reportLeads = false;
      sentenceNo++;
      for (const m of plain.matchAll(TITLED_NAME)) {
        const ref = parseSpeakerPhrase(m[0].replace(/[’']s$/, ''));
        // the title is the role a later "the president" or "the senator" calls them by
        if (ref?.kind === 'name' && ref.name.includes(' ') && !isNotPersonName(ref.name)) mention(addPerson(ref.name, ref.role), sentenceNo - 1);
      }
      noteOutlets(plain);
      for (const k of ks) noteOutlets(lp.spans[k].text);
    }
  }
  listenersOfTurns(quotes, article.paragraphs);
  return { quotes, people };

  /** The writer of the piece, by the byline where the front matter gives one: whose "I said" it is. */
  function writerName(): string {
    return article.byline ? `the writer, ${article.byline.replace(/^by\s+/i, '')}` : 'the writer';
  }

  /** Gives a statement the speaker its cue names: a name, a pronoun resolved by salience, or a description. */
  function resolveCue(quote: Quote, cue: SpeechCue, sameSentence: readonly Quote[]) {
    if (cue.from === 'shared' || !cue.speaker) {
      const from = sameSentence[sameSentence.length - 1];
      const subject = subjects[subjects.length - 1];
      if (from) copySpeaker(from, quote);
      else if (subject && subject.sentence === sentenceNo) {
        if (subject.p) {
          quote.person = subject.p.name;
          quote.role = subject.p.roles[0];
        } else quote.descriptive = subject.desc;
      } else if (previous && previous.paragraph >= quote.paragraph - 1) copySpeaker(previous.quote, quote);
      return;
    }
    // "That was all the governor would say.": the speaker is the governor
    const written = cue.speaker
      .replace(/^(?:and|but)\s+/i, '')
      .replace(/^(?:that|this)\s+(?:was|is)\s+/i, '')
      .replace(/^all\s+(?=the\s|\p{Lu})/u, '')
      .trim();
    // "It urged ...", "They said ...": a body or a group speaks through a pronoun too
    // ("Although both concede ...": "both" is a "they" for the pair named before)
    const it = /^(?:it|they|both)$/i.test(written)
      ? ({ kind: 'pronoun', pronoun: written.toLowerCase() === 'both' ? 'they' : written.toLowerCase() } as const)
      : undefined;
    const ref = it ?? parseSpeakerPhrase(written) ?? describedSource(written);
    if (!ref) return;
    resolve(quote, { ref, written, quoteOnly: false, sameAsPrevious: false }, undefined);
    if (quote.person) {
      const p = people.find((x) => x.name === quote.person) ?? findPerson(quote.person);
      if (p) subjects.push({ p, sentence: sentenceNo });
    } else if (quote.descriptive) subjects.push({ desc: quote.descriptive, sentence: sentenceNo });
    // a report inside a leading "when ..." clause does not outrank the main clause's subject for the next "he"
    if (mainAfterClause?.entry && mainAfterClause.sentence === sentenceNo && cue.at < mainAfterClause.at) subjects.push(mainAfterClause.entry);
  }

  /**
   * Rule (turns): a paragraph that is only a quotation carries on the last speaker's words, except across a question.
   * A question after someone's statement is the other party's ("“When did you start?”" after the coach spoke is the
   * interviewer's: the one the coach was talking to, else the last other speaker, else no one named); an answer after a
   * question is the one asked, never the asker. The turn's listener is the other party.
   */
  function takeTurn(quote: Quote) {
    const prev = quotes[quotes.length - 1];
    if (!prev || prev.paragraph < quote.paragraph - 2) return;
    const asks = (q: Quote) => (q.kind === 'direct' ? /\?[’”"']?\s*$/.test(q.text) : /\b(?:asked|inquired|wondered)\b/i.test(q.sentence));
    const isQuestion = asks(quote);
    const key = (q: Quote) => q.person ?? q.descriptive;
    if (isQuestion === asks(prev)) {
      alternate(quote, prev);
      return;
    }
    const who = key(prev);
    // the one the last speaker spoke to, named where the text says so ("Ames told a sportswriter")
    const listener = prev.addressee ? parseSpeakerPhrase(prev.addressee) : undefined;
    const partner = [...quotes]
      .reverse()
      .find((q) => q !== prev && key(q) && key(q) !== who && q.paragraph >= prev.paragraph - 6);
    const asked = !isQuestion && questionTo && questionTo.sentence >= sentenceNo - 3 ? questionTo.p : undefined;
    delete quote.person;
    delete quote.descriptive;
    delete quote.role;
    delete quote.speakerAsWritten;
    if (asked) {
      quote.person = asked.name;
      quote.role = asked.roles[0];
      questionTo = undefined;
    } else if (listener?.kind === 'name') {
      const p = findPerson(listener.name);
      quote.person = p?.name ?? listener.name;
      if (p?.roles[0]) quote.role = p.roles[0];
    } else if (prev.addressee && listener?.kind !== 'pronoun') quote.descriptive = prev.addressee;
    else if (partner) copySpeaker(partner, quote);
    if (who && (quote.person || quote.descriptive)) {
      quote.addressee = who;
      alternated.add(quote);
      // (only a turn that is its whole paragraph: where the paragraph goes on, "“See that kid?” He said", the
      // sentence after may name someone else)
      if (bare(article.paragraphs[quote.paragraph] ?? '') === bare(quote.text)) inView(quote);
    }
  }

  function openingAt(sentence: number): Quote[] {
    return opening?.sentence === sentence ? opening.quotes : [];
  }

  /**
   * Rule (speaker after): a paragraph that opens with a quotation alone and goes on "The words came from Abel Ruiz."
   * or "Ruiz grinned." gives its speaker in that next sentence: the one the words came from, or a named subject doing
   * something other than speaking (a reporting verb there, "Ruiz disagreed", is a reply to the quote, not its source).
   */
  function speakerAfter(opened: Quote[], plain: string, tokens: readonly Token[]) {
    let p: ArticlePerson | undefined;
    const from = /^\s*(?:the|that|this|those|these)\s+(?:words?|answers?|repl(?:y|ies)|responses?|retorts?|remarks?|comments?|questions?|voice)\s+(?:came|was|were)\s+(?:from|by)\s+(.+?)[.!?]?\s*$/i.exec(plain);
    if (from) {
      const ref = parseSpeakerPhrase(from[1].replace(/,\s*(?:who|which)\b.*$/, ''));
      if (ref?.kind === 'name' && !isNotPersonName(ref.name)) p = addPerson(ref.name, ref.role, ref.age);
      else if (ref?.kind === 'descriptive' || ref?.kind === 'definite') {
        for (const q of opened) {
          delete q.person;
          delete q.role;
          q.descriptive = ref.text;
        }
        return;
      }
    } else {
      const last = subjects[subjects.length - 1];
      const verb = tokens.find((t) => ['VERB', 'AUX'].includes(t.pos));
      if (last?.sentence === sentenceNo && last.p && verb && verb.pos === 'VERB' && !isReportingVerb(verb.lemma) && !/^(?:he|she|they)$/i.test(tokens[0]?.lower ?? ''))
        p = last.p;
    }
    if (!p || !people.includes(p)) return;
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
  function alternate(quote: Quote, prev: Quote) {
    const key = (q: Quote) => q.person ?? q.descriptive;
    const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
    const short = (p: number) => {
      const said = quotes.filter((q) => q.paragraph === p && q.kind !== 'indirect');
      const quoted = said.reduce((n, q) => n + words(q.text), 0);
      // a turn is the quotation and its attribution ("said the boy"), no scene set around it
      return said.length > 0 && quoted <= 25 && words(article.paragraphs[p] ?? '') - quoted <= 8;
    };
    if (!key(prev) || prev.parts || prev.paragraph < quote.paragraph - 1 || words(quote.text) > 25) return;
    const before = [...quotes].reverse().find((q) => q.paragraph < prev.paragraph && q.kind !== 'indirect');
    if (!before || before.parts || before.paragraph < prev.paragraph - 2 || !key(before) || key(before) === key(prev)) return;
    // the two turns before are by the two speakers, each alone in its paragraph
    if (quotes.some((q) => q.paragraph === prev.paragraph && key(q) !== key(prev))) return;
    if (quotes.some((q) => q.paragraph === before.paragraph && key(q) !== key(before))) return;
    // ... and each said by whom ("said the boy") or itself a turn taken so: a quotation that went on from an earlier
    // one is a statement running on, not a turn
    // (a quotation running on after its attribution in the same paragraph, "“Nonsense,” she said. “I never ...”", is
    // that attributed turn going on)
    const given = (q: Quote) =>
      !inherited.has(q) ||
      alternated.has(q) ||
      quotes.some((x) => x !== q && x.paragraph === q.paragraph && x.kind !== 'indirect' && !inherited.has(x) && key(x) === key(q));
    if (!short(prev.paragraph) || !short(before.paragraph) || !given(prev) || !given(before)) return;
    alternated.add(quote);
    copySpeaker(before, quote);
    quote.addressee = key(prev);
    inView(quote);
  }

  /**
   * Rule (a turn keeps its speaker in view): in a dialogue printed as bare turns, the one whose turn it was is who a
   * "he said" a few short lines later means, however many lines back they were last named ("The attendant ..." /
   * "“Long drive?”" / "“Too long,” I said." / "“Slow,” he said."). The writer's own turns are not a he or she.
   */
  function bare(text: string): string {
    return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }

  function inView(quote: Quote) {
    const p = quote.person ? people.find((x) => x.name === quote.person) : undefined;
    if (p) subjects.push({ p, sentence: sentenceNo });
    else if (quote.descriptive && !/^the writer\b/.test(quote.descriptive)) subjects.push({ desc: quote.descriptive, sentence: sentenceNo });
  }

  /** A listener as the article knows them: "Abel" is Abel Ruiz, "him" the man in view who is not the speaker. */
  function listenerName(written: string, speaker: SpeakerRef | undefined): string | undefined {
    const ref = parseSpeakerPhrase(written);
    if (ref?.kind === 'name') return findPerson(ref.name)?.name ?? (isNotPersonName(ref.name) ? undefined : ref.name);
    if (/^(?:him|her)$/i.test(written)) {
      const want = /^her$/i.test(written) ? 'f' : 'm';
      const self = speaker?.kind === 'name' ? findPerson(speaker.name)?.name : undefined;
      const x = [...subjects].reverse().find((s) => s.sentence >= sentenceNo - 3 && s.p && s.p.name !== self && (!s.p.gender || s.p.gender === want));
      return x?.p?.name;
    }
    return ref?.kind === 'pronoun' ? undefined : written;
  }

  /** The subject of a sentence, remembered for the pronouns of the next ones: "Mrs. Peck ... took Harvey to task." */
  function noteSubject(
    tokens: readonly Token[],
    text: string,
    quoted: (i: number) => boolean,
    speakers: readonly Quote[],
  ) {
    // a subhead ("Stepson vindicated") is a label between paragraphs, not a sentence with a subject
    if (!/[.!?:”"’)]\s*$/.test(text)) return;
    // "(In the heat of the drive, Judge Roe threatened ...)": an aside in parentheses has its subject too
    let i = tokens[0]?.text === '(' ? 1 : 0;
    // a dateline is no subject: "ELBURN, ILL. — Farm machinery dealer Bob Houtz tilts back ..."
    const dash = tokens.findIndex((t, k) => k < 10 && /^[—–-]{1,2}$/.test(t.text));
    // (its date is capitalised, not upper case: "CHICAGO, June 4 — ...")
    if (dash > 0 && tokens.slice(0, dash).every((t) => !/^\p{Ll}/u.test(t.text))) i = dash + 1;
    // skip an opening phrase up to its comma ("At the hearing, ...") and leading conjunctions
    // ... and a participle clause ("Asked about the vote, Voss smiled", "Grinning, Ames said ...")
    // ("But to the Rangers, ...", "And when Roe came, ...": a joining word before the opening phrase)
    if (tokens[i]?.pos === 'CCONJ' && tokens[i + 1] && ['ADP', 'SCONJ'].includes(tokens[i + 1].pos)) i++;
    if (tokens[i] && (['ADP', 'SCONJ', 'ADV'].includes(tokens[i].pos) || (tokens[i].pos === 'VERB' && /(?:ed|ing)$/.test(tokens[i].lower)))) {
      const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
      // a clause that opens with "when", "after", "although" ... may run long before its comma ("Thus when the
      // premier hinted even before the inauguration that he hoped for a meeting with the new President, Mr. Roe was
      // confronted ..."): the main clause's subject after it is still the one in view
      const clause = tokens.slice(i, i + 2).some((t) => t.pos === 'SCONJ' || /^(?:when|after|while|although|though|because|once|since)$/.test(t.lower));
      if (comma > i && comma < i + (clause ? 30 : 12)) {
        // "When Missouri's Clarence Cannon got the word, he turned purple": the subject of a leading clause is
        // the most salient person for the "he" of the main clause
        if (
          tokens[i].pos === 'SCONJ' ||
          /^(?:when|after|as|once|while|before|since|although|though|because|if)$/i.test(tokens[i].lower)
        )
          noteClauseSubject(tokens, text, i + 1, comma, quoted);
        if (clause) mainAfterClause = { sentence: sentenceNo, at: tokens[comma + 1]?.start ?? 0 };
        // Rule (the group an opening phrase is about): "But to the Rangers, this is a serious business. They feel
        // that ...": a people named in an opening "to ...", "for ...", "among ..." is who a "they" after means,
        // where the main clause's subject is no one ("this", "it")
        const about = /^(?:to|for|among)\s+(the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)$/iu.exec(text.slice(tokens[i].start, tokens[comma].start).trim());
        if (about && PLURAL_DESC.test(about[1]) && (/^the\s+\p{Lu}/u.test(about[1]) || personWord(singular(about[1].split(/\s+/).pop() ?? ''))))
          subjects.push({ desc: about[1], plural: true, sentence: sentenceNo });
        i = comma + 1;
      }
    }
    while (
      tokens[i] &&
      (tokens[i].pos === 'CCONJ' ||
        tokens[i].pos === 'ADV' ||
        /^(?:today|yesterday|tonight|now|then|later|earlier|meanwhile|still|also)$/i.test(tokens[i].lower))
    )
      i++;
    // "Neither Ortiz nor Lane ...", "Reyes and Park ...": two named people are one plural subject, a "they"
    const pair = namedPair(tokens, text, i, quoted) ?? familyPair(text.slice(tokens[i]?.start ?? 0));
    if (pair) {
      // (the one named in "Mrs. Roe and her daughter, ..." is a person of the article as well)
      const first = /^((?:(?:Mr|Mrs|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{L}’'-]*\.?\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+and\s+(?:his|her)\s/u.exec(pair);
      const ref = first ? parseSpeakerPhrase(first[1]) : undefined;
      if (ref?.kind === 'name' && !isNotPersonName(ref.name)) {
        const p = addPerson(ref.name, ref.role);
        noteGender(p, first![1]);
        if (people.includes(p)) mention(p);
      }
      subjects.push({ desc: pair, plural: true, sentence: sentenceNo });
      return;
    }
    let e = i;
    // a capital after the first word is a name whatever the tagger says ("Mrs. Peck" read as a verb)
    // and a title opening the sentence is one even when read as a verb ("Judge Carl Bond questioned ...")
    const nominal = (k: number) =>
      ['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PART'].includes(tokens[k].pos) ||
      (/^\p{Lu}/u.test(tokens[k].text) && (k > i || isPersonNoun(tokens[k].text)));
    // "Her husband, Tom, ...": a possessive opens the subject
    if (tokens[e] && /^(?:his|her|their|its|our|my)$/i.test(tokens[e].lower) && tokens[e + 1]?.pos === 'NOUN') e++;
    while (
      (e < tokens.length && !quoted(e) && nominal(e)) ||
      // (a possessive belongs to the phrase: "The Braves' manager")
      (e < tokens.length && /^(?:\.|-|of|['’]s?)$/.test(tokens[e].text) && e > i)
    )
      e++;
    // Rule (described subject with a place): "The old man at the corner table has eaten there ...": a person the text
    // describes may carry a phrase of where or whom after the head noun; the described person is still the subject
    // (only after a lower-case description: a name's phrase, "Roe in Dallas", is read by the name rules)
    if (
      e > i + 1 &&
      /^(?:the|a|an)$/i.test(tokens[i].lower) &&
      tokens[e - 1].pos === 'NOUN' &&
      /^\p{Ll}/u.test(tokens[e - 1].text) &&
      isPersonNoun(tokens[e - 1].lower) &&
      /^(?:at|in|from|with|on|behind|near|beside|by)$/.test(tokens[e]?.lower ?? '')
    ) {
      let f = e + 1;
      while (f < tokens.length && f < e + 6 && !quoted(f) && ['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(tokens[f].pos)) f++;
      if (f > e + 1 && tokens[f] && ['VERB', 'AUX'].includes(tokens[f].pos)) {
        subjects.push({ desc: text.slice(tokens[i].start, tokens[e - 1].end), sentence: sentenceNo });
        return;
      }
    }
    // "The mayor, Jo Pratt, praised ...": a name in apposition to the subject is who it is
    let asideAt = -1;
    if (tokens[e]?.text === ',' && e > i) {
      let f = e + 1;
      while (f < tokens.length && !quoted(f) && (tokens[f].pos === 'PROPN' || tokens[f].text === '.')) f++;
      // (an age may follow the name: "The couple's son, David, 24, works ...")
      if (f > e + 1 && tokens[f]?.text === ',' && tokens[f + 1]?.pos === 'NUM' && /^\d{1,3}$/.test(tokens[f + 1].text) && tokens[f + 2]?.text === ',') f += 2;
      if (f > e + 1 && tokens[f]?.text === ',' && tokens[f + 1] && ['VERB', 'AUX'].includes(tokens[f + 1].pos)) e = f;
      // Rule (aside after the subject): "Voss, for all his bluster, is a careful man", "Voss, like his father, farms":
      // a phrase set off by commas that opens with a preposition is an aside; the name before it is the subject
      else if (
        tokens[e + 1]?.pos === 'ADP' &&
        /^(?:for|like|unlike|despite|with|as|in|at|after|before|since|by|of)$/.test(tokens[e + 1].lower) &&
        tokens.slice(i, e).every((t) => t.pos === 'PROPN' || t.text === '.')
      ) {
        const close = tokens.findIndex((t, k) => k > e + 1 && (t.text === ',' || t.text === ';'));
        if (close > 0 && close < e + 20 && tokens[close].text === ',' && tokens[close + 1] && ['VERB', 'AUX'].includes(tokens[close + 1].pos) && !tokens.slice(e + 1, close).some((_, k) => quoted(e + 1 + k)))
        {
          asideAt = e;
          e = close;
        }
      }
      // "Starr, a 24-year-old left-hander from Tulsa, struck out nine": a name with a description of a person in
      // apposition is a person, whatever the tagger made of a bare surname
      else if (tokens[e + 1] && /^(?:a|an|the)$/i.test(tokens[e + 1].lower) && /^\p{Lu}/u.test(tokens[i].text)) {
        const close = tokens.findIndex((t, k) => k > e + 1 && t.text === ',');
        if (close > 0 && close < e + 14 && tokens[close + 1] && ['VERB', 'AUX'].includes(tokens[close + 1].pos)) {
          const desc = text.slice(tokens[e + 1].start, tokens[close - 1].end);
          const head = descHead(desc).split(/\s+/).pop() ?? '';
          if (/\d+-year-old/.test(desc) || isPersonNoun(singular(head))) e = close;
        }
      }
    }
    // Rule (identity): "The other star is halfback Roy Kessel, who came from Ohio.": a description that "is" a named
    // person introduces that person, and the name is who a later "he" means
    if (e > i && /^(?:is|was)$/.test(tokens[e]?.lower ?? '') && /^(?:the|his|her|their|its)$/i.test(tokens[i].lower)) {
      let f = e + 1;
      while (f < tokens.length && !quoted(f) && (tokens[f].pos === 'NOUN' || tokens[f].pos === 'ADJ') && /^\p{Ll}/u.test(tokens[f].text)) f++;
      const from = f;
      while (f < tokens.length && !quoted(f) && (tokens[f].pos === 'PROPN' || tokens[f].text === '.') && /^\p{Lu}|^\.$/u.test(tokens[f].text)) f++;
      if (f > from + 1 && (!tokens[f] || [',', '.', ';'].includes(tokens[f].text))) {
        const ref = parseSpeakerPhrase(text.slice(tokens[e + 1].start, tokens[f - 1].end));
        if (ref?.kind === 'name' && ref.name.includes(' ') && !isNotPersonName(ref.name)) {
          const p = addPerson(ref.name, ref.role, ref.age);
          mention(p);
          subjects.push({ p, sentence: sentenceNo });
          return;
        }
      }
    }
    if (e > i && tokens[e] && ['VERB', 'AUX', 'PUNCT'].includes(tokens[e].pos)) {
      const phrase = text.slice(tokens[i].start, tokens[(asideAt > 0 ? asideAt : e) - 1].end);
      const ref = parseSpeakerPhrase(phrase);
      // (a given name alone counts beside its role: "Her husband, Tom")
      if (
        ref?.kind === 'name' &&
        (personLike(phrase, ref.name) ||
          (!ref.name.includes(' ') && (findPerson(ref.name) || (ref.role && isGivenName(ref.name)))) ||
          (!ref.name.includes(' ') && ref.role && /^(?:a|an|the)\s/i.test(ref.role) && !isNotPersonName(ref.name)) ||
          // (an aside that says "his" or "her" of the subject says a person: "Voss, for all his bluster, is ...")
          (asideAt > 0 && !isNotPersonName(ref.name) && tokens.slice(asideAt, e).some((t) => /^(?:his|her)$/.test(t.lower))))
      ) {
        const p = addPerson(ref.name, ref.role, ref.age);
        noteGender(p, phrase);
        if (asideAt > 0) {
          const his = tokens.slice(asideAt, e).some((t) => t.lower === 'his');
          const her = tokens.slice(asideAt, e).some((t) => t.lower === 'her');
          if (his !== her) p.gender ??= his ? 'm' : 'f';
        }
        mention(p);
        subjects.push({ p, sentence: sentenceNo });
        return;
      }
      // "Her daughter laughed." after "her daughter, Miss Celia Roe,": the one the text introduced by that relation
      if (/^(?:his|her|their)\s+\p{Ll}+$/iu.test(phrase)) {
        const kin = [...recent].reverse().find((x) => x.roles.some((r) => nameKey(r).endsWith(nameKey(phrase))));
        if (kin) {
          subjects.push({ p: kin, sentence: sentenceNo });
          return;
        }
      }
      if (ref?.kind === 'definite') {
        // "The Ukrainian commander" after "Petro Kuzyk, a commander ...": the one whose role it names
        const stem = ref.noun.replace(/s$/, '');
        const p = [...recent].reverse().find((x) => x.roles.some((r) => roleWords(r).includes(stem)));
        if (p) {
          subjects.push({ p, sentence: sentenceNo });
          return;
        }
      }
      // "Her husband, Dr. Sam Roe, a dentist, stays out of it.": the subject is the person the description introduces
      const introduced = describedNames(text).find((d) => d.role.replace(/^(?:Mr|Mrs|Miss|Ms|Dr)\.?,\s*/, '') === phrase);
      const named = introduced ? findPerson(introduced.name) : undefined;
      if (named) {
        mention(named);
        subjects.push({ p: named, sentence: sentenceNo });
        return;
      }
      if ((!ref || ref.kind === 'definite' || ref.kind === 'descriptive') && describedSource(phrase)) {
        subjects.push({ desc: phrase, sentence: sentenceNo });
        return;
      }
    }
    // "But today he wanted to make a public statement.": the pronoun's referent stays the subject
    // ... after an opening phrase with no comma too: "In 1938 he studied under Professor Weiss."
    if (tokens[i] && ['ADP', 'ADV'].includes(tokens[i].pos) && !/^(?:he|she|they)$/i.test(tokens[i].lower)) {
      let k = i + 1;
      while (k < i + 7 && tokens[k] && !quoted(k) && ['NUM', 'DET', 'NOUN', 'PROPN', 'ADJ', 'ADP'].includes(tokens[k].pos)) k++;
      if (tokens[k]?.pos === 'PRON' && /^(?:he|she|they)$/i.test(tokens[k].lower)) i = k;
    }
    const t = tokens[i];
    if (
      t &&
      t.pos === 'PRON' &&
      /^(?:he|she|they)$/i.test(t.lower) &&
      tokens[i + 1] &&
      ['VERB', 'AUX'].includes(tokens[i + 1].pos) &&
      !speakers.length
    ) {
      const found = antecedent(t.lower);
      if (found) subjects.push({ ...found, sentence: sentenceNo });
    }
  }

  /**
   * “Were you hurt?” a neighbor asked him. / “...?” the judge asked Lee.: the one asked answers next, so the
   * "he replied" that follows is the listener, not the asker (a pronoun listener is the salient other person).
   */
  function noteQuestionTo(quote: Quote, masked: string, k: number) {
    const after = masked.slice(masked.indexOf(`“§${k}”`) + `“§${k}”`.length);
    const m = /^[\s,]*(?:[\p{L}.’'-]+\s+){0,5}?asked\s+(him|her|(?:\p{Lu}[\p{L}.’'-]*\s?){1,3})/u.exec(after);
    if (!m) return;
    const asked = m[1].trim();
    let p: ArticlePerson | undefined;
    if (/^(?:him|her)$/.test(asked)) {
      const asker = quote.person;
      const want = asked === 'her' ? 'f' : 'm';
      const subject = [...subjects]
        .reverse()
        .find((x) => x.sentence >= sentenceNo - 3 && x.p && x.p.name !== asker && (!x.p.gender || x.p.gender === want));
      p = subject?.p ?? [...recent].reverse().find((x) => x.name !== asker && (!x.gender || x.gender === want));
    } else {
      const ref = parseSpeakerPhrase(asked);
      if (ref?.kind === 'name' && !isNotPersonName(ref.name)) p = findPerson(ref.name) ?? addPerson(ref.name, ref.role);
    }
    if (p && p.name !== quote.person) questionTo = { p, sentence: sentenceNo };
  }

  /** The named subject of a leading subordinate clause (tokens from..to), remembered as a subject of this sentence. */
  function noteClauseSubject(
    tokens: readonly Token[],
    text: string,
    from: number,
    to: number,
    quoted: (i: number) => boolean,
  ) {
    let e = from;
    while (
      e < to &&
      !quoted(e) &&
      (['PROPN', 'PART'].includes(tokens[e].pos) ||
        (/^\p{Lu}/u.test(tokens[e].text) && tokens[e].pos !== 'PUNCT') ||
        tokens[e].text === '.')
    )
      e++;
    if (e === from || e >= to || !['VERB', 'AUX'].includes(tokens[e].pos)) return;
    const phrase = text.slice(tokens[from].start, tokens[e - 1].end);
    const ref = parseSpeakerPhrase(phrase);
    if (ref?.kind !== 'name' || !(personLike(phrase, ref.name) || (!ref.name.includes(' ') && findPerson(ref.name))))
      return;
    const p = addPerson(ref.name, ref.role, ref.age);
    noteGender(p, phrase);
    mention(p);
    subjects.push({ p, sentence: sentenceNo });
  }

  /**
   * Rule (a couple is a "they"): "Mr. and Mrs. Ezra Pike own the inn.", "Ezra Pike and his wife, Ada, own the inn.":
   * a couple or a man and his kin as a sentence's subject are one plural subject, who a "they" then means.
   */
  function familyPair(rest: string): string | undefined {
    const couple = /^(Mr\.? and Mrs\.?\s+(?:\p{Lu}[\p{L}’'-]*\.?\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+(?!and\b)\p{Ll}/u.exec(rest);
    if (couple) return couple[1];
    const kin =
      /^((?:(?:Mr|Mrs|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{L}’'-]*\.?\s+){0,2}\p{Lu}[\p{L}’'-]+\s+and\s+(?:his|her)\s+(?:wife|husband|sons?|daughters?|brothers?|sisters?|mother|father|parents|children|family|partner))(?:,\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+,)?\s+\p{Ll}/u.exec(rest);
    if (!kin) return undefined;
    const who = parseSpeakerPhrase(kin[1].replace(/\s+and\s+(?:his|her)\s+.*$/, ''));
    return who?.kind === 'name' && !isNotPersonName(who.name) ? kin[1] : undefined;
  }

  /** "Neither A nor B" or "A and B" at token i, each a name the article knows or a capitalised name, before a verb. */
  function namedPair(
    tokens: readonly Token[],
    text: string,
    i: number,
    quoted: (k: number) => boolean,
  ): string | undefined {
    let k = tokens[i]?.lower === 'neither' || tokens[i]?.lower === 'both' ? i + 1 : i;
    const name = () => {
      const s = k;
      while (k < tokens.length && !quoted(k) && tokens[k].pos === 'PROPN') k++;
      return k > s ? text.slice(tokens[s].start, tokens[k - 1].end) : undefined;
    };
    const a = name();
    if (!a || !/^(?:and|nor)$/i.test(tokens[k]?.lower ?? '')) return undefined;
    k++;
    const b = name();
    if (!b) return undefined;
    while (tokens[k] && (tokens[k].text === ',' || tokens[k].pos === 'ADV')) k++;
    if (!tokens[k] || !['VERB', 'AUX'].includes(tokens[k].pos)) return undefined;
    // named as the article knows them, or as written when they are names and not places
    const known = (n: string) => findPerson(n)?.name.split(' ').pop() ?? (isNotPersonName(n) ? undefined : n);
    const pa = known(a);
    const pb = known(b);
    return pa && pb ? `${pa} and ${pb}` : undefined;
  }

  /** he/she/it/they to the nearest fitting subject of this or the last sentences, then the last fitting mention. */
  function antecedent(pronoun: string): { p?: ArticlePerson; desc?: string } | undefined {
    const want =
      pronoun === 'she' || pronoun === 'her'
        ? 'f'
        : pronoun === 'he' || pronoun === 'him'
          ? 'm'
          : pronoun === 'it'
            ? 'it'
            : pronoun === 'they'
              ? 'they'
              : 'person';
    // "The hotel owner shrugged. “Same thing,” he said.": a described person is a he or she too, a body is an it.
    // the head noun decides ("a spokesman for the union" is a he), and a body is an "it" whatever other sense WordNet
    // gives its noun ("company" is also a guest)
    const personDesc = (d: string) => {
      const head = descHead(d);
      return !PLURAL_DESC.test(head) && !INSTITUTION.test(head) && personWord(head.split(/\s+/).pop() ?? '');
    };
    // Rule (a described person has a sex too): "the old man" is no "she", "the bride" or "his widow" no "he"
    const sexOf = (d: string) => {
      const head = descHead(d).split(/\s+/).pop() ?? '';
      return /^(?:man|fellow|gentleman)$/i.test(head) ? 'm' : genderOfWords(head);
    };
    const agrees = (d: string) => (want !== 'f' && want !== 'm') || !sexOf(d) || sexOf(d) === want;
    const fits = (x: { p?: ArticlePerson; desc?: string; plural?: boolean }) =>
      want === 'it'
        ? !!x.desc && !x.plural && !PLURAL_DESC.test(descHead(x.desc)) && !personDesc(x.desc)
        : want === 'they'
          ? !!x.desc && (PLURAL_DESC.test(descHead(x.desc)) || !!x.plural)
          : x.p
            ? want === 'person' || !genderOf(x.p) || genderOf(x.p) === want
            : !!x.desc && personDesc(x.desc) && agrees(x.desc);
    if (
      questionTo &&
      questionTo.sentence >= sentenceNo - 2 &&
      (want === 'person' || !questionTo.p.gender || questionTo.p.gender === want)
    ) {
      // “Do you feel ...?” asked Mrs. Peck of the chairman, Joseph E. Harvey Jr. “My feeling,” he said: the one asked answers.
      const p = questionTo.p;
      questionTo = undefined;
      return { p };
    }
    // Rule (a she is a woman the text has marked): the press of the day marks a woman ("Mrs.", "Miss", "his mother",
    // an earlier "she"), so a "she" means a woman so marked in view before a nearer bare surname ("Pell's mother,
    // Edna, ... “Mom worries,” Pell said. / “Somebody has to,” she said.")
    if (want === 'f')
      for (let i = subjects.length - 1; i >= 0 && subjects[i].sentence >= sentenceNo - 3; i--) {
        const x = subjects[i];
        if (x.p ? x.p.gender === 'f' : !!x.desc && fits(x) && genderOfWords(x.desc) === 'f') return x;
      }
    for (let i = subjects.length - 1; i >= 0 && subjects[i].sentence >= sentenceNo - 3; i--)
      if (fits(subjects[i])) return subjects[i];
    if (want === 'it' || want === 'they') {
      // a body stays "it" for a while, not for the rest of a long article
      for (let i = subjects.length - 1; i >= 0 && subjects[i].sentence >= sentenceNo - 8; i--)
        if (fits(subjects[i])) return subjects[i];
      return undefined;
    }
    // Rule (the subject outlasts a passing name): beyond the last few sentences a "he" still means the last person
    // who was a subject ("Dr. Arno ... In 1938 he studied under Professor Weiss. ... He says"), not a name met in
    // passing in a phrase; the last mention decides only where no subject fits
    // passing in a phrase in the same sentence or before; a name met after the subject's last sentence ("Another
    // would be to take the advice of Dr. Ellis, ... He says") is the one meant
    const p = [...recent].reverse().find((x) => fits({ p: x }));
    for (let i = subjects.length - 1; i >= 0 && subjects[i].sentence >= sentenceNo - 12; i--)
      if (subjects[i].p && fits(subjects[i]) && (!p || subjects[i].sentence >= (mentionedAt.get(p) ?? 0))) return subjects[i];
    return p ? { p } : undefined;
  }

  function noteOutlets(text: string) {
    for (const m of text.matchAll(
      /(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}’'&.-]*(?:\s+(?:of\s+)?[\p{Lu}\p{N}][\p{L}\p{N}’'&.-]*)*/gu,
    )) {
      const name = m[0]
        .replace(/^[Tt]he\s+/, '')
        .replace(/[.,;:]+$/, '')
        .replace(/[’']s$/, '');
      if (OUTLET_WORD.test(name) && !/\b(?:Twitter|Telegram|Facebook|Instagram|YouTube|TikTok)\b/.test(name))
        outlets.push(name);
    }
  }

  function resolve(quote: Quote, a: Attribution, prevInSentence: Quote | undefined) {
    resolveSpeaker(quote, a, prevInSentence);
    if (quote.descriptive) {
      // a described speaker must be a noun phrase: "the hotel owner", never "he deplored the noncommissioned officer"
      const np = asNounPhrase(quote.descriptive);
      if (np) quote.descriptive = np;
      else delete quote.descriptive;
      // "the New England-born President" after "President Kennedy": a definite description of someone named
      const head =
        quote.descriptive && /^the\s/i.test(quote.descriptive)
          ? quote.descriptive.split(/\s+/).pop()!.toLowerCase()
          : undefined;
      const p =
        head && head.length > 3 && !isThingNoun(head)
          ? [...recent].reverse().find((x) => x.roles.some((r) => roleWords(r).split(' ').includes(head)))
          : undefined;
      const q = p ?? (quote.descriptive ? epithetOf(quote.descriptive, quote.paragraph) : undefined);
      if (q) {
        quote.person = q.name;
        quote.role = q.roles[0];
        delete quote.descriptive;
      }
    }
  }

  /**
   * Rule (epithet): a definite description with an adjective in it ("says the handsome food expert", "the elder
   * man said") that the article never introduced with "a" or "an" refers back to the person in view, the subject
   * or speaker of the last few sentences, as feature writers vary a name. A bare "the official", a compound like
   * "the hotel owner", and "the missionary" after "an American missionary" are someone the text describes, not names.
   */
  function epithetOf(desc: string, paragraph: number): ArticlePerson | undefined {
    const m = /^the\s+(.+)$/i.exec(desc.trim());
    if (!m || /[,;]|\b(?:of|for|from|at|in|with|on|who|and)\b/i.test(m[1])) return undefined;
    const words = m[1].split(/\s+/);
    const head = words[words.length - 1].toLowerCase();
    if (words.length < 2 || words.length > 4 || PLURAL_DESC.test(head) || !isPersonNoun(head) || INSTITUTION.test(head)) return undefined;
    const toks = tag(m[1]);
    if (!toks.slice(0, -1).some((t) => t.pos === 'ADJ')) return undefined;
    const before = article.paragraphs.slice(0, paragraph + 1).join(' ');
    if (new RegExp(`\\b(?:an?|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\b`, 'iu').test(before)) return undefined;
    const want = genderOfWords(desc);
    const fits = (x: ArticlePerson) => !want || !x.gender || x.gender === want;
    // the one person in view: no one else among the subjects of the last sentences, so the epithet has one referent
    const inView = subjects.filter((x) => x.sentence >= sentenceNo - 2 && (x.p || x.desc));
    const named = new Set(inView.map((x) => x.p?.name ?? `desc:${x.desc}`));
    const x = inView[inView.length - 1]?.p;
    return named.size === 1 && x && fits(x) ? x : undefined;
  }

  function resolveSpeaker(quote: Quote, a: Attribution, prevInSentence: Quote | undefined) {
    if (a.source)
      quote.toldTo = OUTLET_BACKREF.test(a.source.trim())
        ? outlets[outlets.length - 1]
        : a.source.trim().replace(/^the\s+/i, (t) => (/^the\s+(?:\p{Lu})/u.test(a.source!) ? '' : t));
    if (quote.toldTo && !isOutletLike(quote.toldTo)) delete quote.toldTo;
    if (a.listener) quote.addressee = listenerName(a.listener, a.ref);
    const ref = a.ref;
    if (!ref) {
      // A quotation alone in its sentence carries on the last speaker's words: from the paragraph before, or two
      // back when a quote-only paragraph stands between (a statement printed over several paragraphs).
      // Rule (the last to speak, reported or quoted): "His deputy, Karl Asch, disagrees. He thinks the cost is too
      // high." and then "“Nobody has counted the interest.”": a quotation alone after a paragraph whose report gave
      // someone else's view carries on that report's speaker, not the last one quoted in marks
      const reported = [...quotes].reverse().find((q) => q.kind === 'indirect');
      const lastSaid =
        reported &&
        previous &&
        (reported.person || reported.descriptive) &&
        reported.paragraph > previous.paragraph &&
        reported.paragraph === quote.paragraph - 1 &&
        quotes[quotes.length - 1] === reported
          ? reported
          : undefined;
      const inherit = a.sameAsPrevious
        ? prevInSentence
        : a.quoteOnly && lastSaid
          ? lastSaid
          : a.quoteOnly && previous && previous.paragraph >= quote.paragraph - 2
            ? previous.quote
            : undefined;
      if (inherit) copySpeaker(inherit, quote);
      return;
    }
    quote.speakerAsWritten = a.written;
    if (ref.kind === 'name' && isNotPersonName(ref.name, true) && !ref.role) {
      // "Pittsburgh said", "Thereafter, ..." : a place or an adverb is no person (a place may speak as a body)
      if (!isNotPersonName(ref.name.split(' ').pop() ?? '') || /\s/.test(ref.name)) quote.descriptive = ref.name;
      return;
    }
    if (ref.kind === 'name') {
      const p = addPerson(ref.name, ref.role, ref.age, true);
      if (!people.includes(p)) return; // "throughout October": no person at all
      quote.person = p.name;
      quote.role = ref.role ?? p.roles[0];
      noteGender(p, a.written ?? ref.name);
      mention(p);
      subjects.push({ p, sentence: sentenceNo });
    } else if (ref.kind === 'pronoun' && ref.pronoun === 'i') {
      // "I suggested" in the outlet's own words is the writer of the piece, not the last person named
      quote.descriptive = writerName();
    } else if (ref.kind === 'pronoun') {
      const found = antecedent(ref.pronoun);
      if (found?.p) {
        quote.person = found.p.name;
        quote.role = found.p.roles[0];
        if (ref.pronoun === 'she') found.p.gender ??= 'f';
        if (ref.pronoun === 'he') found.p.gender ??= 'm';
        subjects.push({ p: found.p, sentence: sentenceNo });
      } else if (found?.desc) {
        quote.descriptive = found.desc;
        // "“Check the oil?” the attendant asked ... “Slow,” he said.": a described speaker stays in view as one named does
        subjects.push({ desc: found.desc, sentence: sentenceNo });
      }
    } else if (ref.kind === 'age') {
      const p = people.find((x) => x.age === ref.age) ?? [...recent].reverse().find((x) => x.age === undefined);
      if (p) {
        p.age = ref.age;
        quote.person = p.name;
        quote.role = p.roles[0];
        mention(p);
      } else quote.descriptive = a.written;
    } else if (ref.kind === 'definite') {
      const stem = ref.noun.replace(/s$/, '');
      const p = [...recent].reverse().find((x) => x.roles.some((r) => roleWords(r).includes(stem)));
      if (p) {
        quote.person = p.name;
        quote.role = p.roles[0];
        mention(p);
      } else quote.descriptive = ref.text;
    } else quote.descriptive = ref.text;
  }
}

/**
 * Rule (dialogue listener): in an exchange printed as turns, one paragraph each, mostly quotation ("“No,” said the
 * official." / "“You're wrong,” said Abel."), each turn is said to the other party: to the speaker of the turn it
 * answers, or, opening the exchange, to the one who answers it. A listener the text names itself is kept.
 */
function listenersOfTurns(quotes: Quote[], paragraphs: readonly string[]) {
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

/** "Mrs." for a married woman, "Miss" for an unmarried one ("Ms." says neither). */
function marriedTitle(text: string): 'mrs' | 'miss' | undefined {
  return /\bMrs\b/.test(text) ? 'mrs' : /\bMiss\b/.test(text) ? 'miss' : undefined;
}

/** A woman the text calls "Mrs." or "Miss": a bare surname elsewhere in the article is someone else (her husband, her father). */
function courtesyWoman(p: ArticlePerson): boolean {
  return p.roles.some((r) => /\b(?:Mrs|Miss|Ms)\b/.test(r));
}

/** Titles written short before a name, as a later "the lieutenant" or "the governor" calls them. */
const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  lt: 'lieutenant',
  sgt: 'sergeant',
  capt: 'captain',
  col: 'colonel',
  gen: 'general',
  maj: 'major',
  adm: 'admiral',
  cmdr: 'commander',
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  dr: 'doctor',
  prof: 'professor',
  det: 'detective',
  supt: 'superintendent',
  insp: 'inspector',
  atty: 'attorney',
  rev: 'reverend',
  pres: 'president',
  sec: 'secretary',
  secy: 'secretary',
  comr: 'commissioner',
};

/** A role's words in lower case with its abbreviated titles spelt out: "Lt." is "lieutenant". */
function roleWords(role: string): string {
  return role
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean)
    .map((w) => TITLE_ABBREVIATIONS[w] ?? w)
    .join(' ');
}

/** The head of a described source: the words before its first prepositional phrase ("a spokesman" of "a spokesman for the union"). */
function descHead(d: string): string {
  return d.split(/\s+(?:of|for|from|at|in|with|on)\s+/i)[0];
}

/** Nouns of bodies, which a text calls "it" even where WordNet also files the noun under people ("company", "union"). */
const INSTITUTION =
  /\b(?:company|firm|court|board|committee|commission|council|agency|department|ministry|government|administration|office|bureau|university|college|school|church|union|association|club|party|city|state|county|newspaper|paper|service|corporation|bank|senate|congress|legislature|house|pentagon|army|navy|jury|team)$/i;

/** Words that make a described source plural ("police", "residents", "the trustees"): they say "they", not "it". */
// ("the Freemen", "the townsmen": a plural in -men too; "the couple", "the family": a group of people is a "they")
const PLURAL_DESC = /\b(?:police|people|couple|family|pair|trio|crew|\p{L}+s|\p{L}+men)$/iu;

/** A source the text describes rather than names: "the jury", "Emory University's Board of Trustees", "the statement". */
function describedSource(phrase: string): SpeakerRef | undefined {
  const text = phrase.replace(/\s+/g, ' ').trim();
  if (!text || text.split(' ').length > 12 || /^(?:it|this|that|there|which|who)$/i.test(text)) return undefined;
  if (/^(?:it)$/i.test(text)) return undefined;
  // a source noun ("the jury", "police"), or a body's proper name after an optional "the" ("the PTC", "Emory University's Board")
  if (!asNounPhrase(text)) return undefined; // "The" alone, "Compare this statement with how ..."
  if (SOURCE_NOUN.test(text) || /^\p{Lu}/u.test(text.replace(/^[Tt]he\s+/, ''))) return { kind: 'descriptive', text };
  // "seven of the eight companies", "most firms": a plural of a source noun
  if (SOURCE_NOUN.test(singular(text.split(' ').pop() ?? ''))) return { kind: 'descriptive', text };
  // "some churchmen", "several church leaders": a head noun WordNet files under people
  if (personWord(singular(text.split(' ').pop() ?? ''))) return { kind: 'descriptive', text };
  return undefined;
}

/**
 * A word for a person: WordNet's people, and the words of kin and station it leaves out because they are also
 * titles or surnames ("Father", "Brother", "Lady", "Singer"): "her father", "the bride" are people a "he" or
 * "she" can mean.
 */
function personWord(word: string): boolean {
  const w = word.toLowerCase();
  return isPersonNoun(w) || genderOfWords(w) !== undefined || /^(?:bride|bridegroom|groom|singer|cook|sibling|cousin|couple|family|pair|trio|crew)$/.test(w);
}

/** churchmen → churchman, leaders → leader, authorities → authority. */
function singular(word: string): string {
  const w = word.toLowerCase();
  return w.endsWith('men')
    ? `${w.slice(0, -3)}man`
    : w.endsWith('ies')
      ? `${w.slice(0, -3)}y`
      : w.endsWith('s') && !w.endsWith('ss')
        ? w.slice(0, -1)
        : w;
}

/** A capitalised run in subject position is a person when a title or a first name shows it, not a place or a body. */
function personLike(phrase: string, name: string): boolean {
  if (isNotPersonName(name)) return false;
  if (!name.includes(' ') && isPersonNoun(name)) return false; // "Stepson", "Coach": a title with no name
  if (
    /\b(?:County|City|State|University|College|School|Street|St|Avenue|Ave|Road|Company|Co|Corp|Inc|Club|Association|Board|Committee|Council|Church|Hall|Department|Court|Corps|Government|Service|Party|Hotel|Hospital|Station)\b\.?/.test(
      name,
    )
  )
    return false;
  const titled =
    /\b(?:Mr|Mrs|Miss|Ms|Dr|Rep|Sen|Gov|Rev|Sgt|Capt|Lt|Col|Gen)\b\.?/.test(phrase) ||
    phrase.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}/u.test(w) && isPersonNoun(w));
  if (titled) return true;
  // untitled, "Olivet Cemetery" and "Frankford Elevated" end in a word for a place or a thing: no person
  // (a title settles it: "Judge Carl Bond")
  if (isThingNoun(name.split(' ').pop() ?? '') && !(name.includes(' ') && isGivenName(name.split(' ')[0])))
    return false;
  return name.split(' ').length >= 2;
}

/** Mrs., Miss and a woman's role word say she; Mr. and a man's say he. */
function noteGender(p: ArticlePerson, written: string) {
  p.gender ??= genderOfWords(written);
}

/**
 * The sex a title or a family word shows: "Mrs.", "his widow", "her stepdaughter" are she; "Mr.", "her stepson",
 * "the grandfather" are he. A possessive before the word ("her son") is the relative's, not this person's.
 */
function genderOfWords(written: string): 'f' | 'm' | undefined {
  const own = written.replace(/\b(?:his|her|their)\s+|\b[\p{L}-]+['’]s\b/giu, '');
  if (
    /\b(?:Mrs|Miss|Ms|Mme)\b\.?|\b(?:woman|wife|(?:grand|step)?(?:mother|daughter)|sister|niece|aunt|girl|lady|widow|\p{L}+woman)\b/iu.test(own)
  )
    return 'f';
  if (
    /\bMr\b\.?|\b(?:husband|(?:grand|step)?(?:father|son)|brother|nephew|uncle|boy|widower|\p{L}+man)\b/u.test(own) &&
    !/\b(?:chairman)\b/i.test(own)
  )
    return 'm';
  return undefined;
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

function copySpeaker(from: Quote, to: Quote) {
  to.person = from.person;
  to.descriptive = from.descriptive;
  to.role = from.role;
  to.toldTo ??= from.toldTo;
  to.speakerAsWritten = from.speakerAsWritten;
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

/** A verb of saying within the few words after a quote: “No,” said the official / “No,” the official said. */
function saidRightAfter(tokens: readonly Token[], end: number): boolean {
  const after = tokens.filter((t) => t.start >= end).slice(0, 4);
  return after.some((t) => t.pos === 'VERB' && isReportingVerb(t.lemma));
}

/**
 * People introduced by a description in apposition, wherever the sentence has them: "the widow's stepson, Abel
 * Tarn, 54, was ...", "her husband, Tom Quist, runs ...". The description (its head a word for a person) is the
 * role that tells family members with one surname apart and that a later "the stepson" refers back to.
 */
export function describedNames(plain: string): { name: string; role: string }[] {
  const out: { name: string; role: string }[] = [];
  const re =
    /\b((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|(?:[Tt]he\s+)?[\p{Lu}][\p{L}-]*(?:['’]s|s['’]))\s+(?:[\p{L}-]+['’]s\s+|[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)),\s+((?:Mr|Mrs|Miss|Ms|Dr)\.?\s+)?((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]+)(?=\s*(?:,|\.|$))/gu;
  for (const m of plain.matchAll(re)) {
    const [, role, head, title, name] = m;
    if (!isPersonNoun(head) || isThingNoun(head) || isNotPersonName(name)) continue;
    if (!isGivenName(name.split(/\s+/)[0]) && !isFirstNameWord(name.split(/\s+/)[0])) continue;
    out.push({ name: name.trim(), role: title ? `${title.trim()}, ${role}` : role });
  }
  // Rule (a first name in apposition): "and their son, Luc, 19, washes the pots": a feature names family members and
  // regulars by a given name alone; set off by commas after a word for a person, one capitalised word is that person
  // (whatever the name list knows of it: the apposition, not the name, says a person)
  const single =
    /\b((?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|(?:[Tt]he\s+)?[\p{Lu}][\p{L}-]*(?:['’]s|s['’])|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)),\s+(\p{Lu}\p{Ll}[\p{L}’'-]+)(?=\s*(?:,\s*\d{1,3}\s*,|,\s+\p{Ll}))/gu;
  for (const m of plain.matchAll(single)) {
    const [, role, head, name] = m;
    if (!(isPersonNoun(head) || genderOfWords(head)) || isThingNoun(head) || isNotPersonName(name) || isPersonNoun(name)) continue;
    if (out.some((o) => o.name.startsWith(name))) continue;
    out.push({ name, role });
  }
  // "found 21-year-old Abel Tarn guilty": an age before a full name marks a person wherever the name stands
  for (const m of plain.matchAll(/\b(\d{1,3})-year-old\s+((?:\p{Lu}[\p{L}’'-]*\.?\s+){1,2}\p{Lu}[\p{L}’'-]+)/gu)) {
    // (a first name that is also a place, "Nancy", is a first name here: the age says a person)
    const first = m[2].split(/\s+/)[0];
    if ((isGivenName(first) || isFirstNameWord(first)) && !isNotPersonName(m[2])) out.push({ name: m[2].trim(), role: '' });
  }
  return out;
}

function registerIndirectSpeakers(
  plain: string,
  addPerson: (name: string, role?: string, age?: number) => ArticlePerson,
  mention: (p: ArticlePerson) => void,
) {
  // The first verb of speaking names the sentence's speaker; "according to" credits a source, not a speaker.
  const verb = [...plain.matchAll(SPEECH_VERB)].find((m) => !/^according to$/i.test(m[0]));
  if (!verb) return;
  // `X, a role, told …`, else the inverted `… said Kyiv's army chief General Valeriy Zaluzhnyi.`
  const subject = stripLeadingClauses(plain.slice(0, verb.index).trim());
  const object = plain
    .slice(verb.index + verb[0].length)
    .replace(/[.!?]\s*$/, '')
    .trim();
  for (const c of [subject, object]) {
    if (!c || c.split(/\s+/).length > 24) continue;
    const ref = parseSpeakerPhrase(c);
    // a role must be a noun phrase: a clause ending in a capitalised word is no introduction of a person
    if (ref?.kind === 'name' && (ref.name.includes(' ') || ref.role) && (!ref.role || asNounPhrase(ref.role))) {
      mention(addPerson(ref.name, ref.role, ref.age));
      return;
    }
    if (c === subject && ref) return;
  }
}
