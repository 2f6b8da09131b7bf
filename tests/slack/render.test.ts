import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockProblems } from '../fakes/slack/index.js';
import { renderAnswer, renderHelp, SLACK_LIMITS } from '../../adapters/slack/index.js';
import { renderView } from '../../adapters/slack/render.js';
import { chunkMrkdwn, escapeMrkdwn, plainFromSlack } from '../../adapters/slack/mrkdwn.js';
import { commands } from '../../commands/index.js';
import { buildAnswer, type Citation, type QuoteView } from '../../src/index.js';
import { blockTexts } from './harness.js';

function citation(i: number, over: Partial<Citation> = {}): Citation {
  return {
    articleId: `a${i}`,
    outlet: `Outlet ${i}`,
    headline: `Headline ${i}`,
    excerpt: `Excerpt number ${i}.`,
    ...over,
  };
}

function quote(over: Partial<QuoteView> = {}): QuoteView {
  return {
    speaker: 'Petro Kuzyk',
    role: "a commander in Ukraine's National Guard",
    sources: ['Financial Times'],
    entries: [
      { quoteId: 'q1', articleId: 'a1', outlet: 'Insider', text: 'They fled like Olympic sprinters' },
      { quoteId: 'q1', articleId: 'a2', outlet: 'The Sun', text: 'They fled like Olympic sprinters' },
    ],
    ...over,
  };
}

describe('renderAnswer', () => {
  it('shows the answer first, then the wording, who carried it, one context block per source, then the buttons', () => {
    const answer = buildAnswer('who said they fled like Olympic sprinters?', 'who_said', {
      found: true,
      summary: 'Petro Kuzyk said it.',
      quotes: [quote()],
      citations: [citation(1), citation(2)],
    });
    const { blocks, text } = renderAnswer(answer);
    expect(blocks[0]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: "*Petro Kuzyk*, a commander in Ukraine's National Guard, said it to the _Financial Times_.\n>“They fled like Olympic sprinters” — Insider, The Sun",
      },
    });
    expect(blockTexts([blocks[1]])).toEqual(['Carried by 2 outlets: Insider, The Sun.']);
    expect(blocks.slice(2, 4).map((b) => b.type)).toEqual(['context', 'context']);
    expect(blocks.at(-1)!.type).toBe('actions');
    expect(text).toContain('Petro Kuzyk');
    expect(text).toContain('Sources: Outlet 1, Outlet 2');
  });

  it('escapes & < > in every piece of corpus text, and links only plain http(s) URLs', () => {
    const answer = buildAnswer('q', 'search', {
      found: true,
      summary: 'A <!channel> & <@U123> moment',
      quotes: [
        quote({
          speaker: '<!everyone>',
          entries: [{ quoteId: 'q', articleId: 'a', outlet: 'A&B', text: '<b>hi</b>' }],
        }),
      ],
      citations: [
        citation(1, { outlet: 'X<Y', url: 'https://example.com/a' }),
        citation(2, { url: 'javascript:<!here>' }),
      ],
    });
    const all = JSON.stringify(renderAnswer(answer));
    expect(all).not.toMatch(/<!|<@|<b>/);
    expect(all).toContain('A &lt;!channel&gt; &amp; &lt;@U123&gt; moment');
    expect(all).toContain('<https://example.com/a|*X&lt;Y*>');
  });

  it('keeps a huge answer to a short default, with the rest behind buttons', () => {
    const details = Array.from({ length: 200 }, (_, i) => `${'detail '.repeat(60)}${i}`);
    const citations = Array.from({ length: 30 }, (_, i) => citation(i));
    const summary = Array.from({ length: 800 }, (_, i) => `word${i} &`).join(' ');
    const { blocks } = renderAnswer(buildAnswer('q', 'search', { found: true, summary, details, citations }));
    // What a person sees: entities show as one character.
    const shown = blockTexts(blocks.filter((b) => b.type !== 'actions'))
      .join('\n')
      .replace(/&(?:amp|lt|gt);/g, '&');
    expect(shown.length).toBeLessThanOrEqual(900);
    const actions = blocks.at(-1) as { type: string; elements: { text?: { text: string } }[] };
    expect(actions.elements.map((e) => e.text?.text)).toContain('All sources');
  });

  it('shows every source in the "All sources" view, within 50 blocks of at most 3000 characters', () => {
    const citations = Array.from({ length: 60 }, (_, i) =>
      citation(i, { excerpt: `Excerpt ${i}: ${'long text '.repeat(30)}` }),
    );
    const { blocks } = renderView(buildAnswer('q', 'search', { found: true, summary: 'Many.', citations }), 'sources');
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    const texts = blockTexts(blocks);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionChars);
    for (const c of citations) expect(texts.join('\n')).toContain(`*${c.outlet}*`);
    for (const b of blocks)
      if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
  });

  it('splits a long view into sections of at most 3000 characters, losing no wording', () => {
    const entries = Array.from({ length: 120 }, (_, i) => ({
      quoteId: 'q',
      articleId: `a${i}`,
      outlet: `Outlet ${i}`,
      text: `wording ${i} & more`,
    }));
    const { blocks } = renderView(
      buildAnswer('q', 'who_said', { found: true, summary: 'S', quotes: [quote({ entries })] }),
      'versions',
    );
    const sections = blockTexts(blocks.filter((b) => b.type === 'section'));
    expect(sections.length).toBeGreaterThan(1);
    for (const t of sections) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionChars);
    for (const e of entries) expect(sections.join('\n')).toContain(`“${escapeMrkdwn(e.text)}”`);
  });

  it("shows a search answer's best passage first and its other passages as sources, none repeated", () => {
    const citations = [citation(1, { excerpt: 'S' }), citation(2), citation(2, { outlet: 'Outlet 3' })];
    const { blocks } = renderAnswer(buildAnswer('q', 'search', { found: true, summary: 'S', citations }));
    const texts = blockTexts(blocks.filter((b) => b.type !== 'actions'));
    expect(texts[0]).toBe('S');
    expect(texts.filter((t) => t.includes('Excerpt number 2.'))).toHaveLength(1);
  });

  it('shortens a long citation excerpt at a word boundary, never inside a word or an emoji', () => {
    const cited = (excerpt: string) =>
      blockTexts(
        renderAnswer(buildAnswer('q', 'search', { found: true, summary: 'S', citations: [citation(1, { excerpt })] }))
          .blocks,
      ).find((t) => t.includes('*Outlet 1*'))!;
    const words = cited('abcdefgh '.repeat(60));
    expect(words).toMatch(/ abcdefgh…”$/);
    expect(words.length).toBeLessThan(SLACK_LIMITS.excerptChars + 60);
    const emoji = cited('😀'.repeat(300));
    expect(emoji).toMatch(/😀…”$/);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('offers the suggestions of a not-found answer', () => {
    const { blocks } = renderAnswer(
      buildAnswer('q', 'search', { found: false, summary: 'The story does not say.', suggestions: ['Who said it?'] }),
    );
    expect(blockTexts(blocks.filter((b) => b.type === 'context')).at(-1)).toContain('“Who said it?”');
  });
});

describe('any answer', () => {
  it('renders blocks Slack accepts (as the fake Slack checks them), whatever the text and the question', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 1500 });
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(fc.record({ outlet: text, text, speaker: fc.option(text, { nil: undefined }) }), { maxLength: 20 }),
        fc.array(fc.record({ outlet: text, headline: text, excerpt: text }), { maxLength: 30 }),
        fc.array(text, { maxLength: 10 }),
        (question, summary, quotes, citations, suggestions) => {
          const a = buildAnswer(question, 'who_said', {
            found: suggestions.length % 2 === 0,
            summary,
            quotes: quotes.map((q) =>
              quote({
                speaker: q.speaker,
                entries: [{ quoteId: 'q', articleId: 'a', outlet: q.outlet, text: q.text }],
              }),
            ),
            citations: citations.map((c, i) => citation(i, c)),
            suggestions,
          });
          expect(blockProblems(renderAnswer(a).blocks)).toEqual([]);
          for (const view of ['versions', 'sources', 'figures'] as const)
            expect(blockProblems(renderView(a, view).blocks)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('renderHelp', () => {
  it('lists every command of the shared table as /story usage', () => {
    const help = renderHelp(buildAnswer('', 'help', { found: false, summary: 'Ask me.' }), commands);
    const text = blockTexts(help.blocks).join('\n');
    expect(text).toContain('/story compare &lt;topic&gt;');
    expect(text).toContain('/story figures [topic] [outlet]');
    for (const c of commands) expect(text).toContain(`/story ${c.name}`);
  });
});

describe('mrkdwn helpers', () => {
  it('never splits an entity', () => {
    const text = escapeMrkdwn('&'.repeat(1000));
    for (const piece of chunkMrkdwn(text, 3000)) expect(piece).toMatch(/^(&amp;)+$/);
  });

  it('reads a Slack message back as plain text, without the bot mention', () => {
    expect(plainFromSlack('<@U0BOT> who said &lt;this&gt; &amp; <https://x.y|that>?', 'U0BOT')).toBe(
      'who said <this> & that?',
    );
  });
});
