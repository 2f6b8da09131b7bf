import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMBED_LIMITS, embedLimitViolations, truncate } from '../../adapters/discord/embed-limits.js';
import { renderAnswer, renderCooldown, renderError } from '../../adapters/discord/render.js';
import { APOLOGY, slowDown } from '../../adapters/messages.js';
import { commands } from '../../commands/index.js';
import type { APIEmbed } from 'discord.js';
import { answer, citation, figure, overlongAnswer, quote } from './fixtures.js';
import type { Answer } from '../../src/index.js';

const embedOf = (a: Answer): APIEmbed => renderAnswer(a).embeds![0];

describe('rendering an Answer as a Discord embed', () => {
  it('shows the summary, then the details, under the question', () => {
    const embed = embedOf(
      answer({ summary: 'Petro Kuzyk said it.', details: ['Insider carried it.'] }, 'who_said', 'Who said it?'),
    );
    expect(embed.title).toBe('Who said it?');
    expect(embed.description).toBe('Petro Kuzyk said it.\n• Insider carried it.');
    expect(embed.footer).toBeUndefined();
  });

  it('cites each source as "outlet · headline" over its sentence, after the answer parts', () => {
    const cites = [citation(1), citation(2, { url: 'https://example.com/2' })];
    const embed = embedOf(answer({ quotes: [quote(1)], citations: cites }));
    const fields = embed.fields!;
    expect(fields.slice(-2).map((f) => f.name)).toEqual([
      'Outlet 1 · Headline number 1 about the counter-offensive',
      'Outlet 2 · Headline number 2 about the counter-offensive',
    ]);
    expect(fields.at(-2)!.value).toBe(`> ${cites[0].excerpt}`);
    expect(fields.at(-1)!.value).toBe(`> ${cites[1].excerpt}\nhttps://example.com/2`);
  });

  it('shows each quote with its speaker and the outlets that carried each wording', () => {
    const field = embedOf(answer({ quotes: [quote(7, { linkNote: 'Daily Star says only "one commander".' })] }))
      .fields![0];
    expect(field.name).toBe('Speaker 7, a commander');
    expect(field.value).toContain(
      '> “They fled like Olympic sprinters, number 7”\n— Insider (told to the Financial Times), Daily Star',
    );
    expect(field.value).toContain('Source: Financial Times');
    expect(field.value).toContain('Daily Star says only "one commander".');
  });

  it('names an unattributed quote as such', () => {
    expect(embedOf(answer({ quotes: [quote(1, { speaker: undefined })] })).fields![0].name).toBe('Unattributed quote');
  });

  it('lists figures with outlet, measure, claimant, normalized value and any warning', () => {
    const value = embedOf(answer({ figures: [figure(6, { warning: '600 sq mi is not 1,000 km²' })] })).fields![0].value;
    expect(value).toBe(
      '**Outlet 6**: more than 600 square miles — territory liberated (per Volodymyr Zelenskyy) · ≈ 1554 km² ⚠ 600 sq mi is not 1,000 km²',
    );
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

  it('trims an over-long answer inside every limit and says more exists', () => {
    const embed = embedOf(overlongAnswer());
    expect(embedLimitViolations(embed)).toEqual([]);
    expect(embed.title!.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(embed.footer?.text).toMatch(/more items? not shown.*narrower question/);
    // The answer's sources survive the trimming.
    expect(embed.fields!.some((f) => f.name.startsWith('Outlet 1 · '))).toBe(true);
  });

  it('stays inside the limits for any answer', () => {
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
        const embed = embedOf(
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
        expect(embedLimitViolations(embed)).toEqual([]);
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
  it('names the source a quote was told to once, not again under the outlets that credited it', () => {
    const told = quote(3, { sources: ['the Financial Times'] });
    const value = embedOf(answer({ quotes: [told] })).fields![0].value;
    expect(value).toContain('— Insider (told to the Financial Times), Daily Star');
    expect(value.match(/Financial Times/g)).toHaveLength(1);
  });

  it('shows usage in help as Slack and deploy-commands do: <required> and [optional] options', () => {
    const embed = embedOf(answer({ found: false, summary: 'Ask me about the story.' }, 'help', ''));
    expect(embed.description).toContain('**/figures** <topic> [outlet] — ');
    expect(embed.description).toContain('**/outlets** — ');
  });

  it('words the slow-down note and the apology exactly as the Slack adapter does', () => {
    expect(renderCooldown(9_200).content).toBe(slowDown(9_200));
    expect(renderCooldown(9_200).content).toMatch(/Please wait 10 seconds/);
    expect(renderCooldown(400).content).toMatch(/Please wait 1 second /);
    expect(renderError().content).toBe(APOLOGY);
  });
});
