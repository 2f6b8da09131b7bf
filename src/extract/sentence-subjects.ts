// The subjects of an article's sentences, remembered sentence by sentence for the pronouns of the next ones.
import { addPerson, findPerson, mention, noteGender, personLike, roleNouns } from './article-people.js';
import { antecedent } from './antecedents.js';
import { describedNames, describedSource, descHead, INSTITUTION, PLURAL_DESC, personWord, singular } from './described-sources.js';
import type { Discourse } from './discourse.js';
import { nameKey } from './names.js';
import { parseSpeakerPhrase } from './speaker-phrase.js';
import type { Token } from './tagger.js';
import { isReportNoun } from './report-nouns.js';
import { isReportingVerb } from './speech-verbs.js';
import { isCommonNoun, isCommunicationNoun, isGivenName, isNotPersonName, isPersonNoun, isPersonVerb, isTimeNoun } from './wordnet.js';
import type { ArticlePerson, Quote } from './quotes.js';

/** The subject of a sentence, remembered for the pronouns of the next ones: "Mrs. Peck ... took Harvey to task." */
export function noteSubject(
  ctx: Discourse,
  tagged: readonly Token[],
  text: string,
  quoted: (i: number) => boolean,
  speakers: readonly Quote[],
) {
  const tokens = pastTenseVerbs(tagged);
  // a subhead ("Stepson vindicated") is a label between paragraphs, not a sentence with a subject
  if (!/[.!?:”"’)]\s*$/.test(text)) return;
  if (!tokens.some((_, k) => quoted(k)) && whatOneSaid(ctx, text)) return;
  // Rule (a verbless fragment has no subject): "The young couples; the old women. The truck driver; the widow." A list
  // of noun phrases with no verb of its own is the writer's roll call, no one acting, so it puts no one in view for the
  // "he" of the next sentence, who stays the subject before it
  // (a list, its phrases set off by semicolons: the tagger misreads too many verbs after names, "Mr. and Mrs. Pike own
  // the inn.", for a sentence without one to prove verbless on the tags alone)
  if (tokens.some((t) => t.text === ';') && !tokens.some((_, k) => quoted(k)) && !tokens.some((t, k) => t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && ['NOUN', 'PROPN', 'PUNCT'].includes(tokens[k - 1]?.pos ?? '')))) return;
  // "(In the heat of the drive, Judge Roe threatened ...)": an aside in parentheses has its subject too
  let i = tokens[0]?.text === '(' ? 1 : 0;
  // Rule (named so, as the subject): "The old man at the gate was named Amos Pruitt, and he had kept the light for
  // thirty years.": a described person who "was named" or "is called" someone is that person, the subject a later
  // "he" means, not the description
  const namedSo = tokens[i]
    ? /^(?:the|a|an|his|her|their|our|my)\s+[^,.;:“”"]{1,50}?\s+(?:is|was)\s+(?:named|called)\s+((?:(?:Mr|Mrs|Miss|Dr)\.\s+)?(?:\p{Lu}[\p{L}’'-]*\.?\s+){0,2}\p{Lu}[\p{L}’'-]+)/iu.exec(text.slice(tokens[i].start))
    : null;
  if (namedSo && !quoted(i)) {
    const ref = parseSpeakerPhrase(namedSo[1]);
    if (ref?.kind === 'name' && ref.name.includes(' ') && !isNotPersonName(ref.name)) {
      const p = addPerson(ctx, ref.name, ref.role, ref.age);
      noteGender(p, namedSo[0].split(/\s+(?:is|was)\s+/i)[0]);
      mention(ctx, p);
      ctx.subjects.push({ p, sentence: ctx.sentenceNo });
      return;
    }
  }
  // a dateline is no subject: "ELBURN, ILL. — Farm machinery dealer Bob Houtz tilts back ..."
  const dash = tokens.findIndex((t, k) => k < 10 && /^[—–-]{1,2}$/.test(t.text));
  // (its date is capitalised, not upper case: "CHICAGO, June 4 — ...")
  if (dash > 0 && tokens.slice(0, dash).every((t) => !/^\p{Ll}/u.test(t.text))) i = dash + 1;
  // skip an opening phrase up to its comma ("At the hearing, ...") and leading conjunctions
  // ... and a participle clause ("Asked about the vote, Voss smiled", "Grinning, Ames said ...")
  // ("But to the Rangers, ...", "And when Roe came, ...": a joining word before the opening phrase)
  if (tokens[i]?.pos === 'CCONJ' && tokens[i + 1] && ['ADP', 'SCONJ'].includes(tokens[i + 1].pos)) i++;
  // Rule (an opening phrase of time): "Last week, when Abel was told ..., he said", "Monday, Ruiz ...": a short
  // phrase ending in a noun of time (WordNet noun.time) before its comma is when, never who, and what follows it is
  // read as the sentence's opening
  {
    const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
    if (comma > i && comma <= i + 3 && !tokens.slice(i, comma).some((_, k) => quoted(i + k)) && isTimeNoun(tokens[comma - 1].text) && tokens.slice(i, comma - 1).every((t) => ['ADJ', 'DET', 'NUM', 'ADV'].includes(t.pos))) i = comma + 1;
  }
  // ("Now Ruiz, of course, is ...": an adverb before a name the article knows opens no phrase; the comma after the
  // name sets off an aside, and the name is the subject)
  if (tokens[i]?.pos === 'ADV' && tokens[i + 1]?.pos === 'PROPN' && tokens[i + 2]?.text === ',' && findPerson(ctx, tokens[i + 1].text)) i++;
  else if (tokens[i] && (['ADP', 'SCONJ', 'ADV'].includes(tokens[i].pos) || (tokens[i].pos === 'VERB' && /(?:ed|ing)$/.test(tokens[i].lower)))) {
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
        noteClauseSubject(ctx, tokens, text, i + 1, comma, quoted);
      if (clause) ctx.mainAfterClause = { sentence: ctx.sentenceNo, at: tokens[comma + 1]?.start ?? 0 };
      // Rule (the group an opening phrase is about): "But to the Rangers, this is a serious business. They feel
      // that ...": a people named in an opening "to ...", "for ...", "among ..." is who a "they" after means,
      // where the main clause's subject is no one ("this", "it")
      const about = /^(?:to|for|among)\s+(the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)$/iu.exec(text.slice(tokens[i].start, tokens[comma].start).trim());
      if (about && PLURAL_DESC.test(about[1]) && (/^the\s+\p{Lu}/u.test(about[1]) || personWord(singular(about[1].split(/\s+/).pop() ?? ''))))
        ctx.subjects.push({ desc: about[1], plural: true, sentence: ctx.sentenceNo });
      i = comma + 1;
    } else if (/^(?:when|as|after|while|once|before|since|until)$/i.test(tokens[i].lower)) {
      // Rule (a leading clause with no comma): "As Pell stepped on the tee he knew that Voss had birdied.": the
      // clause runs up to the "he" or "she" that opens the main clause, and its named subject is whom that means
      const main = tokens.findIndex(
        (t, k) => k > i + 2 && k < i + 25 && !quoted(k) && t.pos === 'PRON' && /^(?:he|she)$/.test(t.lower) && ['VERB', 'AUX'].includes(tokens[k + 1]?.pos ?? '') && !/^(?:that|and|but|or|who|which)$/i.test(tokens[k - 1].lower),
      );
      if (main > 0 && !tokens.slice(i, main).some((t) => t.text === ',' || t.text === ';')) {
        noteClauseSubject(ctx, tokens, text, i + 1, main, quoted);
        ctx.mainAfterClause = { sentence: ctx.sentenceNo, at: tokens[main].start };
        i = main;
      }
    }
  }
  let describedBefore = false;
  // Rule (a description before the name): "A native of Ohio, Orlen is a machinist.", "Now a soft-spoken, middle-aged man,
  // Orlen builds presses.": an opening noun phrase describing the subject, up to its comma, stands before the name
  // that is the subject (a run of adjectives may hold commas of its own)
  if (tokens[i] && (/^(?:a|an)$/i.test(tokens[i].lower) || (i > 0 && tokens[i - 1].text === ','))) {
    let k = i;
    // (a hyphenated compound is one adjective, whatever its second half is tagged: "middle-aged", "soft-spoken")
    while (k < tokens.length && k < i + 14 && !quoted(k) && (['DET', 'ADJ', 'NOUN', 'NUM', 'ADP', 'PROPN'].includes(tokens[k].pos) || /^(?:-|,)$/.test(tokens[k].text) || tokens[k - 1]?.text === '-')) {
      if (tokens[k].text === ',' && tokens[k + 1]?.pos === 'PROPN') break;
      k++;
    }
    const described =
      tokens[k]?.text === ',' &&
      tokens[k + 1]?.pos === 'PROPN' &&
      tokens.slice(0, k).some((t) => /^(?:a|an)$/i.test(t.lower)) &&
      tokens.slice(i, k).some((t) => /^\p{Ll}/u.test(t.text) && isPersonNoun(t.lower));
    if (described) {
      let f = k + 1;
      while (f < tokens.length && (tokens[f].pos === 'PROPN' || tokens[f].text === '.')) f++;
      if (['VERB', 'AUX'].includes(tokens[f]?.pos ?? '')) {
        i = k + 1;
        describedBefore = true;
      }
    }
  }
  while (
    tokens[i] &&
    (tokens[i].pos === 'CCONJ' ||
      tokens[i].pos === 'ADV' ||
      /^(?:today|yesterday|tonight|now|then|later|earlier|meanwhile|still|also)$/i.test(tokens[i].lower))
  )
    i++;
  // ("And now, the woman ...", "But then, Roe ...": the comma that closes the opening words)
  if (i > 0 && tokens[i]?.text === ',' && ['CCONJ', 'ADV'].includes(tokens[i - 1].pos)) i++;
  // "Neither Ortiz nor Lane ...", "Reyes and Park ...": two named people are one plural subject, a "they"
  const pair = namedPair(ctx, tokens, text, i, quoted) ?? familyPair(text.slice(tokens[i]?.start ?? 0));
  if (pair) {
    // (the one named in "Mrs. Roe and her daughter, ..." is a person of the article as well)
    const first = /^((?:(?:Mr|Mrs|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{L}’'-]*\.?\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+and\s+(?:his|her)\s/u.exec(pair);
    const ref = first ? parseSpeakerPhrase(first[1]) : undefined;
    if (ref?.kind === 'name' && !isNotPersonName(ref.name)) {
      const p = addPerson(ctx, ref.name, ref.role);
      noteGender(p, first![1]);
      if (ctx.people.includes(p)) mention(ctx, p);
    }
    ctx.subjects.push({ desc: pair, plural: true, sentence: ctx.sentenceNo });
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
    (e < tokens.length && /^(?:\.|-|of|['’]s?)$/.test(tokens[e].text) && e > i) ||
    (e > i && e < tokens.length && inBodyName(tokens, e, quoted))
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
    // (a plural too: "The engineers in Leeds struck me as careful men")
    (isPersonNoun(tokens[e - 1].lower) || isPersonNoun(singular(tokens[e - 1].lower))) &&
    /^(?:at|in|from|with|on|behind|near|beside|by)$/.test(tokens[e]?.lower ?? '')
  ) {
    let f = e + 1;
    while (f < tokens.length && f < e + 6 && !quoted(f) && ['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN'].includes(tokens[f].pos)) f++;
    if (f > e + 1 && tokens[f] && ['VERB', 'AUX'].includes(tokens[f].pos)) {
      ctx.subjects.push({ desc: text.slice(tokens[i].start, tokens[e - 1].end), sentence: ctx.sentenceNo });
      return;
    }
  }
  // Rule (a role with its phrase before the name): "Her editor at Pell Books, Bea Oduya, recalls ...", "The head of the
  // union, Ed Marr, said ...": a described person's "at", "of" or "for" phrase runs up to the comma of the name in
  // apposition, and the name is the subject
  if (e > i && /^(?:at|of|for|with|in)$/.test(tokens[e]?.lower ?? '') && /^\p{Ll}/u.test(tokens[e - 1].text) && tokens[e - 1].pos === 'NOUN' && isPersonNoun(tokens[e - 1].lower)) {
    let f = e + 1;
    while (f < tokens.length && f < e + 8 && !quoted(f) && (['DET', 'PROPN', 'NOUN', 'ADJ', 'PART'].includes(tokens[f].pos) || /^(?:of|['’]s?)$/.test(tokens[f].text))) f++;
    if (f > e + 1 && tokens[f]?.text === ',' && tokens[f + 1]?.pos === 'PROPN') e = f;
  }
  // "The mayor, Jo Pratt, praised ...": a name in apposition to the subject is who it is
  let asideAt = -1;
  if (tokens[e]?.text === ',' && e > i) {
    let f = e + 1;
    // (a given name may be tagged a verb or a noun: "The company's president, Ted Voll, was pleased")
    while (f < tokens.length && !quoted(f) && (tokens[f].pos === 'PROPN' || tokens[f].text === '.' || (f > e && /^\p{Lu}\p{Ll}/u.test(tokens[f].text) && tokens[f + 1]?.pos === 'PROPN'))) f++;
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
    // Rule (an aside of how they were): "And now the woman, tired and trembling, came to the cannery.", "Roe, grim
    // and silent, left the hall": adjectives or participles set off by commas after the subject say how it was; the
    // subject is the phrase before them
    else if (asideOfState(tokens, e, quoted) > 0) {
      asideAt = e;
      e = asideOfState(tokens, e, quoted);
    }
    // "Starr, a 24-year-old left-hander from Tulsa, struck out nine": a name with a description of a person in
    // apposition is a person, whatever the tagger made of a bare surname
    else if (tokens[e + 1] && /^(?:a|an|the)$/i.test(tokens[e + 1].lower) && /^\p{Lu}/u.test(tokens[i].text)) {
      const close = tokens.findIndex((t, k) => k > e + 1 && t.text === ',');
      if (close > 0 && close < e + 14 && tokens[close + 1] && ['VERB', 'AUX'].includes(tokens[close + 1].pos)) {
        const desc = text.slice(tokens[e + 1].start, tokens[close - 1].end);
        const head = descHead(desc).split(/\s+/).pop() ?? '';
        // ("The attendant, a lanky fellow in a greasy cap, looked ...": a described subject with a description in
        // apposition is the description before the comma)
        if (/\d+-year-old/.test(desc) || isPersonNoun(singular(head))) {
          if (/^(?:the|a|an|his|her|their)$/i.test(tokens[i].lower)) asideAt = e;
          e = close;
        }
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
        const p = addPerson(ctx, ref.name, ref.role, ref.age);
        mention(ctx, p);
        ctx.subjects.push({ p, sentence: ctx.sentenceNo });
        return;
      }
    }
  }
  // (a phrase of whom or where may follow the noun: "The governor's message to the legislature was long")
  if (e > i && tokens[e] && asideAt < 0 && ['VERB', 'AUX', 'PUNCT', 'ADP'].includes(tokens[e].pos)) {
    const whose = ownerOfWords(ctx, text.slice(tokens[i].start, tokens[e - 1].end));
    if (whose) {
      ctx.subjects.push({ ...whose, sentence: ctx.sentenceNo });
      return;
    }
  }
  if (e > i && tokens[e] && ['VERB', 'AUX', 'PUNCT'].includes(tokens[e].pos)) {
    const phrase = text.slice(tokens[i].start, tokens[(asideAt > 0 ? asideAt : e) - 1].end);
    const ref = parseSpeakerPhrase(phrase);
    // (a given name alone counts beside its role: "Her husband, Tom")
    // Rule (a capital at the start is no name): "Traffic resumed Wednesday, he said.", "Trains ran late.": a lone
    // word opening its sentence that WordNet has as a common noun, and that the article knows as no one, is capitalised
    // by its place only; its doing what people do ("resumed") makes it no person, and a later "he" passes it by
    const placeCapital = ref?.kind === 'name' && !ref.name.includes(' ') && (i === 0 || /^[—–(“"]$/.test(tokens[i - 1]?.text ?? '')) && e === i + 1 && isCommonNoun(ref.name) && !isGivenName(ref.name) && !findPerson(ctx, ref.name);
    if (
      ref?.kind === 'name' &&
      !placeCapital &&
      (personLike(phrase, ref.name) ||
        (!ref.name.includes(' ') && (findPerson(ctx, ref.name) || (ref.role && isGivenName(ref.name)))) ||
        (!ref.name.includes(' ') && ref.role && /^(?:a|an|the)\s/i.test(ref.role) && !isNotPersonName(ref.name)) ||
        (!ref.name.includes(' ') && asideAt < 0 && !isNotPersonName(ref.name) && doesWhatPeopleDo(tokens, e, quoted)) ||
        (!ref.name.includes(' ') && describedBefore && !isNotPersonName(ref.name)) ||
        (!ref.name.includes(' ') && asideAt < 0 && !isNotPersonName(ref.name) && takenUpBy(tokens, e, quoted)) ||
        // (an aside that says "his" or "her" of the subject says a person: "Voss, for all his bluster, is ...")
        (asideAt > 0 && !isNotPersonName(ref.name) && tokens.slice(asideAt, e).some((t) => /^(?:his|her)$/.test(t.lower))))
    ) {
      const p = addPerson(ctx, ref.name, ref.role, ref.age);
      noteGender(p, phrase);
      if (asideAt > 0) {
        const his = tokens.slice(asideAt, e).some((t) => t.lower === 'his');
        const her = tokens.slice(asideAt, e).some((t) => t.lower === 'her');
        if (his !== her) p.gender ??= his ? 'm' : 'f';
      }
      mention(ctx, p);
      ctx.subjects.push({ p, sentence: ctx.sentenceNo });
      return;
    }
    // "Her daughter laughed." after "her daughter, Miss Celia Roe,": the one the text introduced by that relation
    if (/^(?:his|her|their)\s+\p{Ll}+$/iu.test(phrase)) {
      const kin = [...ctx.recent].reverse().find((x) => x.roles.some((r) => nameKey(r).endsWith(nameKey(phrase))));
      if (kin) {
        ctx.subjects.push({ p: kin, sentence: ctx.sentenceNo });
        return;
      }
    }
    if (ref?.kind === 'definite') {
      // "The Ukrainian commander" after "Petro Kuzyk, a commander ...": the one whose role it names
      const stem = ref.noun.replace(/s$/, '');
      const p = [...ctx.recent].reverse().find((x) => x.roles.some((r) => roleNouns(r).includes(stem)));
      if (p) {
        ctx.subjects.push({ p, sentence: ctx.sentenceNo });
        return;
      }
    }
    // "Her husband, Dr. Sam Roe, a dentist, stays out of it.": the subject is the person the description introduces
    // ("Mrs. Hart's husband, Walter, ...": the owner's courtesy title is no part of the role the apposition matched)
    const untitled = phrase.replace(/^(?:Mr|Mrs|Miss|Ms|Dr)\.?\s+(?=\p{Lu}[\p{L}-]*['’]s\s)/u, '');
    const introduced = describedNames(text).find((d) => [phrase, untitled].includes(d.role.replace(/^(?:Mr|Mrs|Miss|Ms|Dr)\.?,\s*/, '')));
    const named = introduced ? findPerson(ctx, introduced.name) : undefined;
    if (named) {
      mention(ctx, named);
      ctx.subjects.push({ p: named, sentence: ctx.sentenceNo });
      return;
    }
    if ((!ref || ref.kind === 'definite' || ref.kind === 'descriptive') && describedSource(phrase)) {
      ctx.subjects.push({ desc: phrase, sentence: ctx.sentenceNo });
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
  if (passiveAgent(ctx, tokens, text, i, quoted)) return;
  const t = tokens[i];
  if (
    t &&
    t.pos === 'PRON' &&
    /^(?:he|she|they)$/i.test(t.lower) &&
    tokens[i + 1] &&
    ['VERB', 'AUX'].includes(tokens[i + 1].pos) &&
    !speakers.length
  ) {
    // Rule (a pronoun opening its sentence looks back): "He speaks no English, and his aide, Major Lin, interprets.":
    // the "he" that opens the sentence means someone before it, never the one the same sentence introduces later
    const later = /\p{L}/u.test(text.slice(0, t.start)) ? [] : ctx.subjects.filter((x) => x.sentence === ctx.sentenceNo);
    const found = antecedent(ctx, t.lower, (p) => later.some((x) => x.p === p) && !ctx.subjects.some((x) => x.p === p && x.sentence < ctx.sentenceNo));
    if (found) ctx.subjects.push({ ...found, sentence: ctx.sentenceNo });
  }
}

/**
 * Rule (a body's name holds its small words): "The secretary of the Committee on Public Lands was interviewed.",
 * "A spokesman for the Society for Crippled Children said ...": between capitalised words of one name, "on", "for"
 * and "and" are part of the name, as "of" is, so the subject runs to the name's last word and the person it
 * describes is in view for the "he" after.
 */
function inBodyName(tokens: readonly Token[], e: number, quoted: (i: number) => boolean): boolean {
  if (!/^(?:on|for|and)$/.test(tokens[e].text) || quoted(e + 1)) return false;
  const before = tokens[e - 1];
  const after = tokens[e + 1]?.lower === 'the' ? tokens[e + 2] : tokens[e + 1];
  return !!after && /^\p{Lu}/u.test(before.text) && before.pos === 'PROPN' && /^\p{Lu}/u.test(after.text) && ['PROPN', 'NOUN', 'ADJ'].includes(after.pos);
}

/** Where an aside of adjectives or participles after the subject ends (its closing comma), or -1. */
function asideOfState(tokens: readonly Token[], comma: number, quoted: (i: number) => boolean): number {
  let k = comma + 1;
  let adjectives = 0;
  while (k < tokens.length && k < comma + 8 && !quoted(k) && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'CCONJ' || tokens[k].pos === 'ADV' || (tokens[k].pos === 'VERB' && /(?:ed|ing)$/.test(tokens[k].lower)))) {
    if (tokens[k].pos !== 'CCONJ' && tokens[k].pos !== 'ADV') adjectives++;
    k++;
  }
  return adjectives > 0 && tokens[k]?.text === ',' && ['VERB', 'AUX'].includes(tokens[k + 1]?.pos ?? '') ? k : -1;
}

/**
 * Rule (a bare surname the sentence takes up as "he" is a person): "Vasko hasn't proved it yet, but he says his knee
 * is fine.", "Orlen will start late, which may set him back.": a lone capitalised subject that a he, him, she or her
 * later in the same sentence, in the outlet's own words, refers back to is a person, and the one that "he" means.
 */
function takenUpBy(tokens: readonly Token[], e: number, quoted: (i: number) => boolean): boolean {
  if (!tokens[e] || !['VERB', 'AUX'].includes(tokens[e].pos)) return false;
  return tokens.some((t, k) => k > e && !quoted(k) && t.pos === 'PRON' && /^(?:he|him|she)$/.test(t.lower));
}

/**
 * Rule (a bare surname doing what people do is a person): "Asked about the merger, Tolliver smiled.", "Orlen is a
 * machinist in Dayton.": a lone capitalised subject, never introduced with a title or a given name, is a person when
 * its verb is one WordNet gives only people as subjects (smile, shrug, frown) or when it "is" a person noun; a feature
 * goes on by the surname, and the "he" after it means that one, not someone named paragraphs before.
 */
function doesWhatPeopleDo(tokens: readonly Token[], e: number, quoted: (i: number) => boolean): boolean {
  const verb = tokens[e];
  if (!verb || quoted(e) || !['VERB', 'AUX'].includes(verb.pos)) return false;
  if (verb.pos === 'VERB' && isPersonVerb(verb.lemma)) return true;
  if (!/^(?:is|was)$/.test(verb.lower) || !/^(?:a|an)$/.test(tokens[e + 1]?.lower ?? '')) return false;
  let f = e + 2;
  while (f < tokens.length && f < e + 6 && !quoted(f) && ['ADJ', 'NOUN', 'PUNCT'].includes(tokens[f].pos) && tokens[f].text !== ',' && tokens[f].text !== '.') f++;
  const head = tokens[f - 1];
  return f > e + 2 && head.pos === 'NOUN' && /^\p{Ll}/u.test(head.text) && isPersonNoun(head.lower);
}

/**
 * Rule (what one said is the subject's complement): "This harsh judgment is what Ambassador Troy Lund told the
 * committee. He added that ...": in a sentence that says its subject "is what" someone said or told, that someone
 * is the one in view, whom the "he" after means, not a speaker quoted before.
 */
function whatOneSaid(ctx: Discourse, text: string): boolean {
  const m = /\b(?:is|was|are|were)\s+(?:just\s+|exactly\s+|precisely\s+)?what\s+((?:[\p{Lu}][\p{L}’'.-]*\s+){0,4}?\p{Lu}[\p{L}’'-]+)\s+(?:has\s+|had\s+)?(\p{Ll}+)\b/u.exec(text);
  if (!m || !isReportingVerb(m[2].replace(/(?:ed|d|s)$/, '')) && !/^(?:told|said|says|wrote|writes|thought|thinks)$/.test(m[2])) return false;
  const ref = parseSpeakerPhrase(m[1]);
  if (ref?.kind !== 'name' || isNotPersonName(ref.name)) return false;
  const p = addPerson(ctx, ref.name, ref.role, ref.age);
  if (!ctx.people.includes(p)) return false;
  noteGender(p, m[1]);
  mention(ctx, p);
  ctx.subjects.push({ p, sentence: ctx.sentenceNo });
  return true;
}

/**
 * Rule (the one "by" whom a thing was done is in view): "The closing was announced by the harbor master, Capt. Lew
 * Amsel. He said the pier was unsafe.": where the subject is a thing and the verb a passive, the person named after
 * "by" at the end of the sentence is the actor, whom the next "he" means. Only a person named with a title or a
 * given name, and only where the subject is no person ("The mayor was praised by Dr. Roe" keeps the mayor).
 */
function passiveAgent(ctx: Discourse, tokens: readonly Token[], text: string, from: number, quoted: (k: number) => boolean): boolean {
  let i = from;
  // (after an opening phrase of time: "Just before noon the closing was announced by ...")
  if (tokens[i]?.pos === 'ADP') {
    const det = tokens.findIndex((t, k) => k > i && k < i + 6 && t.pos === 'DET');
    if (det > 0 && tokens.slice(i, det).every((t) => ['ADP', 'NOUN', 'ADV', 'NUM'].includes(t.pos))) i = det;
  }
  if (!tokens[i] || !/^(?:the|a|an|this|that|its)$/i.test(tokens[i].lower)) return false;
  // the participle, with an adverb or two before "by" ("was announced grimly by")
  const participle = (k: number) => {
    let v = k - 1;
    while (v > i && tokens[v].pos === 'ADV') v--;
    return v > i + 1 && tokens[v].pos === 'VERB' && /(?:ed|en)$/.test(tokens[v].lower) && /^(?:was|were|been|is|are)$/.test(tokens[v - 1].lower) ? v : -1;
  };
  const by = tokens.findIndex((t, k) => k > i + 2 && t.lower === 'by' && !quoted(k) && participle(k) > 0);
  if (by < 0) return false;
  const subject = text.slice(tokens[i].start, tokens[participle(by)].start);
  if (tokens.slice(i, by).some((t) => t.pos === 'PROPN') || /\b(?:he|she|him|her)\b/i.test(subject)) return false;
  const last = tokens.length - (tokens[tokens.length - 1]?.pos === 'PUNCT' ? 1 : 0);
  if (last - by > 20 || tokens.slice(by + 1, last).some((t, k) => quoted(by + 1 + k) || t.text === ';')) return false;
  const phrase = text.slice(tokens[by + 1].start, tokens[last - 1].end);
  const ref = parseSpeakerPhrase(phrase);
  if (ref?.kind !== 'name' || !ref.name.includes(' ') || isNotPersonName(ref.name) || !personLike(phrase, ref.name)) return false;
  const p = addPerson(ctx, ref.name, ref.role, ref.age);
  if (!ctx.people.includes(p)) return false;
  noteGender(p, phrase);
  mention(ctx, p);
  ctx.subjects.push({ p, sentence: ctx.sentenceNo });
  return true;
}

/** The named subject of a leading subordinate clause (tokens from..to), remembered as a subject of this sentence. */
function noteClauseSubject(
  ctx: Discourse,
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
  if (ref?.kind !== 'name' || !(personLike(phrase, ref.name) || (!ref.name.includes(' ') && findPerson(ctx, ref.name))))
    return;
  const p = addPerson(ctx, ref.name, ref.role, ref.age);
  noteGender(p, phrase);
  mention(ctx, p);
  ctx.subjects.push({ p, sentence: ctx.sentenceNo });
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
  ctx: Discourse,
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
  const known = (n: string) => findPerson(ctx, n)?.name.split(' ').pop() ?? (isNotPersonName(n) ? undefined : n);
  const pa = known(a);
  const pb = known(b);
  return pa && pb ? `${pa} and ${pb}` : undefined;
}

/** A noun of saying or writing: "answer", "reply", "message", "letter", "claim". */
function wordsNoun(noun: string): boolean {
  return isCommunicationNoun(noun) || isReportNoun(noun) || isReportingVerb(noun);
}

/**
 * Rule (the one whose words are the subject): "Grady Moss's answer was quick.", "The governor's message to the
 * legislature was long on promises.", "His reply was: “Not while I live.”": where the subject is someone's answer,
 * message or letter, the one in view is its owner (a person named, the one given that role, the described person,
 * or whom the possessive pronoun means), whom the "he said" or the quotation after it belongs to, not the words.
 */
function ownerOfWords(ctx: Discourse, phrase: string): { p?: ArticlePerson; desc?: string } | undefined {
  const named = /^((?:\p{Lu}[\p{L}’'-]*\.?\s+){0,3}\p{Lu}[\p{L}-]+)['’]s\s+(\p{Ll}+)$/u.exec(phrase);
  if (named && wordsNoun(named[2])) {
    const owner = parseSpeakerPhrase(named[1]);
    if (owner?.kind !== 'name' || isNotPersonName(owner.name) || !(personLike(named[1], owner.name) || findPerson(ctx, owner.name))) return undefined;
    const p = addPerson(ctx, owner.name, owner.role);
    if (!ctx.people.includes(p)) return undefined;
    noteGender(p, named[1]);
    mention(ctx, p);
    return { p };
  }
  const described = /^((?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+))['’]s\s+(\p{Ll}+)$/iu.exec(phrase);
  if (described && wordsNoun(described[3])) {
    const head = described[2].toLowerCase();
    if (!isPersonNoun(head) || INSTITUTION.test(head) || PLURAL_DESC.test(head)) return undefined;
    const p = [...ctx.recent].reverse().find((x) => x.roles.some((r) => roleNouns(r).split(' ').includes(head)));
    return p ? { p } : { desc: described[1] };
  }
  const pronoun = /^(his|her|their)\s+(\p{Ll}+)$/iu.exec(phrase);
  if (pronoun && wordsNoun(pronoun[2])) return antecedent(ctx, ({ his: 'he', her: 'she' } as Record<string, string>)[pronoun[1].toLowerCase()] ?? 'they');
  return undefined;
}

/**
 * Rule (a past tense read as a noun): "The judge excused the jurors, saying ...": a lower-case "-ed" word the tagger
 * calls a noun, after a noun and before an article, a pronoun or a number, is the sentence's verb, so the subject
 * ends before it (nouns in "-ed" are short, "bed", "shed", or end in "-eed", "seed", "creed", and take no article after).
 */
function pastTenseVerbs(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.pos !== 'NOUN' || !/^\p{Ll}{3,}ed$/u.test(t.text) || /eed$/.test(t.lower) || !['NOUN', 'PROPN'].includes(tokens[k - 1].pos) || !['DET', 'PRON', 'NUM'].includes(tokens[k + 1].pos)) continue;
    out ??= [...tokens];
    out[k] = { ...t, pos: 'VERB' };
  }
  return out ?? tokens;
}
