import type { CleanArticle } from '../corpus/article.js';
import type { Person } from '../extract/people.js';
import { sameName } from '../extract/people.js';
import { NameVariants, nameKey, phoneticKey } from '../extract/names.js';
import type { QuoteGroup } from '../extract/quote-groups.js';
import lunr from 'lunr';
import { indexText, type StoryIndexes, TermResolver, vocabularyOf } from '../search/story-index.js';
import { QUESTION_WORDS, words } from '../search/text.js';
import type { Passage, Story, StoryQuote } from '../story.js';
import type { Citation } from './answer.js';

export const stemOf = (w: string): string => lunr.stemmer(new lunr.Token(w, {})).toString();

/** Lookups every answerer needs, built once per loaded story. */
export class AnswerContext {
  readonly articles = new Map<string, CleanArticle>();
  readonly people = new Map<string, Person>();
  readonly quotes = new Map<string, StoryQuote>();
  readonly groups = new Map<string, QuoteGroup>();
  readonly passages = new Map<string, Passage>();
  readonly variants: NameVariants;
  readonly terms: TermResolver;

  constructor(
    readonly story: Story,
    readonly indexes: StoryIndexes,
  ) {
    for (const a of story.articles) this.articles.set(a.id, a);
    for (const p of story.people) this.people.set(p.id, p);
    for (const q of story.quotes) this.quotes.set(q.id, q);
    for (const g of story.groups) this.groups.set(g.id, g);
    for (const p of story.passages) this.passages.set(p.id, p);
    this.variants = new NameVariants(story.aliases);
    this.terms = new TermResolver(story, vocabularyOf(indexes.passages, indexes.quotes));
  }

  /** Stems of a text's words, folded the way the index folds them (so "Izium" meets a query for "Izyum"). */
  stems(text: string): Set<string> {
    return new Set(indexText(text, this.variants).split(' ').map(stemOf));
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
    const key = nameKey(name.replace(/^(?:the\s+)?(?:president|minister|mr|mrs|ms|dr|general|commander)\s+/i, ''));
    if (!key) return undefined;
    const exact = this.story.people.find((p) => [p.name, ...p.variants].some((v) => nameKey(v) === key));
    if (exact) return exact;
    const matches = this.story.people.filter((p) => [p.name, ...p.variants].some((v) => sameName(v, key, this.variants)));
    if (matches.length) return matches.sort((a, b) => this.quoteCount(b) - this.quoteCount(a))[0];
    // A first name alone ("Olena"), or a role word sound-alike.
    const tokens = key.split(' ');
    return this.story.people.find((p) =>
      nameKey(p.name)
        .split(' ')
        .some((t) => tokens.includes(t) || (t.length >= 4 && tokens.some((k) => k.length >= 4 && phoneticKey(k) === phoneticKey(t)))),
    );
  }

  quoteCount(p: Person): number {
    return this.story.quotes.filter((q) => q.personId === p.id).length;
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
