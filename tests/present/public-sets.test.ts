// Over the public question sets, every surface's default answer: the lead (the first thing a person reads) holds
// the key answer whenever the core found it, and the whole default answer stays within 900 characters.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { renderAnswer as discordAnswer } from '../../adapters/discord/render.js';
import { renderAnswer as slackAnswer } from '../../adapters/slack/render.js';
import { renderJson, renderText } from '../../src/cli/render-text.js';
import { StoryBot, type Answer } from '../../src/index.js';
import { plainLine, plainSections, present, type Presentation } from '../../src/present/index.js';
import { blockTexts } from '../slack/harness.js';
import { holds, readQuestions } from '../eval-questions.js';

const EVAL = join('..', 'shared', 'eval');
const SETS = [
  { name: 'story', questions: join(EVAL, 'questions.jsonl'), corpus: 'corpus' },
  { name: 'real', questions: join(EVAL, 'real', 'questions.jsonl'), corpus: join(EVAL, 'real', 'corpus') },
];
const LIMIT = 900;

/** The characters of each surface's default answer that a person reads (buttons and menus aside). */
const surfaces: Record<string, (a: Answer, p: Presentation) => number> = {
  console: (a) => renderText(a).length,
  json: (a) =>
    (JSON.parse(renderJson(a)) as { sections: Presentation }).sections && plainSections(present(a)).join('\n').length,
  discord: (a) => {
    const e: APIEmbed = discordAnswer(a).embeds![0];
    return [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    ].join('\n').length;
  },
  slack: (a) =>
    blockTexts(slackAnswer(a).blocks)
      .join('\n')
      .replace(/&(?:amp|lt|gt);/g, '&').length,
};

describe.skipIf(!existsSync(EVAL))('the default answer over the public question sets', () => {
  // The body runs at collection even when skipped, so the files are read only when they are there.
  for (const set of existsSync(EVAL) ? SETS : []) {
    const questions = readQuestions(set.questions);
    const bot = StoryBot.open({ corpusDir: set.corpus });
    const answers = questions.map((q) => ({ q, a: bot.ask(q.q) }));

    it(`${set.name}: the lead holds the key answer wherever the core's answer does`, () => {
      const keyed = answers.filter(({ q, a }) => q.answer && holds(a.answer, q.answer));
      // Guard: the check must cover questions, or it proves nothing.
      expect(keyed.length).toBeGreaterThanOrEqual(set.name === 'story' ? 14 : 12);
      const missing = keyed
        .filter(({ q, a }) => !holds(plainLine(present(a).lead), q.answer!))
        .map(({ q, a }) => `${q.id} ${q.q} → ${plainLine(present(a).lead)}`);
      expect(missing).toEqual([]);
    });

    it(`${set.name}: every surface's default answer is at most ${LIMIT} characters`, () => {
      const longest: Record<string, { n: number; id: string }> = {};
      for (const { q, a } of answers) {
        const p = present(a);
        for (const [surface, measure] of Object.entries(surfaces)) {
          const n = measure(a, p);
          if (n > (longest[surface]?.n ?? -1)) longest[surface] = { n, id: q.id };
        }
      }
      console.log(`${set.name}: longest default answer per surface:`, JSON.stringify(longest));
      for (const [surface, { n, id }] of Object.entries(longest))
        expect(n, `${surface} ${id}`).toBeLessThanOrEqual(LIMIT);
    });
  }
});
