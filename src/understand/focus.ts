// When / where / why / how questions want one part of a sentence: these find that part in plain English
// (times, places, reasons, manners), for any story. The whole sentence is still cited.

const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DAYS = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

/** Words as they may be written in a sentence, lower case or capitalised at its start: "on|by" → "[Oo]n|[Bb]y". */
const opening = (alternatives: string) => alternatives.split('|').map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

// Verbs and adjectives that take "to" without a purpose: "had to pad", "began to crumble", "able to flee".
const CATENATIVE = 'had|has|have|having|want|wants|wanted|began|begin|begins|tried|try|tries|able|unable|going|used|seem|seems|seemed|need|needs|needed|likely|about|due|ought|refused|agreed|decided|expected|expect|expects|plans|plan|intend|intends|intended|hope|hopes|continue|continued|started|start|appear|appeared|allowed|forced|asked|told|ordered|urged|managed|failed|hoped|planned|promised|came|went|set|back|up|down|close|next|according|compared|similar|equal|ready|willing|enough|order|way|time|chance|right|how|what|where|when|whether|from|led';

// Verbs a purpose "to" is commonly followed by: "fled to escape", "cut the fees to attract", "met to discuss".
const PURPOSE_VERBS = 'flee|escape|avoid|save|protect|hide|help|stop|prevent|keep|hold|get|reach|ensure|allow|pay|raise|cover|meet|support|reduce|cut|win|defend|rebuild|repair|replace|investigate|rescue|evacuate|feed|shelter|finance|fund|buy|sell|prove|secure|free|clear|stay|survive|warn|persuade|pressure|attract|boost|mark|celebrate|honou?r|mourn|protest|demand|seek|discuss|negotiate|answer|punish|encourage|limit|control|balance|fight|resist|retain|compensate|offset|comply|qualify|block|delay|force|deter|disguise|blend|avoid|dodge|evade|cross|join|visit|see|find|learn|study|check|inspect|test|collect|gather|recruit|train|treat|cure|heal|calm|reassure|impress|please|appease|satisfy|speed|slow|ease|relieve|spare|preserve|restore|reinforce|regroup|strengthen|weaken|exploit|capture|retake|recapture|seize|destroy|kill|drive|push';

// Nouns for the places things happen in: a town, a hall, a court, a stadium.
const PLACE_NOUNS = String.raw`(?:towns?|city|cities|villages?|region|area|border|front|schools?|halls?|basements?|gyms?|shelters?|churche?s?|hospitals?|houses?|homes?|streets?|roads?|stations?|courts?|courthouse|buildings?|cemetery|jail|prison|office|motel|hotels?|rooftops?|attic|clubs?|clubhouse|ballrooms?|auditorium|theat(?:er|re)s?|stadium|arena|parks?|cent(?:er|re)s?|restaurants?|museums?|library|airport|campus|lodge|plaza|square|pavilion|gardens?|farms?|ranch|inn)`;

const PATTERNS: Record<'when' | 'where' | 'why' | 'how', RegExp[]> = {
  when: [
    // (case kept for the day or month: "may" and "march" in lower case are a modal and a verb, "the county may
    // be short", not times; the words around them may open a sentence)
    new RegExp(String.raw`\b(?:(?:${opening('on|by|since|until|before|after|in|during|from|early|late')})\s+)?(?:(?:${opening('last|this|next')})\s+)?(?:${DAYS}|${MONTHS}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTHS}(?:\s+\d{4})?|${MONTHS}(?:\s+\d{4})?)(?:\s+(?:night|morning|afternoon|evening))?\b`),
    // (any year from 1000 to 2099: "built in 1898" as much as "since 2019")
    /\b(?:in|since|by|before|after|until)\s+(?:1\d|20)\d{2}\b/i,
    /\b(?:at|by|after|before|around|shortly after)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|am|pm)/i,
    /\b(?:yesterday|today|tonight|tomorrow|last night|(?:this|last|next) (?:week|month|year|spring|summer|autumn|fall|winter)|overnight|at the weekend|over the weekend|next (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i,
    /\b(?:in|over|during|within|for)\s+the\s+(?:past|last|next|first)\s+(?:\w+\s+)?(?:days?|weeks?|fortnight|months?|years?|hours?)\b/i,
    // Relative times last: an absolute time in another sentence answers "when" better.
    /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many)\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\s+(?:ago|earlier|later|before|after)\b/i,
  ],
  where: [
    new RegExp(String.raw`\b(?:in|at|on|near|outside|inside|around|from|to|towards|toward|across|into|through|along|(?:north|south)(?:east|west)?\s+of|(?:east|west)\s+of)\s+(?:the\s+)?(?!(?:${DAYS}|${MONTHS})\b)(?:\p{Lu}[\p{L}’'.-]+)(?:[\s-]+(?:\p{Lu}[\p{L}’'.-]+|of|the))*(?:\s+(?:region|province|county|city|town|village|river|area|border|oblast|front))?`, 'u'),
    new RegExp(String.raw`\b(?:in|at|near|inside|into|to)\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?(?:[a-z]+\s+){0,2}${PLACE_NOUNS}\b`, 'i'),
    // Rule "a named venue is a place however the verb reaches it": "about 300 people packed the Elm Ridge High School
    // auditorium", "crowds filled the Civic Hall": a capitalised name before a venue noun is where it happened, with
    // or without a preposition. Weakest, so a place after "in" or "at" answers first.
    // (the venue noun in either case: "the Harlow Civic Hall", "the Elm Ridge High School auditorium")
    new RegExp(String.raw`\bthe\s+(?:\p{Lu}[\p{L}’'.-]+\s+){1,4}${PLACE_NOUNS.replace(/(?<=[(|:])([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`)}\b`, 'u'),
  ],
  why: [
    // A reason set off by a label, as news copy writes it: "Reason: the plant loses money."
    /\b(?:the\s+)?(?:reason|cause)s?:\s*[^.;]+/i,
    /\b(?:because|since|as a result of|due to|owing to|after|so that|so (?:the|they|that|we|he|she|it|nobody|no one)\b|in order to|so as to|for fear of|amid|out of fear|fearing|in response to|to avoid|to escape|on the (?:basis|grounds) of|on grounds that|because of|thanks to|in protest (?:at|against|over)|the (?:real |main |only )?reason (?:for|why|is|was)|the cause (?:of|was|is)|blamed (?:on|for)|(?:caused|prompted|triggered|sparked) by|for lack of|for want of)\b[^.;]*/i,
    // A purpose: "they took our clothes to hide", "in a bid to hold the land". Weaker than a stated cause, so
    // ranked after it; a bare "to" only before a verb people act for ("to magnetic tape" is no purpose).
    new RegExp(String.raw`\b(?:in (?:a|an) (?:bid|effort|attempt) to|(?<!\b(?:${CATENATIVE})\s)to (?=(?:${PURPOSE_VERBS})\b))\s*\p{Ll}[^.;]*`, 'u'),
    /,\s*as\s+(?:they|he|she|it|we|i|you)\s+[a-z]+(?:ed|ing)\b[^.;]*/i,
    // Rule "sued for, fined for": a verb of claim, sanction or praise takes its reason with "for": "the city sued for
    // recovery on the performance bond", "fined £2m for polluting the river", "sacked for gross misconduct",
    // "praised for her courage". (A lower-case word after "for": "for Tuesday" or "for Quill" is no reason.)
    // (the part is the reason, from "for" on: the asked act itself is no reason for it)
    /(?<=\b(?:sued?|sues|suing|arrested|fined|jailed|sentenced|sacked|fired|dismissed|suspended|banned|punished|prosecuted|convicted|praised|honou?red|thanked|blamed|critici[sz]ed|compensated|apologi[sz]ed|apologi[sz]es?)\s+(?:[\p{L}£$\d.,-]+\s+){0,4}?)for\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?\p{Ll}[^.;]*/u,
    // Rule "held on a charge": news copy gives the why of an arrest, a trial or a detention as the charge it was on:
    // "arrested on a perjury charge", "tried on charges of arson", "held on suspicion of fraud", "jailed on a count
    // of theft". (What the charge is, with "of" or before the noun, is the reason.)
    /\bon\s+(?:(?:a|an|the|two|three|several|multiple|federal|state)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:charges?|counts?|suspicion|accusations?|allegations?|indictments?)\b(?:\s+(?:of|that)\s+[^.;]*)?/iu,
    // A purpose said of the act itself: "the cuts were needed to return it to profit", "the closures are necessary
    // to balance the budget", "a ban designed to curb waste".
    /(?:(?<=\b(?:is|are|was|were|be|been)\s+)(?:needed|necessary|required|essential|vital)|\b(?:designed|intended|meant))\s+to\s+\p{Ll}[^.;]*/iu,
    // Rule "the doer's own justification": news copy gives the why of an act as what the one who did it said in
    // the same breath: "rejected the bid, saying it was too low", "dismissed the cases, citing unfair evidence",
    // "the judge, who charged that the evidence was illegal". The weakest reason, ranked last: it is their word.
    /\b(?:saying|arguing|citing|charging|claiming|contending|insisting|explaining|complaining|on the ground that|who (?:said|charged|argued|contended|claimed|explained|complained|ruled))\b[^.;]*/i,
  ],
  how: [
    /\b(?:by|on|with|using|in)\s+(?:foot|bicycles?|bikes?|cars?|trucks?|tanks?|a\s+\w+|the\s+\w+|their\s+\w+)[^.;,]*/i,
    /\b\w+ly\b[^.;,]*/i,
  ],
};

// The same patterns, global, to find every time or reason a sentence holds.
const GLOBAL = Object.fromEntries(Object.entries(PATTERNS).map(([k, res]) => [k, res.map((re) => new RegExp(re.source, `${re.flags}g`))])) as Record<keyof typeof PATTERNS, RegExp[]>;

// The verb before "to court" when a sentence says someone sues: "go", "went", "take … to court", "haul … into court".
const LEGAL_ACTION = /\b(?:go|goes|going|gone|went|take|takes|taking|took|taken|haul|hauled|drag|dragged|bring|brought)\b(?:\s+[\p{L}'’-]+){0,3}\s*$/iu;

// A question about what is still to come ("when will…", "when is it going to…", "when is X due to…").
const FUTURE_ASKED = /^when\s+(?:will|would|(?:is|are)\s+(?:\S+\s+){1,4}?(?:going\s+to|due|expected|set|planned|scheduled)\b)/i;
// A time in the past: a year after "in", "since", "after"; "ago", "last", "yesterday", "earlier".
const PAST_TIME = /\b(?:(?:in|since|after|before)\s+(?:1\d|20)\d{2}|ago|last|yesterday|earlier|previously)\b/i;
// A sentence that looks ahead: "will", "is due to", "is expected to", "next".
const FUTURE_TOLD = /\b(?:will|would|due\s+to|expected\s+to|set\s+to|scheduled|planned|plans?\s+to|next|from\s+now)\b/i;

/** A sentence giving the reason for the one before it: "Reason: the plant loses money.", "That is because…". */
export const REASON_FOR_PREVIOUS = /^(?:the\s+)?(?:reason|cause)s?\s*:|^(?:that|this|it)(?:'s|\s+(?:is|was))\s+because\b|^because\b/i;

/** A sentence whose cause is the one before it: "This led the Russian command to…". */
export const CAUSED_BY_PREVIOUS = /^(?:this|that|which|it|these|all this)\s+(?:led|leads|prompted|caused|forced|meant|made|pushed|drove|triggered|sparked)\b/i;

/** The part of `sentence` holding the asked-for time, place, reason or manner, or undefined when it holds none. */
export function focusPart(sentence: string, focus: 'when' | 'where' | 'why' | 'how', question?: string, people?: ReadonlySet<string>): string | undefined {
  return focusMatch(sentence, focus, question, people)?.part;
}

// A time right after a verb of saying dates the saying ("…next week, the office said on Friday"), not the event.
const SAID_AT = /\b(?:said|says|announced|told \w+|reported|added|confirmed|stated|warned)\s*(?:on\s+|late\s+|early\s+)?$/i;
const ASKS_SAYING = /\b(?:say|said|says|announce[sd]?|tell|told|report(?:ed)?|confirm(?:ed)?|state[sd]?|warn(?:ed)?)\b/i;
const PERFECT = /\b(?:has|have|had)\s+(?:(?:not|never|always|long)\s+)?(?:been|lived|stayed|worked|served|waited|held|kept|remained|grown|risen|fallen|\w+ed)\b[^.;]*$/i;
const FRAME = new Set('a an the and or of to in on at for from by with did does do was were is are has have had be been will would could can when where why how what which who it its they them their he she his her this that there'.split(' '));

/** Content words of a question, as lower-case prefixes that tolerate endings ("draining" / "drain"). */
function questionKeys(question: string): string[] {
  // (a final silent "e" goes too: "live" meets "living"; and a doubled final consonant: "cutting" meets "cut",
  // "stopping" "stop")
  return (question.toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((w) => w.length >= 3 && !FRAME.has(w))
    .map((w) => w.slice(0, Math.max(4, w.length - 3)).replace(/(?<=\p{L}{3})e$/u, '').replace(/(?<=^\p{L}{2,})([b-df-hj-np-tv-z])\1$/u, '$1'));
}

/**
 * The part and how direct it is (0 = the most direct kind, e.g. a date rather than "three hours later"). With
 * the question: a reason that only restates what is asked ("why did the dam fail" — "after the dam failed") is
 * no reason; of two times in one sentence, the one dating the event asked about, not the saying of it.
 */
export function focusMatch(sentence: string, focus: 'when' | 'where' | 'why' | 'how', question?: string, people?: ReadonlySet<string>): { part: string; rank: number; near?: number } | undefined {
  if (focus === 'why' && CAUSED_BY_PREVIOUS.test(sentence)) return { part: 'the sentence before', rank: 0 };
  // Rule "question-no-reason": a sentence that asks ("So the mill is going to shut?") states no reason.
  if (focus === 'why' && /\?[\s"”’')]*$/.test(sentence)) return undefined;
  // Rule "title-case-no-place": in a headline written in title case ("Mayor to Open Harbor Bridge") every word is
  // capitalised, so capitals do not mark a place; only a place noun ("in the city") still does.
  const patterns = focus === 'where' && titleCase(sentence) ? GLOBAL.where.slice(1, 2) : GLOBAL[focus];
  const keys = question ? questionKeys(question) : [];
  const candidates: { part: string; rank: number; at: number; ofSaying: boolean }[] = [];
  for (let i = 0; i < patterns.length; i++) {
    for (const m of sentence.matchAll(patterns[i])) {
      const part = m[0].trim().replace(/[,;:]+$/, '');
      if (part.length < 3) continue;
      // Rule "a person is no place": "a special award was given to Ada Quill" names whom, not where; `people` holds
      // the story's name words, lower-cased.
      if (focus === 'where' && people && personPhrase(part, people)) continue;
      // Rule "the asked place is no answer": "where did X speak in Essex county" is not answered "in Essex County".
      if (focus === 'where' && question && namesOnlyAsked(part, question)) continue;
      // Rule "going to court is no place": "parents will go to court", "took the council to court" say they sue, not
      // where anything happened; a court as a place is written "at the court", "in court".
      if (focus === 'where' && /^(?:to|into)\s+court\b/i.test(part) && LEGAL_ACTION.test(sentence.slice(0, m.index))) continue;
      // Rule "a future question wants a future time": "when will they start building the defences" is not answered
      // by "promised after flooding in 2015": a past time answers only a sentence that also looks ahead.
      if (focus === 'when' && question && FUTURE_ASKED.test(question) && PAST_TIME.test(part) && !FUTURE_TOLD.test(sentence)) continue;
      const ofSaying = focus === 'when' && SAID_AT.test(sentence.slice(0, m.index));
      if (ofSaying && question && !ASKS_SAYING.test(question)) continue;
      if (focus === 'why' && keys.length >= 2 && restates(part, keys)) continue;
      // Rule "a headline's 'to' is its future": "Quillon Interactive to cut 1,400 jobs", "Mayor to open bridge" say
      // what a named subject will do, not why; a "to" straight after the sentence's opening name is no purpose.
      if (focus === 'why' && /^to\s/i.test(part) && /^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,5}$/u.test(sentence.slice(0, m.index))) continue;
      // "Has been living there since the fire": "since" after a perfect tense is a time, not a reason.
      if (focus === 'why' && /^since\b/i.test(part) && PERFECT.test(sentence.slice(0, m.index))) continue;
      candidates.push({ part, rank: i, at: m.index, ofSaying });
      if (!question) break;
    }
    if (!question && candidates.length) break;
  }
  // Rule "reason in a when clause": "was released when the jury failed to agree" gives why it happened, if the
  // clause follows the asked verb itself ("why was he released").
  if (focus === 'why' && question && !candidates.length) {
    for (const k of keys) {
      const m = new RegExp(`\\b${k.replace(/[^\p{L}]/gu, '')}\\p{L}*\\s+((?:when|once|as soon as)\\s[^.;]*)`, 'iu').exec(sentence);
      if (m && !restates(m[1], keys)) return { part: m[1].trim().replace(/[,;:]+$/, ''), rank: patterns.length };
    }
  }
  if (!candidates.length) return undefined;
  // where the question's own words stand in the sentence, worked out only for the answers that weigh it
  let spots: number[] | undefined;
  const near = (c: { at: number; part: string }) => {
    const lower = sentence.toLowerCase();
    spots ??= keys.flatMap((k) => [...lower.matchAll(new RegExp(`\\b${k.replace(/[^\p{L}]/gu, '')}`, 'gu'))].map((m) => m.index));
    return spots.length ? Math.min(...spots.map((s) => (s < c.at ? c.at - s : s - (c.at + c.part.length)))) : 0;
  };
  if (focus !== 'when' || candidates.length === 1 || !keys.length) {
    const first = candidates.sort((a, b) => a.rank - b.rank || a.at - b.at)[0];
    // Rule "place next to the question": how far the place stands from the question's own words, so of two
    // sentences as close to the question, "Quill has been living in Dunmore" answers "where does Quill live",
    // not "Quill, living on a pension, hopes to rebuild the farm in Harwick".
    return { part: first.part, rank: first.rank, ...(focus === 'where' && keys.length ? { near: near(first) } : {}) };
  }
  // Two times in one sentence: the one nearest the question's own words.
  // "When did the council say it": the time of the saying first.
  const saying = ASKS_SAYING.test(question!);
  const best = candidates.sort((a, b) => (saying ? Number(b.ofSaying) - Number(a.ofSaying) : 0) || Math.round(near(a) / 25) - Math.round(near(b) / 25) || a.rank - b.rank || a.at - b.at)[0];
  return { part: best.part, rank: best.rank };
}

const nameWordSets = new WeakMap<object, Set<string>>();

/** The lower-cased words of people's names (and their other spellings), worked out once per story. */
export function personNameWords(people: readonly { name: string; variants: readonly string[] }[]): Set<string> {
  let set = nameWordSets.get(people);
  if (!set) nameWordSets.set(people, (set = new Set(people.flatMap((p) => [p.name, ...p.variants]).flatMap((n) => n.toLowerCase().match(/\p{L}[\p{L}’'-]*/gu) ?? []).filter((w) => w.length >= 2))));
  return set;
}

/** Whether every capitalised word of a place-like phrase is a word of a person's name. */
function personPhrase(part: string, people: ReadonlySet<string>): boolean {
  const caps = part.match(/\p{Lu}[\p{L}’'.-]*/gu) ?? [];
  return caps.length > 0 && caps.every((w) => people.has(w.replace(/[’'.-]+$/, '').toLowerCase()));
}

/** Whether a short line capitalises most of its longer words, as headlines do, not sentences. */
function titleCase(line: string): boolean {
  const ws = line.match(/\p{L}[\p{L}’'-]{3,}/gu) ?? [];
  return ws.length >= 3 && ws.length <= 16 && ws.filter((w) => /^\p{Lu}/u.test(w)).length >= ws.length * 0.75;
}

/** Whether a reason clause holds the question's own words: the asked event itself, not its cause. */
/** Every word of a place, but its prepositions and articles, is the question's own. */
function namesOnlyAsked(part: string, question: string): boolean {
  const asked = new Set(question.toLowerCase().match(/[\p{L}\d'’-]+/gu) ?? []);
  const own = (part.toLowerCase().match(/[\p{L}\d'’-]+/gu) ?? []).filter((w) => !/^(?:in|at|on|near|from|to|into|the|a|an|of|outside|inside)$/.test(w));
  return own.length > 0 && own.every((w) => asked.has(w));
}

function restates(part: string, keys: readonly string[]): boolean {
  const lower = part.toLowerCase();
  const held = keys.filter((k) => new RegExp(`\\b${k.replace(/[^\p{L}]/gu, '')}`, 'u').test(lower)).length;
  return held >= Math.max(2, Math.ceil(keys.length * 0.67));
}
