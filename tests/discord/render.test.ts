import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMBED_LIMITS, embedLimitViolations, truncate } from '../../adapters/discord/embed-limits.js';
import { renderAnswer, renderCooldown, renderError } from '../../adapters/discord/render.js';
import { APOLOGY, slowDown } from '../../adapters/messages.js';
import { commands } from '../../commands/index.js';
import { ComponentType, type APIEmbed } from 'discord.js';
import { messageProblems } from '../fakes/discord/index.js';
import { answer, citation, figure, overlongAnswer, quote } from './fixtures.js';
import type { Answer } from '../../src/index.js';

const embedOf = (a: Answer): APIEmbed => renderAnswer(a).embeds![0];
/** The text of an embed a person reads, the question (its title) aside. */
const embedText = (e: APIEmbed) =>
  [e.description ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text ?? ''].join('\n');

describe('rendering an Answer as a Discord embed', () => {
  it('shows the answer first, under the question, with no footer when nothing was left out', () => {
    const embed = embedOf(
      answer({ summary: 'Petro Kuzyk said it.', details: ['Insider carried it.'] }, 'search', 'Who said it?'),
    );
    expect(embed.title).toBe('Who said it?');
    expect(embed.description!.split('\n')[0]).toBe('Petro Kuzyk said it.');
    expect(embed.footer).toBeUndefined();
  });

  it('cites at most three sources, each as its outlet over its sentence, the same sentence never twice', () => {
    const same = citation(2, { outlet: 'Outlet 9', excerpt: citation(1).excerpt });
    const cites = [citation(1), same, citation(3, { url: 'https://example.com/3' }), citation(4), citation(5)];
    const embed = embedOf(answer({ quotes: [quote(1)], citations: cites }));
    const fields = embed.fields!;
    expect(fields.length).toBeLessThanOrEqual(3);
    const values = fields.map((f) => f.value);
    expect(new Set(values.map((v) => v.split('\n')[0])).size).toBe(values.length);
    expect(values.filter((v) => v.includes('Sentence 1'))).toHaveLength(1);
    const third = fields.find((f) => f.name === 'Outlet 3');
    if (third) expect(third.value).toBe(`> ${cites[2].excerpt}\nhttps://example.com/3`);
  });

  it('leads a who-said answer with the speaker, their role and whom they told, then the wording and who carried it', () => {
    const embed = embedOf(answer({ quotes: [quote(7)] }, 'who_said', 'Who said they fled like Olympic sprinters?'));
    const [lead, wording, carried] = embed.description!.split('\n');
    expect(lead).toBe('**Speaker 7**, a commander, said it to the *Financial Times*.');
    expect(wording).toBe('> “They fled like Olympic sprinters, number 7” — Insider, Daily Star');
    expect(carried).toBe('Carried by 2 outlets: Insider, Daily Star.');
  });

  it('says plainly when no outlet names the speaker, and how an outlet described them', () => {
    const unnamed = quote(1, {
      speaker: undefined,
      role: undefined,
      sources: [],
      entries: [
        { quoteId: 'q', articleId: 'a', outlet: 'Insider', text: 'They fled', speakerAsWritten: 'a hotel owner' },
      ],
    });
    const lead = embedOf(answer({ quotes: [unnamed] }, 'who_said', 'Who said they fled?')).description!.split('\n')[0];
    expect(lead).toBe('No outlet names the speaker; *Insider* credits it to **“a hotel owner”**.');
  });

  it("leads a comparison with each outlet's figure, marks a conversion that does not hold, and offers a chart", () => {
    const rows = [
      { articleId: '1', outlet: 'Outlet 1', figures: [figure(6, { outlet: 'Outlet 1' })] },
      {
        articleId: '2',
        outlet: 'Outlet 2',
        figures: [figure(9, { outlet: 'Outlet 2', warning: '900 sq mi is not 1,000 km²' })],
      },
    ];
    const message = renderAnswer(
      answer(
        {
          comparison: { topic: 'territory', rows, verdict: 'They differ.', agree: false },
          figures: rows.flatMap((r) => r.figures),
        },
        'compare',
        'Do they agree?',
      ),
    );
    const description = message.embeds![0].description!;
    expect(description.split('\n')[0]).toBe(
      '2 outlets give figures on territory, and they do not agree: **Outlet 1** more than 600 square miles and **Outlet 2** more than 900 square miles.',
    );
    expect(description).toContain('⚠ Outlet 2: more than 900 square miles: 900 sq mi is not 1,000 km²');
    expect(message.chart).toEqual({ kind: 'comparison', topic: 'territory' });
  });

  it('keeps an over-long answer to a short default inside every limit, with the rest a button away', () => {
    const message = renderAnswer(overlongAnswer());
    const embed = message.embeds![0];
    expect(embedLimitViolations(embed)).toEqual([]);
    expect(embed.title!.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(embedText(embed).length).toBeLessThanOrEqual(900);
    const labels = message.components!.flatMap((r) => r.components).map((c) => ('label' in c ? c.label : undefined));
    expect(labels).toContain('All sources');
    expect(labels).toContain('All versions');
    expect(labels).toContain('Other figures');
  });

  it('puts 👍 and 👎 under every answer, and a menu of next questions, all ids within 100 characters', () => {
    const message = renderAnswer(
      answer({ quotes: [quote(1, { speaker: 'Petro Kuzyk' })] }, 'who_said', 'W'.repeat(300)),
    );
    const components = message.components!.flatMap((r) => r.components);
    const emoji = components.map((c) => ('emoji' in c ? c.emoji?.name : undefined)).filter(Boolean);
    expect(emoji).toEqual(['👍', '👎']);
    for (const c of components) if ('custom_id' in c) expect(c.custom_id.length).toBeLessThanOrEqual(100);
    const menu = components.find((c) => c.type === ComponentType.StringSelect);
    expect(menu && 'options' in menu ? menu.options.map((o) => o.value) : []).toContain('What did Petro Kuzyk say?');
  });

  it('turns "not in the story" into a friendly pointer to what can be asked, without citations', () => {
    const embed = embedOf(
      answer({
        found: false,
        summary: 'The story does not say.',
        suggestions: ['Who said they fled like Olympic sprinters?'],
        citations: [citation(1)],
      }),
    );
    expect(embed.description).toContain('The story does not say.');
    expect(embed.description).toContain('• Who said they fled like Olympic sprinters?');
    expect(embed.description).toContain('/help');
    expect(embed.fields).toBeUndefined();
  });

  it('lists every command of the table in help', () => {
    const embed = embedOf(answer({ found: false, summary: 'Ask me about the story.' }, 'help', ''));
    for (const c of commands) expect(embed.description).toContain(`**/${c.name}**`);
  });

  it('stays inside the embed and component limits for any answer (as the fake Discord checks them)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 1500 });
    const arbitraryAnswer = fc.record({
      found: fc.boolean(),
      summary: text,
      details: fc.array(text, { maxLength: 30 }),
      quotes: fc.array(fc.record({ speaker: fc.option(text, { nil: undefined }), text, outlet: text }), {
        maxLength: 30,
      }),
      citations: fc.array(fc.record({ outlet: text, headline: text, excerpt: text }), { maxLength: 40 }),
      suggestions: fc.array(text, { maxLength: 10 }),
    });
    fc.assert(
      fc.property(arbitraryAnswer, text, (a, question) => {
        const message = renderAnswer(
          answer(
            {
              ...a,
              quotes: a.quotes.map((q, i) =>
                quote(i, {
                  speaker: q.speaker,
                  entries: [{ quoteId: 'q', articleId: 'a', outlet: q.outlet, text: q.text }],
                }),
              ),
              citations: a.citations.map((c, i) => citation(i, c)),
            },
            'search',
            question,
          ),
        );
        expect(embedLimitViolations(message.embeds![0])).toEqual([]);
        expect(messageProblems(message)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('truncate', () => {
  it('keeps text that fits and ends cut text with an ellipsis at a word boundary', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('the quick brown fox jumps', 20)).toBe('the quick brown fox…');
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('😀'.repeat(10), 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe('😀😀…');
  });
});

describe('what the embed says besides the answer', () => {
  it('names the source a quote was told to once', () => {
    const told = quote(3, { sources: ['Financial Times'] });
    const description = embedOf(answer({ quotes: [told] }, 'who_said', 'Who said it?')).description!;
    expect(description.match(/Financial Times/g)).toHaveLength(1);
  });

  it('shows usage in help as Slack and deploy-commands do: <required> and [optional] options', () => {
    const embed = embedOf(answer({ found: false, summary: 'Ask me about the story.' }, 'help', ''));
    expect(embed.description).toContain('**/compare** <topic> — ');
    expect(embed.description).toContain('**/figures** [topic] [outlet] — ');
    expect(embed.description).toContain('**/outlets** — ');
  });

  it('words the slow-down note and the apology exactly as the Slack adapter does', () => {
    expect(renderCooldown(9_200).content).toBe(slowDown(9_200));
    expect(renderCooldown(9_200).content).toMatch(/Please wait 10 seconds/);
    expect(renderCooldown(400).content).toMatch(/Please wait 1 second /);
    expect(renderError().content).toBe(APOLOGY);
  });
});
