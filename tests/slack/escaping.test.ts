import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { dm, mention } from '../fakes/slack/index.js';
import { sendSigned } from '../fakes/slack/index.js';
import { SIGNING_SECRET, startHarness, temporaryCorpus, type SlackHarness } from './harness.js';

/** An article whose text would ping everyone, mention a user and break an entity if posted raw. */
const HOSTILE_ARTICLE = [
  '---',
  'outlet: The <!here> Gazette',
  'headline: Sirens & <b>alarms</b> in the village',
  '---',
  'Villagers heard a loudspeaker shout <!channel> and <@U123> while sirens & alarms rang across the village square.',
  '',
].join('\n');

describe('Slack escaping of corpus and user text', () => {
  let h: SlackHarness;
  let corpus: ReturnType<typeof temporaryCorpus>;
  beforeAll(async () => {
    corpus = temporaryCorpus({ 'hostile.md': HOSTILE_ARTICLE });
    h = await startHarness({ bot: StoryBot.open({ corpusDir: corpus.dir }) });
  });
  afterAll(async () => {
    await h?.stop();
    corpus?.remove();
  });

  const postsIn = (channel: string) => h.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);

  it('posts a corpus line containing <!channel> and <@U123> as inert text', async () => {
    const question = 'what did the loudspeaker shout in the village square?';
    // Precondition: the core's answer really carries the hostile text, or this test would prove nothing.
    expect(JSON.stringify(h.bot.ask(question))).toMatch(/<!channel>|<@U123>|<!here>/);
    await sendSigned(h.eventsUrl, SIGNING_SECRET, mention(question, { channel: 'C0ESCAPE' }));
    await vi.waitFor(() => expect(postsIn('C0ESCAPE')).toHaveLength(1));
    const posted = JSON.stringify({
      text: postsIn('C0ESCAPE')[0].params.text,
      blocks: postsIn('C0ESCAPE')[0].params.blocks,
    });
    expect(posted).not.toMatch(/<!(channel|here|everyone)>|<@U123>|<b>/);
    expect(posted).toMatch(/&lt;!channel&gt;|&lt;!here&gt;/);
    // Every & is the start of one of the three entities Slack knows, so none reads as a broken one.
    expect(posted.match(/&(?!amp;|lt;|gt;)/g)).toBeNull();
  });

  it('does not let a question echo a ping back into the channel', async () => {
    await sendSigned(
      h.eventsUrl,
      SIGNING_SECRET,
      dm('&lt;!channel&gt; <!channel> sirens & alarms?', { channel: 'D0ESCAPE' }),
    );
    await vi.waitFor(() => expect(postsIn('D0ESCAPE')).toHaveLength(1));
    expect(JSON.stringify(postsIn('D0ESCAPE')[0].params)).not.toMatch(/<!channel>/);
  });
});
