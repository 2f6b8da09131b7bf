import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAnswer, type Answer } from './answer/answer.js';
import { AnswerContext } from './answer/context.js';
import { clip } from './answer/clip.js';
import { excerptAround } from './answer/excerpt.js';
import { answerFigures } from './answer/figure-answers.js';
import { helpAnswer } from './answer/not-found.js';
import type { Query } from './answer/query.js';
import { answerToldTo, answerWhatSaid, answerWhoIs, answerWhoQuoted, answerWhoSaid, representative } from './answer/quote-answers.js';
import { answerAgreement, answerOverview, answerPeople } from './answer/overview-answers.js';
import { answerOutletRanking } from './answer/outlet-ranking.js';
import { answerByline, answerOutlets, answerSearch } from './answer/story-answers.js';
import { answerAuthor, answerConversions, answerMentions, answerPersonAbout, answerSpeakerQuotes, answerGroupsCarried, unknownSpeaker } from './answer/statement-answers.js';
import type { LexiconData } from './understand/lexicon.js';
import { StoryLookups } from './understand/lookups.js';
import { understandInStory, type Understanding } from './understand/understand.js';
import { carriedFocus, focusOf, withEarlier, type Focus, type NameResolver } from './conversation/focus.js';
import { followUp } from './conversation/follow-up.js';
import { ALIASES_FILE, parseAliases, readAliasesText } from './corpus/aliases.js';
import type { Article, CleanArticle } from './corpus/article.js';
import { CORPUS_READ_DEFAULTS, corpusFiles, parseArticle, type CorpusFile } from './corpus/load.js';
import { nameKey, phoneticKey } from './extract/names.js';
import { loadIndexes, type StoryIndexes } from './search/story-index.js';
import type { Story } from './story.js';
import type { FreshBuild } from './story-build.js';
import { readCachedBuild, writeCachedBuild } from './story-cache.js';

const here = dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = resolve(here, existsSync(join(here, '..', 'package.json')) ? '..' : '../..');

export interface StoryBotOptions {
  /** Folder of articles (.txt, .md) and an optional aliases.yml. Default: `STORY_CORPUS`, else `corpus/` in the working folder. */
  corpusDir?: string;
  /**
   * Where the built story and its serialized Lunr index are kept, keyed by a hash of the corpus and
   * the code, so a restart with an unchanged corpus skips extraction. `false` turns caching off.
   * Default: `STORY_CACHE_DIR`, else `.cache/` in the project folder.
   */
  cacheDir?: string | false;
  /** Largest article file in bytes; a larger one stops opening with one line naming it. Default: 512 KiB. */
  maxArticleBytes?: number;
  /** Where the one-line warning for each skipped corpus file goes (empty, a copy, a folder). Default: stderr. */
  warn?: (line: string) => void;
}

export interface Completion {
  /** What the person sees in the list (at most 100 characters). */
  name: string;
  /** What is sent back as the option's value (at most 100 characters). */
  value: string;
}

export type CompletionKind = 'quote' | 'person' | 'outlet' | 'topic';

/** Discord's limit on a choice's name and value; Slack's options are shorter-lived but no longer. */
const COMPLETION_CHARS = 100;

/** An autocomplete choice with its keys, worked out with the pool rather than on every keystroke. */
interface Choice {
  text: string;
  key: string;
  /** For people, the sound of each word of the name. */
  sounds: string[];
}

/** Where the time to open went, for the benchmark and `npm run corpus`. */
export interface OpenTimings {
  cacheHit: boolean;
  readMs: number;
  extractMs: number;
  indexMs: number;
  /** Building the paraphrase lexicon (WordNet) for the corpus vocabulary: part of a cold build only. */
  lexiconMs: number;
  loadMs: number;
}

let codeHash: string | undefined;
// The cache must not outlive a change to the extractors: key it by the code that built it.
function hashOfCode(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha1');
  const walk = (dir: string) => {
    // Entries with their types: no stat per file (a start reads the folder's ~130 modules).
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(?:ts|js)$/.test(entry.name)) h.update(entry.name).update(readFileSync(p));
    }
  };
  walk(here);
  codeHash = h.digest('hex').slice(0, 12);
  return codeHash;
}

// Hashes every source file and the whole corpus (each article's path and text, and the alias list's text):
// only worth it when there is a cache to look in. What is built is a function of exactly these.
function cacheKey(files: readonly CorpusFile[], aliasesText: string | undefined): string {
  return createHash('sha1').update(hashOfCode()).update(JSON.stringify(aliasesText ?? null)).update(JSON.stringify(files.map((f) => [f.file, f.raw]))).digest('hex');
}

/** The corpus walk as it went: a skipped file's warning, or an article file read. */
type CorpusWalk = (string | CorpusFile)[];

/**
 * Gives out the walk's warnings with each article's front-matter warnings after the file's own place, as
 * readCorpus does: from `known` (a cached build's), or by parsing the articles, noting theirs in `heard`.
 */
function emitInOrder(walk: CorpusWalk, warn: (line: string) => void, known?: string[][], heard?: string[][]): Article[] {
  const articles: Article[] = [];
  let n = 0;
  for (const e of walk) {
    if (typeof e === 'string') warn(e);
    else if (known) for (const line of known[n++] ?? []) warn(line);
    else {
      const mine: string[] = [];
      articles.push(parseArticle(e.file, e.raw, (line) => (mine.push(line), warn(line))));
      heard?.push(mine);
    }
  }
  return articles;
}

/** The cold path (clean, extract, index, lexicon): src/story-build.ts. */
type Builder = (articles: Article[], aliases: Record<string, string[]>, warn: (line: string) => void) => FreshBuild;
let builder: Builder | undefined;

/**
 * story-bot.ts hands over the build step with the class, so StoryBot.open() can extract a corpus synchronously.
 * This module does not import it: a start from the cache (StoryBot.load) then never loads the ~50 extraction
 * modules, which cost a command-line answer about a third of its start-up.
 */
export function provideBuilder(build: Builder): void {
  builder = build;
}

/** A corpus read and looked up in the cache, with no cached build: what a build needs. */
interface PendingBuild {
  articles: Article[];
  aliases: Record<string, string[]>;
  /** Each article's front-matter warnings, kept with the build. */
  warnings: string[][];
  file: string | undefined;
  key: string;
  warn: (line: string) => void;
  readMs: number;
}

/**
 * Control characters in a question (a bell, a tab, an escape pasted from a terminal) stand where a space was
 * meant: left in, they glue "what\x07did" into one unknown word and a plain question falls to a search. Read
 * as spaces here, where every surface's question enters the core, so no adapter has to remember to.
 */
const CONTROL_CHARACTERS = /[\p{Cc}]+/gu;

/** The story, loaded and indexed: answers questions and slash-command queries, and offers autocomplete. */
export class StoryBot {
  readonly story: Story;
  readonly timings: OpenTimings;
  private readonly ctx: AnswerContext;
  private readonly lookups: StoryLookups;
  private readonly pools = new Map<CompletionKind, Choice[]>();

  private constructor(story: Story, indexes: StoryIndexes, lexicon: LexiconData, timings: OpenTimings) {
    this.story = story;
    this.timings = timings;
    this.ctx = new AnswerContext(story, indexes);
    this.lookups = new StoryLookups(this.ctx, lexicon);
  }

  get articles(): readonly CleanArticle[] {
    return this.story.articles;
  }

  /**
   * Loads, cleans, extracts and indexes the corpus (or reuses the cached build). Throws CorpusError, one line
   * naming file and field. Needs the build step loaded: import StoryBot from story-bot.js (or index.js).
   */
  static open(options: StoryBotOptions = {}): StoryBot {
    const opened = StoryBot.fromCache(options);
    if (opened instanceof StoryBot) return opened;
    if (!builder) throw new Error('StoryBot.open() builds a corpus only with story-bot.js loaded; use StoryBot.load() instead');
    return StoryBot.build(opened, builder);
  }

  /** As open(), loading the build step only when the cache has no build for this corpus and code. */
  static async load(options: StoryBotOptions = {}): Promise<StoryBot> {
    const opened = StoryBot.fromCache(options);
    if (opened instanceof StoryBot) return opened;
    return StoryBot.build(opened, builder ?? (await import('./story-build.js')).buildFromArticles);
  }

  /** The bot from the cached build, or what building it needs. */
  private static fromCache(options: StoryBotOptions): StoryBot | PendingBuild {
    const dir = options.corpusDir ?? process.env.STORY_CORPUS ?? 'corpus';
    const warn = options.warn ?? CORPUS_READ_DEFAULTS.warn;
    const t0 = performance.now();
    // The files' texts are read first and the cache keyed on them, so a start from the cache parses no front
    // matter or alias list (and never loads the YAML parser). Their warnings are held in the order the walk
    // met them and given out as reading the corpus in one go would have (see emitInOrder).
    const walk: CorpusWalk = [];
    let aliasesText: string | undefined;
    try {
      for (const f of corpusFiles(dir, { ...(options.maxArticleBytes ? { maxArticleBytes: options.maxArticleBytes } : {}), warn: (line) => walk.push(line) })) walk.push(f);
      aliasesText = readAliasesText(dir);
    } catch (err) {
      // What a read up to the bad file would have said first: the warnings, or an earlier file's front matter.
      emitInOrder(walk, warn);
      throw err;
    }
    const files = walk.filter((e): e is CorpusFile => typeof e !== 'string');
    const cacheDir = options.cacheDir === undefined ? (process.env.STORY_CACHE_DIR ?? join(PROJECT_ROOT, '.cache')) : options.cacheDir;
    const key = cacheDir ? cacheKey(files, aliasesText) : '';
    const file = cacheDir ? join(cacheDir, `story-${key}.json`) : undefined;
    const cached = file ? readCachedBuild(file, key) : undefined;
    if (cached && 'story' in cached) {
      const t1 = performance.now();
      try {
        const indexes = loadIndexes(cached.indexes);
        // The same texts and code: the front-matter warnings are the ones the build heard, each in its place.
        emitInOrder(walk, warn, cached.warnings);
        return new StoryBot(cached.story, indexes, cached.lexicon, { cacheHit: true, readMs: t1 - t0, extractMs: 0, indexMs: 0, lexiconMs: 0, loadMs: performance.now() - t1 });
      } catch {
        // An index Lunr cannot load is rebuilt below, like any other untrustworthy file.
      }
    }
    const warnings: string[][] = [];
    const articles = emitInOrder(walk, warn, undefined, warnings);
    const aliases = aliasesText === undefined ? {} : parseAliases(join(dir, ALIASES_FILE), aliasesText);
    if (cached && !('story' in cached)) warn(`${file}: cache file ${cached.problem}; rebuilding it`);
    return { articles, aliases, warnings, file, key, warn, readMs: performance.now() - t0 };
  }

  private static build(pending: PendingBuild, build: Builder): StoryBot {
    const fresh = build(pending.articles, pending.aliases, pending.warn);
    if (pending.file) writeCachedBuild(pending.file, pending.key, { story: fresh.story, indexes: fresh.serialized(), lexicon: fresh.lexicon, warnings: pending.warnings });
    return new StoryBot(fresh.story, fresh.indexes, fresh.lexicon, { cacheHit: false, readMs: pending.readMs, extractMs: fresh.extractMs, indexMs: fresh.indexMs, lexiconMs: fresh.lexiconMs, loadMs: 0 });
  }

  /**
   * Understands a plain-English question and answers it. Never throws, for any input. With `context` (the
   * `focus` of the previous answer in the same conversation) a question that leans on it ("what else did he
   * say?", "and The Sun?") is read with that focus, and the answer says how (`followUp`, and in its summary).
   */
  ask(question: string, options: { context?: Focus } = {}): Answer {
    const asked = typeof question === 'string' ? question : '';
    const text = asked.replace(CONTROL_CHARACTERS, ' ');
    const context = options.context;
    const read = followUp(text, context, this.names);
    // The people the conversation was about before stay with its focus, for "she" after a question about a man.
    const remembering = (a: Answer): Answer => (context && a.focus ? { ...a, focus: withEarlier(a.focus, context) } : a);
    if (read?.clarify && context) {
      // Nobody the conversation was about fits the question's pronoun: ask whom it means, keep the context as it was.
      return {
        ...buildAnswer(asked, 'help', { found: false, summary: read.note, suggestions: read.clarify }),
        focus: context,
        followUp: { readAs: read.question, note: read.note, rule: read.rule },
      };
    }
    if (read && context) {
      const { focus, ...answer } = this.askAlone(read.question);
      // Read with the context it found nothing; if the question makes sense alone after all, that answer wins.
      if (!answer.found) {
        const alone = this.askAlone(text);
        if (alone.found) return remembering({ ...alone, question: asked });
      }
      const summary = `${read.note}. ${answer.summary}`;
      const carried = carriedFocus(context, read.question, focus);
      return remembering({
        ...answer,
        question: asked,
        summary,
        answer: [summary, ...answer.details].join('\n'),
        ...(carried ? { focus: carried } : {}),
        followUp: { readAs: read.question, note: read.note, rule: read.rule },
      });
    }
    // The answer echoes the question as it was asked; only its reading treats control characters as spaces.
    // askAlone's answer is built for this call alone, so it takes the question in place: a copy of an answer (a
    // dozen shapes) is a generic clone, a measurable share of a question's time.
    const answer = this.askAlone(text);
    answer.question = asked;
    return remembering(answer);
  }

  /** A question on its own, understood against the story; both parts of a two-part question answered. */
  private askAlone(text: string): Answer {
    const query = this.understand(text).query;
    const first = this.answer(query, text);
    if (!query.also) return first;
    // A two-part question: the second part answered too when the story supports it, else offered to ask.
    const rest = this.understand(query.also);
    const second = rest.support >= 0.6 ? this.answer(rest.query, query.also) : undefined;
    if (!second?.found) return { ...first, suggestions: [query.also, ...first.suggestions] };
    const details = [...first.details, second.summary, ...second.details];
    return {
      ...first,
      details,
      answer: [first.summary, ...details].join('\n'),
      quotes: [...first.quotes, ...second.quotes],
      figures: [...first.figures, ...second.figures],
      people: [...first.people, ...second.people],
      outlets: [...first.outlets, ...second.outlets],
      citations: [...first.citations, ...second.citations],
    };
  }

  /** How a question is understood against this story: the Query, the reading and how well the story supports it. */
  understand(question: string): Understanding {
    return understandInStory(question, this.lookups);
  }

  /** Resolves names the way questions are answered: a person by any spelling, an outlet by any alias. */
  readonly names: NameResolver = {
    person: (text) => this.ctx.findPerson(text)?.name,
    sex: (person) => this.ctx.findPerson(person)?.sex,
    outlet: (text) => {
      const match = this.ctx.findArticle(text);
      return match?.by === 'outlet' ? match.article.name : undefined;
    },
  };

  /** Answers an understood query (slash commands build these directly). Never throws. */
  answer(query: Query, question = ''): Answer {
    try {
      const answer = this.dispatch(query, question);
      // The one place an answer's focus is worked out, for whatever the next question in its conversation is.
      const focus = focusOf(query, answer, this.names);
      return focus ? { ...answer, focus } : answer;
    } catch {
      // A bug in one answerer must not take a chat down: answer as "not found" rather than throw.
      return buildAnswer(question, query.intent, {
        found: false,
        summary: 'Sorry, something went wrong answering that. Try asking another way.',
        suggestions: helpAnswer(this.ctx).suggestions,
      });
    }
  }

  private dispatch(query: Query, question: string): Answer {
    const ctx = this.ctx;
    switch (query.intent) {
      case 'help':
        if (query.language)
          return buildAnswer(question, 'help', { ...helpAnswer(ctx), summary: `I read questions in English only. ${helpAnswer(ctx).summary}` });
        return buildAnswer(question, 'help', helpAnswer(ctx));
      case 'who_said': {
        if (!query.groupIds && query.passageIds?.length) return buildAnswer(question, query.intent, answerSearch(ctx, query.quote, { passageIds: query.passageIds }));
        const draft = answerWhoSaid(ctx, query.quote, query.groupIds);
        // No outlet names the speaker: the sentence around the words is the reader's best clue.
        const cite = draft.found && draft.quotes?.[0] && !draft.quotes[0].speaker ? draft.citations?.[0] : undefined;
        return buildAnswer(question, query.intent, cite ? { ...draft, details: [...(draft.details ?? []), `In context: ${this.context(cite.articleId, cite.excerpt)}`] } : draft);
      }
      case 'what_said': {
        if (query.speakerQuoteIds) return buildAnswer(question, query.intent, answerSpeakerQuotes(ctx, query.person, query.speakerQuoteIds, query.about));
        if (!query.personId && query.passageIds?.length) return buildAnswer(question, query.intent, answerSearch(ctx, query.person, { passageIds: query.passageIds }));
        const person = query.personId ? ctx.people.get(query.personId) : undefined;
        if (query.resolved && !person) return buildAnswer(question, query.intent, unknownSpeaker(ctx, query.person, question, query.mentionedIn));
        const about = person && query.about ? answerPersonAbout(ctx, person, query.about) : undefined;
        return buildAnswer(question, query.intent, about ?? answerWhatSaid(ctx, person?.name ?? query.person));
      }
      case 'who_quoted':
        if (query.mention !== undefined) return buildAnswer(question, query.intent, answerMentions(ctx, query.mention, query.passageIds));
        if (!query.personId && !query.quote && query.groupIds?.length) return buildAnswer(question, query.intent, answerGroupsCarried(ctx, query.person ?? '', query.groupIds));
        return buildAnswer(question, query.intent, answerWhoQuoted(ctx, query));
      case 'told_to':
        if (query.resolved && !query.personId) return buildAnswer(question, query.intent, unknownSpeaker(ctx, query.person, question));
        return buildAnswer(question, query.intent, answerToldTo(ctx, query.person));
      case 'who_is': {
        const person = query.personId ? ctx.people.get(query.personId) : ctx.findPerson(query.person);
        if (!person) return this.dispatch({ intent: 'search', text: question || query.person }, question);
        return buildAnswer(question, query.intent, answerWhoIs(ctx, person));
      }
      case 'byline':
        if (query.author && query.articleId) return buildAnswer(question, query.intent, answerAuthor(ctx, query.articleId));
        return buildAnswer(question, query.intent, answerByline(ctx, query.article, query.articleId));
      case 'outlets':
        return buildAnswer(question, query.intent, answerOutlets(ctx));
      case 'overview':
        return buildAnswer(question, query.intent, answerOverview(ctx, query.focus));
      case 'people':
        return buildAnswer(question, query.intent, answerPeople(ctx, query.most));
      case 'outlet_ranking':
        return buildAnswer(question, query.intent, answerOutletRanking(ctx, query.by));
      case 'compare':
        if (query.conversion) return buildAnswer(question, query.intent, answerConversions(ctx));
        if (query.all) return buildAnswer(question, query.intent, answerAgreement(ctx));
        return buildAnswer(question, query.intent, answerFigures(ctx, query, question));
      case 'figure_source':
      case 'outlet_figures':
      case 'figure_topic':
        return buildAnswer(question, query.intent, answerFigures(ctx, query, question));
      case 'search':
        return buildAnswer(question, query.intent, answerSearch(ctx, query.text, query));
    }
  }

  /** A sentence with its neighbours in the paragraph, where a speaker is often named ("“No,” said the official.", "Asked Mrs. Peck"). */
  private context(articleId: string, sentence: string): string {
    const passages = this.story.passages;
    const bare = (t: string) => t.replace(/[\s.]+$/, '');
    // A quote's sentence may span several passages: it starts where its first passage does.
    const i = passages.findIndex((p) => p.articleId === articleId && bare(sentence).startsWith(bare(p.text)));
    if (i < 0) return sentence;
    const near = (p: (typeof passages)[number] | undefined) => p && p.articleId === articleId && p.paragraph === passages[i].paragraph;
    // A sentence ending in a colon introduces the quote that follows, even across a paragraph break.
    const prev = passages[i - 1];
    const intro = prev && prev.articleId === articleId && (near(prev) || /:\s*$/.test(prev.text)) ? prev.text : '';
    const rest = passages[i + 1] && near(passages[i + 1]) && !sentence.includes(passages[i + 1].text) ? passages[i + 1].text : '';
    return [intro, sentence, rest].filter(Boolean).join(' ');
  }

  /** Autocomplete: up to `limit` (≤ 25) choices of `kind` matching what has been typed, by any spelling. */
  complete(kind: CompletionKind, typed: string, limit = 25): Completion[] {
    const max = Math.max(0, Math.min(limit, 25));
    const want = nameKey(String(typed ?? '').slice(0, 200));
    const pool = this.completionPool(kind);
    // Worked out once per keystroke, not once per choice.
    const person = kind === 'person' && want ? this.ctx.findPerson(typed)?.name : undefined;
    const sounds = new Set(kind === 'person' ? want.split(' ').filter((w) => w.length >= 3).map(phoneticKey) : []);
    const matches = (c: Choice): boolean => !want || c.key.includes(want) || c.text === person || c.sounds.some((s) => sounds.has(s));
    return pool
      .filter(matches)
      .slice(0, max)
      .map(({ text }) => {
        // A quote is matched on its whole wording and shown around the match, so words past the first 100
        // characters ("olympic", "bicycles") still find it and the person sees why it was offered.
        const shown = kind === 'quote' ? excerptAround(text, want, COMPLETION_CHARS) : clip(text, COMPLETION_CHARS);
        return { name: shown, value: shown };
      });
  }

  /** Every choice autocomplete can offer for a kind, distinct, worked out on first use. */
  private completionPool(kind: CompletionKind): Choice[] {
    let pool = this.pools.get(kind);
    if (!pool) {
      const ctx = this.ctx;
      const all =
        kind === 'outlet'
          ? this.story.articles.map((a) => a.name)
          : kind === 'topic'
            ? ctx.figures.topics
            : kind === 'person'
              ? ctx.quotedPeople.map((p) => p.name)
              : this.story.groups.map((g) => representative(g.quoteIds.map((id) => ctx.quotes.get(id)!)).replace(/\s+/g, ' ').trim());
      pool = [...new Set(all)].map((text) => {
        const key = nameKey(text);
        // Only names are matched by sound.
        return { text, key, sounds: kind === 'person' ? key.split(' ').map(phoneticKey) : [] };
      });
      this.pools.set(kind, pool);
    }
    return pool;
  }
}
