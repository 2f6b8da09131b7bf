import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CleanArticle } from '../../src/corpus/article.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { readCorpus } from '../../src/corpus/load.js';

// The bundled story, cleaned: every seed loses its page debris and keeps all of its story.
const articles = new Map(readCorpus('corpus').map((a) => [a.id, cleanArticle(a)]));
const get = (id: string): CleanArticle => {
  const a = articles.get(id);
  if (!a) throw new Error(`corpus/${id} is missing`);
  return a;
};

// No kept paragraph may look like any of these kinds of debris.
const JUNK_PATTERNS: [string, RegExp][] = [
  ['ad marker', /^advertisement$/i],
  ['sidebar header', /^(most read|trending|more from|related)\b/i],
  ['read-more link', /^read more\s*:/i],
  ['newsletter pitch', /sign up for our newsletter/i],
  ['aggregator link', /read full article/i],
  ['site chrome', /^(connect with us|hi, what are you looking for\?|topics|written by)$/i],
  ['author bio', /is a news reporter based in/i],
  ['syndication note', /has been published here with permission|where this first appeared/i],
  ['image credit', /credit:|^©/i],
  ['parenthesized caption', /^\(.*\)$/],
  ['spam domain', /^[a-z0-9-]+\.(com|net|org)$/i],
  ['sources footer', /^sources?:/i],
  ['bulleted teaser', /^[•◦▪]/],
  ['all-caps kicker', /^[A-Z][A-Z \-']+$/],
];

interface SeedSpec {
  id: string;
  headline: string;
  outlet?: string;
  name: string;
  byline?: string;
  sources?: string[];
  /** How many lines are dropped and how many paragraphs kept: the tables below name the debris, this pins its extent. */
  counts: { dropped: number; kept: number };
  dropped: [text: string, rule: string][];
  kept: string[];
}

const SEEDS: SeedSpec[] = [
  {
    id: 'german-kremlin-soldiers-flee-on-bicycles',
    counts: { dropped: 4, kept: 9 },
    headline: 'Ukraine: Kremlin soldiers flee on bicycles and in civilian clothes',
    name: 'an unnamed German-language outlet',
    sources: ['Washington Post', 'Financial Times', 'CNN', 'Associated Press', 'AFP'],
    dropped: [
      ['Remains of a destroyed tank at Balakliia in the Kharkiv region of eastern Ukraine', 'repeated-caption'],
      ['Remains of a destroyed tank at Balakliia in the Kharkiv region. Ukraine has almost completely recaptured the territory from the Russians.', 'credited-caption'],
      ['© Juan Barreto / AFP', 'photo-credit'],
      ['Sources: "Washington Post", "Financial Times", CNN, Associated Press', 'sources-line'],
    ],
    kept: [
      'Russian soldiers flee on stolen bicycles and in stolen civilian clothes',
      'Ukraine captures Russian tanks and equipment',
      'similar reports the "Financial Times":',
      '"They said: \'You are on your own,\'" local resident Olena Matvienko',
      'When they recaptured the strategically important small town of Izyum, 140 kilometers southeast of Kharkiv',
      'Kyiv announced in its morning situation report on Monday',
    ],
  },
  {
    id: 'insider-putin-should-be-shaking',
    counts: { dropped: 8, kept: 16 },
    headline: 'Putin Should Be Shaking: Russian Soldiers are Dropping Their Weapons and Fleeing in Ukraine',
    outlet: 'Insider',
    name: 'Insider',
    byline: 'Sophia Ankel',
    dropped: [
      ['Connect with us', 'site-chrome'],
      ['Hi, what are you looking for?', 'site-chrome'],
      ['Russian Military Soldiers. Image Credit: Creative Commons.', 'captioned-credit'],
      ['T-72 tank firing. Image Credit: Creative Commons.', 'captioned-credit'],
      ['Written By', 'site-chrome'],
      ['Sophia Ankel is a News Reporter based in London.', 'author-bio'],
    ],
    kept: [
      'How much worse could it get for Putin?',
      '“They came into our houses to take clothes so the drones wouldn’t see them in uniforms,” Matvienko told The Post.',
      '“That the Russian army is completely degraded made our work easier; they fled like Olympic sprinters,” he said.',
      '“These days, the Russian army is showing its best — showing its back.',
      'Russia’s Ministry of Defense confirmed that its forces were retreating',
    ],
  },
  {
    id: 'beyondnews-soldiers-flee-like-olympic-sprinters',
    counts: { dropped: 3, kept: 17 },
    headline: 'Putin’s Soldiers Flee ‘Like Olympic Sprinters’ as Ukraine Thrusts for Russian Border',
    outlet: 'BeyondNews',
    name: 'BeyondNews',
    dropped: [
      ['(Social media photo of Ukrainian troops in newly liberated areas.)', 'parenthesized-caption'],
      ['This article appeared in BeyondNews and has been published here with permission.', 'syndication-note'],
    ],
    kept: [
      'The Rush for the Border',
      'Ditching Tanks to Escape on Bicycles',
      'At the same time, Russians have lost a stupefying 13,500 units of military equipment.',
      'Petro Kuzyk, declared before The Financial Times',
      'Mykhailo Podolyak, the main adviser to Ukraine’s heroic President Volodymyr Zelenskyy, commented on Twitter',
    ],
  },
  {
    id: 'daily-star-fled-like-olympic-sprinters',
    counts: { dropped: 8, kept: 13 },
    headline: 'Russian soldiers fled ‘like Olympic sprinters’ as Ukraine took land back',
    outlet: 'Daily Star',
    name: 'Daily Star',
    dropped: [
      ["READ MORE: Russia loses nearly £1bn of military gear in Ukraine's three-week offensive", 'read-more'],
      ['For the latest breaking news and stories from across the globe from the Daily Star, sign up for our newsletter by clicking here.', 'newsletter'],
      ['• Corrupt Putin soldiers flog army gear and vehicles on Russian eBay as war effort falters', 'related-list'],
      ["• Ukraine forces may have 'captured highest-ranking Russian officer' since WW2", 'related-list'],
      ['Source: Read Full Article', 'aggregator-link'],
    ],
    kept: [
      'One Ukrainian commander said: “We hoped for success but didn’t expect such cowardly behaviour.',
      '“They abandoned their tanks and equipment – even grabbed bicycles to escape. They fled like Olympic sprinters.’’',
      'One US official said: “The Russians are in trouble.',
      'Russia has lost 53,000 soldiers since the invasion',
      'Justin Bronk of the Royal United Services Institute said',
    ],
  },
  {
    id: 'sun-putins-troops-abandon-weapons',
    counts: { dropped: 29, kept: 28 },
    headline: 'Putin’s troops abandon huge quantities of weapons fleeing Ukrainian blitz as attackers see ‘beginning of the end’ of war',
    outlet: 'The Sun',
    name: 'The Sun',
    dropped: [
      ['ON THE RUN', 'all-caps-kicker'],
      ['Advertisement', 'ad-marker'],
      ['Tanks abandoned in a river by the fleeing Russians', 'caption-among-junk'],
      ['The signs of Russian defeat are everywhere', 'caption-among-junk'],
      ["The Russians reportedly left in such a hurry they didn't finish lunchCredit: Channel 4", 'captioned-credit'],
      ['Most read in News', 'sidebar-block'],
      ['CALL THE CROPS', 'all-caps-kicker'],
      ["Police accused of wasting time by probing ridiculous 'hate' crimes", 'sidebar-block'],
      ["'Spurned' coke fiend 'knifed young mum 45 times in savage blade attack'", 'sidebar-block'],
      ['Thieves swipe phones from TWO pedestrians’ hands before 2hr police chase', 'sidebar-block'],
      ["A victorious Ukrainian soldier flying his country's flag from a mast", 'caption-among-junk'],
      ['The turret of a Russian tank destroyed by Ukrainian forcesCredit: AFP', 'captioned-credit'],
      ['Topics', 'site-chrome'],
      ['machibet777.com', 'spam-domain'],
    ],
    kept: [
      'RUSSIAN troops are abandoning huge quantities of weapons',
      '“I think it’s the beginning of the end for Russian occupants,” a 25-year-old Ukrainian soldier named Marty',
      '“They were literally running from their positions, leaving their stuff and heading to the occupied territories. I think more significant gains are coming.”',
      '“I saw small units of up to five of our guys on foot who were destroying huge numbers or Russian vehicles – three tanks at one time,”',
      '“They left a huge amount of vehicles and ammunition. We couldn’t transfer or evacuate it all to our rear.',
      '“There were a lot of uniforms lying around.',
      '"In just five days, Ukrainian forces have retaken more territory than Russia has taken since April."',
      'Some Russians were unable to distinguish their own forces from advancing Ukrainian troops.',
      '"It\'s a sign that Russia can be defeated." he said.',
    ],
  },
];

describe('the cleaner on the bundled seeds', () => {
  it('reads all five seed articles', () => {
    expect([...articles.keys()].sort()).toEqual(SEEDS.map((s) => s.id).sort());
  });

  describe.each(SEEDS)('$id', (seed) => {
    const a = get(seed.id);

    it('takes the headline as the text gives it, and names the article by outlet or headline', () => {
      expect(a.headline).toBe(seed.headline);
      expect(a.outlet).toBe(seed.outlet);
      expect(a.name).toBe(seed.name);
      if (seed.byline) expect(a.byline).toBe(seed.byline);
      if (seed.sources) expect(a.sources).toEqual(seed.sources);
    });

    it.each(seed.dropped)('drops %j (%s)', (text, rule) => {
      expect(a.dropped).toContainEqual({ text, rule });
      expect(a.paragraphs).not.toContain(text);
    });

    it.each(seed.kept)('keeps the story sentence %j', (sentence) => {
      expect(a.paragraphs.some((p) => p.includes(sentence))).toBe(true);
      expect(a.dropped.some((d) => d.text.includes(sentence))).toBe(false);
    });

    it('keeps no paragraph that looks like page debris', () => {
      for (const p of a.paragraphs)
        for (const [kind, pattern] of JUNK_PATTERNS) expect(pattern.test(p), `${kind}: ${p}`).toBe(false);
    });

    it('does not repeat the headline as a paragraph', () => {
      expect(a.paragraphs[0]).not.toBe(a.headline);
    });

    it('drops exactly the debris lines, no more, and keeps every other paragraph', () => {
      expect({ dropped: a.dropped.length, kept: a.paragraphs.length }).toEqual(seed.counts);
    });
  });

  it('keeps every paragraph of the story that quotes someone', () => {
    // Debris never carries a double-quoted speech; a dropped quote would be a lost story line.
    for (const a of articles.values())
      for (const d of a.dropped) expect(/[“"]\S[^”"]{20,}[”"]/.test(d.text) && d.rule !== 'sources-line', `${a.id}: ${d.text}`).toBe(false);
  });
});

describe('the cleaner on the flood fixtures', () => {
  it.runIf(existsSync('tests/fixtures/flood'))('finds outlet, headline and byline with and without front matter', () => {
    const flood = new Map(readCorpus('tests/fixtures/flood').map((a) => [a.id, cleanArticle(a)]));
    const courier = flood.get('valley-courier-millbrook-flood')!;
    expect(courier.outlet).toBe('Valley Courier');
    expect(courier.headline).toBe('Millbrook counts the cost as floodwater recedes');
    const gazette = flood.get('riverside-gazette-dam-fails')!;
    expect(gazette.paragraphs[0]).toMatch(/^The Oakhollow Dam above Millbrook gave way before dawn on Thursday, sending a wall of water down the Tarrow Valley and into the center of town\./);
    expect(gazette.dropped.map((d) => d.rule)).toEqual(['byline-line', 'ad-marker', 'newsletter']);
    const ledger = flood.get('northern-ledger-oak-hollow-flood')!;
    expect(ledger.dropped.map((d) => d.rule)).toContain('sidebar-block');
    expect(ledger.paragraphs.some((p) => p.startsWith('Greta Holm, 71, who lives in Kesingley'))).toBe(true);
  });
});
