// Typing any words of a quote into /whosaid offers it, shown around the words typed, and picking it answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autocomplete } from '../fakes/discord/index.js';
import { startHarness, type Harness } from '../discord/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

async function choicesFor(typed: string): Promise<{ name: string; value: string }[]> {
  const { id } = h.fake.dispatch(autocomplete('whosaid', 'quote', typed));
  return (await h.fake.awaitCallback(id)).body.data.choices ?? [];
}

describe('/whosaid quote autocomplete', () => {
  // Words from the end of the story's main quote, far past its first 100 characters.
  it.each(['olympic', 'sprinters', 'bicycles', 'fled like olympic'])('offers the main quote for "%s", with the typed words in view', async (typed) => {
    const choices = await choicesFor(typed);
    const main = choices.find((c) => /Olympic sprinters/i.test(c.name) && /bicycles/i.test(c.name));
    expect(main, JSON.stringify(choices)).toBeDefined();
    expect(main!.name.toLowerCase()).toContain(typed);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('a picked choice, sent as the quote, is answered with its speaker', async () => {
    const [choice] = (await choicesFor('bicycles')).filter((c) => /sprinters/i.test(c.name));
    const reply = await h.command('whosaid', { quote: choice.value });
    expect(JSON.stringify(reply.body.data.embeds)).toContain('Petro Kuzyk');
  });

  it('shows a quote that fits whole, as it is', async () => {
    const choices = await choicesFor('cowardly response');
    expect(choices.map((c) => c.name)).toContain('cowardly response');
  });
});
