import type { Unit } from './unit.js';
import { sourcesListed } from './evidence.js';
import { bareWords, endsSentence, fold, hasQuoteMark, isAllCaps, opensWithQuote, wordCount } from './text-shape.js';
import { isReportingVerb } from '../extract/speech-verbs.js';

/*
 * The cleaner's rules, in the order they run. Every rule is general: it recognises a kind of
 * web-page debris by its shape or by the stock phrases publishing systems print, never by the
 * text of one article. Line rules judge a line alone and run first; context rules then judge a
 * paragraph by its neighbours, which is how captions and sidebars are told from story text.
 */

export interface LineRule {
  name: string;
  why: string;
  matches(line: string): boolean;
}

export interface ContextRule {
  name: string;
  why: string;
  /** Indices of the units this rule drops; it sees the drops of the rules before it. */
  select(units: readonly Unit[]): number[];
}

const short = (line: string, max: number) => wordCount(line) <= max;

const CHROME = new Set(
  [
    'connect with us', 'topics', 'tags', 'written by', 'share', 'share this article',
    'share this', 'share on facebook', 'share on twitter', 'follow us', 'comments', 'comment', 'skip to content',
    'skip to main content', 'menu', 'sign in', 'log in', 'subscribe', 'home', 'print', 'email', 'close',
    'view comments', 'listen to this article', 'join the conversation', 'more on this story', 'back to top',
  ].map(fold),
);

// The prompt of a site's search box, greeting and all: "Hi, what are you looking for?", "Search…", "Type to search".
const SEARCH_PROMPT =
  /^(?:(?:hi|hello|hey)[,!.]?\s+)?(?:what are you (?:looking|searching) for|(?:type|start typing|enter (?:a )?(?:keywords?|search terms?)) (?:here )?to search|search(?: (?:for|here|the site|this site|our site))?)\s*(?:\?|\.\.\.|:)?$/;

export const LINE_RULES: readonly LineRule[] = [
  {
    name: 'ad-marker',
    why: 'Pages leave a bare "Advertisement" label where an ad slot was.',
    matches: (l) => /^(?:advertisement|advert|ad|sponsored(?: content)?|promoted|story continues below(?: advertisement)?|article continues below(?: this ad)?)$/i.test(l),
  },
  {
    name: 'site-chrome',
    why: 'Navigation, search and sharing labels belong to the website, not the story.',
    matches: (l) => CHROME.has(fold(l).replace(/:$/, '')) || SEARCH_PROMPT.test(fold(l)),
  },
  {
    name: 'aggregator-link',
    why: 'Aggregators end a copied article with a link back to the original.',
    matches: (l) => /^(?:source:\s*)?(?:read (?:the )?full (?:article|story)|continue reading(?: on .*)?|view original article)\.?$/i.test(l),
  },
  {
    name: 'read-more',
    why: '"READ MORE:" lines are links to other articles inserted into the text.',
    matches: (l) => /^(?:read more|read also|also read|see also|more|watch|related|listen|pictured)\s*:/i.test(l),
  },
  {
    name: 'newsletter',
    why: 'Sign-up pitches address the reader, they report nothing.',
    matches: (l) =>
      /\b(?:sign up|subscribe)\b[^.]*\bnewsletters?\b|\bnewsletters?\b[^.]*\b(?:sign up|subscribe)\b/i.test(l) ||
      /^(?:sign up|subscribe) (?:to|for|now)\b/i.test(l),
  },
  {
    name: 'author-bio',
    why: 'A note on who the author is describes the writer, not the events; it names the byline.',
    matches: (l) =>
      /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3} is an? (?:[\p{L}-]+\s+){0,5}?(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|producer)\b/iu.test(l) &&
      !hasQuoteMark(l),
  },
  {
    name: 'syndication-note',
    why: 'A note that the article was republished names the outlet that first ran it; it is not story text.',
    matches: (l) =>
      /^this (?:article|story|piece|report|post) (?:was )?(?:first |originally )?(?:appeared|published|ran) (?:in|on|by)\b/i.test(l) ||
      /\bwhere this (?:article |story )?(?:first|originally) appeared\b/i.test(l) ||
      /^(?:re)?published (?:here )?with (?:the )?permission\b/i.test(l) ||
      /^(?:republished|reprinted) (?:with permission )?from\b/i.test(l),
  },
  {
    name: 'byline-line',
    why: 'A "By Name" line is the byline, printed above the story.',
    matches: (l) => /^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|van|von|der|and|&)){0,4}(?:\s*(?:[,|]|\s[-–—]\s).{0,60})?$/u.test(l) && !endsSentence(l.replace(/\.$/, '')) && short(l, 12),
  },
  {
    name: 'sources-line',
    why: 'A closing "Sources: A, B" footer lists what the article cites; it becomes the sources field.',
    matches: (l) => sourcesListed(l)?.every((i) => i && short(i, 6) && !/[.!?]\s/.test(i)) ?? false,
  },
  {
    name: 'photo-credit',
    why: 'A credit on its own line ("© Name / AFP", "Photo: Reuters") names a photographer, not a source of the story.',
    matches: (l) =>
      short(l, 12) &&
      !hasQuoteMark(l) &&
      /^(?:©|\(c\)\s|copyright\b|(?:image|photo|picture|photograph|video|main image)\s*(?:credit)?s?\s*:|credits?\s*:|getty images\b)/i.test(l),
  },
  {
    name: 'captioned-credit',
    why: 'A caption with its credit glued on ("...lunchCredit: Channel 4") is a picture, not prose.',
    matches: (l) => /(?:image |photo |picture )?credits?\s*:\s*[^.!?:]{1,60}\.?$/i.test(l) && /credit/i.test(l) && !opensWithQuote(l),
  },
  {
    name: 'parenthesized-caption',
    why:
      'A paragraph that is wholly in parentheses and quote-free is a photo or video caption, unless it reports what ' +
      'someone said: papers print editors\' asides in parentheses ("(In Ottawa, the ministry identified the two men as ...)", ' +
      '"(Bake it an hour longer and it never sets, says the cook.)"), and those are story text.',
    matches: (l) => /^\([^()]+\)$/.test(l) && !hasQuoteMark(l) && !reportsSpeech(l),
  },
  {
    name: 'spam-domain',
    why: 'A line that is only a domain name is injected spam or a site stamp.',
    matches: (l) => /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i.test(l),
  },
  {
    name: 'all-caps-kicker',
    why: 'A short line in capitals without punctuation is a kicker or label ("ON THE RUN"), not a sentence.',
    matches: (l) => isAllCaps(l) && short(l, 6) && !/[.!?…”"]$/.test(l),
  },
];

/** Reporting forms a suffix rule cannot undo (say, tell, write, speak). */
const IRREGULAR_REPORTING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'wrote', 'spoke']);

/**
 * Does a line report speech, by a reporting verb in the past tense or "says", or "according to"? Captions describe
 * a picture in the present ("Soldiers ride a tank", where WordNet files "ride" as a verb of criticising) or with no
 * verb at all ("Social media photo of troops"), so only these forms count; six words at least, since a short
 * parenthesis ("(Reporting by Jo Lee)") is a credit, not an aside.
 */
function reportsSpeech(line: string): boolean {
  if (wordCount(line) < 6) return false;
  if (/\baccording to\b/i.test(line)) return true;
  return bareWords(line).some((w) => {
    const word = w.toLowerCase();
    if (IRREGULAR_REPORTING.has(word)) return true;
    if (!/[a-z]{3,}ed$/.test(word)) return false;
    const stems = word.endsWith('ied') ? [`${word.slice(0, -3)}y`] : [word.slice(0, -2), word.slice(0, -1), word.slice(0, -3)];
    return stems.some((s) => isReportingVerb(s));
  });
}

/** A paragraph that reads as finished prose: it ends a sentence, or it is a quotation. */
function isProse(u: Unit): boolean {
  if (u.dropped) return false;
  if (u.headline || u.continuesQuote) return true;
  if (opensWithQuote(u.text) && wordCount(u.text) >= 6) return true;
  return endsSentence(u.text) && !isAllCaps(u.text) && wordCount(u.text) >= 4;
}

/** Could be a caption: short, quote-free, not a finished sentence, and not protected. */
function captionLike(u: Unit, maxWords = 30): boolean {
  return !u.dropped && !u.headline && !u.continuesQuote && !u.bullet && !hasQuoteMark(u.text) &&
    !endsSentence(u.text) && wordCount(u.text) <= maxWords;
}

const SIDEBAR_HEADER =
  /^(?:most (?:read|popular|viewed|shared|watched)|trending(?: now| stories| in .*)?|more (?:from|on|in|stories)\b|related(?: articles| stories| content| coverage| news| topics)?|you (?:may|might) also like|recommended(?: for you| stories)?|read next|up next|top stories|popular now|latest (?:news|stories))\b/i;

export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    name: 'sidebar-block',
    why: 'A "Most read"/"Trending"/"More from"/"Related" header starts a list of other stories that runs until prose resumes.',
    select(units) {
      const out: number[] = [];
      for (let i = 0; i < units.length; i++) {
        const u = units[i];
        if (u.dropped && u.dropped !== 'all-caps-kicker') continue;
        if (u.headline || !SIDEBAR_HEADER.test(u.text) || endsSentence(u.text) || wordCount(u.text) > 8) continue;
        out.push(i);
        let j = i + 1;
        for (; j < units.length && !isProse(units[j]); j++) if (!units[j].dropped) out.push(j);
        i = j - 1;
      }
      return out;
    },
  },
  {
    name: 'related-list',
    why: 'A bulleted run of headlines beside other debris, or at the very end, links to other articles.',
    select(units) {
      const out: number[] = [];
      for (let i = 0; i < units.length; i++) {
        if (!units[i].bullet || units[i].dropped) continue;
        let j = i;
        while (j < units.length && units[j].bullet && !units[j].dropped) j++;
        const run = units.slice(i, j);
        const headlines = run.every((u) => !endsSentence(u.text) && wordCount(u.text) >= 4);
        const atEnd = units.slice(j).every((u) => u.dropped);
        const besideJunk = Boolean(units[i - 1]?.dropped || units[j]?.dropped);
        if (run.length >= 2 && headlines && (atEnd || besideJunk)) for (let k = i; k < j; k++) out.push(k);
        i = j - 1;
      }
      return out;
    },
  },
  {
    name: 'repeated-caption',
    why: 'Pages print a picture\'s alt text and then its caption: a line repeated, or repeated as the opening of the next line.',
    select(units) {
      const out: number[] = [];
      units.forEach((u, i) => {
        const next = units[i + 1];
        if (!next || u.dropped || u.headline || u.continuesQuote || hasQuoteMark(u.text)) return;
        const a = bareWords(u.text);
        const b = bareWords(next.text);
        let common = 0;
        while (common < a.length && common < b.length && a[common] === b[common]) common++;
        if (common === a.length && fold(u.text) === fold(next.text)) out.push(i);
        else if (!endsSentence(u.text) && common >= 6 && common >= 0.6 * a.length) out.push(i);
      });
      return out;
    },
  },
  {
    name: 'credited-caption',
    why: 'A stand-alone photo credit credits the caption just before it, when that caption is itself set off by debris.',
    select(units) {
      const out: number[] = [];
      units.forEach((u, i) => {
        const prev = units[i - 1];
        // The caption sits between its alt text (or other debris) and its credit; story prose does not.
        const setOff = Boolean(units[i - 2]?.dropped) || captionLike(prev ?? u);
        if (u.dropped === 'photo-credit' && prev && !prev.dropped && !prev.headline && !prev.continuesQuote &&
            !hasQuoteMark(prev.text) && wordCount(prev.text) <= 40 && setOff)
          out.push(i - 1);
      });
      return out;
    },
  },
  {
    name: 'caption-among-junk',
    why: 'Unpunctuated, quote-free lines packed between ad markers and credits are photo captions; a subhead instead leads into prose.',
    select(units) {
      const out: number[] = [];
      for (let i = 0; i < units.length; i++) {
        if (!captionLike(units[i])) continue;
        let j = i;
        while (j < units.length && units[j].block === units[i].block && captionLike(units[j])) j++;
        const before = units[i - 1]?.block === units[i].block ? units[i - 1] : undefined;
        const after = units[j]?.block === units[i].block ? units[j] : undefined;
        const touchesJunk = Boolean(before?.dropped || after?.dropped);
        const touchesProse = Boolean((before && !before.dropped) || (after && !after.dropped));
        if (touchesJunk && !touchesProse) for (let k = i; k < j; k++) out.push(k);
        i = j - 1;
      }
      return out;
    },
  },
];

