import { SPEECH_VERBS } from '../extract/cues.js';
import { findNumbers } from '../extract/numbers.js';
import { editDistance, nameKey, withinOneEdit } from '../extract/names.js';
import type { Person } from '../extract/people.js';
import { eventOf, TOPIC_STOP_WORDS } from '../extract/topics.js';
import type { Query } from '../answer/query.js';
import { BROAD_TOPICS } from '../answer/figure-answers.js';
import type { FigureEntry } from '../answer/figure-store.js';
import type { StoryQuote } from '../story.js';
import { stem } from '../search/stem.js';
import { indexText } from '../search/story-index.js';
import { QUESTION_WORDS, words } from '../search/text.js';
import { focusMatch, personNameWords, REASON_FOR_PREVIOUS } from './focus.js';
import { WEIGHT } from './lexicon.js';
import { describingWords, exactCoverage, PERSON_HEADS, possessive, lookupExpanded, matchedWording, type StoryLookups, weightedCoverage, type ExpandedTerm } from './lookups.js';
import { normalizeQuestion, type Proposal } from './rules.js';
import { describes, peopleNamedIn } from '../answer/people-in-text.js';
import { readDescription } from './described-people.js';
import { speakerAlternatives } from './speaker-words.js';

/** A reading checked against the story: the Query to answer, and how well the story supports it (0–1). */
export interface Resolved {
  query: Query;
  rule: string;
  support: number;
}

/** Below this, no reading is taken as understood: the answer is an honest not-found. Calibrated on the table's off-topic rows. */
export const MIN_SUPPORT = 0.6;

/** A figure reading whose number the story prints, but about something else than asked (below MIN_SUPPORT). */
export const VALUE_ONLY = 0.5;

// Words of a remembered quote that say nothing about which quote it is.
const QUOTE_STOP = new Set([...QUESTION_WORDS, 'like', 'quote', 'words', 'called', 'call', 'described', 'describe', 'claimed', 'warned', 'declared', 'joked', 'line', 'remark']);
const QUOTE_FIELDS = ['quote', 'context'];
const PASSAGE_FIELDS = ['text'];
// At least this share of a question's words must be the story's own (or a typo of them); paraphrases fill the rest.
const MIN_EXACT = 0.5;
// Question frame words a search should not look for; "getting" of a passive ("which studio is getting shut down") too.
const SEARCH_STOP = new Set([...QUESTION_WORDS, 'over', 'whats', 'whos', 'wheres', 'whens', 'hows', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'go', 'went', 'gone', 'getting', 'according', 'whom', 'whose', 'exactly', 'actually', 'really', 'mention', 'mentions', 'mentioned', 'talk', 'talks', 'quoted', 'quote', 'quotes', 'write', 'wrote', 'written', 'author', 'figures', 'numbers', 'papers', 'paper', 'newspaper', 'newspapers']);

// "Who is Ada Quill", asked of someone the story names but holds no entry for.
const WHO_IS_NAME = /^(?:who\s+(?:is|was)|who's|whos)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*|[\p{Ll}'’-]+\s+[\p{Ll}'’-]+)$/u;

/**
 * Rule "describing sentence" for a name the story has no person for: of the sentences naming them, the one
 * that says what they are ("Quill, a dairy farmer, …") answers first (answerWhoIs does the same for a person).
 */
function describingFirst(question: string, ids: readonly string[], lk: StoryLookups): string[] {
  const m = WHO_IS_NAME.exec(normalizeQuestion(question));
  if (!m || /^(?:the|a|an)\s/i.test(m[1])) return [...ids];
  const words = m[1].split(/\s+/);
  const proper = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const spellings = { name: words.map(proper).join(' '), variants: [proper(words[words.length - 1])] };
  // The describing sentence may name them by surname alone ("Quill, a dairy farmer, …"), in the same article.
  const articles = new Set(ids.map((id) => lk.ctx.passages.get(id)!.articleId));
  const bySurname = words.length > 1 ? searchSupport(lk, words[words.length - 1]).ids.filter((id) => articles.has(lk.ctx.passages.get(id)!.articleId)) : [];
  const first = [...new Set([...ids, ...bySurname])].find((id) => describes(lk.ctx.passages.get(id)!.text, spellings));
  return first ? [first, ...ids.filter((id) => id !== first)] : [...ids];
}

/** Scores every proposal against the story and returns the best-supported reading (ties to the more specific rule). */
export function resolve(proposals: readonly Proposal[], lookups: StoryLookups, question: string): Resolved {
  let best: { r: Resolved; support: number; score: number } | undefined;
  let strangers = false;
  // Asked who said something or what someone said, the words themselves must be found: the story's subject is no help.
  const speech = proposals.some((p) => p.query.intent === 'who_said' || p.query.intent === 'what_said');
  // Most specific first; a reading that could not beat the best so far even with full support is not checked.
  for (const p of [...proposals].sort((a, b) => b.prior - a.prior)) {
    if (best && 1 + 0.15 * p.prior <= best.score) continue;
    const r = check(p, lookups, question, speech);
    // A person asked about whom the story never names ("what did joe biden say about the war") is not answered
    // by a passage that shares the question's other words.
    if (r.support === 0 && 'person' in r.query && typeof r.query.person === 'string' && !('mention' in r.query && r.query.mention !== undefined))
      strangers ||=
        unknownName(lookups, r.query.person) ||
        ('about' in r.query && !!r.query.about && allUnknown(lookups, r.query.about)) ||
        // A what-did-X-say reading the story does not support is not answered by a passage that only holds the
        // words: not "Governor tours the weir" for "what did the governor say", not a sentence naming someone who
        // is never quoted ("what did Jacqueline Kennedy say"), nor, rule said-on-topic, one naming a speaker quoted
        // on other things only.
        r.query.intent === 'what_said';
    // "Who said Putin is a war criminal": words the story never uses in any form were not said in it, and a
    // passage holding the rest of them does not answer who said them.
    if (r.support === 0 && r.query.intent === 'who_said') strangers ||= lookups.expand(r.query.quote, QUOTE_STOP).some((t) => !t.forms.length && t.word.length >= 3);
    const support = strangers && r.query.intent === 'search' ? 0 : r.support;
    const score = support + 0.15 * p.prior;
    if (!best || score > best.score) best = { r, support, score };
  }
  return { ...best!.r, support: best!.support };
}

function check(p: Proposal, lk: StoryLookups, question: string, speech = false): Resolved {
  const q = p.query;
  if (q.intent === 'what_said' && q.wants) {
    const { wants: _wants, ...plain } = q;
    const r = check({ ...p, query: plain }, lk, question, speech);
    return { ...r, query: intendedBy(lk, r.query) ?? r.query };
  }
  const done = (query: Query, support: number): Resolved => ({ query, rule: p.rule, support });
  switch (q.intent) {
    case 'help':
    case 'outlets':
    case 'overview':
    case 'people':
    case 'outlet_ranking':
      return done(q, 1);
    case 'who_said': {
      const m = matchStatements(lk, q.quote);
      // "Which outlet said 600 square miles": asked for an outlet about words holding a number, the figure
      // readings answer better when a figure fits (they name the outlet and whom it credits); else this one stands.
      // A statement naming the person but lacking the rest ("…as good as Ned Voss") loses to the rest of
      // the words said of "him" in the paragraph that names them.
      const other = m && m.coverage < 0.9 ? byPronoun(lk, q.quote) : undefined;
      if (m && other && other.support > m.coverage) return done({ ...q, passageIds: other.ids }, other.support);
      if (m) return done({ ...q, quote: m.wording, groupIds: [m.groupId] }, ASKS_OUTLET.test(question) && findNumbers(q.quote).length ? m.coverage * 0.85 : m.coverage);
      // Reported speech the extractor did not take as a statement: a sentence holding the words and a verb of saying.
      const s = spoken(lk, searchSupport(lk, q.quote));
      if (!s.ids.length) {
        const p = byPronoun(lk, q.quote);
        return p ? done({ ...q, passageIds: p.ids }, p.support) : done(q, 0);
      }
      // Words that are mostly a figure are better answered by the figure readings.
      const support = findNumbers(q.quote).length ? s.support * 0.85 : s.support;
      // The sentence is a statement's, the asked words in its frame ("He called the plan blackmail, and noted
      // that 'you can't…'"): that statement's speaker, resolved by attribution, is who said it.
      const st = statementIn(lk, s.ids[0]);
      return st ? done({ ...q, quote: st.text, groupIds: [st.groupId] }, support) : done({ ...q, passageIds: s.ids }, support);
    }
    case 'who_quoted': {
      const slot = q.quote ?? q.person ?? '';
      const person = q.mention === undefined || /^\p{Lu}/u.test(slot) ? personFor(lk, slot) : undefined;
      if (person && lk.ctx.quoteCount(person) > 0) return done({ intent: 'who_quoted', person: person.name, personId: person.id }, 1);
      const described = q.mention === undefined ? lk.describedSpeaker(slot) : [];
      if (described.length) return done({ intent: 'who_quoted', person: slot, groupIds: [...new Set(described.map((id) => lk.ctx.quotes.get(id)!.groupId))] }, 0.95);
      const statement = matchStatements(lk, slot);
      const { support: mention, ids } = mentions(lk, slot);
      // "Which outlets mention X" is about the passages; "which outlets carried X" about the statements.
      if (statement && (q.mention === undefined || mention === 0)) return done({ intent: 'who_quoted', quote: statement.wording, groupIds: [statement.groupId] }, statement.coverage * 0.95);
      // The passages found (in paraphrase, with typos) answer, so the answer is the reading that was scored.
      if (mention > 0) return done({ intent: 'who_quoted', mention: slot, ...(mention >= MIN_SUPPORT ? { passageIds: ids } : {}) }, mention);
      return done(q.mention !== undefined ? { intent: 'who_quoted', mention: slot } : q, 0);
    }
    case 'what_said': {
      // "…about tornadoes": a topic the story never mentions is not answered by whatever the speaker did say.
      if (q.about && allUnknown(lk, q.about)) return done(q, 0);
      const person = someoneElse(lk, q.person) ? undefined : personFor(lk, q.person);
      if (person && lk.ctx.quoteCount(person) > 0) {
        const onTopic = !q.about || personOnTopic(lk, person, q.about);
        return done({ ...q, person: person.name, personId: person.id, ...(onTopic ? storyAbout(lk, q.about) : {}) }, onTopic ? 1 : 0);
      }
      const described = lk.describedMatch(q.person);
      // The fuller the question names the speaker, the better: "the uk ministry of defence" over "the uk ministry" + "defence".
      if (described) {
        const support = 0.93 + 0.02 * Math.min(1, described.cover);
        // "What did the court say about the kickbacks": none of its statements is about them, but a sentence reports
        // it speaking (or ruling) on them: that sentence answers, below a reading naming the speaker more fully.
        const elsewhere = q.about && !saysAbout(lk, described.quoteIds, q.about) ? aboutIn(lk, spoken(lk, searchSupport(lk, `${q.person} ${q.about}`), q.person), q.about) : undefined;
        if (elsewhere?.ids.length) return done({ intent: 'what_said', person: q.person, about: q.about, passageIds: elsewhere.ids }, Math.min(0.92, elsewhere.support));
        // A description that fits one named person's statements only ("Morn's son" for "Her son, Piet"):
        // the answer is that person's, under their name.
        const ids = new Set(described.quoteIds.map((id) => lk.ctx.quotes.get(id)?.personId));
        // Rule "the description names one person": a description that fits one named person's statements only, when
        // it is asked with a topic ("what did the navy captain say about the drawings"), answers as that person too:
        // the topic is looked for in all they said, not only where the text used the description.
        const one = ids.size === 1 && [...ids][0] && (described.byRelation || (q.about && !saysAbout(lk, described.quoteIds, q.about))) ? lk.ctx.people.get([...ids][0]!) : undefined;
        if (one && !described.byRelation && q.about && personOnTopic(lk, one, q.about)) {
          const theirs = lk.ctx.quotesOf(one).map((x) => x.id);
          return done({ ...q, speakerQuoteIds: theirs, ...storyAbout(lk, q.about) }, support);
        }
        if (one && described.byRelation) return done({ ...q, person: one.name, personId: one.id }, support);
        return done({ ...q, speakerQuoteIds: described.quoteIds, ...(q.about && saysAbout(lk, described.quoteIds, q.about) ? storyAbout(lk, q.about) : {}) }, support);
      }
      const byOutlet = lk.outlet(q.person);
      // A speaker no statement names, in sentences with a verb of saying ("the UK Ministry of Defence announced…").
      let mentionedIn: string[] | undefined;
      if (!byOutlet && !unknownName(lk, q.person)) {
        const found = searchSupport(lk, `${q.person} ${q.about ?? ''}`);
        const s = spoken(lk, found, q.person);
        if (s.ids.length) return done({ ...q, passageIds: s.ids }, s.support * 0.97);
        // Rule "named, never heard": a body the story names and nobody speaks for ("the Harbour Authority offices
        // had closed") said nothing; the answer says so and offers where the story names it.
        if (!person && !q.about && found.support >= MIN_SUPPORT) mentionedIn = found.ids.slice(0, 2);
      }
      // Someone the story mentions and never quotes or reports: say so, rather than answer with a sentence about them.
      if (person && !byOutlet) return done({ ...q, person: person.name, personId: person.id }, 1);
      const author = lk.author(q.person);
      if (author) return done({ intent: 'byline', article: author.name, articleId: author.id, author: true }, 0.9);
      if (byOutlet) {
        // An outlet may have several articles in the story: the one that holds the topic answers.
        const articles = lk.ctx.story.articles.filter((a) => a.name === byOutlet.name);
        if (q.about) {
          const fits = articles.map((a) => ({ a, fit: figureFit(lk, q.about!, question, a.id) })).sort((x, y) => y.fit.support - x.fit.support);
          if (fits[0].fit.support >= MIN_SUPPORT) return done({ intent: 'outlet_figures', outlet: fits[0].a.id === byOutlet.id ? byOutlet.name : fits[0].a.headline, topic: q.about }, fits[0].fit.support);
          const found = articles.map((a) => ({ a, s: searchSupport(lk, q.about!, a.id) })).sort((x, y) => y.s.support - x.s.support)[0];
          return done({ intent: 'search', text: q.about, articleId: found.a.id, passageIds: found.s.ids }, found.s.support);
        }
        return done({ intent: 'search', text: '', articleId: byOutlet.id }, 0.9);
      }
      if (person) return done({ ...q, person: person.name, personId: person.id }, 0.65);
      return done(mentionedIn?.length ? { ...q, mentionedIn } : q, 0);
    }
    case 'told_to':
    case 'who_is': {
      const person = personFor(lk, q.person);
      // Rule "where they spoke may be a place": "where did X speak" asks for the outlet X spoke to only when the story
      // names one; else it asks where X gave the speech, for the where-reading to answer.
      const toWhom = q.intent !== 'told_to' || !/^where\b/i.test(question) || (!!person && [...lk.ctx.quotes.values()].some((x) => x.personId === person.id && (x.toldTo || x.source)));
      if (person) return done({ ...q, person: person.name, personId: person.id }, toWhom ? 1 : 0.5);
      const described = q.intent === 'who_is' ? (describedPerson(lk, q.person) ?? saidOfPerson(lk, q.person)) : undefined;
      if (described) return done({ ...q, person: described.person.name, personId: described.person.id }, described.support);
      const author = q.intent === 'who_is' ? lk.author(q.person) : undefined;
      return author ? done({ intent: 'byline', article: author.name, articleId: author.id, author: true }, 0.95) : done(q, 0);
    }
    case 'byline': {
      if (q.about) {
        // Rule byline-about: the article whose passage best covers the subject; its headline counts as a passage.
        const found = searchSupport(lk, q.article);
        const a = found.ids.length ? lk.ctx.article(lk.ctx.passages.get(found.ids[0])!.articleId) : undefined;
        return a ? done({ ...q, articleId: a.id }, found.support) : done(q, 0);
      }
      if (q.author) {
        const a = lk.author(q.article);
        return a ? done({ ...q, article: a.name, articleId: a.id }, 1) : done(q, 0);
      }
      // "Who wrote the German article": an outlet named by its language, as "what did the German paper say" names it.
      const bare = q.article.replace(/['’]s$/, '');
      const a = lk.ctx.findArticle(q.article)?.article ?? lk.outlet(bare) ?? lk.outlet(`${bare} article`);
      return a ? done({ ...q, articleId: a.id }, 1) : done(q, 0.2);
    }
    case 'compare': {
      if (q.conversion || q.all) return done(q, 1);
      const perOutlet = new Map<string, { fit: number; ids: string[] }>();
      const fit = figureFit(lk, q.topic, question, undefined, (id, articleId, f) => {
        const best = perOutlet.get(articleId);
        if (!best || f > best.fit + 1e-9) perOutlet.set(articleId, { fit: f, ids: [id] });
        else if (Math.abs(f - best.fit) <= 1e-9) best.ids.push(id);
      });
      // Rule "each outlet's own figure" (figure-answers.ts): the best fit in each outlet; of tied figures in one
      // sentence, those the question's words stand next to.
      const fitting = [...perOutlet.values()].filter((o) => o.fit >= MIN_SUPPORT);
      const ids = fitting.length >= 2 ? fitting.flatMap((o) => (o.ids.length > 1 ? nextToQuestion(o.ids, lk.ctx.figures.entries, question) : o.ids)) : [];
      return done(ids.length ? { ...q, figureIds: ids } : q, fit.support);
    }
    case 'figure_topic': {
      if (strangerName(lk, question)) return done(q, 0);
      // "…according to the daily star": an outlet named in any case narrows the figures to its article.
      const named = /\b(?:according to|in|by|from)\s+(?:the\s+)?([\p{L}\s-]{3,40}?)\s*[?.!]*$/iu.exec(question);
      const outlet = q.outlet ? lk.outlet(q.outlet) : named ? lk.outlet(named[1]) : undefined;
      const drop = new Set(outlet ? words(outlet.name) : []);
      const topic = outlet ? words(q.topic).filter((w) => !drop.has(w)).join(' ') : q.topic;
      const fit = figureFit(lk, topic, question, outlet?.id);
      if (outlet && fit.support < MIN_SUPPORT) {
        // The outlet has no such figure, others may: the answerer says so and gives theirs.
        const wide = figureFit(lk, topic, question);
        return done({ ...q, outlet: outlet.name, topic }, wide.support);
      }
      if (fit.support < MIN_SUPPORT) {
        const broad = broadTopicFigures(lk, topic, question, outlet?.id);
        if (broad) return done({ ...q, ...(outlet ? { outlet: outlet.name } : {}), topic, figureIds: broad.ids, ...(broad.unmatched.length ? { unmatched: { topic: broad.topic, words: broad.unmatched } } : {}) }, MIN_SUPPORT);
      }
      return done(fit.ids.length ? { ...q, figureIds: fit.ids } : q, fit.support);
    }
    case 'figure_source': {
      const wanted = findNumbers(q.figure).map((n) => n.value).filter((v): v is number => v !== undefined);
      // A small whole number (a year, a count) must match exactly: 2022 is not 2014.
      const near = (v: number, w: number) => (Number.isInteger(w) && Math.abs(w) <= 10_000 ? v === w : Math.abs(v - w) <= Math.abs(w) * 0.005);
      const hits = lk.ctx.figures.entries.filter((e) => wanted.some((w) => e.values.some((v) => near(v, w))));
      if (!hits.length) return done(q, 0.1);
      // The words after the number ("square miles", "soldiers") must be the figure's too: 600 square miles is not 600 troops.
      const unit = unitWords(lk, q.figure);
      const fits = !unit.length || hits.some((e) => unit.some((w) => e.words.has(w) || windowStems(e.figure).has(w) || (KIND_VOCABULARY[e.figure.kind] ?? []).includes(w)));
      return done(q, fits ? 0.95 : VALUE_ONLY);
    }
    case 'outlet_figures': {
      const m = lk.ctx.findArticle(q.outlet);
      return done(q, m ? (m.by === 'outlet' ? 1 : 0.7) : 0.1);
    }
    case 'search': {
      // "How much was the ransom": the thing asked about must be in the story, in some form; the flight it was for is not enough.
      const head = (QUANTITY_HEAD.exec(question) ?? WHO_HEAD.exec(question))?.[1];
      const headForms = head && !QUESTION_WORDS.has(head.toLowerCase()) ? new Set(lk.expand(head, SEARCH_STOP).flatMap((t) => t.forms.map((f) => stem(f.form)))) : undefined;
      if (headForms && !headForms.size) return done(q, 0);
      if (!q.focus && !q.articleId && weakSingleWord(lk.expand(q.text, SEARCH_STOP))) return done(q, 0);
      const spread = q.focus ? 0.34 : 0.01;
      // (each name in every spelling the story has for it: "Izyum" is The Sun's "Izium")
      const named0 = namedIn(lk, question);
      const nameOf = (w: string) => nameKey(lk.ctx.variants.canonicalName(w));
      const names = named0.length ? lk.expand(named0.join(' '), SEARCH_STOP).map((t) => new Set([nameOf(t.word), ...t.forms.filter((f) => f.weight >= WEIGHT.typo).map((f) => nameOf(f.form))])) : [];
      const read = (sentences: ReturnType<typeof searchSupport>): Resolved => {
        const found = ofTheNamed(lk, names, aboutByPronoun(lk, question, sentences, q.articleId));
        const named = WHO_HEAD.test(question) ? namedIn(lk, question).filter((w) => w !== head?.toLowerCase()) : [];
        const heldHead = headForms || named.length ? found.ids.filter((id) => holds(words(lk.ctx.passages.get(id)!.text), headForms, named)) : found.ids;
        const whoDid = WHO_DID.exec(question) ?? DID_ANYONE.exec(question);
        const acted = whoDid && !WHO_HEAD.test(question) ? ofThePerson(lk, question, doneThere(lk, whoDid[1], heldHead, !WHO_DID.test(question))) : heldHead;
        const s = acted.length ? { ...found, ids: whoDid ? namingFirst(lk, acted, found.coverage) : acted } : { ...found, support: 0, ids: [] };
        if (!q.focus) {
          const ids = describingFirst(question, s.ids, lk);
          const placed = ids.find((id) => placeInArticle(lk, question, id, s.coverage?.get(id) ?? s.support) > s.support);
          if (placed) return done({ ...q, passageIds: [placed, ...ids.filter((id) => id !== placed)] }, placeInArticle(lk, question, placed, s.coverage?.get(placed) ?? s.support));
          // The sentence that holds everything but the place may rank below sentences naming only the place ("what did
          // the cops do in Tarnby": "Tarnby" is everywhere, "police" once): it is looked for without the place.
          // Not for a quantity: its figure readings place it, and "how much rain fell in Tarnby" is no forecast for the hills.
          const tail = QUANTITY.test(question) ? null : PLACE_TAIL.exec(q.text);
          const away = tail ? searchSupport(lk, q.text.slice(0, tail.index), q.articleId) : undefined;
          const place = tail ? stem(words(tail[1])[0] ?? '') : '';
          const there = away?.ids.find((id) => lk.articleStems(lk.ctx.passages.get(id)!.articleId).has(place) && placeInArticle(lk, question, id, away.coverage?.get(id) ?? away.support) > s.support);
          if (there) return done({ ...q, passageIds: [there, ...ids.filter((id) => id !== there)] }, placeInArticle(lk, question, there, away!.coverage?.get(there) ?? away!.support));
          return done({ ...q, passageIds: ids }, s.support);
        }
        // Rule "reason-follows": the sentence closest to the question states no reason and the next one in its
        // paragraph gives it ("The council will close the pool. Reason: it loses money."): that one answers, before
        // any sentence further from the question.
        const top = s.ids[0];
        if (q.focus === 'why' && top && !focusMatch(lk.ctx.passages.get(top)!.text, 'why', q.text)) {
          const next = nextInParagraph(lk, top);
          if (next && REASON_FOR_PREVIOUS.test(next.text)) return done({ ...q, passageIds: [next.id] }, s.coverage?.get(top) ?? s.support);
        }
        // A when/where/why answer needs a passage holding the time, place or reason.
        const held = s.ids
          .map((id, order) => ({ id, order, m: focusMatch(lk.ctx.passages.get(id)!.text, q.focus!, q.text, personNameWords(lk.ctx.story.people)) }))
          .filter((h) => h.m)
          // Closest to the question first; among equally close sentences, the most direct time, place or reason.
          .sort((a, b) => Math.round(((s.coverage?.get(b.id) ?? 0) - (s.coverage?.get(a.id) ?? 0)) * 4) || Math.round((a.m!.near ?? 0) / 25) - Math.round((b.m!.near ?? 0) / 25) || a.m!.rank - b.m!.rank || a.order - b.order)
          .map((h) => h.id);
        // The support is the answering sentence's own: a closer sentence without a time does not lend it its coverage.
        if (!held.length) {
          const after = top && q.focus !== 'how' ? detailAfter(lk, top, q.focus, q.text) : undefined;
          if (after) return done({ ...q, passageIds: [after, top] }, (s.coverage?.get(top) ?? s.support) * DETAIL_AFTER);
          return done({ ...q, passageIds: s.ids }, s.support * 0.5);
        }
        return done({ ...q, passageIds: held }, placedInArticle(lk, q.text, held[0], s.coverage?.get(held[0]) ?? s.support));
      };
      const own = read(searchSupport(lk, q.text, q.articleId, QUANTITY.test(question), spread));
      // Only where no sentence says it all does the story's subject lend its words (a sentence it helps is never
      // better than TOPIC_CAP); not for who said or did something (the words or the act must be in the sentence)
      // nor for a quantity.
      // A when/where/why answer already placed in its article (rule the rest is in the article) stands.
      if (own.support >= (q.focus ? MIN_SUPPORT : TOPIC_CAP) || speech || QUANTITY.test(question) || WHO_DID.test(question)) return own;
      const withTopic = read(searchSupport(lk, q.text, q.articleId, false, spread, true));
      const best = withTopic.support > own.support + 0.01 ? withTopic : own;
      // (tried also when a sentence holds the time clause and little of the main one: the main clause is what is asked)
      if (best.support >= TOPIC_CAP || q.focus) return best;
      const framed = framedBy(lk, q.text, (main) => read(searchSupport(lk, main, q.articleId, false, spread)));
      return framed && framed.support > best.support ? framed : best;
    }
  }
}

/**
 * Rule "the rest is in the article": "where was the award dinner", answered by "Speakers at a Lantern Club dinner
 * praised…": a sentence holding the asked place or time and half the question's words, in an article that holds the
 * rest ("the award" a paragraph on), answers; its support is between its own coverage and its article's. Why: a
 * news story names the event once in full and then says where or when in a sentence of its own.
 */
// A yes/no question ending in a clause of time: "did residents get warned | before the power went off".
const YES_NO_FRAMED = /^(?:does|do|did|has|have|had|is|are|was|were|will|would|could|can)\s.+?(\s+(?:before|after|when|while|until|once|as soon as)\s+.+)$/i;
// A main clause answered apart from its time clause is a little less sure than a sentence holding both.
const FRAMED = 0.95;

/**
 * Rule "the time clause frames a yes/no question": "did residents get warned before the power went off" asks whether
 * they were warned; "before the power went off" says which moment, and news copy tells the two in sentences of their
 * own ("Many residents said they had received no warning at all. … their power went off at 6.40 p.m."). When no
 * sentence holds it all, the main clause alone is looked for, in an article that holds the time clause's words too.
 */
function framedBy(lk: StoryLookups, text: string, read: (main: string) => Resolved): Resolved | undefined {
  const m = YES_NO_FRAMED.exec(text.trim().replace(/[?.!]+$/, ''));
  if (!m) return undefined;
  const main = text.trim().slice(0, m.index! + m[0].length - m[1].length);
  const r = read(main);
  const top = 'passageIds' in r.query ? r.query.passageIds?.[0] : undefined;
  if (!top || r.support < MIN_SUPPORT) return undefined;
  // (the clause's words as asked, or in the story's forms: "went off" is written so, though WordNet reads it "collapse")
  const clause = lk.expand(m[1], SEARCH_STOP);
  const held = lk.articleStems(lk.ctx.passages.get(top)!.articleId);
  const inArticle = clause.filter((t) => held.has(stem(t.word)) || t.forms.some((f) => held.has(stem(f.form)))).length;
  if (!clause.length || inArticle < clause.length * MIN_SUPPORT) return undefined;
  return { ...r, support: r.support * FRAMED };
}

function placedInArticle(lk: StoryLookups, text: string, id: string, own: number): number {
  if (own >= 1 || own < MIN_EXACT) return own;
  const terms = lk.expand(text, SEARCH_STOP);
  // Only a modifier may be missing from the sentence: "award" of "the award dinner" (the dinner is there), not the
  // event itself ("when will Tarn be sentenced" is not answered by "the verdict on Tarn came at 4 p.m.").
  const held = new Set(words(lk.ctx.passages.get(id)!.text).map(stem));
  const has = (t: ExpandedTerm) => t.forms.some((f) => held.has(stem(f.form)));
  if (!terms.every((t, i) => has(t) || (i + 1 < terms.length && has(terms[i + 1])))) return own;
  const inArticle = weightedCoverage(terms, lk.articleStems(lk.ctx.passages.get(id)!.articleId));
  return Math.max(own, (own + inArticle) / 2);
}

/**
 * Rule "the place is the article's": "what did the volunteers do in Tarnby" is answered by "Volunteers filled
 * sandbags" in the Tarnby story: a place that ends the question may be in the article rather than the sentence, so long as the
 * sentence holds everything else asked.
 */
// Words of a sentence that says what its speaker wants or means to do.
const WANTING = /\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|want(?:s|ed)?|plan(?:s|ned)? to|propos(?:e|es|ed)|seek(?:s|ing)?|sought|ask(?:s|ed)? for|promis(?:e|es|ed)|vow(?:s|ed)?|pledg(?:e|es|ed)|would|will|intend(?:s|ed)?|hop(?:e|es|ed) to)\b/i;

/**
 * Rule "what they mean to do is what they said": asked what a speaker wants or will do, the sentences carrying
 * their statements that say so ("called for an inquiry", "said she would meet both sides") answer, whole, before
 * their other words. Undefined when the reading found no speaker or none of their sentences says it.
 */
function intendedBy(lk: StoryLookups, q: Query): Query | undefined {
  if (q.intent !== 'what_said') return undefined;
  const ids = q.speakerQuoteIds ?? (q.personId ? [...lk.ctx.quotes.values()].filter((x) => x.personId === q.personId).map((x) => x.id) : []);
  const sentences = new Map<string, Set<string>>();
  for (const id of ids) {
    const quote = lk.ctx.quotes.get(id);
    if (quote && WANTING.test(quote.sentence)) (sentences.get(quote.articleId) ?? sentences.set(quote.articleId, new Set()).get(quote.articleId)!).add(quote.sentence);
  }
  if (!sentences.size) return undefined;
  const passageIds = lk.ctx.story.passages.filter((x) => sentences.get(x.articleId)?.has(x.text)).map((x) => x.id);
  return passageIds.length ? { intent: 'what_said', person: q.person, passageIds } : undefined;
}

// A place that ends a question: "… in Tarnby".
const PLACE_TAIL = /\b(?:in|at|from)\s+([\p{L}'’-]{3,})[\s?.!]*$/iu;

function placeInArticle(lk: StoryLookups, question: string, id: string, own: number): number {
  if (own >= 1) return own;
  const m = PLACE_TAIL.exec(question);
  if (!m) return own;
  const passage = lk.ctx.passages.get(id)!;
  const place = stem(words(m[1])[0] ?? '');
  const held = new Set(words(passage.text).map(stem));
  if (!place || held.has(place) || !lk.articleStems(passage.articleId).has(place)) return own;
  const rest = lk.expand(question.slice(0, m.index), SEARCH_STOP);
  // Everything else must be in the sentence, in the story's words or close kin ("cops" for "police").
  const cover = rest.length ? weightedCoverage(rest, { has: (w: string) => held.has(w) }) : 0;
  return cover >= 0.75 ? Math.max(own, 0.8 * cover) : own;
}

// Questions asking which outlet, paper or publication: the answer is an outlet, not a speaker.
const ASKS_OUTLET = /^(?:which|what)\s+(?:news\s*)?(?:outlets?|papers?|newspapers?|publications?|sites?|websites?|magazines?|media|broadcasters?|agenc(?:y|ies)|articles?|reports?|sources?)\b/i;

/** Stems of the content words right after a question's number: the unit or the thing counted ("square miles"). */
function unitWords(lk: StoryLookups, figure: string): string[] {
  const n = findNumbers(figure)[0];
  if (!n) return [];
  // Folded as the figure store folds a figure's words ("each" and "a piece" are "per").
  return indexText(figure.slice(n.end), lk.ctx.variants)
    .split(' ')
    .filter((w) => w && !QUESTION_WORDS.has(w) && !TOPIC_STOP_WORDS.has(w) && !/^\d/.test(w))
    .slice(0, 2)
    .map(stem);
}

/** The statement with a named speaker whose words sit in a passage, if any. */
function statementIn(lk: StoryLookups, passageId: string): { text: string; groupId: string } | undefined {
  const p = lk.ctx.passages.get(passageId);
  if (!p) return undefined;
  let byParagraph = quotesByParagraph.get(lk);
  if (!byParagraph) {
    quotesByParagraph.set(lk, (byParagraph = new Map()));
    for (const q of lk.ctx.story.quotes) {
      if (!q.personId) continue;
      const key = `${q.articleId}\u0000${q.paragraph}`;
      const list = byParagraph.get(key);
      if (list) list.push(q);
      else byParagraph.set(key, [q]);
    }
  }
  const text = words(p.text).join(' ');
  return byParagraph.get(`${p.articleId}\u0000${p.paragraph}`)?.find((q) => text.includes(words(q.text).join(' ')));
}

const quotesByParagraph = new WeakMap<StoryLookups, Map<string, StoryQuote[]>>();

/** Whether a name has a word the story never uses, in any spelling. */
function unknownName(lk: StoryLookups, name: string): boolean {
  return lk.ctx.terms.resolve(name, QUESTION_WORDS).some((t) => t.word.length >= 3 && !t.forms.length);
}

const windows = new WeakMap<object, Set<string>>();
const keysOf = new WeakMap<object, Set<string>>();

/** A figure's own words, its sentence's, and the words people use for its kind: worked out once per figure. */
function entryKeys(e: { figure: { kind: string }; words: Set<string>; sentenceWords: Set<string> }): Set<string> {
  let k = keysOf.get(e);
  if (!k) keysOf.set(e, (k = new Set([...e.words, ...e.sentenceWords, ...(KIND_VOCABULARY[e.figure.kind] ?? [])])));
  return k;
}

/** Of tied figures, per sentence, those with the most of the question's words beside them. */
function nextToQuestion(ids: string[], entries: readonly { figure: { id: string; articleId: string; sentence: string; text: string } }[], question: string): string[] {
  const asked = new Set(words(question).filter((w) => !QUESTION_WORDS.has(w)).map(stem));
  const byId = new Map(entries.map((e) => [e.figure.id, e.figure]));
  const near = new Map<string, number>();
  const top = new Map<string, number>();
  for (const id of ids) {
    const f = byId.get(id)!;
    // Its own words ("five women") first, then those beside it ("a jury of seven men and five women").
    let n = 0;
    for (const w of words(f.text)) if (asked.has(stem(w))) n += 10;
    for (const w of windowStems(f)) if (asked.has(w)) n++;
    near.set(id, n);
    const key = `${f.articleId}\u0000${f.sentence}`;
    top.set(key, Math.max(top.get(key) ?? 0, n));
  }
  return ids.filter((id) => near.get(id)! >= top.get(`${byId.get(id)!.articleId}\u0000${byId.get(id)!.sentence}`)!);
}

/** Stems of the few words either side of a figure in its sentence. */
function windowStems(f: { sentence: string; text: string }): Set<string> {
  let w = windows.get(f);
  if (!w) {
    const at = f.sentence.indexOf(f.text);
    const before = at >= 0 ? f.sentence.slice(0, at) : '';
    const after = at >= 0 ? f.sentence.slice(at + f.text.length) : '';
    w = new Set([...words(before).slice(-4), ...words(f.text), ...words(after).slice(0, 4)].map(stem));
    windows.set(f, w);
  }
  return w;
}

// Courts and boards speak by ruling: "the court upheld the contention that…" reports what it said.
const SPEECH = new RegExp(String.raw`\b(?:${SPEECH_VERBS.join('|')}|according to|charged|indicated|disclosed|ruled|upheld|held that)\b`, 'i');

/**
 * "Who called Ned Voss evasive" where the text says "officials still called him evasive": the words
 * without the name, in a sentence reporting speech, in a paragraph that names the person. Counted a little
 * below the same words with the name.
 */
function byPronoun(lk: StoryLookups, quote: string): { support: number; ids: string[] } | undefined {
  const names = namedIn(lk, quote);
  if (!names.length) return undefined;
  const rest = words(quote).filter((w) => !names.includes(w)).join(' ');
  const s = spoken(lk, searchSupport(lk, rest));
  const ids = s.ids.filter((id) => paragraphNames(lk, id, names, names));
  return ids.length ? { support: s.support * 0.9, ids } : undefined;
}

/**
 * Whether the pronoun of a passage means the person: the last person the paragraph names before it (or the
 * sentence before it, at a paragraph's start) is them. "Voss was asked… officials called him evasive" is said of
 * Voss, not of Lena named two sentences earlier.
 */
function paragraphNames(lk: StoryLookups, id: string, names: readonly string[], alsoPeople: readonly string[] = []): boolean {
  const all = lk.ctx.story.passages;
  const at = lk.ctx.passageOrder.get(id);
  if (at === undefined) return false;
  const p = all[at];
  let from = at;
  while (from > 0 && all[from - 1].articleId === p.articleId && all[from - 1].paragraph === p.paragraph) from--;
  if (from > 0 && all[from - 1].articleId === p.articleId) from--;
  const own = PRONOUN_AT.exec(p.text);
  const before = [...all.slice(from, at).map((x) => x.text), own ? p.text.slice(0, own.index) : p.text].flatMap((t) => words(t));
  const people = personWords(lk);
  // The asked name counts as a person's even where the story's list of people lacks it ("Lena").
  const last = [...before].reverse().find((w) => people.has(w) || alsoPeople.includes(w));
  if (last) return names.includes(last);
  // No one named before it: the paragraph naming them anywhere is the best evidence there is.
  for (let i = at + 1; i < all.length && all[i].articleId === p.articleId && all[i].paragraph === p.paragraph; i++) before.push(...words(all[i].text));
  return names.some((n) => before.includes(n));
}

const PRONOUN_AT = /\b(?:he|she|him|her|his|hers|they|them|their)\b/i;
const personWordsOf = new WeakMap<StoryLookups, Set<string>>();

/** Every word of the story's people's names ("ned", "voss"), for finding whom a paragraph last named. */
function personWords(lk: StoryLookups): Set<string> {
  let set = personWordsOf.get(lk);
  if (!set) personWordsOf.set(lk, (set = new Set(lk.ctx.story.people.flatMap((x) => words(x.name)).filter((w) => w.length >= 3 && !HONORIFIC.test(w)))));
  return set;
}

/** The passages among `found` that hold at least half of a topic's words ("about the bribes": bribes). */
function aboutIn(lk: StoryLookups, found: { support: number; ids: string[] }, about: string): { support: number; ids: string[] } {
  const terms = lk.expand(about, QUESTION_WORDS);
  const ids = found.ids.filter((id) => exactCoverage(terms, new Set(words(lk.ctx.passages.get(id)!.text).map(stem))) >= MIN_EXACT);
  return { support: ids.length ? found.support : 0, ids };
}

/**
 * Rule "said-on-topic": "what did P say about Y" is answered only when one of P's statements (with its sentence), or
 * a sentence naming P, holds at least half of Y's words. Why: a person the story quotes on one thing did not speak
 * on everything; "what did Mayor Quill say about the bridge tolls", asked of a story quoting her only on the
 * harbour dredging, is not answered by the dredging quotes. Paraphrases the lexicon knows count ("fees" for "tolls").
 * Index lookups only: the person's own statements and the passages holding their surname with the topic.
 */
function personOnTopic(lk: StoryLookups, person: Person, about: string): boolean {
  const terms = lk.expand(about, QUESTION_WORDS).filter((t) => t.forms.length);
  if (!terms.length) return true;
  const covers = (text: string) => {
    const stems = new Set(words(text).map(stem));
    return exactCoverage(terms, stems) >= MIN_EXACT || weightedCoverage(terms, stems) >= MIN_SUPPORT;
  };
  if (lk.ctx.quotesOf(person).some((q) => covers(`${q.text} ${q.sentence}`) || headlineAbout(lk, q.articleId, terms) || covers(repliedTo(lk, q)))) return true;
  const surnames = [person.name, ...person.variants].map((n) => n.split(' ').pop()!).filter((n) => n.length >= 3);
  const found = searchSupport(lk, `${surnames[0] ?? ''} ${about}`);
  return found.ids.some((id) => {
    const text = lk.ctx.passages.get(id)!.text;
    return surnames.some((n) => text.includes(n)) && covers(text);
  });
}

// A sentence telling that someone answered what went before: "But the chairman said no", "Quill replied", "the
// union rejected it".
const REPLY = /\b(?:said\s+no|says\s+no|replied|replies|responded|responds|answered|answers|rejected|rejects|refused|refuses|declined|declines|retorted|shot\s+back)\b/i;

/**
 * Rule "a reply is about what it answers": "The guild asked the board to cap the fees. But Chairman Roe
 * said no. “They are asking too much,” he said." Roe's words never name the fees, yet asked what Roe said about
 * capping them, they are the answer. The two sentences before a statement, in its article, are
 * its topic when one of them (or the statement's own) tells of a reply; else nothing.
 */
function repliedTo(lk: StoryLookups, q: StoryQuote): string {
  const here = lk.ctx.passagesIn(q.articleId, q.paragraph).find((p) => p.text.includes(q.sentence.slice(0, 40)));
  const at = here ? lk.ctx.passageOrder.get(here.id)! : -1;
  if (at < 0) return '';
  const before = lk.ctx.story.passages.slice(Math.max(0, at - 2), at).filter((p) => p.articleId === q.articleId && p.paragraph >= 0);
  return [q.sentence, ...before.map((p) => p.text)].some((t) => REPLY.test(t)) ? before.map((p) => p.text).join(' ') : '';
}

/** Whether any of these statements holds at least half of a topic's words, in any of their forms. */
function saysAbout(lk: StoryLookups, quoteIds: readonly string[], about: string): boolean {
  const terms = lk.expand(about, QUESTION_WORDS).filter((t) => t.forms.length);
  if (!terms.length) return true;
  return quoteIds.some((id) => {
    const q = lk.ctx.quotes.get(id);
    return !!q && (exactCoverage(terms, new Set(words(q.text).map(stem))) >= MIN_EXACT || headlineAbout(lk, q.articleId, terms));
  });
}

/**
 * Rule "said about the story's subject": "what did the judge say about Harlow Mills", asked of an article headlined
 * "Harlow Mills fined £2m for spill", is answered by the judge's words there ("a reckless disregard for the
 * stream"), though they say "the company", never "Harlow Mills". Why: a news article is about what its headline names, and
 * everyone quoted in it speaks to that; the statement need not repeat it. Only the headline's words, in their own
 * forms: a word the body mentions in passing is no subject.
 */
function headlineAbout(lk: StoryLookups, articleId: string, terms: readonly ExpandedTerm[]): boolean {
  return exactCoverage(terms, lk.headlineStems(articleId)) >= 1;
}

/**
 * Rule "the topic in the story's spelling": "what has the ceo said about an apeal" asks about the "appeal" the story
 * writes; the topic handed to the answerer is spelt as the story spells it, so the statements holding it are found.
 * Only once the speaker's statements are found on the corrected topic: "grain exports" is no typo of "experts".
 */
function storyAbout(lk: StoryLookups, about: string | undefined): { about?: string } {
  if (!about) return {};
  let out = about;
  for (const t of lk.expand(about, QUESTION_WORDS)) {
    const fixed = t.forms.find((f) => f.weight === WEIGHT.typo);
    if (fixed && !t.forms.some((f) => f.weight >= WEIGHT.exact)) out = out.replace(new RegExp(String.raw`\b${t.word.replace(/[^\p{L}\d]/gu, '')}\b`, 'iu'), fixed.form);
  }
  return { about: out };
}

/** The passages among `found` that report speech (and name `speaker`, when given). */
function spoken(lk: StoryLookups, found: { support: number; ids: string[] }, speaker?: string): { support: number; ids: string[] } {
  if (found.support < MIN_SUPPORT) return { support: 0, ids: [] };
  const name = speaker ? describingWords(speaker).filter((w) => w.length >= 3 || w === 'us') : [];
  const ids = found.ids.filter((id) => {
    const text = lk.ctx.passages.get(id)!.text;
    if (!SPEECH.test(text)) return false;
    const tokens = words(text);
    // Rule "the owner is not the speaker": "Abel said Voss's troops fled" is no report of Voss speaking.
    const unowned = !name.length || name.some((w) => new RegExp(String.raw`\b${w.slice(0, 5).replace(/[^\p{L}\d]/gu, '')}\p{L}*\b(?!['’]s\b)`, 'iu').test(text));
    return unowned && name.every((w) => tokens.some((t) => isNameWord(t, w))) && nearSaying(tokens, name, text);
  });
  return { support: ids.length ? found.support : 0, ids };
}

/**
 * Rule "the speaker stands by the verb of saying": in "the push against the allies of Governor Voss is going well,
 * the ministry announced" Voss is only mentioned; the ministry speaks. A name counts as speaking when one of its
 * words is within a few words before a verb of saying ("Voss, 61, said") or just after it ("said Voss").
 */
function nearSaying(tokens: readonly string[], name: readonly string[], text = ''): boolean {
  if (!name.length) return true;
  const isName = (t: string) => name.some((w) => isNameWord(t, w));
  // Rule "a verb after its subject opens what was said": only a verb set after a quote or a comma ("…,” said the
  // ferry company", "…, added the ministry") or opening the sentence is followed by its speaker; in "Police said the
  // ferry company had cancelled every sailing" the name after "said" is what police said.
  const inverted = new Set([...text.matchAll(/(?:^|[,;:”"’—–])\s*(\p{L}+)/gu)].map((m) => m[1].toLowerCase()));
  return tokens.some((t, i) => {
    if (!SPEECH.test(t) && !(t === 'according' && tokens[i + 1] === 'to')) return false;
    // "One of them is Ned Voss, he said": a pronoun between the name and the verb is the one speaking.
    const before = tokens.slice(Math.max(0, i - 6), i);
    const last = before.map(isName).lastIndexOf(true);
    const spokenBefore = last >= 0 && !before.slice(last + 1).some((t) => SUBJECT_PRONOUN.test(t));
    // Rule "what was said is not who said it": after "confirmed that" the name opens the content ("journalists
    // confirmed that the Kremlin troops left"), not the one speaking; "said Voss" has no "that" between.
    const after = tokens.slice(i + 1, i + 4);
    const content = after.indexOf('that');
    const speakerAfter = t === 'according' || !text || inverted.has(t);
    return spokenBefore || (speakerAfter && !ADDRESSING.test(t) && (content < 0 ? after : after.slice(0, content)).some(isName));
  });
}

/**
 * Rule "the one addressed is not the speaker": after a verb that takes whom it is said to ("she had asked the
 * aviation regulator to investigate", "he told the newspaper", "urged the council to act") the name is the listener,
 * not one speaking, so "what did the regulator say" is not answered by the minister's sentence. After "said" or
 * "added" the name is still the speaker ("…, said Ada Quill").
 */
const ADDRESSING = /^(?:ask|asks|asked|asking|tell|tells|told|telling|urge|urges|urged|urging|warn|warns|warned|inform|informs|informed|remind|reminds|reminded|assure|assures|assured|advise|advises|advised|brief|briefs|briefed|call|calls|called|press|pressed|beg|begged)$/;

const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|it)$/;

/** A passage word as a word of an asked name: the word itself, or (for 3 letters or more) its first five letters on. */
function isNameWord(token: string, word: string): boolean {
  return token === word || (word.length >= 3 && token.startsWith(word.slice(0, 5)));
}

/**
 * Rule "a relation is someone else": "Morn's daughter" is not Morn, whatever the sister's name; only "X's Y"
 * where Y is itself a name of the story ("Korvale's Ada Quill") names a person of it.
 */
function someoneElse(lk: StoryLookups, phrase: string): boolean {
  const relation = possessive(phrase);
  return !!relation && !personFor(lk, relation.of);
}

/** Whether none of a topic's content words is in the story ("tornadoes"). */
function allUnknown(lk: StoryLookups, topic: string): boolean {
  const terms = lk.expand(topic, QUESTION_WORDS);
  return terms.length > 0 && terms.every((t) => !t.forms.length);
}

/** The sentence after a passage in its paragraph, by id ("article:3.1" → "article:3.2"): a lookup, not a scan. */
// A detail told in the paragraph after the sentence that says the rest is a little less sure than one in it.
const DETAIL_AFTER = 0.9;

/**
 * Rule "the detail follows the lede": news copy states the event in one paragraph and says where, why or how in
 * the next: "The board voted 4-3 … ending a five-hour meeting." then "About 300 people packed the Elm Ridge High School
 * auditorium"; "the studio will cut 900 jobs" then "the cuts were needed to return it to profit". When the sentence
 * that says all the question asks holds no place, reason or manner, the first sentence of the next paragraph answers
 * if it holds one and takes up the question's words (at least one of them, in its own or a kindred form), so it is about the same
 * thing. Only the very next paragraph: further on, a place or reason is of something else. Not for "how": nearly
 * any sentence has a manner ("by", "with", an adverb), so a following one would answer anything.
 */
function detailAfter(lk: StoryLookups, id: string, focus: 'when' | 'where' | 'why' | 'how', question: string): string | undefined {
  const m = /^(.*):(\d+)\.(\d+)$/.exec(id);
  if (!m) return undefined;
  const next = `${m[1]}:${Number(m[2]) + 1}.0`;
  const p = lk.ctx.passages.get(next);
  if (!p || !focusMatch(p.text, focus, question, personNameWords(lk.ctx.story.people))) return undefined;
  const held = new Set(words(p.text).map(stem));
  // (not a paraphrase alone: "fault" / "failures" is how the next paragraph goes on to another event's reason)
  return lk.expand(question, SEARCH_STOP).some((t) => t.forms.some((f) => f.weight >= WEIGHT.kin && held.has(stem(f.form)))) ? next : undefined;
}

function nextInParagraph(lk: StoryLookups, id: string): { id: string; text: string } | undefined {
  const m = /^(.*\.)(\d+)$/.exec(id);
  const next = m ? `${m[1]}${Number(m[2]) + 1}` : undefined;
  const p = next ? lk.ctx.passages.get(next) : undefined;
  return p && next ? { id: next, text: p.text } : undefined;
}

/**
 * Rule "figure-of-a-stranger": a figure question naming, mid-sentence, a place or party the story never writes in
 * any spelling ("how many wells did Norvania drill") asks about something else; the story's figure for the same
 * kind of thing (its own wells) does not answer it. Why: the number would be credited to the wrong party.
 */
function strangerName(lk: StoryLookups, question: string): boolean {
  const capitalised = new Set([...question.matchAll(/(?<!^|[.!?]\s)\b\p{Lu}[\p{L}’'-]+/gu)].flatMap((m) => words(m[0])));
  if (!capitalised.size) return false;
  return lk.expand([...capitalised].join(' '), SEARCH_STOP).some((t) => !t.forms.length && t.word.length >= 3 && capitalised.has(t.word));
}

/** The person a slot names, only when the name really shares a word with theirs (not a sound-alike of a common word). */
export function personFor(lk: StoryLookups, slot: string): Person | undefined {
  const asked = nameKey(slot).split(' ').filter((t) => t.length >= 3 && !QUESTION_WORDS.has(t));
  if (!asked.length) return undefined;
  const p = lk.ctx.findPerson(slot);
  if (!p) return undefined;
  const spellings = [p.name, ...p.variants];
  // Their names and the words the outlets describe them with ("Coach", "Mrs.", "President").
  const theirs = [...spellings, ...p.roles.map((r) => r.role)].flatMap((n) => nameKey(n).split(' '));
  const same = (a: string) => HONORIFIC.test(a) || theirs.some((t) => t === a || (a.length >= 4 && editDistance(a, t, 2) <= (a.length >= 6 ? 2 : 1)));
  if (!asked.some(same)) return undefined;
  const other = asked.filter((a) => !same(a));
  // Rule "a title alone names no one": "the mayor" is not Mary (one sound apart) nor anyone called Mayor by a title.
  if (asked.every((a) => HONORIFIC.test(a)) && !p.roles.some((r) => words(r.role).some((w) => asked.includes(w)))) return undefined;
  if (!other.length) return p;
  // A word of the asked name that none of theirs has: "Jacqueline Kennedy" is not (President) Kennedy, "Joe Biden"
  // not Joe Smith. Unless the person is known by a first name only, the asked name goes on from it, and their
  // article writes it out ("Arnold sent for Joe Dey…" where "Joe" is quoted): the same person by the full name.
  // (A bare surname is already joined to a full name the story gives it; a first name is not.)
  const key = ` ${asked.join(' ')}`;
  const first = spellings.every((n) => nameKey(n).split(' ').length === 1) && spellings.some((n) => key.startsWith(` ${nameKey(n)} `));
  return first && writtenIn(lk, slot, other[0], p.articles) ? p : undefined;
}

// Words for "someone" that say nothing about who: "the guy from the hotel association" is whoever is from it.
const FILLER_HEADS = new Set([...PERSON_HEADS, 'people', 'one', 'individual', 'name']);
// A description, not a name: it opens with a determiner or a possessive ("the councillor", "Tarn's lawyer").
const DESCRIPTION = /^(?:the|a|an|that|this|their|his|her|its)\s+\S|^[\p{L}.'’-]+(?:'s|’s)\s+\S/iu;

/**
 * Rule "who is the <description>": "who's the councillor", "who was Tarn's lawyer", "who's the guy from the
 * mill": asked for someone by what they are, the answer is the person the story describes so. First a person
 * whose own description ("his court-appointed attorney", "Local councillor") holds the asked head noun in some
 * form (lawyer / attorney), with the rest of the question's words ("Tarn", "at the academy") in their article;
 * else, when the head says nothing ("the guy"), the person named in the sentence that best holds the rest
 * ("Ada Quill, representing the Millers Guild, objected…"). Why: people ask for a role far more often than they
 * remember a name, and the story writes roles as the name's appositive or title.
 */
function describedPerson(lk: StoryLookups, slot: string): { person: Person; support: number } | undefined {
  if (!DESCRIPTION.test(slot)) return undefined;
  const bare = slot.replace(/^(?:the|a|an|that|this|their|his|her|its)\s+/i, '');
  const owner = /^([\p{L}.'’-]+)(?:'s|’s)\s+(.+)$/iu.exec(bare);
  const rest = owner ? owner[2] : bare;
  const at = /\s+(?:from|at|of|in|for|with|on|behind|representing)\s+/i.exec(rest);
  const headPart = at ? rest.slice(0, at.index) : rest;
  const context = [owner?.[1] ?? '', at ? rest.slice(at.index + at[0].length) : ''].join(' ');
  const stop = new Set([...SEARCH_STOP, ...FILLER_HEADS]);
  const head = lk.expand(headPart, stop);
  const around = lk.expand(context, new Set([...stop, 'story', 'article', 'piece', 'case']));
  if ([...head, ...around].some((t) => !t.forms.length)) return undefined;
  const owners = owner ? words(owner[1]) : [];
  const people = lk.ctx.story.people.filter((p) => !owners.some((o) => words(p.name).includes(o)));
  if (head.length) {
    // The head noun ("minister" of "the ukrainian defence minister") is their description's; a modifier may be
    // it too, or only in their article ("Ukrainian"), as the rest of the question is.
    // A modifier is in their description or a sentence naming them ("Fiat" of "the Fiat president" is not in
    // every article that names a president); where they are from or whose they are may be anywhere in their article.
    const noun = head[head.length - 1];
    const fits = people.flatMap((p) => {
      const theirs = new Set(p.roles.flatMap((r) => indexText(r.role, lk.ctx.variants).split(' ')).filter(Boolean).map(stem));
      const weight = Math.max(0, ...noun.forms.filter((f) => theirs.has(stem(f.form))).map((f) => f.weight));
      if (!weight) return [];
      const own = [theirs, namingStems(lk, p)];
      const near = [...own, ...p.articles.map((id) => lk.articleStems(id))];
      const holds = (t: ExpandedTerm, sets: Set<string>[]) => t.forms.some((f) => sets.some((n) => n.has(stem(f.form))));
      return head.slice(0, -1).every((t) => holds(t, own)) && around.every((t) => holds(t, near)) ? [{ p, weight }] : [];
    });
    // The closest word for the head first ("chief" over "main" for "the army chief"), then the most quoted.
    const best = fits.sort((a, b) => b.weight - a.weight || lk.ctx.quoteCount(b.p) - lk.ctx.quoteCount(a.p))[0];
    // A head no one's description holds ("Tarn's lawyer" where no lawyer is named) is someone the story lacks.
    // Full support but a little: a person the story describes so beats a sentence that only shares the words.
    return best ? { person: best.p, support: 0.95 } : undefined;
  }
  if (!around.length) return undefined;
  // The head says nothing: the person named in the sentence that best holds the rest.
  const found = searchSupport(lk, context);
  if (found.support < MIN_SUPPORT) return undefined;
  for (const id of found.ids.slice(0, 3)) {
    const text = lk.ctx.passages.get(id)!.text;
    const named = peopleNamedIn(text, people)[0];
    if (named) return { person: named.p, support: Math.min(0.9, found.support * 0.9) };
  }
  return undefined;
}

/**
 * Rule "who is the one the text says so of": "who's the lady who grabbed her dog", "who is the old man with the
 * heart condition": the person quoted next to what the question says of them (rule a person described in the
 * asker's own words), when that is one named person.
 */
function saidOfPerson(lk: StoryLookups, slot: string): { person: Person; support: number } | undefined {
  const m = lk.describedPersonMatch(slot);
  const ids = new Set(m?.quoteIds.map((id) => lk.ctx.quotes.get(id)?.personId));
  const id = ids.size === 1 ? [...ids][0] : undefined;
  const person = id ? lk.ctx.people.get(id) : undefined;
  return person && holdsRole(lk, person, slot) ? { person, support: 0.9 } : undefined;
}

/**
 * Rule "who is the juror is a juror": asked who someone is by an office or a part they play ("the juror who got
 * arrested", "the nurse who found him"), the answer is a person whose own description holds that word. A speaker
 * whose statement only mentions a juror ("Ames said the juror gave false information") is not the juror.
 * A description by a person word only ("the guy who runs the cafe") leaves it to what they did.
 */
function holdsRole(lk: StoryLookups, person: Person, slot: string): boolean {
  const d = readDescription(slot);
  if (!d || d.kind !== 'role') return true;
  const wanted = new Set([stem(d.head), ...speakerAlternatives(d.head)]);
  const theirs = [...person.roles.map((r) => r.role), ...[...lk.ctx.quotes.values()].filter((q) => q.personId === person.id).flatMap((q) => [q.speakerAsWritten ?? '', q.role ?? '', q.descriptive ?? ''])];
  return theirs.some((t) => words(t).some((w) => wanted.has(stem(w))));
}

const naming = new WeakMap<Person, Set<string>>();

/** The stems of the sentences that name a person (by the last word of any spelling), worked out once per person. */
function namingStems(lk: StoryLookups, p: Person): Set<string> {
  let set = naming.get(p);
  if (!set) {
    const surnames = [...new Set([p.name, ...p.variants].map((n) => n.split(' ').pop()!))];
    const texts = lk.ctx.story.passages.filter((x) => p.articles.includes(x.articleId) && surnames.some((n) => x.text.includes(n))).map((x) => x.text);
    naming.set(p, (set = new Set(texts.flatMap((t) => indexText(t, lk.ctx.variants).split(' ')).filter(Boolean).map(stem))));
  }
  return set;
}

// Forms of address a question may put before a name that no article's name list need hold.
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|president|minister|general|commander|senator|governor|mayor|judge|coach|rev|father|sister)$/;

/** Whether a name is written, as a phrase, in one of the given articles. */
function writtenIn(lk: StoryLookups, name: string, rare: string, articleIds: readonly string[]): boolean {
  const key = nameKey(name).split(' ').filter((t) => !QUESTION_WORDS.has(t)).join(' ');
  if (!key.includes(' ')) return false;
  // Only the passages holding the name's word the person lacks, from the index: a lookup, not a pass over the story.
  const hits = lookupExpanded(lk.ctx.indexes.passages, [{ word: rare, forms: [{ form: rare, weight: 1 }] }], PASSAGE_FIELDS);
  return hits.some((h) => {
    const p = lk.ctx.passages.get(h.ref);
    return !!p && articleIds.includes(p.articleId) && ` ${nameKey(p.text)} `.includes(` ${key} `);
  });
}

/** The statement group whose words best cover the remembered wording, in exact words or the story's paraphrases. */
export function matchStatements(lk: StoryLookups, text: string): { groupId: string; coverage: number; wording: string } | undefined {
  const terms = lk.expand(text, QUOTE_STOP);
  if (!terms.some((t) => t.forms.length)) return undefined;
  const byGroup = new Map<string, { score: number; inQuote: Set<string>; inSentence: Set<string> }>();
  for (const r of lookupExpanded(lk.ctx.indexes.quotes, terms, QUOTE_FIELDS)) {
    const id = lk.ctx.quotes.get(r.ref)!.groupId;
    let g = byGroup.get(id);
    if (!g) byGroup.set(id, (g = { score: 0, inQuote: new Set(), inSentence: new Set() }));
    g.score = Math.max(g.score, r.score);
    for (const st of r.first) g.inQuote.add(st);
    for (const st of r.any) g.inSentence.add(st);
  }
  let best: { groupId: string; coverage: number; own: number; score: number; matched: Set<string> } | undefined;
  for (const [groupId, g] of byGroup) {
    const coverage = weightedCoverage(terms, g.inSentence);
    if (exactCoverage(terms, g.inQuote) === 0 || coverage < MIN_SUPPORT || exactCoverage(terms, g.inSentence) < MIN_EXACT) continue;
    const score = g.score * coverage;
    // Equally covered with their sentences, the words in the quote itself decide: the answer "Mickey don't talk
    // much" over the question put to him ("What do you and Mickey talk about?") in the same passage.
    const own = weightedCoverage(terms, g.inQuote);
    const tied = best && Math.abs(coverage - best.coverage) <= 0.05;
    if (!best || coverage > best.coverage + 0.05 || (tied && (own > best.own + 0.05 || (Math.abs(own - best.own) <= 0.05 && score > best.score))))
      best = { groupId, coverage, own, score, matched: g.inSentence };
  }
  if (!best) return undefined;
  const paraphrased = terms.some((t) => t.forms.length && !t.forms.some((f) => f.weight === 1 && best!.matched.has(stem(f.form))));
  return { groupId: best.groupId, coverage: best.coverage, wording: paraphrased ? matchedWording(terms, best.matched) : text };
}

/** How well the passages cover a thing asked about: every content word of it in one passage. */
function mentions(lk: StoryLookups, thing: string): { support: number; ids: string[] } {
  return searchSupport(lk, thing);
}

// The thing a quantity question measures: "how much was the ransom", "how many homes were flooded".
const QUANTITY_HEAD = /\bhow\s+(?:many|much)\s+(?:(?:was|were|is|are|did|does|do|has|have|had)\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?([\p{L}-]{3,})/iu;

/**
 * Rule "one weak word": a question of one content word ("proto", "test", "asdf") names what the asker wants; when
 * the story has that word in no form of its own, a near spelling ("photo", "best") or a paraphrase is a guess, not
 * an answer. A longer word one letter off ("zelnsky") is still a typo of the story's word.
 */
function weakSingleWord(terms: readonly ExpandedTerm[]): boolean {
  if (terms.length !== 1) return false;
  const [t] = terms;
  if (t.forms.some((f) => f.weight >= WEIGHT.kin)) return false;
  return !(t.word.length >= 6 && t.forms.some((f) => f.weight === WEIGHT.typo && withinOneEdit(f.form, t.word)));
}

// "Who opposed the fees": asked who did something, the answer is a sentence that names someone.
const WHO_DID = /^(?:who|whom)\s+(?!is\b|are\b|was\b|were\b|did\b|does\b|do\b|has\b|have\b|had\b|will\b|would\b|can\b|could\b)([\p{L}'’-]+)/iu;

/**
 * Rule "who did it says it was done": asked who did something ("who opposed the fees"), the answering sentence
 * says that act, in the question's word or one standing for it ("objected"), not a loose paraphrase ("showing
 * its back" for "supported") nor only the rest of the question ("Harbor Board" in a headline).
 */
function doneThere(lk: StoryLookups, verb: string, ids: readonly string[], strict = false): string[] {
  // Rule "light verbs say no act": "who got the award", "who got arrested", "who had the contract": get, have,
  // take and make stand for whatever the sentence says ("the award was split among…", "police arrested…"), so
  // the answering sentence need not hold them; the rest of the question still must.
  if (LIGHT_VERBS.test(verb)) return [...ids];
  const t = lk.expand(verb, SEARCH_STOP)[0];
  // Asked whether anyone did it (`strict`), an act the story never writes in any form was not done in it.
  if (!t?.forms.length) return strict && t ? [] : [...ids];
  // The asker's own word in any inflection; a word standing for it as written ("backed" is not "its back").
  const own = new Set(t.forms.filter((f) => f.weight >= WEIGHT.exact).map((f) => stem(f.form)));
  // Rule "the act in other words": besides the asker's word and close forms, a paraphrase written as a verb
  // ("indorsed" for "backed", "-ed" / "-ing") and the doer's noun of the asker's verb ("owner" for "owns") say the
  // act; a paraphrase as a bare noun ("its back") does not.
  const root = stem(t.word).slice(0, Math.max(3, stem(t.word).length));
  const other = new Set(
    t.forms
      .filter((f) => (f.weight >= WEIGHT.typo && f.weight < WEIGHT.exact) || (f.weight >= WEIGHT.related && (/(?:ed|ing)$/.test(f.form) || (f.form.startsWith(root) && /(?:er|or)s?$/.test(f.form)))))
      .map((f) => f.form),
  );
  return ids.filter((id) => words(lk.ctx.passages.get(id)!.text).some((w) => other.has(w) || own.has(stem(w))));
}
const surnames = new WeakMap<StoryLookups, Set<string>>();
// Rule "did anyone do it": "did anybody deny the bids were rigged" asks who did it, as "who denied…" does; a
// sentence saying the rest ("Quill charged that the bids were rigged") without the act is no answer.
const DID_ANYONE = /^(?:did|has|have|does|do)\s+(?:anyone|anybody|someone|somebody|any\s+[\p{L}-]+|no\s*one|nobody)\s+(?:else\s+)?(?:ever\s+)?([\p{L}'’-]+)/iu;
const LIGHT_VERBS = /^(?:get|gets|got|gotten|getting|have|has|had|take|takes|took|taken|make|makes|made|do|does|did)$/i;

/**
 * Rule "done to the person asked about": "who called Lena evasive" is not answered by "officials called him
 * evasive" unless "him" is Lena: a passage without the asked person's name answers only if its pronoun means them.
 */
function ofThePerson(lk: StoryLookups, question: string, ids: readonly string[]): string[] {
  const named = namedIn(lk, question);
  if (!named.length) return [...ids];
  return ids.filter((id) => {
    const text = lk.ctx.passages.get(id)!.text;
    return !OBJECT_PRONOUN.test(text) || words(text).some((w) => named.includes(w)) || paragraphNames(lk, id, named, named);
  });
}

/**
 * Rule "the person by pronoun": "who defended Tarn" where the text says "Tarn received the verdict. He … without a
 * word to his attorney": a who-did question's sentence may name the person asked about by a pronoun that means them.
 * Tried only when no sentence with the name answers; counted a little below one that names them.
 */
function aboutByPronoun(lk: StoryLookups, question: string, found: ReturnType<typeof searchSupport>, articleId?: string): ReturnType<typeof searchSupport> {
  if (found.support >= MIN_SUPPORT || !WHO_DID.test(question) || WHO_HEAD.test(question)) return found;
  const named = namedIn(lk, question);
  if (!named.length) return aboutByIts(lk, question, found, articleId);
  const rest = searchSupport(lk, words(question).filter((w) => !named.includes(w)).join(' '), articleId, false, 0.3);
  const ids = rest.ids.filter((id) => PRONOUN_AT.test(lk.ctx.passages.get(id)!.text) && paragraphNames(lk, id, named, named));
  const support = ids.length ? (rest.coverage?.get(ids[0]) ?? 0) * 0.9 : 0;
  return support > found.support ? { support, ids, coverage: new Map(ids.map((id) => [id, (rest.coverage?.get(id) ?? 0) * 0.9])) } : found;
}

/**
 * Rule "its owner": "who owns the granary" is answered by "The granary has stood empty for a decade. Its owner,
 * Brannock Holdings, plans to sell it": the act ("owns" as "owner") is in a sentence whose "its" or "it" stands for the thing
 * asked about, which the sentence before it (in the paragraph, or the one before) names.
 */
function aboutByIts(lk: StoryLookups, question: string, found: ReturnType<typeof searchSupport>, articleId?: string): ReturnType<typeof searchSupport> {
  const who = WHO_DID.exec(question);
  if (!who) return found;
  const thing = words(question.slice(who.index + who[0].length)).filter((w) => !QUESTION_WORDS.has(w) && w.length >= 3);
  if (!thing.length) return found;
  // The act in any form the lexicon gives it ("owns" as "owner"): not the exact word, which the sentence may lack.
  const terms = lk.expand(who[1], SEARCH_STOP);
  if (!terms.length || !terms[0].forms.length) return found;
  const coverage = new Map<string, number>();
  for (const r of lookupExpanded(lk.ctx.indexes.passages, terms, PASSAGE_FIELDS))
    if (!articleId || lk.ctx.passages.get(r.ref)?.articleId === articleId) coverage.set(r.ref, weightedCoverage(terms, r.any));
  const all = lk.ctx.story.passages;
  const ids = [...coverage.keys()].filter((id) => {
    const at = lk.ctx.passageOrder.get(id);
    if (at === undefined || at === 0 || !/\bits?\b/i.test(all[at].text) || all[at - 1].articleId !== all[at].articleId) return false;
    const before = new Set(words(all[at - 1].text).map(stem));
    return thing.every((w) => before.has(stem(w)));
  });
  // Every word of the thing is there (in the sentence before), the act as the lexicon gives it.
  const cover = (id: string) => (((coverage.get(id) ?? 0) + thing.length) / (1 + thing.length)) * 0.9;
  ids.sort((a, b) => cover(b) - cover(a));
  const support = ids.length ? cover(ids[0]) : 0;
  return support > found.support ? { support, ids, coverage: new Map(ids.map((id) => [id, cover(id)])) } : found;
}

const OBJECT_PRONOUN = /\b(?:him|her|them)\b/i;

/**
 * Rule "who did it names someone": of equally close passages, those naming a person of the story come first, so
 * "who opposed the fees" is answered by "Smith objected to the fees", not the headline "Protest on fees".
 */
function namingFirst(lk: StoryLookups, ids: readonly string[], coverage: ReadonlyMap<string, number> | undefined): string[] {
  let names = surnames.get(lk);
  if (!names) surnames.set(lk, (names = new Set(lk.ctx.story.people.flatMap((p) => words(p.name).slice(-1)).filter((w) => w.length >= 3))));
  const tier = (id: string) => Math.round((coverage?.get(id) ?? 0) * 4);
  const naming = (id: string) => (words(lk.ctx.passages.get(id)!.text).some((w) => names.has(w)) ? 1 : 0);
  return ids
    .map((id, order) => ({ id, order, tier: tier(id), naming: naming(id) }))
    .sort((a, b) => b.tier - a.tier || b.naming - a.naming || a.order - b.order)
    .map((x) => x.id);
}

// The one a who-question asks for: "who is the fiat company president" wants a president, not any Fiat sentence;
// "who is Ada Quill's lawyer" (rule "whose-relation") a lawyer, written in a sentence naming her, not any Quill sentence.
const WHO_HEAD = /^(?:who|whom)\s+(?:is|was|are|were)\s+(?:the|a|an|(?:[\p{L}.'’-]+\s+)*?[\p{L}.-]+(?:'s|’s))\s+(?:[\p{L}'’-]+\s+)*?([\p{L}-]{3,})[\s?.!]*$/iu;

/** The words of a question the story writes as proper nouns ("fiat" for Fiat), however the question cased them. */
function namedIn(lk: StoryLookups, question: string): string[] {
  let set = properNames.get(lk);
  if (!set) properNames.set(lk, (set = new Set(lk.ctx.story.properNouns)));
  return words(question).filter((w) => w.length >= 3 && !QUESTION_WORDS.has(w) && set.has(w));
}

/** Whether a passage's words hold the asked head (in some form) and, of "who is the Fiat president", the name. */
/**
 * Rule "the named thing's own article": "when is Starwake 5 coming out" is not answered by a sentence of an article
 * that never names Starwake ("handing out water since five o'clock on Monday morning"), however many other words it
 * shares. A passage answers a question naming one of the story's proper nouns only if its article names one of them.
 * Why: a story of several events names each in its own articles; a name is the surest word of what is asked about.
 */
function ofTheNamed(lk: StoryLookups, names: readonly ReadonlySet<string>[], found: ReturnType<typeof searchSupport>): ReturnType<typeof searchSupport> {
  if (!names.length) return found;
  const ids = found.ids.filter((id) => {
    const held = namesOfArticle(lk, lk.ctx.passages.get(id)!.articleId);
    return names.some((forms) => [...forms].some((n) => held.has(n)));
  });
  return ids.length === found.ids.length ? found : { ...found, ids, support: ids.length ? Math.max(...ids.map((id) => found.coverage?.get(id) ?? found.support)) : 0 };
}

const articleNames = new WeakMap<StoryLookups, Map<string, Set<string>>>();

/** The proper nouns an article writes, each by its canonical spelling's key ("Izium" and "Izyum" meet). Built once. */
function namesOfArticle(lk: StoryLookups, articleId: string): Set<string> {
  let byArticle = articleNames.get(lk);
  if (!byArticle) {
    articleNames.set(lk, (byArticle = new Map()));
    const proper = new Set(lk.ctx.story.properNouns);
    for (const p of lk.ctx.story.passages) {
      const set = byArticle.get(p.articleId) ?? byArticle.set(p.articleId, new Set()).get(p.articleId)!;
      for (const w of words(p.text)) if (proper.has(w)) set.add(nameKey(lk.ctx.variants.canonicalName(w)));
    }
  }
  return byArticle.get(articleId) ?? new Set();
}

function holds(ws: readonly string[], headForms: ReadonlySet<string> | undefined, named: readonly string[]): boolean {
  return (!headForms || ws.some((w) => headForms.has(stem(w)))) && (!named.length || named.some((n) => ws.includes(n)));
}

const properNames = new WeakMap<StoryLookups, Set<string>>();

/** The passages that best cover a question's content words, and the best weighted coverage. */
// A question asking for a quantity.
const QUANTITY = /\bhow\s+(?:many|much|far|long|big|large|old|high|deep|tall|wide)\b/i;

export function searchSupport(
  lk: StoryLookups,
  text: string,
  articleId?: string,
  quantity = false,
  spread = 0.01,
  topic = false,
): { support: number; ids: string[]; coverage?: Map<string, number> } {
  const terms = lk.expand(text, SEARCH_STOP);
  if (!terms.length) return { support: 0, ids: [] };
  // A capitalised name the story lacks in every spelling means the question is about someone or somewhere else.
  const capitalised = new Set([...text.matchAll(/(?<!^|[.!?]\s)\b\p{Lu}[\p{L}’'-]+/gu)].flatMap((m) => words(m[0])));
  if (terms.some((t) => !t.forms.length && capitalised.has(t.word))) return { support: 0, ids: [] };
  // Nor does a passage answer a question about a number the story never prints.
  if (terms.some((t) => !t.forms.length && /^\d/.test(t.word))) return { support: 0, ids: [] };
  const scored: { id: string; coverage: number; score: number }[] = [];
  for (const r of lookupExpanded(lk.ctx.indexes.passages, terms, PASSAGE_FIELDS)) {
    if (articleId && lk.ctx.passages.get(r.ref)?.articleId !== articleId) continue;
    const matched = r.any;
    const passage = lk.ctx.passages.get(r.ref)!;
    const about = topic && passage.paragraph >= 0 ? lk.headlineStems(passage.articleId) : undefined;
    const held = about ? { has: (w: string) => matched.has(w) || about.has(w) } : matched;
    // A quantity is answered by a sentence with a number in it, in the question's own words.
    if (exactCoverage(terms, held) < (quantity ? 0.75 : MIN_EXACT)) continue;
    if (quantity && !findNumbers(passage.text).length) continue;
    const coverage = about ? topicCoverage(terms, matched, about) : weightedCoverage(terms, matched);
    if (coverage === 0) continue;
    scored.push({ id: r.ref, coverage, score: r.score * coverage });
  }
  if (!scored.length) return { support: 0, ids: [] };
  const top = Math.max(...scored.map((s) => s.coverage));
  const kept = headlinesYield(lk, scored.filter((s) => s.coverage >= Math.max(MIN_SUPPORT, top - spread) || s.coverage >= top - 0.01).sort((a, b) => b.coverage - a.coverage || b.score - a.score));
  return { support: top, ids: kept.map((s) => s.id), coverage: new Map(kept.map((s) => [s.id, s.coverage])) };
}

// How much a question word counts when only the article's headline holds it, not the answering sentence.
const TOPIC_WEIGHT = 0.8;
const TOPIC_CAP = 0.8;

/**
 * Rule "the story's subject goes without saying": people add the story's subject to a question ("has anyone been
 * arrested over the pool fire"), and the answering sentence need not repeat it ("No arrests have been made"): a
 * word the sentence lacks but its article's headline holds counts, a little below the sentence's own. The sentence
 * must still hold a word of the question that the headline does not, or it says nothing the headline does not.
 */
function topicCoverage(terms: readonly ExpandedTerm[], matched: ReadonlySet<string>, headline: ReadonlySet<string>): number {
  const own = weightedCoverage(terms, matched);
  const beyond = terms.some((t) => t.forms.some((f) => matched.has(stem(f.form)) && !headline.has(stem(f.form))));
  if (!beyond) return own;
  const both = weightedCoverage(terms, { has: (w: string) => matched.has(w) || headline.has(w) });
  // Never as good as a sentence that says it all: a reading the words fit exactly still wins.
  return Math.max(own, Math.min(TOPIC_CAP, own + (both - own) * TOPIC_WEIGHT));
}

/**
 * Rule "the headline yields to its body": a headline is short, so it outranks the sentence that tells the same
 * thing in full. When a sentence of the same article covers the question as well, that sentence answers, and the
 * headline comes after it: "what was the vote" is "councillors voted 14-9 in favour", not "Council votes to close
 * the pool". Answers keep one passage per article, so a headline first would hide the detail.
 */
function headlinesYield<T extends { id: string; coverage: number }>(lk: StoryLookups, kept: T[]): T[] {
  const out = [...kept];
  for (let i = 0; i < out.length; i++) {
    const h = lk.ctx.passages.get(out[i].id);
    if (!h || h.paragraph !== -1) continue;
    const j = out.findIndex((s, k) => k > i && s.coverage >= out[i].coverage - 0.01 && lk.ctx.passages.get(s.id)?.articleId === h.articleId);
    if (j < 0) continue;
    const [body] = out.splice(j, 1);
    out.splice(i, 0, body);
  }
  return out;
}

// The words people use for what a kind of figure measures, so "how much land" meets "2,300 square miles".
const KIND_VOCABULARY: Partial<Record<string, string[]>> = {
  area: ['land', 'territori', 'area', 'ground', 'size'],
  distance: ['distanc', 'far', 'depth', 'deep', 'high', 'height', 'tall', 'long', 'length', 'wide', 'width'],
  money: ['monei', 'cost', 'dollar', 'price', 'worth'],
  time: ['time', 'durat'],
  temperature: ['temperatur', 'hot', 'heat', 'cold', 'warm', 'degre'],
  age: ['ag', 'old'],
};

const COUNT_KINDS = new Set(['people', 'count', 'equipment']);
const PRICED_THING = /\bhow\s+much\s+(?:is|was|are|were|does|do|did|will|would)\s+(?:a|an|the|one|each)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+?)(?=\s+(?:in|at|for|on|cost|costs|be|worth|now|today|these\s+days|of)\b|\s*[?.!]*$)/iu;

// Verbs that say only that something lasted (as the index folds them): last, go on, run, continue, drag on, persist.
const LASTING = /^(?:last|lasts|lasted|lasting|go|goes|going|gone|went|run|runs|ran|running|continue|continues|continued|continuing|drag|drags|dragged|persist|persists|persisted|keep|kept|carry|carried|stay|stayed|supposed|expected|meant|due)$/;

/**
 * Rule "people lost are people dead": news counts a side's or a place's dead as people it lost ("Russia has lost
 * 53,000 soldiers", "the village lost 12 residents to the flood"); WordNet's "lose" has that sense ("suffer the loss
 * of a person through death"). So "how many soldiers died", "how many were killed" are answered by a count of people
 * with "lost" beside it: the question's verb of dying counts as that figure's own. Not for things ("lost 300 tanks":
 * only a figure counting people) nor for "lost" far from the number (the window of words either side).
 */
const DYING = /^(?:die|dies|died|dying|dead|deaths?|killed|perish|perished)$/;
const LOSING = ['lost', 'lose', 'losing', 'loss', 'losses'].map(stem);

const TIME_HEAD = /^(?:time|hours?|days?|weeks?|months?|years?|minutes?)$/i;

const KIND_WORDS: [RegExp, string[]][] = [
  // "What was the vote", "what was the score", "how close was the vote", "by how much did they win": a tally.
  [/\b(?:what|which)\s+(?:was|is|were|are)\s+the\s+(?:final\s+)?(?:vote|votes|score|scoreline|margin|tally)\b|\bhow\s+(?:close|narrow|tight)\s+(?:was|is|were)\s+(?:the\s+)?(?:vote|ballot|score|game|match|race|contest|decision)\b|\bby\s+(?:how\s+much|what\s+margin|how\s+many\s+(?:votes|goals|points))\s+(?:did|does|do|was|were|is)\b.*\b(?:win|won|lose|lost|beat|pass|passed|carry|carried|approve|approved|reject|rejected)\b|\bhow\s+(?:did|do|does)\s+.+\s+vote\b/i, ['tally']],
  // "How many hours / days…" asks for a time, "how many square miles / km" a size or a distance, not a count.
  [/\bhow many (?:hours|days|weeks|months|years|minutes)\b/i, ['time']],
  [/\bhow many (?:(?:square|sq\.?)\s+)?(?:miles|mi|kilomet(?:er|re)s|km|km2|km²|acres|hectares|feet|metres|meters)\b/i, ['area', 'distance', 'comparison']],
  // "The number of cancelled flights" counts as "how many flights" does.
  // (Also "how many" ending the question: "quillon layoffs how many".)
  [/\bhow many\b(?!\s+(?:dollars|pounds|euros)\b)|\b(?:number|count) of (?!dollars|pounds|euros)/i, ['people', 'count', 'equipment']],
  [/\bhow much (?:money|did .* (?:cost|spend|pay))|\b(?:cost|spend|spent|pay|paid|money|dollars?|budget|price|fees?|damage)\b/i, ['money']],
  [/\bhow (?:far|close)\b|\bdistance\b/i, ['distance']],
  [/\bhow (?:hot|cold|warm|chilly|cool)\b|\btemperatures?\b|\bdegrees\b/i, ['temperature']],
  [/\bhow long\b/i, ['time', 'distance']],
  [/\bhow (?:big|large)\b|\b(?:area|territory|land)\b/i, ['area', 'comparison']],
  [/\bhow old\b|\bage\b/i, ['age']],
  // "How much did shares fall": a share of something (a percentage) is a how-much answer; a date never is.
  [/\bhow much\b/i, ['money', 'percent', 'area', 'distance', 'time', 'comparison', 'age']],
];

/**
 * Rule "a broad topic asked in other words": "how much money was stolen" asks first of all how much money; when the
 * article giving money figures says the act only away from them ("embezzling" in its headline, "siphoned $2.3
 * million" in its lead) and the question's other words meet none of the figures' sentences, in any form WordNet
 * gives, that article's money figures are the answer, with the words that matched nothing named plainly, rather than
 * a not-found that hides them. Only a broad topic (figure-answers.ts: money, people, distance…) named right after
 * "how much" or "how many" counts as clearly asked; a specific head ("how many firefighters"), a question whose other
 * words some figure's sentence meets, and one whose words the figures' articles never use ("how many people died in
 * the flood" of a war report) keep the reading they had.
 * Invented example: an article headed "Clerk jailed over missing funds" whose lead says "the clerk took £40,000";
 * "how much money went missing" → its money figures, saying none of them is tied to "missing".
 */
function broadTopicFigures(lk: StoryLookups, topic: string, question: string, articleId?: string): { ids: string[]; topic: string; unmatched: string[] } | undefined {
  const head = /\bhow\s+(?:many|much)\s+(\p{L}+)\b/iu.exec(question)?.[1]?.toLowerCase();
  if (!head || !BROAD_TOPICS.has(head)) return undefined;
  const broad = figureFit(lk, head, question, articleId);
  if (broad.support < MIN_SUPPORT || !broad.ids.length) return undefined;
  const headKey = stem(head);
  const rest = lk.expand(topic, SEARCH_STOP).filter((t) => stem(t.word) !== headKey && !LIGHT_VERBS.test(t.word));
  if (!rest.length) return undefined;
  const byId = new Map(lk.ctx.figures.entries.map((e) => [e.figure.id, e]));
  const entries = broad.ids.map((id) => byId.get(id)).filter((e): e is FigureEntry => !!e);
  const holds = (k: { has(w: string): boolean }, t: ExpandedTerm) => k.has(stem(t.word)) || t.forms.some((f) => k.has(stem(f.form)));
  // A word some figure's sentence meets, even loosely ("pulled" for "arrested"), leaves the reading as it was.
  if (entries.some((e) => rest.some((t) => holds(entryKeys(e), t)))) return undefined;
  // The words must be of the article that gives the figure, in some form WordNet gives ("embezzling" in the
  // headline of the article whose lead says "siphoned $2.3 million"): words the article never uses ("flood" of a
  // war report) say the question is about something else, and that stays a not-found.
  // A loose paraphrase counts there only written as a verb, as "the act in other words" reads one (doneThere):
  // "embezzling" for "stolen", not WordNet's "six" for "died" nor "lot" for "flood".
  const said = (k: ReadonlySet<string>, t: ExpandedTerm) => k.has(stem(t.word)) || t.forms.some((f) => (f.weight >= WEIGHT.kin || /(?:ed|ing)$/.test(f.form)) && k.has(stem(f.form)));
  const ofArticle = entries.filter((e) => rest.every((t) => said(lk.articleStems(e.figure.articleId), t)));
  return ofArticle.length ? { ids: ofArticle.map((e) => e.figure.id), topic: head, unmatched: rest.map((t) => t.word) } : undefined;
}

/**
 * How well the story's figures fit a quantity question: the share of its content words a figure's words or
 * sentence hold (paraphrases counted lower), halved when the figure measures another kind of thing than asked.
 */
export function figureFit(
  lk: StoryLookups,
  topic: string,
  question: string,
  articleId?: string,
  each?: (figureId: string, articleId: string, fit: number) => void,
): { support: number; ids: string[] } {
  const store = lk.ctx.figures;
  // Light verbs ("how much does she get paid") say nothing a figure's sentence must hold.
  let content = [...new Set(indexText(topic, lk.ctx.variants).split(' ').filter((w) => w && !TOPIC_STOP_WORDS.has(w) && !QUESTION_WORDS.has(w) && !LIGHT_VERBS.test(w) && !/^(?:distance|area|long|far|big|large|old|high|deep|wide|close)$/.test(w)))];
  let kinds = KIND_WORDS.find(([re]) => re.test(question))?.[1];
  // Rule "a verb of lasting asks only how long": "how long did the discharges go on for", "how long will the strike
  // last", "how many days did the siege drag on" ask for the span of the thing; the verb ("go on", "last", "run",
  // "continue") is what a span is, and the figure's sentence need not repeat it ("discharged solvent for more than
  // three years"). Only when a span of time is asked.
  if (kinds?.includes('time')) content = content.filter((w) => !LASTING.test(w));
  // Rule "how big is a sum": "how big is the deficit" asks for an amount of money when the thing asked about is one
  // (WordNet noun.possession: a budget, a debt, a fine, a loss); a size only of land and other places.
  // Rule "a sum by what it is for": asked with no word of kind at all ("do the reports agree on the fine"), a topic
  // that names an amount (a fine, a penalty, a salary, a grant) asks for the sum, not the "two years" in its sentence.
  if ((!kinds || /\bhow\s+(?:big|large|huge|small)\b/i.test(question)) && words(topic).some((w) => lk.lexicon.isAmount(w))) kinds = ['money'];
  // A word the story lacks in every form ("layofs") is read as the story's word one typo away ("layoffs"), as a
  // search reads it; an English word of its own (one WordNet relates to the story's words) is left as asked.
  const typo = (w: string) => (lk.lexicon.has(w) || lk.lexicon.relatedTo(w).length || lk.lexicon.kin(w).length ? undefined : lk.lexicon.correct(w));
  const terms: ExpandedTerm[] = content.map((w) => {
    const fixed = typo(w);
    const forms = [{ form: w, weight: 1 }, ...lk.lexicon.kin(w).map((r) => ({ form: r, weight: WEIGHT.kin })), ...lk.lexicon.relatedTo(w).map((r) => ({ form: r, weight: 0.6 }))];
    if (fixed) forms.push({ form: indexText(fixed, lk.ctx.variants), weight: WEIGHT.typo }, ...lk.lexicon.relatedTo(fixed).map((r) => ({ form: r, weight: 0.6 * WEIGHT.typo })));
    return { word: w, forms };
  });
  // (a typo's story word opens the figures too: "how much did wexlar take" is Wexler's)
  const fixedWords = terms.flatMap((t) => t.forms.filter((f) => f.weight === WEIGHT.typo).map((f) => f.form));
  const entries = articleId ? (store.byArticle.get(articleId) ?? []) : terms.length ? store.candidates(store.keys(fixedWords.length ? `${topic} ${fixedWords.join(' ')}` : topic)) : [];
  // "How many homes…": the counted thing must be what the figure measures; the rest may sit elsewhere in the article.
  const counted = /\bhow\s+(?:many|much)\s+([\p{L}-]+)/iu.exec(question)?.[1];
  const head = counted ? stem(indexText(counted, lk.ctx.variants)) : undefined;
  // Besides the counted thing, what the question says about it ("killed", "arrested") must be the story's own word.
  const others = head ? terms.filter((t) => stem(t.word) !== head) : [];
  const happened = others.filter((t) => /(?:ed|en)$/.test(t.word));
  // Rule "the counted thing": asked how many drivers, a count of commuters in the drivers' sentence counts something
  // else; when some figure counts the thing asked, a count of another thing yields to it.
  // Rule "a kind of the thing counted": "how many people were affected" is answered by "160,000 passengers had been
  // affected", "how many vehicles" by a count of trucks: a figure counting a kind of the thing asked (WordNet: a
  // passenger is a person) counts it, a little below the thing's own word.
  const kindWords = counted ? lk.lexicon.kindsOf(counted.toLowerCase()) : undefined;
  const kindOf = new Set<(typeof entries)[number]>();
  if (kindWords?.size) for (const e of entries) if (COUNT_KINDS.has(e.figure.kind) && !e.words.has(head!) && words(e.figure.measure).some((w) => kindWords.has(w))) kindOf.add(e);
  const headTerm = kindOf.size ? terms.find((t) => stem(t.word) === head) : undefined;
  if (headTerm) for (const w of new Set([...kindOf].flatMap((e) => words(e.figure.measure).filter((m) => kindWords!.has(m))))) headTerm.forms.push({ form: w, weight: WEIGHT.related });
  const countsHead = (e: (typeof entries)[number]) => e.words.has(head!) || kindOf.has(e);
  const countsAsked = head !== undefined && entries.some((e) => COUNT_KINDS.has(e.figure.kind) && e.words.has(head));
  // Rule "the priced thing": "how much is a ferry ticket" asks for the ticket's price: a sum of something else ("$3 million a
  // day" of lost trade) answers only when the ticket is what it measures or in its sentence.
  const priced = PRICED_THING.exec(question)?.[1];
  const pricedKey = priced ? stem(indexText(priced.split(/\s+/).pop()!, lk.ctx.variants)) : undefined;
  const namedWords = namedIn(lk, question);
  const ageOf = kinds?.length === 1 && kinds[0] === 'age' ? namedWords : [];
  // A person of the story the question names; "how long" is no Mr. Long.
  const named = namedWords.filter((w) => personWords(lk).has(w) && content.includes(w));
  // Rule "one event in other words": asked how many "lost power", a figure of people "plunged into darkness" is
  // of that event: the question's words for it count as the figure's own.
  const asked = eventOf(topic);
  const eventWords = asked ? new Set(words(asked.words).map((w) => stem(indexText(w, lk.ctx.variants)))) : undefined;
  const dying = new Set(terms.filter((t) => DYING.test(t.word)).map((t) => stem(t.word)));
  let best = 0;
  let ids: string[] = [];
  for (const e of entries) {
    const own = entryKeys(e);
    const base = eventWords && e.figure.topic.endsWith(asked!.event) ? { has: (w: string) => own.has(w) || eventWords.has(w) } : own;
    const keys = dying.size && e.figure.kind === 'people' && LOSING.some((w) => windowStems(e.figure).has(w)) ? { has: (w: string) => base.has(w) || dying.has(w) } : base;
    const near = lk.articleStems(e.figure.articleId);
    const inSentence = terms.length ? weightedCoverage(terms, keys) : 0;
    // The figure's own words (its measure: "Attendance: 18,412." counts people) are the article's too.
    const inArticle = terms.length ? weightedCoverage(terms, { has: (w: string) => near.has(w) || keys.has(w) }) : 0;
    let fit = terms.length ? Math.max(inSentence, (inSentence + inArticle) / 2) : kinds ? 0.7 : 0;
    if (head && countsHead(e) && inArticle >= 0.75) fit = Math.max(fit, 0.6 + 0.4 * fit);
    if (head && others.length && exactCoverage(others, { has: (w) => keys.has(w) || near.has(w) }) < MIN_EXACT) fit *= 0.5;
    // "How many passengers were killed": what happened to the counted thing ("killed") is said in the figure's own
    // sentence, else the figure counts something else ("65 other passengers" who were let go).
    else if (happened.length && countsHead(e) && exactCoverage(happened, keys) === 0) fit *= 0.6;
    // Two figures in one sentence: the one whose own words ("for the rest of the month") are the question's, else
    // the one the question's words stand next to.
    fit += 0.02 * weightedCoverage(terms, e.words) + 0.01 * weightedCoverage(terms, windowStems(e.figure));
    if (kinds && !kinds.includes(e.figure.kind)) fit *= 0.5;
    if (countsAsked && COUNT_KINDS.has(e.figure.kind) && !countsHead(e)) fit *= 0.7;
    if (pricedKey && e.figure.kind === 'money' && !keys.has(pricedKey)) fit *= 0.5;
    // "How much rain fell": an amount of rain, not how long it rained ("two days of rain") nor anyone's age; only
    // "how much time" or "how long" asks for a span.
    if (counted && (e.figure.kind === 'time' || e.figure.kind === 'age') && !TIME_HEAD.test(counted) && /\bhow\s+much\b/i.test(question)) fit *= 0.3;
    // Rule "whose figure": "how much does Quill get paid" asks for a figure of an article that names Quill.
    if (named.length && !ageOf.length && !named.some((w) => near.has(stem(w)))) fit *= 0.5;
    // Rule "whose age": "how old is Ada Quill" is answered by an age given with her name ("Ada Quill, 18,"), not by
    // another Quill's, a baby's, or any age in an article that names her somewhere.
    if (ageOf.length && e.figure.kind === 'age') {
      const by = new Set(words(e.figure.measure));
      fit = ageOf.every((w) => by.has(w)) ? Math.max(fit, 0.95) : fit * 0.5;
    }
    fit = Math.min(1, fit + e.figure.rank * 0.001);
    each?.(e.figure.id, e.figure.articleId, fit);
    if (fit > best + 1e-9) {
      best = fit;
      ids = [e.figure.id];
    } else if (Math.abs(fit - best) <= 1e-9) ids.push(e.figure.id);
  }
  // Full support caps the nudge above: of tied figures in one sentence, only those the question's own words (its
  // "how high" too) stand next to ("killing three people and forcing 1,500 from their homes": three, for "killed").
  if (ids.length > 1) ids = nextToQuestion(ids, entries, question);
  return { support: Math.min(1, best), ids: best >= MIN_SUPPORT ? ids : [] };
}
