// Pronoun resolution: whom a he, she, it or they means, by agreement in sex and number with the subjects in view
// (a body is an "it", a group a "they") and the people last mentioned.
import { genderOfWords } from './article-people.js';
import { givenNameSex, menBearToo } from './given-names.js';
import { isCommunicationNoun, isGroupNoun, isPersonNoun, isPersonTitle, isThingNoun } from './wordnet.js';
import { SOURCE_NOUN } from './reported-speech.js';
import { descHead, INSTITUTION, PLURAL_DESC, personWord, singular } from './described-sources.js';
import type { Discourse, Subject } from './discourse.js';
import type { ArticlePerson } from './quotes.js';

function genderOf(p: ArticlePerson) {
  return p.gender;
}

/**
 * Rule (a she is never a man by his given name): where no title or family word marks a person, a given name the name
 * lexicon files as a man's rules out a "she" ("Judge Cora Bell heard the case. The defendant, Lyle Marks, listened.
 * “You may go,” she said." is the judge). Only that way round: the press of the day marks its women ("Mrs.", "Miss"),
 * so an unmarked name is weaker evidence against a "he".
 */
function maybeShe(p: ArticlePerson): boolean {
  if (p.gender) return p.gender === 'f';
  return !p.name.includes(' ') || givenNameSex(p.name.split(/\s+/)[0]) !== 'm';
}

/**
 * Rule (a firm taken for a person is still an "it"): "Brightwater Plastics said it had shut the tower. / “Our
 * thoughts are with the families,” it said.": a name filed as a person's whose last word is a common noun for a
 * thing or a plural ("Plastics", "Foods", "Motors", "Steel") and whose first word is no given name, with no title,
 * role or sex the text gave it, is an organisation, which speaks as "it". "Harlan Mills" (Harlan is a given name)
 * and "Dr. Mills" stay people.
 */
export function firmName(p: ArticlePerson): boolean {
  const words = p.name.split(/\s+/);
  if (words.length < 2 || p.gender || p.roles.length || p.age !== undefined) return false;
  const last = words[words.length - 1].toLowerCase();
  const first = words[0].replace(/[.]$/, '');
  if (givenNameSex(first) || /^(?:Mr|Mrs|Miss|Ms|Dr|Sir|Lady|Lord)$/.test(first)) return false;
  return FIRM_WORD.test(last) || isThingNoun(last) || (/[^s]s$/.test(last) && isThingNoun(last.slice(0, -1)));
}

/** The last words of firms' names: "Kestrel Foods", "Brightwater Plastics", "Halden Rail", "Orrin Mills". */
const FIRM_WORD =
  /^(?:plastics?|foods?|motors?|mills?|works|steel|oil|airlines?|airways|systems|holdings|group|partners|brands|chemicals?|products|electronics|laboratories|labs|pharmaceuticals?|enterprises|technologies|tech|stores|bank|rail|railways?|energy|media|inc|corp|co|ltd|plc|llc|industries|manufacturing|construction|insurance|utilities|mining|shipping|logistics|textiles|foundry|brewery|bakeries|dairies?)\.?$/;


/**
 * Rule (a voice is an "it"): "At last one small voice rose over the rest. “But,” it said, “...”": a noun WordNet
 * files both as communication and as a person ("voice", "source") is, when an "it" speaks, the thing that speaks; a
 * person is never an "it", so the person sense is not what the writer meant.
 */
function voiceNoun(head: string): boolean {
  return isCommunicationNoun(head) && isPersonNoun(head);
}

/**
 * Rule (a "they" that speaks is people): "These pressures are doing much to keep the regime tense. ... The planners
 * struck me as realistic men. They know that ...": the "they" of a verb of saying or thinking means people or bodies
 * (a plural of a word for a person, a source, a group or a writing, a name, or one the article has had speak
 * already), never a plural of things, however near; for other verbs a "they" may still be the things.
 */
function speakingGroup(desc: string): boolean {
  // (an emphatic reflexive is no head: "Southern whites themselves")
  const head = descHead(desc).replace(/\s+(?:themselves|ourselves)$/i, '').split(/\s+/).pop() ?? '';
  if (/^\p{Lu}/u.test(head)) return true;
  const one = singular(head);
  return personWord(one) || SOURCE_NOUN.test(head) || isGroupNoun(one) || isCommunicationNoun(one);
}

/** he/she/it/they to the nearest fitting subject of this or the last sentences, then the last fitting mention. */
export function antecedent(
  ctx: Discourse,
  pronoun: string,
  avoid?: (p: ArticlePerson) => boolean,
  speaking = false,
): { p?: ArticlePerson; desc?: string } | undefined {
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
  // Rule (an "it" is no officer and no name of a person's kind): "The company's president" is a he or she whatever
  // else WordNet files "president" under, and "The Daily Market Letter", capitalised, is a name, not a person word
  const itDesc = (d: string) => {
    const head = descHead(d).split(/\s+/).pop() ?? '';
    if (/^\p{Ll}/u.test(head) && voiceNoun(head)) return true;
    return /^\p{Lu}/u.test(head) ? !/^(?:the|a|an)?\s*\p{Lu}\p{Ll}*$/u.test(d.trim()) || !personDesc(d) : !personDesc(d) && (INSTITUTION.test(head) || !isPersonTitle(head));
  };
  // Rule (a firm's name is one body, whatever its last letter): "Brightwater Plastics said it had shut the tower. /
  // “Our thoughts are with the families,” it said.", "General Motors ... It said": a capitalised name with no article
  // before it is the name of one organisation, so its plural-looking last word ("Plastics", "Motors", "Industries")
  // does not make it a "they"; "the Orioles", a team named with "the", stays a plural
  const namedBody = (d: string) => /^(?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}\p{Lu}\p{Ll}+s$/u.test(d.trim()) && !/^(?:The|A|An|Some|Many|Most|Other|Several|Both|All|Two|Three|Four)\s/.test(d.trim());
  // (one that has spoken in the article is one that speaks, whatever its words: "Southern whites themselves")
  const spoke = (d: string) => ctx.quotes.some((q) => q.descriptive === d);
  const fits = (x: { p?: ArticlePerson; desc?: string; plural?: boolean }) =>
    !(x.p && avoid?.(x.p)) &&
    (want === 'it'
      ? x.p
        ? firmName(x.p)
        : !!x.desc && !x.plural && (!PLURAL_DESC.test(descHead(x.desc)) || namedBody(x.desc)) && itDesc(x.desc)
      : want === 'they'
        ? !!x.desc && (PLURAL_DESC.test(descHead(x.desc)) || !!x.plural) && (!speaking || !!x.plural || spoke(x.desc) || speakingGroup(x.desc))
        : x.p
          ? (want === 'person' || (want === 'f' ? maybeShe(x.p) : !genderOf(x.p) || genderOf(x.p) === want)) && !firmName(x.p)
          : !!x.desc && personDesc(x.desc) && agrees(x.desc));
  if (
    ctx.questionTo &&
    ctx.questionTo.sentence >= ctx.sentenceNo - 2 &&
    !avoid?.(ctx.questionTo.p) &&
    (want === 'person' || !ctx.questionTo.p.gender || ctx.questionTo.p.gender === want)
  ) {
    // “Do you feel ...?” asked Mrs. Peck of the chairman, Joseph E. Harvey Jr. “My feeling,” he said: the one asked answers.
    const p = ctx.questionTo.p;
    ctx.questionTo = undefined;
    return { p };
  }
  // Rule (a she is a woman the text has marked): the press of the day marks a woman ("Mrs.", "Miss", "his mother",
  // an earlier "she"), so a "she" means a woman so marked in view before a nearer bare surname ("Pell's mother,
  // Edna, ... “Mom worries,” Pell said. / “Somebody has to,” she said.")
  // ... but not past a woman's full name just introduced as the subject ("Her editor, Bea Oduya, recalls the draft.
  // “I cried,” she says."): a given name no lexicon files as a man's, with a surname, in this sentence or the last,
  // is nearer evidence than a woman marked before her (a bare surname, "Pell said", stays passed over)
  const introducedWoman = (x: Subject) =>
    !!x.p && !x.p.gender && !avoid?.(x.p) && /\s/.test(x.p.name) && givenNameSex(x.p.name.split(/\s+/)[0]) !== 'm' && x.sentence >= ctx.sentenceNo - 1;
  if (want === 'f')
    for (let i = ctx.subjects.length - 1; i >= 0 && ctx.subjects[i].sentence >= ctx.sentenceNo - 3; i--) {
      const x = ctx.subjects[i];
      if (x.p ? x.p.gender === 'f' && !avoid?.(x.p) : !!x.desc && fits(x) && genderOfWords(x.desc) === 'f') {
        const nearer = ctx.subjects.slice(i + 1).reverse().find(introducedWoman);
        return nearer && nearer.p !== x.p ? nearer : x;
      }
    }
  // Rule (his aide is not the "he"): "Mayor Tom Reese met the press. His aide, Jane Pell, stood by." / "“The budget
  // is balanced,” he said." is Reese: where the nearest subject that fits a "he" was introduced as "his" someone and
  // has a given name the lexicon files as a woman's, with no other mark of sex, the man of the same few sentences
  // whom the text or his given name marks as one is meant instead. Only so narrowly: elsewhere the nearest stands
  // (the press of the day marks its women, and an unmarked name is weak evidence)
  const given = (p: ArticlePerson) => p.name.replace(/^(?:Dr|Prof|Rev|Gov|Sen|Rep)\.?\s+/, '').split(/\s+/)[0];
  const firstName = (p: ArticlePerson) => givenNameSex(given(p));
  // (not a name men bear too, which the lexicon files as a woman's: "Nikita Khrushchev", "Patrice Lumumba", "Jules
  // Romains", "Leslie Howard")
  const womanNamed = (x: Subject) => !!x.p && !x.p.gender && x.p.name.includes(' ') && firstName(x.p) === 'f' && !menBearToo(given(x.p));
  const markedMan = (x: Subject) => !!x.p && (x.p.gender === 'm' || (!x.p.gender && x.p.name.includes(' ') && firstName(x.p) === 'm'));
  if (want === 'm') {
    const inView = ctx.subjects.filter((x) => x.sentence >= ctx.sentenceNo - 2 && fits(x));
    const nearest = inView[inView.length - 1];
    // (introduced as "his" someone: "His aide, Jane Pell," belongs to a man in view, whom the "he" then means)
    if (nearest && womanNamed(nearest) && nearest.p!.roles.some((r) => /^his\s/i.test(r.trim()))) {
      const man = [...inView].reverse().find(markedMan);
      if (man) return man;
    }
  }
  for (let i = ctx.subjects.length - 1; i >= 0 && ctx.subjects[i].sentence >= ctx.sentenceNo - 3; i--)
    if (fits(ctx.subjects[i])) return ctx.subjects[i];
  if (want === 'it' || want === 'they') {
    // a body stays "it" for a while, not for the rest of a long article
    for (let i = ctx.subjects.length - 1; i >= 0 && ctx.subjects[i].sentence >= ctx.sentenceNo - 8; i--)
      if (fits(ctx.subjects[i])) return ctx.subjects[i];
    return undefined;
  }
  // Rule (the subject outlasts a passing name): beyond the last few sentences a "he" still means the last person
  // who was a subject ("Dr. Arno ... In 1938 he studied under Professor Weiss. ... He says"), not a name met in
  // passing in a phrase; the last mention decides only where no subject fits
  // passing in a phrase in the same sentence or before; a name met after the subject's last sentence ("Another
  // would be to take the advice of Dr. Ellis, ... He says") is the one meant
  const p = [...ctx.recent].reverse().find((x) => fits({ p: x }));
  for (let i = ctx.subjects.length - 1; i >= 0 && ctx.subjects[i].sentence >= ctx.sentenceNo - 12; i--)
    if (ctx.subjects[i].p && fits(ctx.subjects[i]) && (!p || ctx.subjects[i].sentence >= (ctx.mentionedAt.get(p) ?? 0))) return ctx.subjects[i];
  if (p) return { p };
  // Rule (a man named in passing, where no one else fits): "A visitor came up to Abel Ruiz and asked him about the
  // team." / "“Ask me in May,” he said.": with no subject or speaker in view who fits, the "he" is the person last
  // named by his full name in the sentences just before, wherever the name stood
  const passing = [...ctx.passing].reverse().find((x) => x.sentence >= ctx.sentenceNo - 3 && fits({ p: x.p }));
  return passing ? { p: passing.p } : undefined;
}
