import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/clean.js';
import { CONTEXT_RULES, LINE_RULES } from '../../src/corpus/cleaning-rules.js';
import { article } from '../fixtures/build-article.js';

// One rule at a time, on small articles built here: what each kind of debris looks like, and
// the story lines that look a little like it but must be kept.
const clean = (body: string[], meta = {}, file?: string) => cleanArticle(article({ body, meta, file }));
const STORY = 'The council met on Tuesday to discuss the new bridge.';

describe('headline, outlet and name', () => {
  it('without front matter: the first non-empty line is the headline, the outlet is unknown, and the name says so', () => {
    const a = clean(['', 'Bridge plan approved', '', STORY]);
    expect(a).toMatchObject({ headline: 'Bridge plan approved', outlet: undefined, name: 'an unnamed outlet (“Bridge plan approved”)', paragraphs: [STORY] });
  });

  it('skips an ALL-CAPS kicker and site chrome above the headline', () => {
    const a = clean(['Connect with us', 'BIG VOTE', 'Bridge plan approved', STORY]);
    expect(a.headline).toBe('Bridge plan approved');
    expect(a.dropped).toEqual([
      { text: 'Connect with us', rule: 'site-chrome' },
      { text: 'BIG VOTE', rule: 'all-caps-kicker' },
    ]);
  });

  it('front matter wins, and its headline is not repeated as a paragraph', () => {
    const a = clean(['Bridge plan approved', STORY], { outlet: 'The Herald', headline: 'Bridge plan approved', byline: 'A. Writer' });
    expect(a).toMatchObject({ outlet: 'The Herald', name: 'The Herald', byline: 'A. Writer', paragraphs: [STORY] });
  });

  it('keeps the first line when the front matter headline differs from it', () => {
    expect(clean(['Council meets', STORY], { headline: 'Bridge plan approved' }).paragraphs).toEqual(['Council meets', STORY]);
  });

  it('takes the outlet from a syndication note and the byline from an author bio', () => {
    const a = clean(['Bridge plan approved', STORY, 'This article appeared in Town Times and has been published here with permission.', 'Jo Bloggs is a senior reporter based in Leeds.']);
    expect(a).toMatchObject({ outlet: 'Town Times', name: 'Town Times', byline: 'Jo Bloggs', paragraphs: [STORY] });
  });

  it('takes outlet and byline from an "X is a reporter ... for Outlet, where this first appeared" note', () => {
    const a = clean(['Headline', STORY, 'Jo Bloggs is a News Reporter based in Leeds for Town Times, where this first appeared.']);
    expect(a).toMatchObject({ outlet: 'Town Times', byline: 'Jo Bloggs' });
  });

  it('an outlet named at the end of a note\'s sentence loses the full stop, so answers never print "Town Times.."', () => {
    expect(clean(['Headline', STORY, 'This article appeared in Evening Lantern Daily.']).name).toBe('Evening Lantern Daily');
    expect(clean(['Headline', STORY, 'This story first appeared in the Lantern;']).outlet).toBe('Lantern');
  });

  it('an outlet whose name ends in an initialism keeps its last period', () => {
    expect(clean(['Headline', STORY, 'This article appeared in Radio Q.R.S.']).outlet).toBe('Radio Q.R.S.');
  });

  it('takes the outlet from a newsletter pitch when nothing better names it', () => {
    expect(clean(['Headline', STORY, 'For more from the Town Times, sign up for our newsletter.']).outlet).toBe('Town Times');
  });

  it('takes the byline from a "By Name" line', () => {
    expect(clean(['Headline', 'By Jo Bloggs', STORY])).toMatchObject({ byline: 'Jo Bloggs', paragraphs: [STORY] });
  });
});

describe('line rules', () => {
  it.each([
    ['ad-marker', 'Advertisement'],
    ['site-chrome', 'Hi, what are you looking for?'],
    ['site-chrome', 'Written By'],
    ['aggregator-link', 'Source: Read Full Article'],
    ['read-more', 'READ MORE: Another story entirely'],
    ['newsletter', 'Sign up for our daily newsletter here.'],
    ['syndication-note', 'This story first appeared in the Daily Bugle.'],
    ['photo-credit', '© Jane Photographer / AFP'],
    ['photo-credit', 'Image Credit: Creative Commons.'],
    ['captioned-credit', 'Crowds gather at the bridgeCredit: Reuters'],
    ['captioned-credit', 'Crowds gather at the bridge. Image Credit: Creative Commons.'],
    ['parenthesized-caption', '(Photo of the bridge at dusk.)'],
    ['parenthesized-caption', '(Firefighters ride a ladder truck past the burned warehouse.)'],
    ['parenthesized-caption', '(Reporting by Jo Lee; Editing by Sam Roe)'],
    ['spam-domain', 'machibet777.com'],
    ['all-caps-kicker', 'ON THE RUN'],
  ])('%s drops %j', (rule, line) => {
    const a = clean(['Headline', STORY, line, STORY]);
    expect(a.dropped).toEqual([{ text: line, rule }]);
    expect(a.paragraphs).toEqual([STORY, STORY]);
  });

  it('parses a "Sources:" footer into sources, merged with front matter, de-duplicated, quotes stripped', () => {
    const a = clean(['Headline', STORY, 'Sources: "Washington Post", “Financial Times”, CNN'], { sources: ['The Washington Post', 'Reuters'] });
    expect(a.sources).toEqual(['The Washington Post', 'Reuters', 'Financial Times', 'CNN']);
    expect(a.dropped).toEqual([{ text: 'Sources: "Washington Post", “Financial Times”, CNN', rule: 'sources-line' }]);
  });

  it.each([
    'Sources say the vote was close.',
    'The vote was, by all accounts, close.',
    'ADVERTISING revenue fell by half, the council said.',
    '“I think the bridge is the beginning of something,” a 40-year-old councillor named Sam',
    'By Tuesday the plan had passed.',
    'More from the meeting is expected on Friday.',
    // An editor's aside in parentheses that reports what someone said is story text, not a caption.
    '(In Ottawa, the ministry identified the two men as brothers from Halifax)',
    '(The council will vote again in May, according to the clerk.)',
    '(Bake it an hour longer and it never sets, says the cook.)',
  ])('keeps the story line %j', (line) => {
    expect(clean(['Headline', STORY, line, STORY]).paragraphs).toEqual([STORY, line, STORY]);
  });
});

describe('context rules', () => {
  it('drops a "Most read" block with its kickers and teasers, up to where prose resumes', () => {
    const a = clean(['Headline', STORY, 'Most read in News', 'CELEB SHOCK', 'Star reveals all about new show', 'FOOTIE', "Striker's 'secret' transfer", '', '“The bridge will open in May,” the mayor said.']);
    expect(a.paragraphs).toEqual([STORY, '“The bridge will open in May,” the mayor said.']);
    expect(a.dropped.map((d) => d.rule)).toEqual(['sidebar-block', 'all-caps-kicker', 'sidebar-block', 'all-caps-kicker', 'sidebar-block']);
  });

  it('drops a bulleted list of headlines at the end of the article', () => {
    const a = clean(['Headline', STORY, '  • Star reveals all about new show tonight', '  • Striker makes secret transfer to rivals']);
    expect(a.dropped.map((d) => d.rule)).toEqual(['related-list', 'related-list']);
  });

  it('keeps a bulleted list of story facts in the middle of the article', () => {
    const a = clean(['Headline', STORY, '• The bridge costs £4m.', '• It opens in May.', STORY]);
    expect(a.paragraphs).toHaveLength(4);
  });

  it('drops the caption a stand-alone credit credits, and its alt text printed just before it', () => {
    const a = clean(['Headline', STORY, '', 'The old bridge seen from the river bank at dusk', '', 'The old bridge seen from the river bank. It will close in May.', '', '© A. Photographer / AFP', '', STORY]);
    expect(a.paragraphs).toEqual([STORY, STORY]);
    expect(a.dropped.map((d) => d.rule)).toEqual(['repeated-caption', 'credited-caption', 'photo-credit']);
  });

  it('drops unpunctuated captions packed between an ad marker and credits', () => {
    const a = clean(['Headline', STORY, '', 'Advertisement', 'The old bridge at dusk', 'Crowds on the new deck', 'The mayor cuts the ribbonCredit: PA', '', STORY]);
    expect(a.paragraphs).toEqual([STORY, STORY]);
    expect(a.dropped.filter((d) => d.rule === 'caption-among-junk').map((d) => d.text)).toEqual(['The old bridge at dusk', 'Crowds on the new deck']);
  });

  it('keeps a story paragraph that happens to precede a stand-alone credit', () => {
    expect(clean(['Headline', STORY, 'The bridge opens in May.', '© A. Photographer']).paragraphs).toEqual([STORY, 'The bridge opens in May.']);
  });

  it('keeps a subhead that follows an ad marker and leads into prose', () => {
    const a = clean(['Headline', STORY, 'Advertisement', 'A vote at last', STORY]);
    expect(a.paragraphs).toEqual([STORY, 'A vote at last', STORY]);
  });

  it('keeps both paragraphs of a quote that runs on, even among debris', () => {
    const a = clean(['Headline', 'The mayor said: “We waited ten years for this.', '“Now it is done', 'Advertisement']);
    expect(a.paragraphs).toEqual(['The mayor said: “We waited ten years for this.', '“Now it is done']);
  });
});

describe('paragraphs', () => {
  it('keeps one paragraph a line in scraped text, with or without blank lines', () => {
    expect(clean(['Headline', 'First paragraph.', 'Second paragraph.', '', 'Third paragraph.']).paragraphs).toEqual(['First paragraph.', 'Second paragraph.', 'Third paragraph.']);
  });

  it('joins a plain-text line broken inside a sentence', () => {
    expect(clean(['Headline', 'The council met on a wet', 'evening and voted for', 'the bridge.', 'Work starts in May.']).paragraphs).toEqual([
      'The council met on a wet evening and voted for the bridge.',
      'Work starts in May.',
    ]);
  });

  it('joins the hard-wrapped lines of a Markdown paragraph and strips heading marks', () => {
    const a = clean(['# Bridge plan approved', '', 'The council met on Tuesday.', 'It voted for the bridge.', '', 'Work starts in May.'], {}, 'corpus/bridge.md');
    expect(a.headline).toBe('Bridge plan approved');
    expect(a.paragraphs).toEqual(['The council met on Tuesday. It voted for the bridge.', 'Work starts in May.']);
  });
});

describe('the rule table', () => {
  it('names every rule once and says why it exists', () => {
    const rules = [...LINE_RULES, ...CONTEXT_RULES];
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
    for (const r of rules) expect(r.why.length, r.name).toBeGreaterThan(20);
  });
});
