import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAnswer, type Answer } from './answer/answer.js';
import { AnswerContext } from './answer/context.js';
import { clip } from './answer/clip.js';
import { answerFigures } from './answer/figure-answers.js';
import { helpAnswer } from './answer/not-found.js';
import type { Query } from './answer/query.js';
import { answerToldTo, answerWhatSaid, answerWhoIs, answerWhoQuoted, answerWhoSaid, representative } from './answer/quote-answers.js';
import { answerByline, answerOutlets, answerSearch } from './answer/story-answers.js';
import { understand } from './answer/understand.js';
import { carriedFocus, focusOf, type Focus, type NameResolver } from './conversation/focus.js';
import { followUp } from './conversation/follow-up.js';
import { readAliases } from './corpus/aliases.js';
import type { CleanArticle } from './corpus/article.js';
import { cleanArticle } from './corpus/clean.js';
import { readCorpus } from './corpus/load.js';
import { nameKey, phoneticKey } from './extract/names.js';
import { buildIndexes, loadIndexes, serializeIndexes, type StoryIndexes } from './search/story-index.js';
import { buildStory, type Story } from './story.js';

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
}

export interface Completion {
  /** What the person sees in the list (at most 100 characters). */
  name: string;
  /** What is sent back as the option's value (at most 100 characters). */
  value: string;
}

export type CompletionKind = 'quote' | 'person' | 'outlet' | 'topic';

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
  loadMs: number;
}

let codeHash: string | undefined;
// The cache must not outlive a change to the extractors: key it by the code that built it.
function hashOfCode(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha1');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(?:ts|js)$/.test(name)) h.update(name).update(readFileSync(p));
    }
  };
  walk(here);
  codeHash = h.digest('hex').slice(0, 12);
  return codeHash;
}

// Hashes every source file and the whole corpus: only worth it when there is a cache to look in.
function cacheKey(articles: readonly unknown[], aliases: unknown): string {
  return createHash('sha1').update(hashOfCode()).update(JSON.stringify(aliases)).update(JSON.stringify(articles)).digest('hex');
}

/** The story, loaded and indexed: answers questions and slash-command queries, and offers autocomplete. */
export class StoryBot {
  readonly story: Story;
  readonly timings: OpenTimings;
  private readonly ctx: AnswerContext;
  private readonly pools = new Map<CompletionKind, Choice[]>();

  private constructor(story: Story, indexes: StoryIndexes, timings: OpenTimings) {
    this.story = story;
    this.timings = timings;
    this.ctx = new AnswerContext(story, indexes);
  }

  get articles(): readonly CleanArticle[] {
    return this.story.articles;
  }

  /** Loads, cleans, extracts and indexes the corpus (or reuses the cached build). Throws CorpusError, one line naming file and field. */
  static open(options: StoryBotOptions = {}): StoryBot {
    const dir = options.corpusDir ?? process.env.STORY_CORPUS ?? 'corpus';
    const t0 = performance.now();
    const articles = readCorpus(dir);
    const aliases = readAliases(dir);
    const t1 = performance.now();
    const cacheDir = options.cacheDir === undefined ? (process.env.STORY_CACHE_DIR ?? join(PROJECT_ROOT, '.cache')) : options.cacheDir;
    const file = cacheDir ? join(cacheDir, `story-${cacheKey(articles, aliases)}.json`) : undefined;
    if (file && existsSync(file)) {
      try {
        const cached = JSON.parse(readFileSync(file, 'utf8')) as { story: Story; indexes: { passages: object; quotes: object } };
        const indexes = loadIndexes(cached.indexes);
        return new StoryBot(cached.story, indexes, { cacheHit: true, readMs: t1 - t0, extractMs: 0, indexMs: 0, loadMs: performance.now() - t1 });
      } catch {
        // A torn or stale cache file is rebuilt below.
      }
    }
    const story = buildStory(articles.map(cleanArticle), aliases);
    const t2 = performance.now();
    const indexes = buildIndexes(story);
    const t3 = performance.now();
    if (file && cacheDir) {
      try {
        mkdirSync(cacheDir, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify({ story, indexes: serializeIndexes(indexes) }));
        renameSync(tmp, file);
      } catch {
        // A read-only checkout still answers; it just rebuilds next time.
      }
    }
    return new StoryBot(story, indexes, { cacheHit: false, readMs: t1 - t0, extractMs: t2 - t1, indexMs: t3 - t2, loadMs: 0 });
  }

  /**
   * Understands a plain-English question and answers it. Never throws, for any input. With `context` (the
   * `focus` of the previous answer in the same conversation) a question that leans on it ("what else did he
   * say?", "and The Sun?") is read with that focus, and the answer says how (`followUp`, and in its summary).
   */
  ask(question: string, options: { context?: Focus } = {}): Answer {
    const text = typeof question === 'string' ? question : '';
    const read = followUp(text, options.context, this.names);
    if (read && options.context) {
      const { focus, ...answer } = this.answer(understand(read.question), read.question);
      // Read with the context it found nothing; if the question makes sense alone after all, that answer wins.
      if (!answer.found) {
        const alone = this.answer(understand(text), text);
        if (alone.found) return alone;
      }
      const summary = `${read.note}. ${answer.summary}`;
      const carried = carriedFocus(options.context, read.question, focus);
      return {
        ...answer,
        question: text,
        summary,
        answer: [summary, ...answer.details].join('\n'),
        ...(carried ? { focus: carried } : {}),
        followUp: { readAs: read.question, note: read.note, rule: read.rule },
      };
    }
    return this.answer(understand(text), text);
  }

  /** Resolves names the way questions are answered: a person by any spelling, an outlet by any alias. */
  readonly names: NameResolver = {
    person: (text) => this.ctx.findPerson(text)?.name,
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
        return buildAnswer(question, 'help', helpAnswer(ctx));
      case 'who_said':
        return buildAnswer(question, query.intent, answerWhoSaid(ctx, query.quote));
      case 'what_said':
        return buildAnswer(question, query.intent, answerWhatSaid(ctx, query.person));
      case 'who_quoted':
        return buildAnswer(question, query.intent, answerWhoQuoted(ctx, query));
      case 'told_to':
        return buildAnswer(question, query.intent, answerToldTo(ctx, query.person));
      case 'who_is': {
        const person = ctx.findPerson(query.person);
        if (!person) return this.dispatch({ intent: 'search', text: question || query.person }, question);
        return buildAnswer(question, query.intent, answerWhoIs(ctx, person));
      }
      case 'byline':
        return buildAnswer(question, query.intent, answerByline(ctx, query.article));
      case 'outlets':
        return buildAnswer(question, query.intent, answerOutlets(ctx));
      case 'figure_source':
      case 'outlet_figures':
      case 'figure_topic':
      case 'compare':
        return buildAnswer(question, query.intent, answerFigures(ctx, query));
      case 'search':
        return buildAnswer(question, query.intent, answerSearch(ctx, query.text));
    }
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
      .map(({ text }) => ({ name: clip(text, 100), value: clip(text, 100) }));
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
              : this.story.groups.map((g) => clip(representative(g.quoteIds.map((id) => ctx.quotes.get(id)!)), 100));
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
