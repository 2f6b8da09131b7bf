import type { App, BlockAction, ButtonAction, StaticSelectAction } from '@slack/bolt';
import { understand, type Answer, type StoryBot } from '../../src/index.js';
import {
  ACTION_PREFIX,
  ASK_MENU_ID,
  decodeAction,
  questionTarget,
  targetQuestion,
  type AnswerTarget,
} from '../components.js';
import type { FeedbackLog } from '../feedback-log.js';
import { APOLOGY, EXPIRED_COMPONENT, slowDown, thanksForVote } from '../messages.js';
import type { Limiter } from '../rate-limit.js';
import { uploadChart } from './chart-upload.js';
import { renderAnswer, renderNote, renderView, type SlackMessage } from './render.js';

/** Where a reply goes: a channel, and the thread in it when there is one. */
export interface Place {
  channel: string;
  threadTs?: string;
}

export interface ActionDeps {
  bot: Pick<StoryBot, 'answer'> & Partial<Pick<StoryBot, 'ask'>>;
  limiter: Limiter;
  feedback: FeedbackLog;
  log: (line: string) => void;
  /** Longest question taken from the menu. */
  questionChars: number;
}

type Pressed = ButtonAction | StaticSelectAction;

/**
 * The buttons and the menu under an answer, handled by Bolt: a view or a picked question is posted in the
 * answer's thread, a vote is recorded and thanked privately. Each action's value carries what it needs, so a
 * press after a restart is answered the same.
 */
export function registerAnswerActions(app: App, deps: ActionDeps): void {
  const { bot, limiter, feedback, log } = deps;
  const ask = (question: string): Answer => (bot.ask ? bot.ask(question) : bot.answer(understand(question), question));
  const answerFor = (t: AnswerTarget): Answer =>
    'question' in t ? ask(t.question) : bot.answer(t.query, targetQuestion(t));

  app.action<BlockAction<Pressed>>(
    new RegExp(`^(?:sb-|${ACTION_PREFIX}\\|)`),
    async ({ ack, body, action, client, respond }) => {
      await ack();
      const place = placeOf(body);
      /** In the thread for everyone, or, on an ephemeral answer (no message to thread under), to the presser alone. */
      const post = async (message: SlackMessage, answer?: Answer) => {
        const { chart: _chart, ...payload } = message;
        if (!place) return void (await respond({ response_type: 'ephemeral', replace_original: false, ...payload }));
        await client.chat.postMessage({
          channel: place.channel,
          thread_ts: place.threadTs,
          ...payload,
          unfurl_links: false,
          unfurl_media: false,
        });
        // The answer is out; its chart (a comparison's) follows in the same thread.
        if (answer) await uploadChart(client, answer, place, log);
      };
      const privately = async (note: string) => {
        if (!place)
          return void (await respond({ response_type: 'ephemeral', replace_original: false, ...renderNote(note) }));
        await client.chat.postEphemeral({
          channel: place.channel,
          user: body.user.id,
          thread_ts: place.threadTs,
          ...renderNote(note),
        });
      };
      try {
        const turn = await limiter.take(body.user.id);
        if (!turn.allowed) return await privately(slowDown(turn.retryAfterMs));
        if (action.type === 'static_select') {
          if (action.action_id !== ASK_MENU_ID) return await privately(EXPIRED_COMPONENT);
          const question = unescape(action.selected_option?.value ?? '').slice(0, deps.questionChars);
          const answer = ask(question);
          return await post(renderAnswer(answer, questionTarget(question)), answer);
        }
        const decoded = decodeAction(unescape(action.value ?? ''));
        if (!decoded) return await privately(EXPIRED_COMPONENT);
        const answer = answerFor(decoded.target);
        if (decoded.kind === 'view') return await post(renderView(answer, decoded.view));
        await feedback.record({
          platform: 'slack',
          question: answer.question || targetQuestion(decoded.target),
          intent: answer.intent,
          found: answer.found,
          summary: answer.summary,
          vote: decoded.vote,
          userId: body.user.id,
        });
        await privately(thanksForVote(decoded.vote));
      } catch (err) {
        log(
          `slack: could not handle ${action.action_id} from ${body.user.id}: ${err instanceof Error ? err.message : String(err)}`,
        );
        await privately(APOLOGY).catch((e: unknown) => log(`slack: could not apologise: ${String(e)}`));
      }
    },
  );
}

/** The thread of the message the component sits under; none for an ephemeral message (Slack sends no message). */
function placeOf(body: BlockAction): Place | undefined {
  const channel = body.channel?.id ?? (body.container as { channel_id?: string }).channel_id;
  const ts = body.message?.ts;
  if (!channel || !ts) return undefined;
  const threadTs = typeof body.message?.thread_ts === 'string' ? body.message.thread_ts : ts;
  return { channel, threadTs };
}

/** Values were sent escaped (see render.ts); Slack returns them as sent. */
function unescape(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
