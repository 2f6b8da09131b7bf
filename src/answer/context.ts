import type { CleanArticle } from '../corpus/article.js';
import type { Person } from '../extract/people.js';
import { NameVariants, nameKey } from '../extract/names.js';
import type { QuoteGroup } from '../extract/quote-groups.js';
import { type StoryIndexes, TermResolver, vocabularyOf } from '../search/story-index.js';
import { QUESTION_WORDS, words } from '../search/text.js';
import type { Passage, Story, StoryQuote } from '../story.js';
import type { Citation } from './answer.js';
import { FigureStore } from './figure-store.js';
import { PersonFinder } from './person-finder.js';

/** The article a question names, and whether by its outlet or only by words of its headline. */
export interface ArticleMatch {
  article: CleanArticle;
  by: 'outlet' | 'headline';
}

/** Lookups every answerer needs, built once per loaded story. */
export class AnswerContext {
  readonly articles = new Map<string, CleanArticle>();
  readonly people = new Map<string, Person>();
  readonly quotes = new Map<string, StoryQuote>();
  readonly groups = new Map<string, QuoteGroup>();
  readonly passages = new Map<string, Passage>();
  readonly variants: NameVariants;
  readonly terms: TermResolver;
  /** People quoted at least once, in story order. */
  readonly quotedPeople: readonly Person[];
  /** Where each passage sits in the story, for putting search hits back in reading order. */
  readonly passageOrder = new Map<string, number>();
  private readonly quotesByPerson = new Map<string, StoryQuote[]>();
  private readonly groupsByPerson = new Map<string, QuoteGroup[]>();
  private readonly outletCounts = new Map<string, number>();
  private readonly articleKeys: { article: CleanArticle; outlets: string[]; headline: Set<string> }[];
  private readonly finder: PersonFinder;

  constructor(
    readonly story: Story,
    readonly indexes: StoryIndexes,
  ) {
    for (const a of story.articles) this.articles.set(a.id, a);
    for (const p of story.people) this.people.set(p.id, p);
    for (const q of story.quotes) this.quotes.set(q.id, q);
    for (const g of story.groups) this.groups.set(g.id, g);
    story.passages.forEach((p, i) => {
      this.passages.set(p.id, p);
      this.passageOrder.set(p.id, i);
    });
    for (const q of story.quotes) if (q.personId) push(this.quotesByPerson, q.personId, q);
    for (const g of story.groups) {
      if (g.personId) push(this.groupsByPerson, g.personId, g);
      this.outletCounts.set(g.id, new Set(g.quoteIds.map((id) => this.quotes.get(id)!.articleId)).size);
    }
    // A person's quotes carried by the most outlets first.
    for (const gs of this.groupsByPerson.values()) gs.sort((a, b) => this.outletCount(b) - this.outletCount(a));
    this.quotedPeople = story.people.filter((p) => this.quoteCount(p) > 0);
    this.variants = new NameVariants(story.aliases);
    this.terms = new TermResolver(story.properNouns, this.variants, vocabularyOf(indexes.passages, indexes.quotes));
    this.finder = new PersonFinder(story.people, this.variants, (p) => this.quoteCount(p));
    // An article without an outlet is named by its headline only, so a place in its headline never passes for an outlet.
    this.articleKeys = story.articles.map((article) => ({
      article,
      outlets: article.outlet ? [...new Set([article.outlet, this.variants.canonicalName(article.outlet)].map(squash))] : [],
      headline: new Set(words(article.headline)),
    }));
  }

  private paragraphIndex?: Map<string, Passage[]>;

  /** An article's passages in one paragraph, in reading order; indexed on first use. */
  passagesIn(articleId: string, paragraph: number): readonly Passage[] {
    if (!this.paragraphIndex) {
      this.paragraphIndex = new Map();
      for (const p of this.story.passages) push(this.paragraphIndex, `${p.articleId}\u0000${p.paragraph}`, p);
    }
    return this.paragraphIndex.get(`${articleId}\u0000${paragraph}`) ?? [];
  }

  private figureStore?: FigureStore;

  /** The story's figures indexed for figure questions; built on the first one, so other questions don't wait for it at start-up. */
  get figures(): FigureStore {
    return (this.figureStore ??= new FigureStore(this.story.figures, this.variants));
  }

  article(id: string): CleanArticle {
    return this.articles.get(id)!;
  }

  citation(articleId: string, excerpt: string): Citation {
    const a = this.article(articleId);
    return { articleId, outlet: a.name, headline: a.headline, excerpt, ...(a.url ? { url: a.url } : {}) };
  }

  private describedIndex?: { words: Set<string>; label: string; groups: QuoteGroup[] }[];

  /**
   * A speaker the outlets describe rather than name ("the spokesman", "police", "a Ukrainian commander"), found
   * by the words of the question: every content word asked must be in the description. Built on first use.
   */
  findDescribed(text: string): { label: string; groups: QuoteGroup[] } | undefined {
    const asked = describedWords(text);
    if (!asked.length) return undefined;
    this.describedIndex ??= this.buildDescribed();
    const hits = this.describedIndex.filter((d) => asked.every((w) => d.words.has(w)));
    if (!hits.length) return undefined;
    const groups = [...new Set(hits.flatMap((h) => h.groups))];
    const label = hits.sort((a, b) => b.groups.length - a.groups.length)[0].label;
    return { label, groups };
  }

  private buildDescribed(): { words: Set<string>; label: string; groups: QuoteGroup[] }[] {
    const byLabel = new Map<string, { words: Set<string>; label: string; groups: QuoteGroup[] }>();
    for (const g of this.story.groups) {
      if (g.personId) continue;
      for (const id of g.quoteIds) {
        const d = this.quotes.get(id)!.descriptive;
        if (!d) continue;
        const key = d.toLowerCase();
        const entry = byLabel.get(key) ?? byLabel.set(key, { words: new Set(describedWords(d)), label: d, groups: [] }).get(key)!;
        if (!entry.groups.includes(g)) entry.groups.push(g);
      }
    }
    return [...byLabel.values()];
  }

  /** The person a question names, by any spelling: alias list, surname alone, sound, or one typo. */
  findPerson(name: string): Person | undefined {
    return this.finder.find(name);
  }

  quoteCount(p: Person): number {
    return this.quotesByPerson.get(p.id)?.length ?? 0;
  }

  /** A person's quotes, in story order. */
  quotesOf(p: Person): readonly StoryQuote[] {
    return this.quotesByPerson.get(p.id) ?? [];
  }

  /** A person's quote groups, those carried by the most outlets first. */
  groupsOf(p: Person): readonly QuoteGroup[] {
    return this.groupsByPerson.get(p.id) ?? [];
  }

  outletCount(g: QuoteGroup): number {
    return this.outletCounts.get(g.id) ?? 0;
  }

  /** Display of a group's speaker: the person's name, or the descriptive phrase. */
  speakerOf(g: QuoteGroup): { speaker?: string; role?: string; plural?: boolean } {
    const person = g.personId ? this.people.get(g.personId) : undefined;
    if (person) {
      const roles = g.quoteIds.map((id) => this.quotes.get(id)!.role).filter(Boolean) as string[];
      return { speaker: person.name, role: roles.sort((a, b) => a.length - b.length).find((r) => r.length > 8) ?? roles[0] ?? person.roles[0]?.role };
    }
    if (!g.descriptive) return {};
    const speaker = g.descriptive.replace(/^(?:one|an?|the)\s+/i, '');
    return describesMany(speaker) ? { speaker, plural: true } : { speaker };
  }

  /**
   * The article a question names: by its outlet under any alias, spaced or not ("Beyond News"), with or
   * without "the", or a part of it ("Star"); failing that, by enough words of its headline.
   */
  findArticle(text: string): ArticleMatch | undefined {
    const asked = [...new Set([text, this.variants.canonicalName(nameKey(text).replace(/^the /, ''))].map(squash))].filter(Boolean);
    let best: { article: CleanArticle; score: number } | undefined;
    for (const { article, outlets } of this.articleKeys) {
      const score = outlets.some((o) => asked.includes(o)) ? 2
        : outlets.some((o) => asked.some((k) => o.length >= 3 && k.length >= 3 && (o.includes(k) || k.includes(o)))) ? 1
        : 0;
      if (score > (best?.score ?? 0)) best = { article, score };
    }
    if (best) return { article: best.article, by: 'outlet' };
    const want = [...new Set(words(text).filter((w) => !QUESTION_WORDS.has(w)))];
    let top: { article: CleanArticle; n: number } | undefined;
    for (const { article, headline } of this.articleKeys) {
      const n = want.filter((w) => headline.has(w)).length;
      if (n > 0 && (!top || n > top.n)) top = { article, n };
    }
    return top && top.n >= Math.min(2, want.length) ? { article: top.article, by: 'headline' } : undefined;
  }
}

/** The words that pick out a described speaker, plurals folded: "the spokesmen" and "a spokesman" meet. */
function describedWords(text: string): string[] {
  return words(text)
    .filter((w) => !QUESTION_WORDS.has(w) && !/^(?:the|a|an|one|some|several|say|said|says|did|do|does|what|who|tell|told)$/.test(w))
    .map((w) => (w.endsWith('men') ? `${w.slice(0, -3)}man` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** A name as one run of letters, "the" dropped: "The Beyond-News" and "beyondnews" meet. */
function squash(name: string): string {
  return nameKey(name).replace(/^the /, '').replace(/ /g, '');
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A described speaker in the plural ("residents", "fire officers", "police") takes "are quoted", not "is". The head
 * noun is the last word; an -s ending counts unless the word is singular by its spelling ("witness", "census",
 * "analysis"), and "police" and "people" are plural without one. A named speaker never reaches here.
 */
function describesMany(description: string): boolean {
  const head = (/([A-Za-z]+)\W*$/.exec(description)?.[1] ?? '').toLowerCase();
  return /^(?:police|people|staff)$/.test(head) || (/[^su]s$/.test(head) && !/(?:ss|us|is|ics|news)$/.test(head));
}
