// "Which outlet quotes the most people?", "which paper has the most sources?", "who covered this most?": the outlets
// ranked by whom they let speak (a named person once however often they speak, a described speaker once), by their
// statements, or by how much they carried. Over an invented story of a bridge closure told by three outlets.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { present, StoryBot } from '../../src/index.js';

function corpus(files: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ranking-'));
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), lines.join('\n'));
  return dir;
}

const bot = StoryBot.open({
  cacheDir: false,
  corpusDir: corpus({
    'river-post.md': [
      '---', 'outlet: River Post', 'headline: Old bridge shut after cracks found', '---',
      'The Tarrow bridge was shut on Monday after engineers found cracks in two of its piers.', '',
      '"We could not take the risk," said Ilse Brandt, the county engineer.', '',
      'Brandt said the bridge would stay closed for at least a month.', '',
      '"My shop is on the far side and nobody can reach it," said Owen Marsh, a baker.', '',
      'A spokesman for the bus company said routes would be diverted.', '',
      'Police said traffic had backed up for two miles.', '',
    ],
    'valley-times.md': [
      '---', 'outlet: Valley Times', 'headline: Drivers face long detours as Tarrow bridge closes', '---',
      'Detours of up to twenty miles were set up on Monday after the Tarrow bridge was closed.', '',
      '"We could not take the risk," county engineer Ilse Brandt said.', '',
      'Brandt added that repairs could cost £2 million.', '',
    ],
    'county-herald.md': [
      '---', 'outlet: County Herald', 'headline: Tarrow bridge closed', '---',
      'The county closed the Tarrow bridge on Monday after an inspection found damage to its piers and its deck.', '',
      'Engineers had warned about the bridge for years, and the county had put off repairs twice to save money.', '',
      'The bridge carries about 9,000 vehicles a day and is the only crossing of the river for eleven miles.', '',
      'Councillors will meet on Thursday to decide how the work will be paid for and how long it may take.', '',
      '"Nobody should be surprised by this," said Rhys Vale, who leads the opposition on the council.', '',
    ],
  }),
});

describe('which outlet quotes the most people', () => {
  it.each(['Which outlet quotes the most people?', 'which paper has the most sources', 'which newspaper interviewed the most people?', 'who quoted the most sources'])(
    '%j ranks the outlets by the speakers they quote',
    (q) => {
      const a = bot.ask(q);
      expect(a.intent, q).toBe('outlet_ranking');
      expect(a.found, q).toBe(true);
      expect(a.summary, q).toBe('River Post quotes the most people: 4 speakers (2 named, 2 described only), in 5 statements.');
    },
  );

  it('gives every outlet a line, most speakers first, named and described counted apart', () => {
    const a = bot.ask('Which outlet quotes the most people?');
    expect(a.details).toEqual([
      'River Post: 4 speakers (2 named, 2 described only), 5 statements, 1 article (77 words) — Ilse Brandt, Owen Marsh, spokesman for the bus company, Police.',
      'Valley Times: 1 speaker (1 named), 2 statements, 1 article (36 words) — Ilse Brandt.',
      'County Herald: 1 speaker (1 named), 1 statement, 1 article (93 words) — Rhys Vale.',
    ]);
    expect(a.outlets.map((o) => o.outlet)).toEqual(['River Post', 'Valley Times', 'County Herald']);
    expect(a.citations[0].outlet).toBe('River Post');
  });

  it('counts a person once however often the outlet quotes them', () => {
    const line = bot.ask('which paper has the most sources').details.find((d) => d.startsWith('Valley Times'));
    expect(line).toMatch(/^Valley Times: 1 speaker \(1 named\), 2 statements/);
  });

  it('ranks by statements when asked for the most quotes', () => {
    const a = bot.ask('which outlet has the most quotes?');
    expect(a.summary).toMatch(/^River Post carries the most statements: 5/);
  });

  it('ranks by how much each outlet carried when asked who covered it most', () => {
    for (const q of ['who covered this most?', 'which outlet covered the story most']) {
      const a = bot.ask(q);
      expect(a.intent, q).toBe('outlet_ranking');
      expect(a.summary, q).toMatch(/^County Herald covered the story most: 1 article, 93 words, with 1 speaker/);
    }
  });

  it('shows each outlet a line in chat, its name in bold', () => {
    const p = present(bot.ask('Which outlet quotes the most people?'));
    expect(p.body).toHaveLength(3);
    expect(p.body[0][0]).toEqual({ text: 'River Post', style: 'strong' });
  });

  it('leaves a question about one topic or one person to the other readings', () => {
    expect(bot.ask('which outlets quoted Ilse Brandt?').intent).toBe('who_quoted');
    expect(bot.ask('who was quoted the most?').intent).toBe('people');
  });
});

describe('a story told by one outlet', () => {
  const single = StoryBot.open({
    cacheDir: false,
    corpusDir: corpus({
      'post.md': ['---', 'outlet: River Post', 'headline: Ferry fares rise', '---', '"Fares must go up," said Ada Quill, the ferry manager.', ''],
    }),
  });

  it('says there is nothing to rank and what the one outlet quotes', () => {
    expect(single.ask('which outlet quotes the most people?').summary).toBe(
      'The story has one outlet, so there is nothing to rank: River Post quotes 1 speaker (1 named), in 1 statement.',
    );
  });
});
