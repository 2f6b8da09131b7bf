// A filter stage after the search for reported speech (reported-speech.ts): sentences whose verb WordNet files among
// the verbs of communication, or whose shape looks like "X said Y", but which report no one's words. The search
// is generous on purpose (recall); these rules take back what it finds where the sentence itself shows that no
// statement is made. Every rule judges the sentence's shape and its words' classes, never one article's text.
import { SOURCE_NOUN, type SpeechCue } from './reported-speech.js';
import { descHead } from './described-sources.js';
import { isAccountNoun, isCommunicationNoun, isGroupNoun, isLowerCasePersonNoun, isPersonNoun } from './wordnet.js';
import type { Token } from './tagger.js';

export interface NonReportRule {
  name: string;
  why: string;
  /** True when the cue at tokens[v] reports no statement; `quoted(i)` tells whether token i stands in quote marks. */
  matches(cue: SpeechCue, tokens: readonly Token[], v: number, quoted: (i: number) => boolean): boolean;
}

/**
 * Verbs of saying proper, with their kin of asking, urging and holding a view: after these a bare object is still
 * what was said or urged ("urged support for the bill", "reported 24 shots", "expects profit of $4 million",
 * "suggested a merger"), and a clause the tagger misreads is still a clause ("says another year of this will be
 * ruinous"). Every other verb WordNet files among the verbs of communication (gulp, undertake, reverse, give, lead,
 * preach, receive, provide, let) reports only with a clause.
 */
const SAYING_PROPER = new Set(`say tell add declare explain confess insist answer continue recall exclaim shout remark write report note
  observe retort concede admit agree argue announce warn state conclude relate charge contend assert testify estimate predict claim
  maintain comment respond emphasize emphasise stress point inform acknowledge suggest promise complain protest disclose reveal confirm
  deny indicate cry murmur whisper quip joke boast vow pledge recount mention advise caution urge believe think feel hope expect demand
  order accuse criticize criticise blame praise propose recommend request ask question allege doubt fear figure calculate project
  forecast describe call term label brand dub consider deem pronounce hold find rule decide know reckon guess assume suppose imagine
  wonder speculate attack condemn denounce defend endorse indorse support oppose reject dismiss welcome hail thank assure remind
  promise threaten beg plead appeal invite predict forecast credit cite quote reiterate repeat counter rebut challenge dispute
  doubt question concur disagree object identify`.split(/\s+/));

const RELATIVE = /^(?:which|who|whom|whose|where|when|that)$/i;
const CLAUSE_OPENER = /^(?:that|whether|if|why|how|what|when|where|who|which|because)$/i;
const QUOTE_MARK = /^[“”"‘’']+$/;
const finite = (t: Token) => (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/i.test(t.lower);

/**
 * Whether the tokens of [from, to) hold a clause: a finite verb with its own subject right before it. A verb that
 * opens a relative clause ("a burden which had been borne"), follows a preposition or a conjunction ("without
 * wiping", "and created") or ends in -ing ("the things growing there") has no subject of its own; an infinitive
 * after an object ("expects the fees to bring in $400") is a clause in small. A semicolon ends the object:
 * what follows it is a sentence of the writer's own; a colon opens the words ("broke the news: he would run").
 */
function holdsClause(tokens: readonly Token[], from: number, to: number): boolean {
  // ("became convinced that an individual can ...": a "that" or a question word right before the content opens a clause)
  if (from > 0 && CLAUSE_OPENER.test(tokens[from - 1].lower)) return true;
  if (from < to && (CLAUSE_OPENER.test(tokens[from].lower) || (tokens[from].pos === 'VERB' && /ing$/i.test(tokens[from].lower)))) return true;
  for (let i = from; i < to; i++) {
    if (tokens[i].text === ';') return false;
    const t = tokens[i];
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    let j = i - 1;
    while (j >= from && (tokens[j].pos === 'ADV' || QUOTE_MARK.test(tokens[j].text) || tokens[j].lower === 'not')) j--;
    const before = j >= from ? tokens[j] : undefined;
    if (!before) continue;
    if (before.lower === 'to') {
      const obj = tokens[j - 1];
      if (obj && j - 1 >= from && ['NOUN', 'PROPN', 'PRON'].includes(obj.pos)) return true;
      continue;
    }
    if (!finite(t) || RELATIVE.test(before.lower)) continue;
    if (/ed$/i.test(t.lower) && tokens[i + 1]?.lower === 'by') continue; // "a dinner sponsored by the club"
    if (['NOUN', 'PROPN', 'PRON', 'NUM'].includes(before.pos) || /^[”"’)]$/.test(before.text)) return true;
  }
  return false;
}

/** Token ranges of a cue's content. */
function contentRanges(cue: SpeechCue, tokens: readonly Token[]): { from: number; to: number }[] {
  return cue.content.map((r) => {
    const from = tokens.findIndex((t) => t.start >= r.start);
    const to = tokens.findIndex((t) => t.start >= r.end);
    return { from, to: to < 0 ? tokens.length : to };
  });
}

/**
 * Whether a cue's content is only an object or a topic: it holds words of the outlet's own (a quotation standing as
 * the whole content is the words said: "“Thirteen,” said Long Jim.") but no clause, and whatever it quotes is a
 * name in title case (the title of a talk, an award) rather than someone's words ("demanded “immediate help”" quotes
 * the speaker, and stays).
 */
function objectOnly(cue: SpeechCue, tokens: readonly Token[], quoted: (i: number) => boolean): boolean {
  if (cue.from !== 'subject' && cue.from !== 'shared' && cue.from !== 'inverted') return false;
  const ranges = contentRanges(cue, tokens);
  if (!ranges.length || ranges.some((r) => r.from < 0 || r.to <= r.from)) return false;
  const own = (r: { from: number; to: number }) => tokens.slice(r.from, r.to).some((t, k) => !quoted(r.from + k) && !/^\p{P}+$/u.test(t.text));
  if (!ranges.some(own)) return false;
  for (const r of ranges)
    for (let i = r.from; i < r.to; i++) {
      if (!quoted(i)) continue;
      let j = i;
      while (j < r.to && quoted(j)) j++;
      const words = tokens.slice(i, j).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
      if (!words.length || !words.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || /^(?:of|the|and|or|in|on|at|to|for|a|an|by|with|from)$/i.test(t.lower))) return false;
      i = j;
    }
  return ranges.every((r) => !holdsClause(tokens, r.from, r.to));
}

/** Whether the cue's content holds words of the outlet's own, not only a quotation (see objectOnly). */
function ownWords(cue: SpeechCue, tokens: readonly Token[], quoted: (i: number) => boolean): boolean {
  return contentRanges(cue, tokens).some((r) => r.from >= 0 && tokens.slice(r.from, r.to).some((t, k) => !quoted(r.from + k) && !/^\p{P}+$/u.test(t.text)));
}

/** The words before the cue verb, back to the sentence start or a comma: where its subject and auxiliaries stand. */
function before(tokens: readonly Token[], v: number): Token[] {
  let i = v - 1;
  while (i >= 0 && !/^[,;:—–(]$/.test(tokens[i].text)) i--;
  return tokens.slice(i + 1, v);
}

const MODAL = /^(?:may|might|could|would|can)$/i;
const GENERIC_READER = /^(?:you|one)$/i;
const INDEFINITE = /^(?:a|an|any|anyone|anybody|someone|somebody)\b/i;
/** Verbs of evidence: what a thing shows, not what anyone says ("the figures suggest", "the results prove"). */
const EVIDENCE = new Set(['suggest', 'indicate', 'imply', 'signal']);
/** Verbs of showing by deeds: "he proved he could win", "the tournament demonstrated what nerves can do". */
const SHOWING = new Set(['prove', 'demonstrate']);
/** Verbs of wanting: "we wish the council would listen" is the writer's wish, not a report. */
const WISHING = new Set(['wish', 'want', 'prefer']);

/**
 * Whether a described subject is one that speaks: a person, a group, a body, a writing or record (SOURCE_NOUN,
 * WordNet's noun.communication and accounts: "the almanacs suggest"), a pronoun or a named one.
 */
function speakingSubject(speaker: string): boolean {
  const head = descHead(speaker.trim()).split(/\s+/).pop() ?? '';
  if (/^\p{Lu}/u.test(head) || /^(?:he|she|they|we|i|it|you|one|who)$/i.test(head)) return true;
  const lower = head.toLowerCase().replace(/[’']s$/, '');
  const single = lower.replace(/ies$/, 'y').replace(/s$/, '');
  return SOURCE_NOUN.test(lower) || [lower, single].some((w) => isPersonNoun(w) || isLowerCasePersonNoun(w) || isGroupNoun(w) || isCommunicationNoun(w) || isAccountNoun(w));
}

/** Verbs of the writer judging or granting in the piece itself ("I concur that", "I grant that", "we considered it an insult"). */
const WRITERS_JUDGING = new Set(['concur', 'grant', 'consider', 'let', 'deem', 'submit']);
/** The modals under which a writer offers a view of their own ("I would suggest", "we must insist", "I should add"). */
const WRITERS_MODAL = /^(?:may|might|could|would|can|must|should|shall)$/i;

export const NON_REPORT_RULES: readonly NonReportRule[] = [
  {
    // Invented: "You might think the bridge would hold." / "One can argue that the tax is fair." / "A cynic may say
    // the vote was bought." / "Anyone could see that the plan had failed." The reader addressed as "you", the
    // generic "one", or an indefinite someone under "may", "might", "could", "would" or "can" is no one who spoke:
    // the sentence is the writer's own argument put as what someone might think.
    name: 'imagined-speaker',
    why: 'A report whose subject is the generic reader or an imagined someone ("one might think", "a skeptic may say") attributes nothing to anyone; it is the writer\'s own voice.',
    matches(cue, tokens, v, quoted) {
      if (cue.from !== 'subject' || !cue.speaker || quoted(v) || !ownWords(cue, tokens, quoted)) return false;
      const s = cue.speaker.trim();
      if (GENERIC_READER.test(s)) return true;
      return INDEFINITE.test(s) && before(tokens, v).some((t) => MODAL.test(t.lower));
    },
  },
  {
    // Invented: "The falling sales suggest the plant will close." / "This slow reading may indicate that the boy is
    // tired." / "Lind proved he could win." / "The storm demonstrated what the levee can stand." A thing that
    // suggests or indicates is evidence, not a source, and proving or demonstrating is done by deeds; "the report
    // suggests" and "the mayor indicated" stay reports (a writing and a person speak).
    name: 'evidence-not-speech',
    why: 'Verbs of evidence with a subject that cannot speak, and verbs of proving by deeds, state what facts show, not what anyone said.',
    matches(cue, tokens, v) {
      const lemma = tokens[v].lemma;
      // (not "it proved": a pronoun may stand for a report, "he thought it proved his argument that ...")
      if (SHOWING.has(lemma)) return cue.from === 'subject' && !!cue.speaker && !/^(?:it|this|that|which)$/i.test(cue.speaker.trim());
      return EVIDENCE.has(lemma) && cue.from === 'subject' && !!cue.speaker && !speakingSubject(cue.speaker);
    },
  },
  {
    // Invented: "We wish the council would listen." / "I want the board to think again." The writer's wish is the
    // piece's own voice, as the writer's stance is (writer-voice.ts, "writer's own stance").
    name: 'writers-wish',
    why: 'A wish of the writer ("we wish the mayor would remember") is the editorial\'s argument, not a statement it reports.',
    matches: (cue, tokens, v, quoted) => !quoted(v) && WISHING.has(tokens[v].lemma) && /^(?:i|we)$/i.test(cue.speaker?.trim() ?? ''),
  },
  {
    // Invented: "I concur that the fee is too high." / "I grant that the dog may bite." / "We considered the offer an
    // insult." / "I would like to suggest that the board meet again." / "We must insist that the road be paved." / "In
    // my estimation, the plan will fail." / "We let the program die." The writer of a letter, an editorial or a column
    // agreeing, granting, judging, offering a view under a modal ("would", "must", "would like to") or giving it "in my
    // view", and the writer's "we let", argue in the piece's own voice; they report no statement, as the stance verbs of
    // writer-voice.ts do not. "I told the clerk that the road was closed" and "“Walk,” I suggested" stay statements.
    name: 'writers-own-argument',
    why: 'The first person outside quotation marks is the writer; a view the writer grants, offers or judges in the piece itself is its argument, not a statement it reports.',
    matches(cue, tokens, v, quoted) {
      if (quoted(v) || !/^(?:i|we)$/i.test(cue.speaker?.trim() ?? '')) return false;
      if (/^in$/i.test(cue.verb) || WRITERS_JUDGING.has(tokens[v].lemma)) return true;
      const lead = before(tokens, v).slice(-3);
      return lead.some((t) => WRITERS_MODAL.test(t.lower)) && !lead.some((t) => /^(?:not|never|n't)$/i.test(t.lower));
    },
  },
  {
    // Invented: "The tanker gulped 900 gallons without a stop." / "The ruling reverses the court's earlier stand." /
    // "She will receive the “Golden Quill” at the banquet." Each verb is one WordNet files among the verbs of
    // communication (gulp, reverse, receive), but what follows is only its object: a thing done or received, not words
    // anyone said. Such a verb reports only with a clause ("undertook that the debt would be paid"). Verbs of saying
    // proper keep a bare object ("urged support for the bill", "reported 24 shots": SAYING_PROPER).
    name: 'object-not-content',
    why: 'A verb that WordNet counts as communication but is no verb of saying, followed by only its object, states nothing; listing it puts words in the subject\'s mouth.',
    matches: (cue, tokens, v, quoted) => tokens[v].pos === 'VERB' && !SAYING_PROPER.has(tokens[v].lemma) && objectOnly(cue, tokens, quoted),
  },
];

/**
 * The name of the rule that takes a cue back as no report, or undefined when it stands. `cues`: the sentence's
 * others. A cue standing inside another's content is left alone: there the outer report gives it as someone's
 * words ("he thought it proved his argument that ...").
 */
export function nonReport(cue: SpeechCue, cues: readonly SpeechCue[], tokens: readonly Token[], quoted: (i: number) => boolean): string | undefined {
  const v = tokens.findIndex((t) => t.start === cue.at);
  if (v < 0) return undefined;
  if (cues.some((c) => c !== cue && c.content.some((r) => cue.at >= r.start && cue.at < r.end))) return undefined;
  return NON_REPORT_RULES.find((r) => r.matches(cue, tokens, v, quoted))?.name;
}
