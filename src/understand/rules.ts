import { storyLevelReading } from './story-level.js';
import { understandFigureQuestion } from '../answer/figure-questions.js';
import type { Query } from '../answer/query.js';
import { OUTLET_WORDS as OUTLETS, SAY_VERBS } from '../answer/question-words.js';
import { saidAsANoun } from './said-as-a-noun.js';

/**
 * A reading of a question: what it may be asking, with its slots as the person wrote them. Rules only propose;
 * the resolver (resolve.ts) checks each proposal against the story and keeps the best-supported one.
 */
export interface Proposal {
  rule: string;
  query: Query;
  /** How specific the wording is for this reading (0–1): breaks ties between readings the story supports equally. */
  prior: number;
}

/** One way of asking: a name, why it exists, questions it reads (with the reading label they must get), and how. */
export interface UnderstandingRule {
  name: string;
  why: string;
  /** `reading` is the label `readingLabel` gives the resolved Query on the bundled story. */
  examples: { q: string; reading: string }[];
  propose(q: string): Omit<Proposal, 'rule'>[];
}

// Verbs of saying a question may use, broader than the extractor's: people ask "who joked", "who admitted", and in
// the present as often as the past ("who reckons", "who warns", "who feels").
const SAY = String.raw`(?:${SAY_VERBS.slice(3, -1)}|says|announce[sd]?|confirm(?:ed|s)?|admit(?:ted|s)?|joke[sd]?|insist(?:ed|s)?|argue[sd]?|asked|ask|explain(?:ed|s)?|state[sd]?|add(?:ed)?|note[sd]?|reveal(?:ed|s)?|predict(?:ed|s)?|compare[sd]?|boast(?:ed|s)?|mock(?:ed|s)?|suggest(?:ed|s)?|promise[sd]?|vow(?:ed|s)?|deny|denied|think|thinks|thought|believe[sd]?|feel|feels|felt|reckon(?:ed|s)?|warns|tells|calls|describes|denies|writes|declares|remarks|quips|tweets)`;
const QUOTE_VERBS = String.raw`(?:quoted|quote|quotes|cited|cite|cites|carried|carry|carries|ran|run|used|use|published|printed|featured|include[sd]?|had|have|has)`;
const MENTION_VERBS = String.raw`(?:mention(?:s|ed)?|talk(?:s|ed)?\s+about|write\s+about|wrote\s+about|discuss(?:es|ed)?|cover(?:s|ed)?|refer(?:s|red)?\s+to|bring\s+up|brought\s+up|name[sd]?|report(?:s|ed)?\s+on|(?:had|has|have|ran|run|carried|published|printed)\s+(?:the|a|an)\s+(?:story|stories|piece|article|report|item)\s+(?:on|about))`;

// Patterns built from the shared word lists, compiled once.
// "…had the story on the rules fight": the thing is what the story is on.
const STORY_ON = /^(?:the|a|an)\s+(?:story|stories|piece|article|report|item)\s+(?:on|about)\s+/i;
const OUTLETS_IN_STORY = new RegExp(String.raw`^(?:which|what)\s+${OUTLETS}\s+(?:are|were|is|was)\s+(?:in|covering|part of|used in|behind)\s+(?:the|this)\s+story`, 'i');
const OUTLETS_COVERED = new RegExp(String.raw`^(?:which|what|how many)\s+${OUTLETS}\s+(?:covered|cover|wrote about|reported on)\s+(?:this|the story|it)$`, 'i');
const OUTLETS_CARRIED = new RegExp(String.raw`^(?:which|what|how many)\s+(?:of\s+the\s+)?${OUTLETS}\s+${QUOTE_VERBS}\s+(.+)$`, 'i');
const OUTLETS_MENTION = new RegExp(String.raw`^(?:which|what|how many)\s+(?:of\s+the\s+)?${OUTLETS}\s+${MENTION_VERBS}\s+(.+)$`, 'i');
const WHO_MENTIONS = new RegExp(String.raw`^(?:who|where)\s+(?:else\s+)?${MENTION_VERBS}\s+(.+)$`, 'i');
const IS_MENTIONED = new RegExp(String.raw`^(?:is|are|was|were)\s+(.+?)\s+(?:mentioned|covered|reported)(?:\s+(?:anywhere|in the story|by any outlet))?$`, 'i');
const ANY_OUTLET_MENTIONS = new RegExp(String.raw`^(?:does|do|did)\s+(?:any|an)\s+${OUTLETS}\s+${MENTION_VERBS}\s+(.+)$`, 'i');
const WHO_SAID = new RegExp(String.raw`^(?:who|which\s+\w+(?:\s+\w+)?|whose\s+(?:words|quote)\s+(?:is|are|was|were))\s+(?:(?:first|originally|actually|really|once)\s+)?(?:${SAY}|is quoted (?:as )?saying|was quoted (?:as )?saying|is quoted|was quoted|(?:was|is) (?:it )?that said)\b[\s,:]*(.*)$`, 'i');
const WHAT_SAID_LAST = new RegExp(String.raw`^what\s+(?:else\s+)?(?:did|does|has|have|had|do)\s+(.+)\s+(?:say|said|tell|mention|report|state|comment|announce)\b(?:\s+(?:about|on|regarding|concerning)\s+.+)?$`, 'i');
const WHAT_SAID = new RegExp(String.raw`^what\s+(?:else\s+)?(?:did|does|has|have|had|do)\s+(.+?)\s+(?:${SAY}|report|reported|mention|mentioned|to say|have to say|got to say|tell (?:the|a)\s+\w+)\b(?:\s+(?:about|on|regarding|concerning)\s+(.+))?`, 'i');

// "…in the story", "…in these articles": the story as a whole, the words a question about it may end on.
const IN_STORY = String.raw`(?:\s+(?:in|from|of|on)\s+(?:the|this|these|today's)\s+(?:story|stories|news|articles?|coverage|reports?|pieces?))?`;
/** Questions about the story as a whole (rule story-overview); each must end where it does. */
const STORY_AS_A_WHOLE: readonly RegExp[] = [
  new RegExp(String.raw`^(?:so\s+)?what(?:'s|’s|\s+is|\s+has|\s+was)?\s+(?:happened|happening|going\s+on|the\s+story|the\s+news|the\s+latest|new)(?:\s+(?:here|there|today|exactly|so\s+far))?${IN_STORY}$`, 'i'),
  new RegExp(String.raw`^what(?:\s+is|'s|’s|\s+are|\s+was|\s+were)\s+(?:this|it|that|the\s+story|the\s+news|the\s+articles?|these\s+articles|the\s+stories|the\s+coverage)\s+(?:all\s+)?about$`, 'i'),
  new RegExp(String.raw`^(?:what(?:'s|’s|\s+is|\s+are)\s+)?(?:the\s+)?(?:gist|summary|overview|rundown|recap|headlines?|main\s+points?|key\s+points?|big\s+picture|short\s+version|bottom\s+line|lowdown|tl;?\s?dr)${IN_STORY}$`, 'i'),
  new RegExp(String.raw`^(?:summari[sz]e|sum\s+up|recap|brief\s+me|catch\s+me\s+up|fill\s+me\s+in|bring\s+me\s+up\s+to\s+speed)(?:\s+on)?(?:\s+(?:it|this|the\s+story|the\s+news|the\s+articles?|this\s+story|what\s+happened))?$`, 'i'),
  new RegExp(String.raw`^(?:give|show)\s+me\s+(?:a|an|the)\s+(?:summary|overview|rundown|recap|gist|short\s+version|headlines?|tl;?\s?dr)${IN_STORY}$`, 'i'),
  new RegExp(String.raw`^(?:about\s+)?(?:the|this)\s+story$`, 'i'),
  new RegExp(String.raw`^what\s+(?:do|did)\s+(?:the\s+)?(?:outlets|articles|papers|newspapers|reports)\s+(?:say|report|tell\s+us)$`, 'i'),
];
/** "When did it happen?", "Where was this?": the story's time or place, asked with nothing named (rule story-overview). */
const STORY_WHEN_WHERE = new RegExp(
  String.raw`^(when|where)(?:'s|’s|\s+(?:did|does|do|was|is|has|were))\s+(?:it|this|that|all\s+(?:this|of\s+this|that)|it\s+all|this\s+all|the\s+(?:story|event|news|incident))(?:\s+all)?(?:\s+(?:happen(?:ed|ing)?|take\s+place|taking\s+place|took\s+place|occur(?:red)?|go\s+down|start|begin|happen\s+exactly))?(?:\s+exactly)?$`,
  'i',
);
// The outlets as a set, however the asker names them: "the outlets", "the papers", "they", "the accounts".
const THE_OUTLETS = String.raw`(?:(?:the\s+)?(?:outlets|articles|papers|newspapers|reports|sources|stories|accounts|media|press)|they|them)`;
const DIFFER = String.raw`(?:agree|disagree|differ|conflict|contradict(?:\s+(?:each\s+other|one\s+another))?|match(?:\s+up)?|line\s+up|tally|add\s+up|say\s+the\s+same(?:\s+thing)?|tell\s+the\s+same\s+story)`;
const DIFFERENCES = String.raw`(?:disagreements?|differences?|contradictions?|discrepanc(?:y|ies)|conflicts?|inconsistenc(?:y|ies))`;
/** Whether the outlets agree, with no topic named (rule outlets-agree); each must end where it does. */
const OUTLETS_AGREE: readonly RegExp[] = [
  new RegExp(String.raw`^(?:do|did|does)\s+${THE_OUTLETS}\s+(?:all\s+)?${DIFFER}(?:\s+(?:with\s+each\s+other|with\s+one\s+another|at\s+all|on\s+(?:the\s+)?(?:facts|figures|numbers|anything)))?$`, 'i'),
  new RegExp(String.raw`^(?:what|where|on\s+what|about\s+what|which\s+(?:figures|numbers|facts|points|things))\s+(?:do|did|does)\s+${THE_OUTLETS}\s+(?:${DIFFER}|disagree\s+(?:on|about|over)|differ\s+(?:on|about|over)|agree\s+(?:on|about))$`, 'i'),
  new RegExp(String.raw`^(?:where|how)\s+(?:do|did)\s+${THE_OUTLETS}\s+(?:differ|disagree|conflict)$`, 'i'),
  new RegExp(String.raw`^(?:are\s+there\s+|is\s+there\s+|any\s+|what\s+are\s+the\s+|show\s+(?:me\s+)?(?:the\s+)?)?(?:any\s+)?${DIFFERENCES}(?:\s+(?:between|among|in)\s+${THE_OUTLETS})?$`, 'i'),
];
// Being quoted, speaking or taking part: what a question about the story's people must be about.
const QUOTED = String.raw`(?:quoted|cited|speaking|talking|interviewed|named|mentioned|involved|featured)`;
/** Questions about the story's speakers as a set, ranked (rule people-in-story). */
const MOST_QUOTED: readonly RegExp[] = [
  new RegExp(String.raw`^(?:who|which\s+(?:person|people|speaker|official|one))\s+(?:was|is|were|are|gets|got|has\s+been|have\s+been)\s+(?:${QUOTED})\s+(?:the\s+)?most(?:\s+(?:often|times|of\s+all))?${IN_STORY}$`, 'i'),
  new RegExp(String.raw`^who\s+(?:speaks|talks|says|said|spoke|talked|gets\s+quoted|got\s+quoted)\s+(?:the\s+)?most${IN_STORY}$`, 'i'),
  new RegExp(String.raw`^who\s+(?:are|were|is|was)\s+the\s+(?:main|key|major|principal|central|leading|most\s+quoted|top)\s+(?:people|persons|players|figures|speakers|voices|names|characters|person|figure|speaker|voice)${IN_STORY}$`, 'i'),
  new RegExp(String.raw`^(?:the\s+)?most\s+quoted(?:\s+(?:people|person|speakers?))?${IN_STORY}$`, 'i'),
];
const PEOPLE_IN_STORY: readonly RegExp[] = [
  new RegExp(String.raw`^who(?:'s|’s|\s+is|\s+are|\s+was|\s+were|\s+gets|\s+got)?\s+(?:in|${QUOTED}|${QUOTED}\s+in)\s+(?:the|this|these)\s+(?:story|stories|news|articles?|coverage|reports?)$`, 'i'),
  new RegExp(String.raw`^who(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?:${QUOTED})$`, 'i'),
  new RegExp(String.raw`^who\s+(?:speaks|talks|spoke|is\s+speaking)${IN_STORY}$`, 'i'),
  new RegExp(String.raw`^who\s+(?:are|were)\s+the\s+(?:people|persons|speakers|voices|players|names|characters)(?:\s+(?:quoted|involved|named|mentioned))?${IN_STORY}$`, 'i'),
  new RegExp(String.raw`^(?:list|show|name)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?(?:people|persons|speakers|voices|names|everyone|everybody)(?:\s+(?:quoted|involved|named|mentioned))?${IN_STORY}$`, 'i'),
  new RegExp(String.raw`^(?:which|what)\s+(?:people|persons|speakers|officials)\s+(?:are|were)\s+(?:${QUOTED})${IN_STORY}$`, 'i'),
];

/**
 * Questions ranking the outlets (rule outlet-ranking): by whom they quote ("which outlet quotes the most people",
 * "which paper has the most sources"), by their statements ("which outlet has the most quotes"), or by how much they
 * carried ("who covered this most"). Each must end where it does, so "which outlet quoted the most people on the
 * strike" is not read as the ranking of the whole story.
 */
const WHICH_OUTLET = String.raw`(?:which|what)\s+(?:one|${OUTLETS}|news\s+outlets?)`;
const RANK_VERBS = String.raw`(?:quotes?|quoted|cites?|cited|interviews?|interviewed|uses?|used|has|had|have|includes?|included|features?|featured|names?|named|carries|carried|gives?|gave|talks?\s+to|talked\s+to|spoke\s+to|speaks\s+to|hears?\s+from|heard\s+from|got)`;
const MOST = String.raw`(?:the\s+)?(?:most|largest\s+number\s+of|greatest\s+number\s+of|biggest\s+number\s+of|widest\s+range\s+of|most\s+different)`;
const VOICES = String.raw`(?:people|persons|sources|voices|speakers|names|witnesses|officials|experts|interviewees|residents|individuals)`;
const STATEMENTS = String.raw`(?:quotes|quotations|statements|comments|remarks)`;
const OUTLET_RANKING: readonly [RegExp, 'speakers' | 'statements' | 'coverage'][] = [
  [new RegExp(String.raw`^(?:${WHICH_OUTLET}|who)\s+${RANK_VERBS}\s+${MOST}\s+(?:different\s+)?${VOICES}${IN_STORY}$`, 'i'), 'speakers'],
  [new RegExp(String.raw`^(?:${WHICH_OUTLET}|who)\s+${RANK_VERBS}\s+${MOST}\s+${STATEMENTS}${IN_STORY}$`, 'i'), 'statements'],
  [new RegExp(String.raw`^(?:${WHICH_OUTLET}|who)\s+(?:covered|covers|reported\s+on|reports\s+on|wrote\s+about|writes\s+about|wrote|reported)(?:\s+(?:this|it|the\s+story|this\s+story|the\s+news|the\s+event))?\s+(?:the\s+)?(?:most|more|best|most\s+(?:extensively|thoroughly|fully|closely)|(?:in\s+)?(?:the\s+)?most\s+(?:depth|detail))$`, 'i'), 'coverage'],
  [new RegExp(String.raw`^(?:${WHICH_OUTLET}|who)\s+(?:has|had|gives?|gave|ran|runs)\s+the\s+most\s+(?:coverage|articles|stories|pieces|words)(?:\s+(?:on|of|about)\s+(?:this|it|the\s+story))?$`, 'i'), 'coverage'],
];

/** Strips what a slot picked up around its words: quotes, punctuation, "that", "the words". */
export function tidy(slot: string): string {
  return slot
    .replace(/^[\s"“”'‘’:,-]+|[\s"“”'‘’?.!,:;-]+$/g, '')
    .replace(/^(?:that|the words|the quote|these words|this)\s+/i, '')
    .trim();
}


function match(q: string, pattern: RegExp): RegExpExecArray | null {
  return pattern.exec(q);
}

/**
 * Splits "what did X say about Y" / "to Z" off a speaker slot. "Of" may start the topic ("say of the Russians")
 * or belong to the speaker's name ("the Ministry of Defence", "the Secretary of State"): both readings are
 * returned and the resolver keeps the one the story supports.
 */
function speakerAndAbout(slot: string): { person: string; about?: string }[] {
  const out: { person: string; about?: string }[] = [];
  // "…say to reporters" is whom they told; but "the driver who didn't want to be named" keeps its clause: a "to"
  // after "who", "whose" or "that" is the description's own (rule the clause is the speaker's).
  const speaker = (text: string) => tidy(/\b(?:who|whose|that|which)\b.*\sto\s/i.test(text) ? text : text.replace(/\s+to\s+.+$/i, ''));
  let whole = true;
  for (const m of slot.matchAll(/\s+(about|on|regarding|concerning|of)\s+/gi)) {
    out.push({ person: speaker(slot.slice(0, m.index)), about: tidy(slot.slice(m.index + m[0].length)) });
    // Only "of" may be part of a name; any other word starts the topic.
    if (m[1].toLowerCase() !== 'of') {
      whole = false;
      break;
    }
  }
  if (whole) out.push({ person: speaker(slot) });
  return out;
}

export const UNDERSTANDING_RULES: readonly UnderstandingRule[] = [
  {
    name: 'help',
    why: 'Greetings and "what can you do" get the help card, not a search for the word "hello".',
    examples: [
      { q: 'hi', reading: 'help' },
      { q: 'what can I ask?', reading: 'help' },
      // Typed as a command-line flag, it still asks for help, not a passage holding "held".
      { q: '--help', reading: 'help' },
    ],
    propose: (q) =>
      /^(?:(?:\/|-{1,2})?help|-h|\?+|hi|hello|hey|hiya|yo|what can (?:you|i) (?:do|ask)|how does this work|commands|menu)$/i.test(q) ? [{ query: { intent: 'help' }, prior: 1 }] : [],
  },
  {
    name: 'list-outlets',
    why: 'Asking which outlets or articles make up the story is a question about the corpus, not a search.',
    examples: [
      { q: 'Which outlets are in the story?', reading: 'outlets' },
      { q: 'list the sources', reading: 'outlets' },
      { q: 'what papers covered this', reading: 'outlets' },
      // The articles as a set: who wrote them, when they came out (each outlet's line gives its byline and date).
      { q: 'who wrote these articles?', reading: 'outlets' },
      { q: 'who are the reporters', reading: 'outlets' },
      { q: 'when were the articles published', reading: 'outlets' },
      { q: 'which article is the most recent', reading: 'outlets' },
    ],
    propose: (q) =>
      OUTLETS_IN_STORY.test(q) ||
      /^(?:what|who)\s+are\s+the\s+(?:outlets|sources|articles|papers|newspapers)$/i.test(q) ||
      /^who\s+(?:wrote|authored|reported|filed)\s+(?:these|the|all\s+(?:the|these|of\s+the))\s+(?:articles|stories|pieces|reports)$/i.test(q) ||
      /^(?:who\s+are\s+)?(?:the\s+)?(?:reporters|writers|authors|journalists|bylines)(?:\s+of\s+(?:the|these)\s+(?:articles|stories|pieces))?$/i.test(q) ||
      /^when\s+(?:were|was)\s+(?:the|these|all\s+the)\s+(?:articles|stories|pieces|reports)\s+(?:published|written|printed|filed|out)$/i.test(q) ||
      /^(?:which|what)\s+(?:article|story|piece|report|outlet)\s+(?:is|was|came\s+out)\s+(?:the\s+)?(?:most\s+recent|latest|newest|oldest|earliest|first|last)(?:\s+one)?$/i.test(q) ||
      /^(?:which|what)\s+(?:is|was)\s+the\s+(?:most\s+recent|latest|newest|oldest|earliest|first|last)\s+(?:article|story|piece|report)$/i.test(q) ||
      /^(?:list|show|name)\s+(?:me\s+)?(?:the\s+|all\s+)?(?:outlets|sources|articles|newspapers|papers)\b/i.test(q) ||
      OUTLETS_COVERED.test(q) ||
      /^(?:outlets|sources|who covered (?:the|this) story)$/i.test(q)
        ? [{ query: { intent: 'outlets' }, prior: 1 }]
        : [],
  },
  {
    name: 'story-overview',
    why:
      'The first thing a newcomer asks is what happened: "what happened?", "summarize", "what is this about", "give me ' +
      'the gist". None names a topic, so no passage search can answer it; the story as a whole does (each lead, who ' +
      'is quoted most). A question that goes on to name a topic ("what happened to the bridge") is not this one.',
    examples: [
      { q: 'What happened?', reading: 'overview' },
      { q: 'summarize the story', reading: 'overview' },
      { q: "what's this all about", reading: 'overview' },
      { q: 'give me the gist', reading: 'overview' },
      { q: 'catch me up', reading: 'overview' },
      // When or where "it" happened, with nothing named: the time or place the leads give.
      { q: 'when did this happen', reading: 'overview:when' },
      { q: 'where did it all take place?', reading: 'overview:where' },
    ],
    propose: (q) => {
      const at = STORY_WHEN_WHERE.exec(q);
      if (at) return [{ query: { intent: 'overview', focus: at[1].toLowerCase() as 'when' | 'where' }, prior: 1 }];
      return STORY_AS_A_WHOLE.some((re) => re.test(q)) ? [{ query: { intent: 'overview' }, prior: 1 }] : [];
    },
  },
  {
    name: 'people-in-story',
    why:
      'Who is in the story, who speaks in it, who is quoted most: a question about the story\'s speakers as a set, ' +
      'answered by ranking them, not a search for the words "in the story" or "the most". "Who got the most votes" ' +
      'names something else and is not this one: the question must be about being quoted, speaking or taking part.',
    examples: [
      { q: 'Who was quoted the most?', reading: 'people:most' },
      { q: 'who are the main people in the story', reading: 'people:most' },
      { q: 'who is in the story', reading: 'people' },
      { q: 'list the speakers', reading: 'people' },
    ],
    propose: (q) => {
      if (MOST_QUOTED.some((re) => re.test(q))) return [{ query: { intent: 'people', most: true }, prior: 1 }];
      return PEOPLE_IN_STORY.some((re) => re.test(q)) ? [{ query: { intent: 'people' }, prior: 1 }] : [];
    },
  },
  {
    name: 'outlet-ranking',
    why:
      'Which outlet quotes the most people, has the most sources or covered the story most: a question about the ' +
      'outlets as a set, ranked by the speakers they give voice to (named and described counted apart), their ' +
      'statements, or how much they carried; a count over the statements, not a search for the words "the most".',
    examples: [
      { q: 'Which outlet quotes the most people?', reading: 'outlet_ranking' },
      { q: 'which paper has the most sources', reading: 'outlet_ranking' },
      { q: 'which outlet has the most quotes', reading: 'outlet_ranking:statements' },
      { q: 'who covered this most?', reading: 'outlet_ranking:coverage' },
    ],
    propose: (q) => {
      const hit = OUTLET_RANKING.find(([re]) => re.test(q));
      return hit ? [{ query: hit[1] === 'speakers' ? { intent: 'outlet_ranking' } : { intent: 'outlet_ranking', by: hit[1] }, prior: 1 }] : [];
    },
  },
  {
    name: 'story-level',
    why:
      'The same questions about the story as a whole come in many wordings the fixed patterns above miss ("what is ' +
      'this story about", "who are the main people involved", "give me the key numbers", "anyone disagree?"). A ' +
      'question whose every word is a question word, a function word, a word for the story or a word for what is ' +
      'asked of it names no topic; story-level.ts reads which of these it asks. Below the fixed patterns in prior.',
    examples: [
      { q: 'what is this story about?', reading: 'overview' },
      { q: 'who are the main people involved', reading: 'people:most' },
      { q: 'give me the key numbers', reading: 'overview:figures' },
      { q: 'anyone disagree?', reading: 'compare:all' },
    ],
    propose: (q) => {
      const query = storyLevelReading(q);
      return query ? [{ query, prior: 0.8 }] : [];
    },
  },
  {
    name: 'byline',
    why: 'Who wrote an article: the slot names an outlet or words of a headline.',
    examples: [
      { q: 'Who wrote the Insider article?', reading: 'byline' },
      { q: 'who is the author of the sun piece', reading: 'byline' },
    ],
    propose: (q) => {
      // Rule "byline-about": "who wrote the piece on the dam" names the article by what it is about, not by
      // outlet or headline; its passages find it. Why: readers remember a story's subject, rarely its headline.
      const about = /^who\s+(?:wrote|authored|penned|(?:is|was) the (?:author|writer|reporter) of)\s+(?:the|that|this|an?)\s+(?:article|story|piece|report|column|editorial|letter|review|feature|item)\s+(?:about|on|regarding|concerning|covering)\s+(.+)$/i.exec(q);
      if (about) return [{ query: { intent: 'byline', article: tidy(about[1]), about: true }, prior: 1 }];
      const m =
        match(q, /^who\s+(?:wrote|authored|penned|is the author of|was the author of|is the reporter (?:on|for|of))\s+(?:the\s+)?(.+?)(?:\s+(?:article|story|piece|report))?$/i) ??
        match(q, /^(?:what is the byline|who is the author|who's the author|whose byline is)\s+(?:of|on|for)\s+(?:the\s+)?(.+?)(?:\s+(?:article|story|piece))?$/i);
      return m && !/\d/.test(m[1]) ? [{ query: { intent: 'byline', article: tidy(m[1]) }, prior: 1 }] : [];
    },
  },
  {
    name: 'author-wrote',
    why: 'A byline author asked about by name ("what did <author> write") means their article, not their quotes.',
    examples: [{ q: 'what did sophia ankel write', reading: 'byline:author' }],
    propose: (q) => {
      const m = match(q, /^(?:what|which\s+(?:article|story|piece))\s+(?:did|has|have)\s+(.+?)\s+(?:write|written|wrote|report|reported|file|filed)\b.*$/i) ??
        match(q, /^(?:articles?|stories|pieces)\s+(?:by|from)\s+(.+)$/i);
      return m ? [{ query: { intent: 'byline', article: tidy(m[1]), author: true }, prior: 0.9 }] : [];
    },
  },
  {
    name: 'told-to',
    why: 'Which outlet or paper a speaker talked to is the original source of their quotes.',
    examples: [
      { q: 'Which newspaper did Olena Matvienko speak to?', reading: 'told_to' },
      { q: 'who did matvienko talk to', reading: 'told_to' },
    ],
    propose: (q) => {
      const m =
        match(q, /^(?:which|what)\s+(?:newspaper|paper|outlet|publication|broadcaster|media|source|news\s*paper|channel|agency)\s+did\s+(.+?)\s+(?:speak|talk|give an interview|tell|say it|talk|speak|told)\b/i) ??
        match(q, /^(?:who|whom)\s+did\s+(.+?)\s+(?:speak|talk|give (?:an|the) interview)\s+to\b/i) ??
        match(q, /^(?:who|whom)\s+did\s+(.+?)\s+tell$/i) ??
        match(q, /^(?:where|to whom)\s+(?:did|was)\s+(.+?)\s+(?:speak|talk|quoted|say|said)\b/i);
      return m ? [{ query: { intent: 'told_to', person: tidy(m[1]) }, prior: 1 }] : [];
    },
  },
  {
    name: 'which-outlets-carried',
    why: 'Which outlets quoted, cited or carried someone or some words; the resolver tells a person from a quote from a thing.',
    examples: [
      { q: 'Which outlets quoted Petro Kuzyk?', reading: 'who_quoted' },
      { q: 'which papers carried the olympic sprinters line', reading: 'who_quoted' },
    ],
    propose: (q) => {
      const m = match(q, OUTLETS_CARRIED) ?? match(q, /^who\s+(?:quoted|quotes|carried|cited)\s+(.+)$/i);
      if (!m) return [];
      const slot = tidy(m[1]).replace(/\s+(?:in (?:their|its) (?:articles?|stories|reports?|coverage))$/i, '').replace(STORY_ON, '');
      const quoted = /["“”]/.test(m[1]) || /\b(?:quote|words|saying|remark|line|claim)\b/i.test(slot) || slot.split(' ').length > 4;
      const quote = tidy(slot.replace(/^(?:the\s+)?(?:quote|words|line|remark|claim)\s+(?:about\s+)?/i, '').replace(/\s+(?:quote|line|remark|words)$/i, ''));
      return quoted ? [{ query: { intent: 'who_quoted', quote }, prior: 1 }] : [{ query: { intent: 'who_quoted', person: slot }, prior: 1 }];
    },
  },
  {
    name: 'which-outlets-mention',
    why: 'Which outlets mention, discuss or cover something: a thing, a place or a person looked up in the passages.',
    examples: [
      { q: 'which outlets mention drones', reading: 'who_quoted:mention' },
      { q: 'what articles talk about balakliia', reading: 'who_quoted:mention' },
    ],
    propose: (q) => {
      const m = match(q, OUTLETS_MENTION) ??
        match(q, WHO_MENTIONS) ??
        match(q, IS_MENTIONED) ??
        match(q, ANY_OUTLET_MENTIONS);
      return m ? [{ query: { intent: 'who_quoted', person: tidy(m[1]), mention: tidy(m[1]) }, prior: 0.95 }] : [];
    },
  },
  {
    name: 'who-said',
    why: 'Who said (told, claimed, called, joked…) some words; the words may be the article\'s or the asker\'s own.',
    examples: [
      { q: 'Who said the Russians fled like Olympic sprinters?', reading: 'who_said' },
      { q: 'who said the russians fled like olympic sprinters in 2022', reading: 'who_said' },
      { q: 'who compared the russians to sprinters', reading: 'who_said' },
      { q: 'did anyone say the russians fled like sprinters', reading: 'who_said' },
    ],
    propose: (q) => {
      // "Who wrote the piece on…" asks for a byline (rule byline-about), not for who said "the piece on…".
      if (/^who\s+(?:wrote|write)\s+(?:the|that|this|an?)\s+(?:article|story|piece|report|column|editorial|letter|review|feature|item)\b/i.test(q)) return [];
      const m = match(q, WHO_SAID) ??
        match(q, /^(?:whose\s+(?:words|quote)\s+(?:is|are|was|were)|who\s+(?:is|was)\s+quoted\s+(?:as\s+)?(?:saying\s+)?|who\s+(?:was|is)\s+(?:pleased|happy|angry|worried|proud|sorry|glad|upset|disappointed)\s+)(.+)$/i) ??
        match(q, /^according to whom\b[\s,]*(?:did|was|were|is|are|does)?\s*(.+)$/i) ??
        // Rule "did anyone say it": "did anybody say the mill would close" asks who said it; a verb that takes a
        // side ("deny") is left to the search, which needs the act itself in the answering sentence.
        match(q, /^(?:did|has|have)\s+(?:anyone|anybody|someone|somebody|any\s+(?:of\s+the\s+)?[\p{L}-]+)\s+(?:ever\s+)?(?:say|said|claim|claimed|mention|mentioned|suggest|suggested|tell\s+\S+|told\s+\S+|predict|predicted|warn|warned)\b[\s,:]*(?:that\s+)?(.+)$/iu) ??
        match(q, /^(.+?)[\s,]+(?:who said (?:that|this|it)|says who|said who|according to whom)$/i) ??
        match(q, /^["“](.{3,})["”]$/);
      if (!m || !m[1].trim()) return [];
      const out: Omit<Proposal, 'rule'>[] = [{ query: { intent: 'who_said', quote: tidy(m[1]) }, prior: 1 }];
      // "Who told the coach he had to…", "who warned the mayor that…": the one told is not part of the words.
      const told = /^(?:told|tell|tells|asked|warned|assured|informed|reminded|promised)\b/i.test(q.replace(/^\S+\s+/, '')) &&
        /^((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:the|his|her|their)\s+\p{L}+\s+|(?:him|her|them|reporters|journalists|people|residents|everyone|everybody|anyone|anybody|parents|patients|staff|workers|fans|voters|the\s+public)\s+)(?:that\s+)?(.{6,})$/u.exec(m[1]);
      if (told) out.push({ query: { intent: 'who_said', quote: tidy(told[2]) }, prior: 0.99 });
      return out;
    },
  },
  {
    name: 'what-said',
    why: 'What someone said, optionally about something: the slot may be a person, a described or institutional speaker, an outlet or a byline author.',
    examples: [
      { q: 'What did Petro Kuzyk say?', reading: 'what_said' },
      { q: 'what did the ukrainian commander say', reading: 'what_said:speaker' },
      { q: 'What did the Sun say about territory?', reading: 'outlet_figures' },
      { q: 'what did the uk ministry of defence say', reading: 'what_said:speaker' },
      { q: 'did kuzyk say anything', reading: 'what_said' },
      { q: 'is zelenskyy quoted?', reading: 'what_said' },
      { q: 'has reznikov commented', reading: 'what_said' },
      { q: 'does anyone quote Putin', reading: 'what_said' },
    ],
    propose: (q) => {
      const m =
        match(q, WHAT_SAID) ??
        match(q, /^(?:quotes?|statements?|everything said|comments?)\s+(?:from|by|of)\s+(.+)$/i) ??
        match(q, /^(?:show|list|give)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?(?:quotes?|statements?|comments?)\s+(?:from|by|of)\s+(.+)$/i) ??
        match(q, /^how\s+(?:was|is|were|are)\s+(.+?)\s+quoted\b/i) ??
        match(q, /^what\s+(?:was|is|were)\s+(.+?)(?:'s|’s)\s+(?:response|reaction|comment|statement|view|position|quote)(?:\s+(?:to|on|about)\s+(.+))?$/i) ??
        match(q, /^(?:how\s+did|what\s+did)\s+(.+?)\s+(?:react|respond)\b(?:\s+to\s+(.+))?/i) ??
        saidAsANoun(q) ??
        // Rule "did they say anything": "did the mayor say anything (about the bridge)" asks what they said.
        match(q, /^(?:did|has|have|does)\s+(.+?)\s+(?:say|said|comment|tell us|mention)\s+(?:anything|something|much)(?:\s+(?:about|on|regarding)\s+(.+))?$/i) ??
        // Rule "is X quoted": asked whether someone is quoted, has commented, or was interviewed, the answer is what
        // they said, or that the story names them and quotes nothing; "does anyone quote X" is the same question.
        match(q, /^(?:is|was|are|were|has|have|had)\s+(.+?)\s+(?:been\s+)?(?:quoted|cited|interviewed|heard from)(?:\s+(?:at all|anywhere|directly|in (?:the|this|these|any) (?:story|stories|articles?|coverage|reports?)))?$/i) ??
        match(q, /^(?:does|did|do)\s+(?:anyone|anybody|any\s+(?:outlet|article|paper|newspaper|report|story|one))\s+(?:quote|cite|interview)\s+(.+)$/i) ??
        match(q, /^(?:has|have|did|does|do)\s+(.+?)\s+(?:commented|comment|spoken|speak|responded|respond|reacted|react|weighed\s+in|weigh\s+in|spoken\s+out|speak\s+out)(?:\s+(?:at\s+all|yet|publicly|on\s+(?:it|this|that)))?$/i);
      // Rule "what they mean to do is what they said": "what is the mayor going to do about the strike", "what does
      // the union want" ask for the person's stated intent, which a story gives as their words ("she said she would
      // meet both sides"). Not "what did X do": an act, asked of the story's sentences.
      const intent = m ? null :
        // Rule "what they want others to do": "what does the union want the city to do (differently)", "what did the
        // mayor ask the police to do about it" ask for the demand the person made, which a story gives as their words
        // ("urged that crews be sent earlier"). The words after "to do" are the situation, not a topic they spoke on.
        match(q, /^what\s+(?:does|do|did|would|will|is|are|was|were)\s+(.+?)\s+(?:want|wants|wanted|wanting|expect|expects|expected|expecting|ask|asks|asked|asking|urge|urges|urged|urging|need|needs|needed)\s+(?:(?:the|a|an|his|her|their|its|our|my)\s+)?(?:[\p{L}'’-]+\s+){1,3}?to\s+(?:do|change|fix|try)\b/iu) ??
        match(q, /^what\s+(?:is|are|was|were)\s+(.+?)\s+(?:going|planning|hoping|trying|proposing)\s+to\s+do\b(?:\s+(?:about|on|with|regarding|over)\s+(.+))?$/i) ??
        match(q, /^what\s+(?:will|would|should|does|do|is|are)\s+(.+?)\s+(?:do|want|plan|intend|propose|suggest|recommend|demand|expect)\b(?:\s+(?:to\s+do\s+)?(?:about|on|with|regarding|over|for)\s+(.+))?$/i) ??
        match(q, /^what\s+(?:did|has|have|had)\s+(.+?)\s+(?:want|wanted|plan|planned|propose|proposed|suggest|suggested|recommend|recommended|demand|demanded|promise|promised|offer|offered)\b(?:\s+(?:to\s+do\s+)?(?:about|on|with|regarding|over|for)\s+(.+))?$/i);
      if (intent) return (intent[2] ? [{ person: tidy(intent[1]), about: tidy(intent[2]) }] : speakerAndAbout(intent[1])).filter((r) => r.person && !/^(?:the|a|an|this|that|it|they|you|i|we)$/i.test(r.person)).map(({ person, about }) => ({ query: { intent: 'what_said', person, ...(about ? { about } : {}), wants: true }, prior: 0.9 }));
      if (!m) return [];
      const readings = m[2] ? [{ person: tidy(m[1]), about: tidy(m[2]) }] : speakerAndAbout(m[1]);
      // "What did the state officials say": the first verb of saying may be part of the speaker ("state",
      // "press", "comment"); the reading up to the last one is proposed too, and the story picks.
      const longer = WHAT_SAID_LAST.exec(q);
      if (longer && tidy(longer[1]) !== tidy(m[1])) readings.push(...speakerAndAbout(longer[1]));
      const seen = new Set<string>();
      return readings
        .filter((r) => r.person && !/^(?:the|a|an|this|that)$/i.test(r.person) && !seen.has(`${r.person}|${r.about ?? ''}`) && !!seen.add(`${r.person}|${r.about ?? ''}`))
        .map(({ person, about }) => ({ query: { intent: 'what_said', person, ...(about ? { about } : {}) }, prior: 1 }));
    },
  },
  {
    name: 'who-is',
    why: 'Who someone is: their role and where they appear. Unknown names fall to a search.',
    examples: [
      { q: 'Who is Petro Kuzyk?', reading: 'who_is' },
      { q: 'whos kuzyk', reading: 'who_is' },
      { q: "what's the name of the ukrainian commander", reading: 'who_is' },
    ],
    propose: (q) => {
      const m = match(q, /^(?:who\s+(?:is|was|are|were|'s)|who's|whos|tell me about|what (?:is|was) the role of|what role did|what do we know about|who exactly is)\s+(.+?)(?:\s+play)?$/i) ??
        // Rule "asked for a name": "what's the name of the detective", "whats the councillor's name" ask who they are.
        match(q, /^(?:what(?:'s|’s|s)?|what (?:is|was))\s+(?:the\s+)?name\s+of\s+(.+)$/i) ??
        match(q, /^(?:what(?:'s|’s|s)?|what (?:is|was))\s+(.+?)(?:'s|’s)\s+name$/i);
      return m ? [{ query: { intent: 'who_is', person: tidy(m[1]) }, prior: 0.9 }] : [];
    },
  },
  {
    name: 'outlets-agree',
    why:
      'Whether the outlets agree, asked with no topic ("do the outlets agree?", "what do they disagree on?", "any ' +
      'discrepancies?"), is a question about every figure two outlets give: each compared, differences first. With a ' +
      'topic ("agree on how much land was retaken") it is the figures rule\'s.',
    examples: [
      { q: 'Do the outlets agree?', reading: 'compare:all' },
      { q: 'what do the outlets disagree on', reading: 'compare:all' },
      { q: 'where do the reports differ', reading: 'compare:all' },
      { q: 'are there any discrepancies between the articles?', reading: 'compare:all' },
    ],
    propose: (q) => (OUTLETS_AGREE.some((re) => re.test(q)) ? [{ query: { intent: 'compare', topic: '', all: true }, prior: 1 }] : []),
  },
  {
    name: 'unit-conversion',
    why: 'A question about a wrong conversion is answered from the conversions the figure checker flagged.',
    examples: [
      { q: 'Which article got a unit conversion wrong?', reading: 'compare:conversion' },
      { q: 'did anyone mess up the miles to km conversion', reading: 'compare:conversion' },
    ],
    propose: (q) =>
      /\b(?:conver(?:sion|sions|ted|t)|miles?\s+(?:to|into|in)\s+(?:km|kilomet)|km\s+(?:to|into|in)\s+miles)\b/i.test(q) &&
      /\b(?:wrong|error|errors|mistake|mistakes|incorrect|mess(?:ed)?\s+up|botch|off|right|correct|hold|check|bad|miscalculat\w*|doesn't add up|which|who|any)\b/i.test(q)
        ? [{ query: { intent: 'compare', topic: 'conversion', conversion: true }, prior: 1.05 }]
        : [],
  },
  {
    name: 'figures',
    why: 'Numbers: which outlet reported a figure, an outlet\'s figures, a quantity, a comparison. A digit alone is only a proposal: the resolver keeps it when a figure fits.',
    examples: [
      { q: 'Which outlet reported that Russia lost 13,500 units of military equipment?', reading: 'figure_source' },
      { q: 'How far is Izyum from Kharkiv?', reading: 'figure_topic' },
      { q: 'which outlet said 600 square miles', reading: 'figure_source' },
      { q: 'do the outlets agree on how much land was retaken', reading: 'compare' },
    ],
    propose: (q) => {
      const f = understandFigureQuestion(q);
      return f ? [{ query: f, prior: 0.95 }] : [];
    },
  },
  {
    name: 'when-where-why-how',
    why: 'When / where / why / how questions want the part of a sentence holding the time, place, reason or manner.',
    examples: [
      { q: 'where did the soldiers flee on bicycles?', reading: 'search:where' },
      { q: 'why did the russians abandon their weapons', reading: 'search:why' },
    ],
    propose: (q) => {
      const m = /^(when|where|why|how)\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|should|must|might)\b\s*(.+)$/i.exec(q) ?? /^(how come|for what reason|in what way|what year|what day|what date|at what time|in which (?:town|city|village|place|region|country))\b\s*(.+)$/i.exec(q);
      if (!m) return [];
      const w = m[1].toLowerCase();
      const focus = w === 'how come' || w === 'for what reason' ? 'why' : w === 'in what way' ? 'how' : /year|day|date|time/.test(w) ? 'when' : /^in which/.test(w) ? 'where' : (w as 'when' | 'where' | 'why' | 'how');
      return [{ query: { intent: 'search', text: q, focus }, prior: 0.85 }];
    },
  },
  {
    name: 'search',
    why: 'Anything else is a search over the story; the resolver keeps it only when passages cover the question.',
    examples: [
      { q: 'What happened in Izium?', reading: 'search' },
      { q: 'tell me about the bicycles', reading: 'search' },
    ],
    propose: (q) => [{ query: { intent: 'search', text: q }, prior: 0.5 }],
  },
];

/** Polite wrappers around a question that say nothing about it: "can you tell me who said…", "do you know…". */
const WRAPPERS = /^(?:(?:hey|hi|ok|okay|so|well|and|but|also|please)[\s,]+)*(?:(?:can|could|would) you (?:please )?(?:tell me|say|find out|check|let me know)|do you know|i (?:want|would like|'d like) to know|i wonder|i'm wondering|tell me|please tell me|any idea|remind me)\s*,?\s*/i;

/** A question as the rules read it: one line, no closing punctuation, polite wrappers off. */
export function normalizeQuestion(question: string): string {
  return question
    .replace(/\s+/g, ' ')
    .trim()
    .replace(WRAPPERS, '')
    // (a question that carries on a conversation opens on a joining word: "and which outlets quoted him?")
    .replace(/^(?:and|but|also|so|ok|okay|then)[\s,]+(?=\S)/i, '')
    .replace(/\s*[?!.]+$/, '')
    .replace(/\s+please$/i, '')
    .trim();
}

/** Every reading the rules propose for a question, most specific first. */
export function propose(question: string): Proposal[] {
  const q = normalizeQuestion(question);
  if (!q) return [{ rule: 'help', query: { intent: 'help' }, prior: 1 }];
  const out: Proposal[] = [];
  for (const rule of UNDERSTANDING_RULES) for (const p of rule.propose(q)) out.push({ rule: rule.name, ...p });
  // A when / where / why / how question is not answered by a sentence without the time, place or reason.
  const focused = out.some((p) => p.query.intent === 'search' && p.query.focus);
  return out.filter((p) => !focused || p.rule !== 'search').sort((a, b) => b.prior - a.prior);
}

/** Two-part questions: "who is Kuzyk and which paper did he talk to" → the parts, at a joining question word. */
export function splitParts(question: string): [string, string] | undefined {
  const m = /^(.{6,}?)[,;]?\s+(?:and|also|plus|&)\s+((?:who|whom|which|what|where|when|why|how|did|does|do|is|was)\b.{4,})$/i.exec(question.trim());
  return m ? [m[1], m[2]] : undefined;
}

// A scene set before the question proper: "I was reading about the spy case", "so about that bridge", "ok the
// bus thing". It ends at a comma, colon, semicolon or dash, and what follows opens as a question does.
const LEAD_IN = /^(.{6,}?)\s*(?:[,;:]|\s[-–—]+)\s*((?:what|what's|whats|who|whom|whose|who's|whos|which|how|why|when|where|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b.{4,})$/i;
const OPENS_AS_A_QUESTION = /^(?:what|who|whom|whose|which|how|why|when|where|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|and|or)\b/i;

/**
 * Rule "a scene set before the question": new users often say what they have in mind before they ask — "hey so i
 * was reading about that harbour fire, who called the fire brigade?", "about the strike: when does it end", "the
 * bridge thing — is it open yet". The question proper is the part after the break; the part before is no question
 * of its own (it opens on no question word), only the asker's way in. Undefined when there is no such break.
 */
export function afterLeadIn(question: string): string | undefined {
  const m = LEAD_IN.exec(question.trim());
  return m && !OPENS_AS_A_QUESTION.test(m[1].trim()) ? m[2] : undefined;
}

// "what happened after the driver stopped the bus", "what happened once the jury went out", "what came next after…"
const HAPPENED_AFTER = /^what\s+(?:happened|came|followed|did\s+(?:they|he|she|it)\s+do)(?:\s+next)?\s+(?:after|once|when|as\s+soon\s+as)\s+(.{6,})$/i;

/**
 * Rule "what happened next": asked what happened after something, the answer is the sentence that follows the one
 * telling it, as a story is told in order ("He stopped the bus and said he would call the supervisor. As he left
 * the bus, the largest youth accosted him…"). The event asked after, or undefined for any other question.
 */
export function happenedAfter(question: string): string | undefined {
  return HAPPENED_AFTER.exec(question.trim())?.[1];
}
