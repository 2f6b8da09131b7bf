// The buttons and menu under an answer, end to end: the real discord.js client against the fake Discord, which
// rejects (as Discord does) components and replies over the platform's limits.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackLog } from '../../adapters/feedback-log.js';
import { componentPress, componentProblems, user, type InteractionCallback } from '../fakes/discord/index.js';
import { startHarness, type Harness } from './harness.js';

let dir: string;
let feedbackFile: string;
let h: Harness;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'story-bot-feedback-'));
  feedbackFile = join(dir, 'votes', 'feedback.jsonl');
  h = await startHarness({ options: { feedback: new FeedbackLog(feedbackFile, 'test-salt') } });
});
afterAll(async () => {
  await h?.stop();
  rmSync(dir, { recursive: true, force: true });
});

type Component = {
  type: number;
  custom_id?: string;
  label?: string;
  emoji?: { name: string };
  options?: { value: string }[];
};
const componentsOf = (c: InteractionCallback) =>
  (c.body.data.components ?? []).flatMap((row) => row.components) as Component[];
const button = (c: InteractionCallback, label: string) =>
  componentsOf(c).find((b) => b.label === label || b.emoji?.name === label);

/** Presses a component of an answer as a new person and returns the successful callback. */
async function press(on: InteractionCallback, customId: string, values?: string[], harness = h) {
  const interaction = componentPress(
    customId,
    { embeds: on.body.data.embeds, components: on.body.data.components },
    { values },
  );
  const { id } = harness.fake.dispatch(interaction);
  return harness.fake.awaitCallback(id);
}

const QUESTION = 'Who said the Russians fled like Olympic sprinters?';

describe('buttons and the menu under an answer', () => {
  it('offers views, 👍 and 👎, and next questions, every id within 100 characters', async () => {
    const answer = await h.command('ask', { question: QUESTION });
    const components = componentsOf(answer);
    expect(components.map((c) => c.label ?? c.emoji?.name)).toEqual(
      expect.arrayContaining(['All versions', 'All sources', '👍', '👎']),
    );
    expect(components.find((c) => c.type === 3)?.options?.map((o) => o.value)).toContain('What did Petro Kuzyk say?');
    for (const c of components) expect((c.custom_id ?? '').length).toBeLessThanOrEqual(100);
  });

  it('"All versions" answers privately with every outlet\'s wording side by side, inside the limits', async () => {
    const answer = await h.command('ask', { question: QUESTION });
    const view = await press(answer, button(answer, 'All versions')!.custom_id!);
    expect(view.status).toBe(204); // the fake refuses, as Discord does, anything over a limit
    expect((view.body.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(view.body.data.allowed_mentions).toEqual({ parse: [] });
    const embed = view.body.data.embeds![0];
    expect(embed.title).toBe(`All versions: ${QUESTION}`);
    for (const outlet of ['BeyondNews', 'Daily Star', 'Insider', 'an unnamed German-language outlet'])
      expect(embed.description).toContain(`*${outlet}*: “`);
    expect(embed.description).toContain('even grabbed bicycles');
  });

  it('"All sources" lists each cited sentence once, under its outlet and headline', async () => {
    const answer = await h.command('ask', { question: QUESTION });
    const view = await press(answer, button(answer, 'All sources')!.custom_id!);
    const fields = view.body.data.embeds![0].fields!;
    expect(fields.length).toBeGreaterThan(3);
    expect(new Set(fields.map((f) => f.value)).size).toBe(fields.length);
    expect(fields.some((f) => f.name.startsWith('Insider · Putin Should Be Shaking'))).toBe(true);
  });

  it('a question picked from the menu is answered in the channel, with its own buttons', async () => {
    const answer = await h.command('ask', { question: QUESTION });
    const menu = componentsOf(answer).find((c) => c.type === 3)!;
    const picked = await press(answer, menu.custom_id!, ['What did Petro Kuzyk say?']);
    expect((picked.body.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(0);
    const embed = picked.body.data.embeds![0];
    expect(embed.title).toBe('What did Petro Kuzyk say?');
    expect(embed.description).toMatch(/^\*\*Petro Kuzyk\*\*.* is quoted 5 times/);
    expect(button(picked, '👍')).toBeDefined();
  });

  it('a vote is thanked privately and appended to the feedback file, the user hashed', async () => {
    const answer = await h.command('ask', { question: QUESTION });
    const voter = user();
    const interaction = componentPress(
      button(answer, '👎')!.custom_id!,
      { embeds: answer.body.data.embeds, components: answer.body.data.components },
      { who: voter },
    );
    const { id } = h.fake.dispatch(interaction);
    const thanks = await h.fake.awaitCallback(id);
    expect((thanks.body.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(thanks.body.data.content).toMatch(/👎/);
    const votes = readFileSync(feedbackFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const vote = votes.at(-1)!;
    expect(vote).toMatchObject({
      platform: 'discord',
      question: QUESTION,
      intent: 'who_said',
      found: true,
      vote: 'down',
    });
    expect(vote.summary).toMatch(/Petro Kuzyk/);
    expect(new Date(String(vote.time)).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(vote.user).toMatch(/^[0-9a-f]{16}$/);
    expect(readFileSync(feedbackFile, 'utf8')).not.toContain(voter.id);
  });

  it('still answers a button after a restart: a new bot instance, the same custom id', async () => {
    const answer = await h.command('whosaid', { quote: 'fled like Olympic sprinters' });
    const customId = button(answer, 'All versions')!.custom_id!;
    const before = await press(answer, customId);
    const restarted = await startHarness({
      options: { feedback: new FeedbackLog(join(dir, 'other.jsonl'), 'test-salt') },
    });
    try {
      const after = await press(answer, customId, undefined, restarted);
      expect(after.status).toBe(204);
      expect(after.body.data.embeds).toEqual(before.body.data.embeds);
    } finally {
      await restarted.stop();
    }
  });

  it('answers a button it no longer knows with a friendly private note', async () => {
    const answer = await h.command('ask', { question: QUESTION });
    const stale = await press(answer, 'sb1|v|nonsense|q|whatever');
    expect((stale.body.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(stale.body.data.content).toMatch(/no longer works/);
  });
});

describe('the fake Discord refuses components Discord would', () => {
  const row = (...components: object[]) => ({ type: 1, components });
  const btn = (id: string, label = 'Go') => ({ type: 2, style: 2, label, custom_id: id });

  it('accepts the components the bot sends', () => {
    expect(componentProblems([row(btn('a'), btn('b'))])).toEqual([]);
  });

  it('refuses a custom_id over 100 characters, duplicate ids, six buttons in a row and six rows', () => {
    expect(componentProblems([row(btn('x'.repeat(101)))])).toEqual([expect.stringMatching(/custom_id must be 1–100/)]);
    expect(componentProblems([row(btn('a'), btn('a'))])).toEqual([expect.stringMatching(/not unique/)]);
    expect(componentProblems([row(...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => btn(id)))])).toHaveLength(1);
    expect(componentProblems(Array.from({ length: 6 }, (_, i) => row(btn(`r${i}`))))).toHaveLength(1);
  });

  it('refuses a select beside a button, no options, and an option value over 100 characters', () => {
    const select = (options: object[]) => ({ type: 3, custom_id: 's', options });
    expect(componentProblems([row(select([{ label: 'a', value: 'a' }]), btn('b'))])).toHaveLength(1);
    expect(componentProblems([row(select([]))])).toHaveLength(1);
    expect(componentProblems([row(select([{ label: 'a', value: 'v'.repeat(101) }]))])).toHaveLength(1);
  });
});

