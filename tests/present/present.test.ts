// The presenter, on its own: what the default answer says first, which wording and sources it picks, and that it
// stays short for any answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnswer, type Citation, type QuoteView } from '../../src/index.js';
import { bestWording, plainLine, plainSections, present } from '../../src/present/index.js';
import { contentWords } from '../../src/present/matching.js';
import { toldTo } from '../../src/present/told-to.js';
import { renderAnswer as discordAnswer } from '../../adapters/discord/render.js';
import { renderAnswer as slackAnswer } from '../../adapters/slack/render.js';
import { renderText } from '../../src/cli/render-text.js';
import { blockTexts } from '../slack/harness.js';

const entry = (outlet: string, text: string, speakerAsWritten?: string) => ({
  quoteId: 'q',
  articleId: outlet,
  outlet,
  text,
  ...(speakerAsWritten ? { speakerAsWritten } : {}),
});
const kuzyk = (over: Partial<QuoteView> = {}): QuoteView => ({
  speaker: 'Petro Kuzyk',
  role: "a commander in Ukraine's National Guard",
  sources: ['Financial Times'],
  entries: [
    entry('Insider', 'They fled like Olympic sprinters', 'Kuzyk'),
    entry(
      'Daily Star',
      'We hoped for success. They abandoned their tanks. They fled like Olympic sprinters.',
      'One Ukrainian commander',
    ),
    entry('BeyondNews', 'even grabbed bicycles', 'Kuzyk'),
  ],
  ...over,
});
const cite = (outlet: string, excerpt: string): Citation => ({
  articleId: outlet,
  outlet,
  headline: `${outlet} headline`,
  excerpt,
});

describe('the lead', () => {
  it('names the speaker in bold, their role, and whom they told, in one sentence', () => {
    const p = present(
      buildAnswer('Who said the Russians fled like Olympic sprinters?', 'who_said', {
        found: true,
        summary: 'x',
        quotes: [kuzyk()],
      }),
    );
    expect(p.lead).toEqual([
      { text: 'Petro Kuzyk', style: 'strong' },
      { text: ", a commander in Ukraine's National Guard," },
      { text: ' said it' },
      { text: ' to the ' },
      { text: 'Financial Times', style: 'em' },
      { text: '.' },
    ]);
  });

  it('says "on" a platform, keeps a "The" as written, and names agencies as they are', () => {
    const text = (s: string) =>
      toldTo([s])
        .map((x) => x.text)
        .join('');
    expect(text('Twitter')).toBe(' on Twitter');
    expect(text('The Guardian')).toBe(' to The Guardian');
    expect(text('Reuters')).toBe(' to Reuters');
    expect(text('Washington Post')).toBe(' to the Washington Post');
    expect(
      toldTo(['Reuters', 'CNN'])
        .map((x) => x.text)
        .join(''),
    ).toBe(' to Reuters and to CNN');
  });

  it('opens with a capital even when the answer starts with an unnamed outlet', () => {
    const p = present(
      buildAnswer('q', 'figure_topic', {
        found: true,
        summary: 'an unnamed German-language outlet reports 140 kilometers.',
      }),
    );
    expect(plainLine(p.lead)).toBe('An unnamed German-language outlet reports 140 kilometers.');
  });
});

describe('the best wording and who carried it', () => {
  it('picks the wording with the most words asked about, the shortest of those, and its outlets', () => {
    const wanted = contentWords('Who said the Russians fled like Olympic sprinters?');
    expect(bestWording(kuzyk(), wanted)).toEqual({ text: 'They fled like Olympic sprinters', outlets: ['Insider'] });
  });

  it('cuts a long wording around the sentence that was asked about', () => {
    const long = `${'Nothing to see here at all. '.repeat(20)}They fled like Olympic sprinters. ${'More filler text follows. '.repeat(20)}`;
    const w = bestWording(
      kuzyk({ entries: [entry('Insider', long)] }),
      contentWords('fled like Olympic sprinters'),
      120,
    );
    expect(w.text.length).toBeLessThanOrEqual(124);
    expect(w.text).toContain('They fled like Olympic sprinters.');
    expect(w.text.startsWith('…')).toBe(true);
  });

  it('carries every outlet in one line, saying briefly which left the speaker unnamed', () => {
    const p = present(buildAnswer('Who said they fled?', 'who_said', { found: true, summary: 'x', quotes: [kuzyk()] }));
    expect(plainLine(p.carriedBy!)).toBe(
      'Carried by 3 outlets: Insider, Daily Star (as “One Ukrainian commander”), BeyondNews.',
    );
  });
});

describe('what a person said', () => {
  const reportedOnce: QuoteView = {
    speaker: 'Ada Quill',
    sources: [],
    entries: [{ ...entry('Valley Times', 'the ferry would run again by spring'), kind: 'indirect' }],
  };

  it('marks a lone report as reported once, never "Reported: reported:"', () => {
    const lead = plainLine(present(buildAnswer('What did Quill say?', 'what_said', { found: true, summary: 'x', quotes: [reportedOnce] })).lead);
    expect(lead).toBe('Ada Quill is reported once, by 1 outlet. Reported: the ferry would run again by spring (Valley Times).');
  });

  it('says "are" of a group described in the plural', () => {
    const lead = plainLine(
      present(buildAnswer('What did residents say?', 'what_said', { found: true, summary: 'x', quotes: [{ ...reportedOnce, speaker: 'Residents', plural: true }] })).lead,
    );
    expect(lead).toMatch(/^Residents are reported once, by 1 outlet\./);
  });

  it('names everyone a role fits and credits each wording to its own speaker, never one person with another\'s words', () => {
    const chief = (speaker: string, outlet: string, text: string): QuoteView => ({ speaker, role: 'Chief executive', sources: [], entries: [entry(outlet, text)] });
    const answer = buildAnswer('What did the chief executive say?', 'what_said', {
      found: true,
      summary: 'x',
      quotes: [chief('Ann Lowry', 'Valley Times', 'We let people down'), chief('Ben Okafor', 'Harbour Post', 'The cuts were needed')],
    });
    const lead = plainLine(present(answer).lead);
    expect(lead).toMatch(/^2 people fit that: Ann Lowry \(Chief executive\) and Ben Okafor \(Chief executive\)/);
    expect(lead).toContain('“We let people down” — Ann Lowry (Valley Times)');
    expect(lead).toContain('“The cuts were needed” — Ben Okafor (Harbour Post)');
    expect(lead).not.toMatch(/^Ann Lowry \(Chief executive\) is quoted/);
  });

  it('keeps a group\'s lead when one named member is among them, and gives the member\'s words her name', () => {
    const group: QuoteView = { speaker: 'Fire officers', plural: true, sources: [], entries: [entry('Valley Times', 'The roof fell in')] };
    const chief: QuoteView = { speaker: 'Dana Roe', role: 'Chief fire officer', sources: [], entries: [entry('Harbour Post', 'It was the worst fire in years')] };
    const lead = plainLine(present(buildAnswer('What did fire officers say?', 'what_said', { found: true, summary: 'x', quotes: [group, chief] })).lead);
    expect(lead).toMatch(/^Fire officers are quoted twice/);
    expect(lead).toContain('“It was the worst fire in years” — Dana Roe (Harbour Post)');
    expect(lead).toContain('“The roof fell in” (Valley Times)');
  });
});

describe('the sources', () => {
  it('shows at most three, each sentence once, none the answer already shows, one per outlet first', () => {
    const citations = [
      cite('A', 'The answer sentence itself.'),
      cite('A', 'First other sentence.'),
      cite('B', 'First other sentence.'),
      cite('A', 'Second from A.'),
      cite('C', 'From C.'),
      cite('D', 'From D.'),
    ];
    const p = present(buildAnswer('q', 'search', { found: true, summary: 'The answer sentence itself.', citations }));
    expect(p.sources.map((s) => `${s.outlet}: ${s.excerpt}`)).toEqual([
      'A: First other sentence.',
      'C: From C.',
      'D: From D.',
    ]);
    expect(p.more).toContain('sources');
  });
});

describe('views and the chart', () => {
  it('offers a chart for a comparison only, naming its topic', () => {
    const comparison = { topic: 'territory', rows: [], verdict: 'v', agree: false };
    expect(present(buildAnswer('q', 'compare', { found: true, summary: 's', comparison })).chart).toEqual({
      kind: 'comparison',
      topic: 'territory',
    });
    expect(
      present(buildAnswer('q', 'who_said', { found: true, summary: 's', quotes: [kuzyk()] })).chart,
    ).toBeUndefined();
  });

  it('offers next questions about what was found, never the question just asked', () => {
    const p = present(buildAnswer('Who is Petro Kuzyk?', 'who_said', { found: true, summary: 's', quotes: [kuzyk()] }));
    expect(p.suggestions).toEqual(
      expect.arrayContaining(['What did Petro Kuzyk say?', 'Which outlets quoted Petro Kuzyk?']),
    );
    expect(p.suggestions).not.toContain('Who is Petro Kuzyk?');
  });
});

describe('length', () => {
  it("keeps any answer's default text within 900 characters on every surface, found or not", () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 1200 });
    fc.assert(
      fc.property(
        fc.constantFrom('who_said', 'what_said', 'search', 'compare', 'figure_topic' as const),
        fc.boolean(),
        text,
        fc.array(fc.record({ outlet: text, text, speaker: fc.option(text, { nil: undefined }) }), { maxLength: 12 }),
        fc.array(fc.record({ outlet: text, excerpt: text }), { maxLength: 20 }),
        fc.array(fc.string({ maxLength: 80 }), { maxLength: 5 }),
        (intent, found, summary, quotes, citations, suggestions) => {
          const a = buildAnswer('q', intent, {
            found,
            summary,
            quotes: quotes.map((q) => ({ speaker: q.speaker, sources: [], entries: [entry(q.outlet, q.text)] })),
            citations: citations.map((c, i) => ({ articleId: `${i}`, headline: 'h', ...c })),
            suggestions,
          });
          expect(plainSections(present(a)).join('\n').length).toBeLessThanOrEqual(900);
          expect(renderText(a).length).toBeLessThanOrEqual(900);
          expect(
            blockTexts(slackAnswer(a).blocks)
              .join('\n')
              .replace(/&(?:amp|lt|gt);/g, '&').length,
          ).toBeLessThanOrEqual(900);
          const e = discordAnswer(a).embeds![0];
          expect(
            [e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n').length,
          ).toBeLessThanOrEqual(900);
        },
      ),
      { numRuns: 200 },
    );
  });
});
