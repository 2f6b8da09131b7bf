// Giving a statement its speaker: the name, pronoun, age or description its attribution or cue gives, resolved
// against the people and subjects of the article, and whom it was said to.
import type { Attribution } from './attribution.js';
import { antecedent, firmName } from './antecedents.js';
import { addPerson, findPerson, genderOfWords, mention, noteGender, roleNouns } from './article-people.js';
import { isOutletLike, OUTLET_BACKREF, outletName } from './cues.js';
import { descHead, describedSource, INSTITUTION, isQuantitySource, PLURAL_DESC, withoutDescribingClause } from './described-sources.js';
import type { Discourse, Subject } from './discourse.js';
import { asNounPhrase } from './noun-phrase.js';
import type { SpeechCue } from './reported-speech.js';
import { parseSpeakerPhrase, type SpeakerRef } from './speaker-phrase.js';
import { fullerDescription } from './short-descriptions.js';
import { speakingItAntecedent } from './speaking-it.js';
import { tag } from './tagger.js';
import { isGivenName, isNotPersonName, isPersonNoun, isThingNoun } from './wordnet.js';
import type { ArticlePerson, Quote } from './quotes.js';

/** The writer of the piece, by the byline where the front matter gives one: whose "I said" it is. */
export function writerName(ctx: Discourse): string {
  return ctx.article.byline ? `the writer, ${ctx.article.byline.replace(/^by\s+/i, '')}` : 'the writer';
}

/** Gives a statement the speaker its cue names: a name, a pronoun resolved by salience, or a description. */
export function resolveCue(ctx: Discourse, quote: Quote, cue: SpeechCue, sameSentence: readonly Quote[]) {
  if (cue.from === 'shared' || !cue.speaker) {
    const from = sameSentence[sameSentence.length - 1];
    const subject = ctx.subjects[ctx.subjects.length - 1];
    if (from) copySpeaker(from, quote);
    else if (subject && subject.sentence === ctx.sentenceNo) {
      if (subject.p) {
        quote.person = subject.p.name;
        quote.role = subject.p.roles[0];
      } else quote.descriptive = subject.desc;
    } else if (ctx.previous && ctx.previous.paragraph >= quote.paragraph - 1) copySpeaker(ctx.previous.quote, quote);
    return;
  }
  // "That was all the governor would say.": the speaker is the governor
  const said = cue.speaker
    .replace(/^(?:and|but)\s+/i, '')
    .replace(/^(?:that|this)\s+(?:was|is)\s+/i, '')
    .replace(/^all\s+(?=the\s|\p{Lu})/u, '')
    .trim();
  const written = withoutDescribingClause(said);
  // "It urged ...", "They said ...": a body or a group speaks through a pronoun too
  // ("Although both concede ...": "both" is a "they" for the pair named before)
  // Rule (the "it" of a passive is no one): "It was generally agreed that the fee was fair.", "It is felt that ...":
  // an "it" before a passive verb of saying stands for the clause after it, so the report has no speaker, not the
  // body last in view
  if (/^it$/i.test(written) && /\b(?:is|was|are|were|been|be)\s+(?:\p{Ll}+ly\s+)?$/iu.test(quote.sentence.slice(0, cue.at))) return;
  const it = /^(?:it|they|both)$/i.test(written)
    ? ({ kind: 'pronoun', pronoun: written.toLowerCase() === 'both' ? 'they' : written.toLowerCase() } as const)
    : undefined;
  const ref = it ?? parseSpeakerPhrase(written) ?? describedSource(written);
  if (!ref) return;
  const restore = ref.kind === 'pronoun' ? setAsideGenericContentSubject(ctx, cue) : undefined;
  resolve(ctx, quote, { ref, written, quoteOnly: false, sameAsPrevious: false }, undefined);
  restore?.();
  if (quote.person) {
    const p = ctx.people.find((x) => x.name === quote.person) ?? findPerson(ctx, quote.person);
    if (p) ctx.subjects.push({ p, sentence: ctx.sentenceNo });
  } else if (quote.descriptive) ctx.subjects.push({ desc: quote.descriptive, sentence: ctx.sentenceNo });
  // a report inside a leading "when ..." clause does not outrank the main clause's subject for the next "he"
  if (ctx.mainAfterClause?.entry && ctx.mainAfterClause.sentence === ctx.sentenceNo && cue.at < ctx.mainAfterClause.at) ctx.subjects.push(ctx.mainAfterClause.entry);
}

/**
 * Rule (the generic subject of the words is not who says them): "A minister should not stay “beyond his time,” he
 * wrote." / "A good coach never blames his players, she said.": where the attribution follows its content, the
 * content's own subject introduced with "a" or "an" is anyone of a kind, the one the words are about; the "he" or
 * "she" who says them is the person in view before the sentence. (A definite or named subject may be the speaker
 * reported in the third person, "Roe would run again, he said", and stays a candidate.)
 */
function setAsideGenericContentSubject(ctx: Discourse, cue: SpeechCue): (() => void) | undefined {
  const first = cue.content[0];
  if (!first || first.start > cue.at) return undefined;
  const generic = (x: Subject) => x.sentence === ctx.sentenceNo && !x.p && /^(?:a|an)\s/i.test(x.desc ?? '');
  const aside = ctx.subjects.map((x, i) => [x, i] as const).filter(([x]) => generic(x));
  if (!aside.length) return undefined;
  for (const [, i] of [...aside].reverse()) ctx.subjects.splice(i, 1);
  // (put back where they stood, for the sentences after: the generic subject is still what the words were about)
  return () => {
    for (const [x, i] of aside) ctx.subjects.splice(i, 0, x);
  };
}

/** A listener as the article knows them: "Abel" is Abel Ruiz, "him" the man in view who is not the speaker. */
export function listenerName(ctx: Discourse, written: string, speaker: SpeakerRef | undefined): string | undefined {
  const ref = parseSpeakerPhrase(written);
  if (ref?.kind === 'name') return findPerson(ctx, ref.name)?.name ?? (isNotPersonName(ref.name) ? undefined : ref.name);
  if (/^(?:him|her)$/i.test(written)) {
    const want = /^her$/i.test(written) ? 'f' : 'm';
    const self = speaker?.kind === 'name' ? findPerson(ctx, speaker.name)?.name : undefined;
    const x = [...ctx.subjects].reverse().find((s) => s.sentence >= ctx.sentenceNo - 3 && s.p && s.p.name !== self && (!s.p.gender || s.p.gender === want));
    return x?.p?.name;
  }
  return ref?.kind === 'pronoun' ? undefined : written;
}

export function resolve(ctx: Discourse, quote: Quote, a: Attribution, prevInSentence: Quote | undefined) {
  resolveSpeaker(ctx, quote, a, prevInSentence);
  // Rule (one of the group in view): "Other critics have been kinder. One, writing in the Ledger, called it “a
  // masterpiece.”": a bare "one", "another" or "one of them" is one of the people the sentences before spoke of
  // (a relative clause after it is no part of who: "One, who asked not to be named, said: ...")
  const one = quote.descriptive ? /^(one|another|one of them|some of them|two of them|most of them)(?:,\s+(?:who|whose)\s.*)?$/is.exec(quote.descriptive.trim()) : null;
  if (one) {
    const group = [...ctx.subjects].reverse().find((x) => x.sentence >= ctx.sentenceNo - 2 && x.desc && (x.plural || PLURAL_DESC.test(descHead(x.desc))) && x.desc.toLowerCase() !== quote.descriptive!.toLowerCase());
    if (group?.desc) {
      const who = one[1].replace(/\s+of them$/i, '');
      // (a count that opened its sentence is no name: "Two government sources told ..." gives "One of the two ...")
      const members = group.desc.replace(/^(?:(?:the|some|other|many|several|most)\s+)+/i, '').replace(/^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)(?=\s)/, (w) => w.toLowerCase());
      quote.descriptive = `${who.charAt(0).toUpperCase()}${who.slice(1).toLowerCase()} of the ${members}`;
    }
  }
  if (quote.descriptive) {
    // a described speaker must be a noun phrase: "the hotel owner", never "he deplored the noncommissioned officer"
    // (a pronoun of quantity is the whole description: "Some think ...", described-sources.ts Rule "some who say")
    const np = asNounPhrase(quote.descriptive) ?? (isQuantitySource(quote.descriptive) ? quote.descriptive.trim() : undefined);
    if (np) quote.descriptive = np;
    else delete quote.descriptive;
    // "the New England-born President" after "President Kennedy": a definite description of someone named
    const head =
      quote.descriptive && /^the\s/i.test(quote.descriptive)
        ? quote.descriptive.split(/\s+/).pop()!.toLowerCase()
        : undefined;
    const p =
      head && head.length > 3 && !isThingNoun(head)
        ? [...ctx.recent].reverse().find((x) => x.roles.some((r) => roleNouns(r).split(' ').includes(head)))
        : undefined;
    const q = p ?? (quote.descriptive ? epithetOf(ctx, quote.descriptive, quote.paragraph) : undefined);
    if (q) {
      quote.person = q.name;
      quote.role = q.roles[0];
      delete quote.descriptive;
    }
  }
  if (quote.descriptive) quote.descriptive = fullerDescription(ctx, quote.descriptive, quote.paragraph) ?? quote.descriptive;
}

/**
 * Rule (epithet): a definite description with an adjective in it ("says the handsome food expert", "the elder
 * man said") that the article never introduced with "a" or "an" refers back to the person in view, the subject
 * or speaker of the last few sentences, as feature writers vary a name. A bare "the official", a compound like
 * "the hotel owner", and "the missionary" after "an American missionary" are someone the text describes, not names.
 */
function epithetOf(ctx: Discourse, desc: string, paragraph: number): ArticlePerson | undefined {
  // Rule (an epithet of origin): "“I let the team down,” the senior from Waco said." after "Quarterback Jim Teel
  // agreed.": where a feature varies a name, a "from" phrase naming a place is the modifier an adjective would be
  const origin = /^the\s+((?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+)\s+from\s+(?:\p{Lu}[\p{L}’'.-]*\s?){1,3}$/iu.exec(desc.trim());
  const m = origin ?? /^the\s+(.+)$/i.exec(desc.trim());
  if (!m || /[,;]|\b(?:of|for|from|at|in|with|on|who|and)\b/i.test(m[1])) return undefined;
  const words = m[1].split(/\s+/);
  const head = words[words.length - 1].toLowerCase();
  if ((words.length < 2 && !origin) || words.length > 4 || PLURAL_DESC.test(head) || !isPersonNoun(head) || INSTITUTION.test(head)) return undefined;
  const toks = tag(m[1]);
  if (!origin && !toks.slice(0, -1).some((t) => t.pos === 'ADJ')) return undefined;
  // (an "a minister" inside someone's statement is anyone of a kind he spoke of, "A minister should not stay
  // “beyond his time,” he wrote", and introduces no one: only the outlet's own words count)
  let before = ctx.article.paragraphs.slice(0, paragraph + 1).join(' ');
  for (const q of ctx.quotes)
    for (const said of [q.text, q.reported])
      for (const piece of (said ?? '').split(/[“”"]/)) if (piece.trim().length > 12) before = before.split(piece.trim()).join(' ');
  before = before.replace(/[“"][^”"]*[”"]/g, ' ');
  if (new RegExp(`\\b(?:an?|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\b`, 'iu').test(before)) return undefined;
  const want = genderOfWords(desc);
  const fits = (x: ArticlePerson) => !want || !x.gender || x.gender === want;
  // the one person in view: no one else among the subjects of the last sentences, so the epithet has one referent
  // (not the epithet itself, the subject of its own sentence, nor an "a minister" of someone's words)
  const generic = (d: string) => /^(?:a|an)\s/i.test(d) && !before.includes(d);
  const inView = ctx.subjects.filter((x) => x.sentence >= ctx.sentenceNo - 2 && (x.p || (x.desc && !(x.sentence === ctx.sentenceNo && x.desc.toLowerCase() === desc.trim().toLowerCase()) && !generic(x.desc))));
  const named = new Set(inView.map((x) => x.p?.name ?? `desc:${x.desc}`));
  const x = inView[inView.length - 1]?.p;
  return named.size === 1 && x && fits(x) ? x : undefined;
}

function resolveSpeaker(ctx: Discourse, quote: Quote, a: Attribution, prevInSentence: Quote | undefined) {
  if (a.source)
    quote.toldTo = OUTLET_BACKREF.test(a.source.trim())
      ? ctx.outlets[ctx.outlets.length - 1]
      : outletName(a.source);
  if (quote.toldTo && !isOutletLike(quote.toldTo)) delete quote.toldTo;
  if (a.listener) quote.addressee = listenerName(ctx, a.listener, a.ref);
  const ref = a.ref;
  if (!ref) {
    // A quotation alone in its sentence carries on the last speaker's words: from the paragraph before, or two
    // back when a quote-only paragraph stands between (a statement printed over several paragraphs).
    // Rule (the last to speak, reported or quoted): "His deputy, Karl Asch, disagrees. He thinks the cost is too
    // high." and then "“Nobody has counted the interest.”": a quotation alone after a paragraph whose report gave
    // someone else's view carries on that report's speaker, not the last one quoted in marks
    const reported = [...ctx.quotes].reverse().find((q) => q.kind === 'indirect');
    const lastSaid =
      reported &&
      ctx.previous &&
      (reported.person || reported.descriptive) &&
      reported.paragraph > ctx.previous.paragraph &&
      reported.paragraph === quote.paragraph - 1 &&
      ctx.quotes[ctx.quotes.length - 1] === reported
        ? reported
        : undefined;
    const inherit = a.sameAsPrevious
      ? prevInSentence
      : a.quoteOnly && lastSaid
        ? lastSaid
        : a.quoteOnly && ctx.previous && ctx.previous.paragraph >= quote.paragraph - 2
          ? ctx.previous.quote
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
  // Rule (a plural of people is no name): "Witnesses said the car was travelling fast", "Reporters confirmed that":
  // a lone capitalised word that is the plural of a WordNet person noun is capitalised because it opens the sentence,
  // and stands for the people it names, as "officials" or "residents" do; a surname of that form ("Masters",
  // "Parsons") is one the article has already given in full, so it is found among its people first
  if (ref.kind === 'name' && !ref.role && pluralOfPeople(ref.name) && !findPerson(ctx, ref.name)) {
    quote.descriptive = ref.name;
    return;
  }
  if (ref.kind === 'name') {
    const p = addPerson(ctx, ref.name, ref.role, ref.age, true);
    if (!ctx.people.includes(p)) return; // "throughout October": no person at all
    quote.person = p.name;
    quote.role = ref.role ?? p.roles[0];
    noteGender(p, a.written ?? ref.name);
    mention(ctx, p);
    ctx.subjects.push({ p, sentence: ctx.sentenceNo });
  } else if (ref.kind === 'pronoun' && (ref.pronoun === 'i' || ref.pronoun === 'we')) {
    // "I suggested" in the outlet's own words is the writer of the piece, not the last person named
    // Rule (the outlet's "we" is the writer's side): "The mayor calls it “a fine plan.” We call it “folly.”", "We
    // asked the clerk, “Is the road open?”": a "we" in the outlet's own words is the paper's editorial voice or the
    // writer with companions, never the third person last in view, who would call himself "we" only inside his own
    // quoted words
    quote.descriptive = writerName(ctx);
  } else if (ref.kind === 'pronoun') {
    // Rule (no one names themselves): “Bell did it alone,” he says. The "he" is not Bell: a speaker calls himself
    // "I", so the person the words name in the third person is passed over for the next who fits, where one does
    // (quoted words only: a report's content may hold the sentence's own subject, "X indorsed the fees, which, he said, ...")
    // Rule (no one is their own "my father"): “My father never let me near it,” he says. after "Vick learned the trade
    // from his father, Amos": a speaker who says "my father", "my wife" is not the one the text introduced as someone's
    // father or wife, so that one is passed over too
    const named = (p: ArticlePerson) => quote.kind === 'direct' && (namesIn(quote.text, p) || ownKinIn(quote.text, p));
    const found = ref.pronoun === 'it' ? speakingItAntecedent(ctx) : (antecedent(ctx, ref.pronoun, named, true) ?? antecedent(ctx, ref.pronoun, undefined, true));
    if (found?.p) {
      quote.person = found.p.name;
      quote.role = found.p.roles[0];
      if (ref.pronoun === 'she') found.p.gender ??= 'f';
      if (ref.pronoun === 'he') found.p.gender ??= 'm';
      ctx.subjects.push({ p: found.p, sentence: ctx.sentenceNo });
    } else if (found?.desc) {
      quote.descriptive = found.desc;
      // "“Check the oil?” the attendant asked ... “Slow,” he said.": a described speaker stays in view as one named does
      ctx.subjects.push({ desc: found.desc, sentence: ctx.sentenceNo });
    }
  } else if (ref.kind === 'age') {
    const p = ctx.people.find((x) => x.age === ref.age) ?? [...ctx.recent].reverse().find((x) => x.age === undefined);
    if (p) {
      p.age = ref.age;
      quote.person = p.name;
      quote.role = p.roles[0];
      mention(ctx, p);
    } else quote.descriptive = a.written;
  } else if (ref.kind === 'definite') {
    const stem = ref.noun.replace(/s$/, '');
    const p = [...ctx.recent].reverse().find((x) => x.roles.some((r) => roleNouns(r).includes(stem)));
    if (p) {
      quote.person = p.name;
      quote.role = p.roles[0];
      mention(ctx, p);
    } else quote.descriptive = introducedAs(ctx, ref.noun) ?? ref.text;
  } else quote.descriptive = ref.text;
}

/**
 * Rule (the one introduced with "a"): "A spokesman for the Marlow Steel Corporation said profits had doubled. ... “We
 * had a good year,” the spokesman said.": a bare "the spokesman" or "the official" refers back to the last described
 * speaker of the article whose head noun it repeats, introduced with "a" or "an", so both statements have one
 * speaker and the fuller description. Only the last such speaker, and only for the same noun: "a union official"
 * is not what "the spokesman" means.
 */
function introducedAs(ctx: Discourse, noun: string): string | undefined {
  const head = (d: string) => descHead(d).split(/\s+/).pop()?.toLowerCase();
  const earlier = [...ctx.quotes].reverse().find((q) => q.descriptive && /^(?:a|an)\s/i.test(q.descriptive) && head(q.descriptive) === noun.toLowerCase());
  return earlier?.descriptive;
}

export function copySpeaker(from: Quote, to: Quote) {
  to.person = from.person;
  to.descriptive = from.descriptive;
  to.role = from.role;
  to.toldTo ??= from.toldTo;
  to.speakerAsWritten = from.speakerAsWritten;
}

/** Whether words name a person by a surname or a given name of theirs ("Bell did it", "Jim is a genius"). */
function namesIn(text: string, p: ArticlePerson): boolean {
  const words = p.name
    .replace(/\b(?:Mrs|Mr|Miss|Ms|Dr|Jr|Sr)\.?/g, '')
    .split(/\s+/)
    .filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
  return words.some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}’'])`, 'u').test(text));
}

/** Whether quoted words speak of "my <kin>" where the person was introduced as someone's <kin> ("his father"). */
function ownKinIn(text: string, p: ArticlePerson): boolean {
  return p.roles.some((r) => {
    const kin = /^(?:his|her|their)\s+(\p{Ll}+)$/iu.exec(r.trim());
    return !!kin && new RegExp(`\\bmy\\s+${kin[1]}\\b`, 'iu').test(text);
  });
}

/**
 * Rule (the one the passage is about): a feature prints its subject's words as paragraphs of their own, with
 * paragraphs of the writer's between them. "Frank Dole, the county agent, says the drought is the worst since 1934."
 * / "Corn is dying in the fields. Ponds have dried up." / "“I have never seen it this bad.”" A quotation alone in its
 * paragraph that no attribution, turn or subject gave a speaker is the last one who spoke, within the last few
 * paragraphs, where no other named person has been a subject or a speaker since ("Corn", "ponds" and "farmers" are
 * not); with no one having spoken, it is the one named person who was the subject of the last two paragraphs
 * ("Dr. Karl Weiss has studied bees for 30 years. He keeps 40 hives." / "The state pays him." / "“Every hive has its
 * own temper.”"). A question is a turn of talk, not the subject's own words, and is left to the dialogue rules.
 */
export function earlierSpeaker(ctx: Discourse, quote: Quote, paragraphOfSentence: readonly number[]) {
  if (quote.person || quote.descriptive || /\?[’”"']?\s*$/.test(quote.text)) return;
  const firstSentenceOf = (paragraph: number) => {
    const i = paragraphOfSentence.findIndex((p) => p !== undefined && p >= paragraph);
    return i < 0 ? ctx.sentenceNo : i;
  };
  const key = (q: { p?: ArticlePerson; desc?: string } | Quote) => ('kind' in q ? (q.person ?? q.descriptive) : (q.p?.name ?? q.desc));
  const last = [...ctx.quotes].reverse().find((q) => q.person || q.descriptive);
  if (last && last.paragraph >= quote.paragraph - 4 && !/^the writer\b/.test(last.descriptive ?? '')) {
    const since = firstSentenceOf(last.paragraph + 1);
    const others = ctx.subjects.some((s) => s.sentence >= since && s.p && s.p.name !== last.person);
    const otherSpeakers = ctx.quotes.some((q) => q.paragraph > last.paragraph && (q.person || q.descriptive) && key(q) !== key(last));
    if (!others && !otherSpeakers) copySpeaker(last, quote);
    return;
  }
  if (last && last.paragraph >= quote.paragraph - 4) return;
  const from = firstSentenceOf(quote.paragraph - 2);
  const named = new Set(ctx.subjects.filter((s) => s.sentence >= from && s.p).map((s) => s.p!));
  if (named.size !== 1) return;
  const [p] = [...named];
  if (firmName(p)) return;
  quote.person = p.name;
  quote.role = p.roles[0];
}

/** "Witnesses", "Reporters", "Drivers": one word, a plural whose singular WordNet files under people, no given name. */
function pluralOfPeople(name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(name) || isGivenName(name)) return false;
  const lower = name.toLowerCase();
  return [lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')].some((w) => w !== lower && isPersonNoun(w));
}
