// Questions in a reader's own words over an invented story told by two outlets, plus a second story loaded beside it:
// "do the outlets agree on the number of cancelled sailings" compares each outlet's count of sailings, not every
// percentage in the story; "the union" is also the body a sentence introduces as "the union that represents…";
// and a regulator the minister only "asked" to investigate has said nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'outlets-bodies-'));
const article = (outlet: string, headline: string, paragraphs: string[]) =>
  ['---', `outlet: ${outlet}`, `headline: ${JSON.stringify(headline)}`, 'published: 2025-03-04', '---', headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
writeFileSync(
  join(dir, 'wire.md'),
  article('Fennick Wire', 'Brisa Ferries cancels 420 sailings after engine fault', [
    'Brisa Ferries cancelled about 420 sailings on Monday and Tuesday after an engine fault on its two largest ships, stranding thousands of travellers.',
    'About 30% of its sailings on Tuesday were cancelled, harbour data showed. Brisa shares fell 5.1% in early trading.',
    'Harbour minister Odile Prentiss-Vane said she had asked the maritime regulator to investigate and that travellers "must be refunded in full".',
    'The seafarers\' union, the Deckhands Alliance, said the fault had left some crews working double shifts.',
  ]),
);
writeFileSync(
  join(dir, 'post.md'),
  article('The Marrow Post', 'Stranded at the quay: Brisa chaos hits half-term families', [
    'Families slept in the terminal at Marrow Quay as Brisa Ferries cancelled more than 500 sailings over two days.',
    'Fares for spring sailings rose by 12% last year, and 8% of sailings were cancelled in March.',
  ]),
);
writeFileSync(
  join(dir, 'mill.md'),
  article('Corrow Business Daily', 'Tallis Mills to shut its Orford plant', [
    'Tallis Mills will close its Orford plant, the company said on Wednesday.',
    'The union that represents about 300 Tallis workers, the Loom and Yarn Guild, called the closure "a disgrace" and said the company had spent $40 million on dividends last year.',
  ]),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('rule "each outlet\'s own figure"', () => {
  it('compares each outlet\'s count of the thing asked, not every percentage in the story', () => {
    const a = bot.ask('do the outlets agree on the number of cancelled sailings');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('about 420 sailings');
    expect(a.answer).toContain('more than 500 sailings');
    expect(a.answer).not.toContain('5.1%');
    expect(a.answer).not.toContain('12%');
    expect(new Set(a.citations.map((c) => c.outlet))).toEqual(new Set(['Fennick Wire', 'The Marrow Post']));
  });
});

describe('rule "a body introduced by what it does"', () => {
  it('finds "the union" a sentence opens with before naming it, beside another story\'s union', () => {
    const a = bot.ask('what does the union say about the dividends');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('$40 million');
    expect(a.citations.map((c) => c.outlet)).toContain('Corrow Business Daily');
  });
});

describe('rule "the one addressed is not the speaker"', () => {
  it('does not answer what the regulator said with the minister asking it to investigate', () => {
    expect(bot.ask('what did the maritime regulator say').found).toBe(false);
  });

  it('still answers what the minister said', () => {
    const a = bot.ask('what did the harbour minister say');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('refunded in full');
  });
});
