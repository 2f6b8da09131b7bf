import { describe, expect, it } from 'vitest';
import { renderAnswer, renderHelp, SLACK_LIMITS } from '../../adapters/slack/index.js';
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
  it('shows the summary, then quotes with speaker and outlets, then one context block per citation', () => {
    const answer = buildAnswer('who said it?', 'who_said', {
      found: true,
      summary: 'Petro Kuzyk said it.',
      quotes: [quote()],
      citations: [citation(1), citation(2)],
    });
    const { blocks, text } = renderAnswer(answer);
    expect(blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Petro Kuzyk said it.' } });
    const quoteText = blockTexts([blocks[1]])[0];
    expect(quoteText).toContain('*Petro Kuzyk*');
    expect(quoteText).toContain('told to Financial Times');
    expect(quoteText).toContain('“They fled like Olympic sprinters” — Insider, The Sun');
    expect(blocks.slice(-2).map((b) => b.type)).toEqual(['context', 'context']);
    expect(text).toContain('Petro Kuzyk said it.');
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

  it('splits a long answer into sections of at most 3000 characters, losing nothing', () => {
    const summary = Array.from({ length: 800 }, (_, i) => `word${i} &`).join(' ');
    const { blocks } = renderAnswer(buildAnswer('q', 'search', { found: true, summary, citations: [citation(1)] }));
    const sections = blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    for (const text of blockTexts(sections)) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionChars);
    expect(blockTexts(sections).join(' ').replace(/\s+/g, ' ')).toBe(escapeMrkdwn(summary));
  });

  it('stays within 50 blocks and keeps every citation when the answer is huge', () => {
    const details = Array.from({ length: 200 }, (_, i) => `${'detail '.repeat(60)}${i}`);
    const citations = Array.from({ length: 30 }, (_, i) => citation(i));
    const { blocks } = renderAnswer(buildAnswer('q', 'search', { found: true, summary: 'Many.', details, citations }));
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    const cited = blockTexts(blocks.filter((b) => b.type === 'context')).join('\n');
    for (const c of citations) expect(cited).toContain(`*${c.outlet}*`);
    for (const b of blocks)
      if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
  });

  it('renders details when the answer has no quotes, figures or outlets to show', () => {
    const { blocks } = renderAnswer(buildAnswer('q', 'search', { found: true, summary: 'S', details: ['one', 'two'] }));
    expect(blockTexts(blocks)).toContain('one\ntwo');
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
    expect(blockTexts(blocks).at(-1)).toContain('“Who said it?”');
  });
});

describe('renderHelp', () => {
  it('lists every command of the shared table as /story usage', () => {
    const help = renderHelp(buildAnswer('', 'help', { found: false, summary: 'Ask me.' }), commands);
    const text = blockTexts(help.blocks).join('\n');
    expect(text).toContain('/story figures &lt;topic&gt; [outlet]');
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
