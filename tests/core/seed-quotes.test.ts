import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';

const bot = StoryBot.open({ corpusDir: 'corpus' });
const people = new Map(bot.story.people.map((p) => [p.id, p]));

/** Every direct quote of the seeds: the outlet, the opening words, and who said it (person, or the outlet's description). */
const TABLE: [outlet: RegExp, opening: string, speaker: string | undefined, source?: string][] = [
  [/Kremlin soldiers/, 'They just dropped their guns', 'residents of Zalisnychne in Zaporizhia Oblast', 'Washington Post'],
  [/Kremlin soldiers/, "They said: 'You are on your own", 'Olena Matvienko', 'Washington Post'],
  [/Kremlin soldiers/, 'They came to our homes', 'Olena Matvienko', 'Washington Post'],
  [/Kremlin soldiers/, 'They left their tanks and equipment behind', 'Petro Kuzyk', 'Financial Times'],
  [/Kremlin soldiers/, 'captured their entire arsenal', 'Petro Kuzyk'], // written "Kuzan"
  [/Kremlin soldiers/, 'The Russians have the advantage', 'Petro Kuzyk'],
  [/Kremlin soldiers/, 'regrouping', 'The Russian General Staff'],
  [/Insider/, 'They came into our houses', 'Olena Matvienko', 'Washington Post'],
  [/Insider/, 'They took our bicycles', 'Olena Matvienko', 'Washington Post'],
  [/Insider/, 'just dropped rifles on the ground', 'Olena Matvienko', 'Washington Post'],
  [/Insider/, 'We hoped for success', 'Petro Kuzyk', 'Financial Times'],
  [/Insider/, 'They abandoned their tanks', 'Petro Kuzyk', 'Financial Times'],
  [/Insider/, 'That the Russian army is completely degraded', 'Petro Kuzyk'], // "he said"
  [/Insider/, 'These days, the Russian army is showing its best', 'Volodymyr Zelenskyy'],
  [/BeyondNews/, 'like Olympic sprinters', 'one Ukrainian military officer'],
  [/BeyondNews/, 'like Olympic sprinters.', 'Petro Kuzyk', 'Financial Times'],
  [/BeyondNews/, 'even grabbed bicycles', 'Petro Kuzyk'],
  [/BeyondNews/, 'such cowardly behavior', 'Petro Kuzyk'], // "The Ukrainian commander"
  [/BeyondNews/, 'complete degradation', 'Petro Kuzyk'], // "He added"
  [/BeyondNews/, 'made [the Ukrainians’] work easier', 'Petro Kuzyk'],
  [/BeyondNews/, 'cowardly response', 'Mykhailo Podolyak', 'Twitter'],
  [/BeyondNews/, 'escape from the battlefield', 'Mykhailo Podolyak', 'Twitter'],
  [/Daily Star/, 'like Olympic sprinters', undefined],
  [/Daily Star/, 'they understand the hopelessness', 'Ukrainian military intelligence chiefs'],
  [/Daily Star/, 'We hoped for success but didn’t expect such cowardly behaviour. They abandoned', 'One Ukrainian commander'],
  [/Daily Star/, 'The Russians are in trouble', 'One US official'],
  [/Daily Star/, 'the greatest counteroffensive', undefined],
  [/Daily Star/, 'This is certainly the most dramatic reverse', 'Justin Bronk', "BBC Radio 4's today show"],
  [/The Sun/, 'beginning of the end', undefined],
  [/The Sun/, 'So swift was the Russian retreat', 'Paul McNamara'],
  [/The Sun/, 'The flags around Kharkiv are Ukrainian once more. In just five days', 'Paul McNamara'], // "He continued", two paragraphs
  [/The Sun/, 'I think it’s the beginning of the end', 'Marty'],
  [/The Sun/, 'They were literally running', 'Marty'],
  [/The Sun/, 'we’re totally f*****d', 'a Russian tank unit'],
  [/The Sun/, 'I saw small units', 'Birdie'], // "the 31-year-old"
  [/The Sun/, 'They left a huge amount of vehicles and ammunition. We couldn’t transfer or evacuate it all to our rear. There were a lot of uniforms', 'Birdie'],
  [/The Sun/, 'Then I heard them die', 'Birdie'],
  [/The Sun/, 'These last few days the Russian army', 'Volodymyr Zelenskyy'],
  [/The Sun/, 'I believe that this winter', 'Volodymyr Zelenskyy'],
  [/The Sun/, 'We see how they are fleeing', 'Volodymyr Zelenskyy'],
  [/The Sun/, 'better than expected', 'Oleksii Reznikov'],
  [/The Sun/, 'snowball rolling down a hill', 'Oleksii Reznikov'],
  [/The Sun/, 'It\'s a sign that Russia can be defeated', 'Oleksii Reznikov'],
];

describe('direct quotes in the five seed articles', () => {
  // The table is of quoted words (direct, and reported speech holding quoted words); reported speech without
  // quote marks is checked in tests/extract.
  const quotes = bot.story.quotes.filter((q) => q.kind !== 'indirect').map((q) => ({
    ...q,
    outlet: bot.articles.find((a) => a.id === q.articleId)!.name,
    // An article with no outlet is named as such ("an unnamed German-language outlet"); its headline finds it.
    headline: bot.articles.find((a) => a.id === q.articleId)!.headline,
    speaker: q.personId ? people.get(q.personId)!.name : q.descriptive,
  }));

  it.each(TABLE)('%s “%s” is attributed to %s', (outlet, opening, speaker, source) => {
    const q = quotes.find((x) => (outlet.test(x.outlet) || outlet.test(x.headline)) && x.text.startsWith(opening));
    expect(q, `no quote opening “${opening}”`).toBeDefined();
    expect(q!.speaker).toBe(speaker);
    if (source) expect(q!.source).toBe(source);
  });

  it('finds no other quotes: names in quote marks and one-word scare quotes are not quotes', () => {
    expect(quotes.map((q) => q.text)).not.toContain('Greater London');
    expect(quotes.map((q) => q.text)).not.toContain('Financial Times');
    expect(quotes.map((q) => q.text)).not.toContain('revenge');
    expect(quotes).toHaveLength(TABLE.length);
  });

  it('keeps the speaker’s role apart from the outlet that carried the quote', () => {
    const kuzyk = bot.story.people.find((p) => p.name === 'Petro Kuzyk')!;
    expect(kuzyk.roles.map((r) => r.role)).toContain("a commander in Ukraine's National Guard involved in the offensive");
    expect(kuzyk.variants).toEqual(expect.arrayContaining(['Kuzyk', 'Kuzan']));
  });

  it('links a quote one outlet names and another carries unnamed', () => {
    const a = bot.ask('Who said they fled like Olympic sprinters?');
    expect(a.quotes[0].speaker).toBe('Petro Kuzyk');
    expect(a.quotes[0].linkNote).toMatch(/Daily Star/);
    expect(a.quotes[0].linkNote).toMatch(/One Ukrainian commander|no speaker named/);
    // Each outlet once in the note, however many ways it put the speaker.
    const unnamedPart = a.quotes[0].linkNote!.split('without that name in ')[1];
    expect(unnamedPart.match(/Daily Star/g)).toHaveLength(1);
  });

  it('treats behaviour/behavior, curly/straight quotes and “[...]” cuts as the same quote', () => {
    const a = bot.ask('What did Petro Kuzyk say?');
    const cowardly = a.quotes.find((v) => v.entries.some((e) => /behaviour/.test(e.text)))!;
    expect(cowardly.entries.map((e) => e.outlet)).toEqual(expect.arrayContaining(['Insider', 'Daily Star', 'BeyondNews']));
  });
});
