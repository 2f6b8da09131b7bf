// "Who said cocoa had doubled?": the answer says whom the words were for where the outlet says it ("said it to
// reporters"), as it says the original source ("said it to the Financial Times"), over an invented story.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { present, StoryBot } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'said-to-'));
writeFileSync(
  join(dir, 'wire.md'),
  [
    '---', 'outlet: Coastline Wire', 'headline: Biscuit maker cuts forecast', 'published: 2025-03-14', '---',
    '"This has been a hard year," Chief Executive Ada Voss told reporters on a call. "Cocoa has more than doubled in price."', '',
    'Finance Director Oren Pike told the Ledger that the balance sheet was "robust".', '',
    'Speaking to analysts afterwards, Voss said the company had hedged most of its cocoa for next year.', '',
    '"We will not cut the dividend," Pike said.', '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('whom the words were said to', () => {
  it('names the listener the outlet gives, for a quotation that carries on the words told', () => {
    const a = bot.ask('who said cocoa has more than doubled in price');
    expect(a.summary).toMatch(/^Ada Voss \(Chief Executive\) said it, to reporters\./);
    // the chat lead reads the same way
    expect(present(a).lead.map((s) => s.text).join('')).toBe('Ada Voss (Chief Executive) said it to reporters.');
  });

  it('names the listener of reported speech too', () => {
    expect(bot.ask('who said the company had hedged most of its cocoa').summary).toMatch(/not a direct quote\), to analysts\./);
  });

  it('gives an outlet told as the original source, and no listener where the text names none', () => {
    expect(bot.ask('who said the balance sheet was robust').summary).toMatch(/Oren Pike \(Finance Director\) said it, originally to Ledger\./);
    expect(bot.ask('who said they will not cut the dividend').summary).toMatch(/^Oren Pike \(Finance Director\) said it\. Carried/);
  });
});
