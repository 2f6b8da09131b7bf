import type { CleanArticle } from '../corpus/article.js';
import type { Person } from '../extract/people.js';
import { NameVariants, nameKey } from '../extract/names.js';
import type { QuoteGroup } from '../extract/quote-groups.js';
import { indexText, type StoryIndexes, TermResolver, vocabularyOf } from '../search/story-index.js';
import { stem } from '../search/stem.js';
import { QUESTION_WORDS, words } from '../search/text.js';
import type { Passage, Story, StoryQuote } from '../story.js';
import type { Citation } from './answer.js';
import { PersonFinder } from './person-finder.js';

/** Lookups every answerer needs, built once per loaded story. */
export class AnswerContext {
  readonly articles = new Map<string, CleanArticle>();
  readonly people = new Map<string, Person>();
  readonly quotes = new Map<string, StoryQuote>();
  readonly groups = new Map<string, QuoteGroup>();
  readonly passages = new Map<string, Passage>();
  readonly variants: NameVariants;
  readonly terms: TermResolver;
  /** Where each passage sits in the story, for putting search hits back in reading order. */
  readonly passageOrder = new Map<string, number>();
  private readonly quotesByPerson = new Map<string, StoryQuote[]>();
  private readonly groupsByPerson = new Map<string, QuoteGroup[]>();
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
    for (const g of story.groups) if (g.personId) push(this.groupsByPerson, g.personId, g);
    // A person's quotes carried by the most outlets first.
    for (const gs of this.groupsByPerson.values()) gs.sort((a, b) => this.outletCount(b) - this.outletCount(a));
    this.variants = new NameVariants(story.aliases);
    this.terms = new TermResolver(story, vocabularyOf(indexes.passages, indexes.quotes));
    this.finder = new PersonFinder(story.people, this.variants, (p) => this.quoteCount(p));
  }

  /** Stems of a text's words, folded the way the index folds them (so "Izium" meets a query for "Izyum"). */
  stems(text: string): Set<string> {
    return new Set(indexText(text, this.variants).split(' ').map(stem));
  }

  private readonly groupStemCache = new Map<string, { inQuote: Set<string>; inContext: Set<string> }>();

  /** Stems of a group's quoted words and of their sentences, computed once per group. */
  groupStems(g: QuoteGroup, members: readonly StoryQuote[]): { inQuote: Set<string>; inContext: Set<string> } {
    let s = this.groupStemCache.get(g.id);
    if (!s) {
      s = { inQuote: this.stems(members.map((q) => q.text).join(' ')), inContext: this.stems(members.map((q) => q.sentence).join(' ')) };
      this.groupStemCache.set(g.id, s);
    }
    return s;
  }

  article(id: string): CleanArticle {
    return this.articles.get(id)!;
  }

  citation(articleId: string, excerpt: string): Citation {
    const a = this.article(articleId);
    return { articleId, outlet: a.name, headline: a.headline, excerpt, ...(a.url ? { url: a.url } : {}) };
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
    return new Set(g.quoteIds.map((id) => this.quotes.get(id)!.articleId)).size;
  }

  /** Display of a group's speaker: the person's name, or the descriptive phrase. */
  speakerOf(g: QuoteGroup): { speaker?: string; role?: string } {
    const person = g.personId ? this.people.get(g.personId) : undefined;
    if (person) {
      const roles = g.quoteIds.map((id) => this.quotes.get(id)!.role).filter(Boolean) as string[];
      return { speaker: person.name, role: roles.sort((a, b) => a.length - b.length).find((r) => r.length > 8) ?? roles[0] ?? person.roles[0]?.role };
    }
    return g.descriptive ? { speaker: g.descriptive.replace(/^(?:one|an?|the)\s+/i, '') } : {};
  }

  /** The article a question names by outlet or by words of its headline. */
  findArticle(text: string): CleanArticle | undefined {
    const key = nameKey(this.variants.canonicalName(text.replace(/^(?:the)\s+/i, '')));
    if (!key) return undefined;
    const byOutlet = this.story.articles.find((a) => a.outlet && [a.outlet, this.variants.canonicalName(a.outlet)].some((o) => nameKey(o).replace(/^the /, '') === key.replace(/^the /, '')));
    if (byOutlet) return byOutlet;
    const loose = this.story.articles.find((a) => a.outlet && (key.includes(nameKey(a.outlet).replace(/^the /, '')) || nameKey(a.outlet).replace(/ /g, '') === key.replace(/ /g, '')));
    if (loose) return loose;
    const want = new Set(words(text).filter((w) => !QUESTION_WORDS.has(w)));
    if (!want.size) return undefined;
    let best: { a: CleanArticle; n: number } | undefined;
    for (const a of this.story.articles) {
      const n = words(`${a.headline} ${a.name}`).filter((w) => want.has(w)).length;
      if (n > 0 && (!best || n > best.n)) best = { a, n };
    }
    return best && best.n >= Math.min(2, want.size) ? best.a : undefined;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
