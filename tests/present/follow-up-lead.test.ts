// A follow-up's default answer says first whom "he" was taken to be, on every surface, so a wrong guess is seen.
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { plainLine, present } from '../../src/present/index.js';
import { renderText } from '../../src/cli/render-text.js';

describe('a follow-up answer', () => {
  const bot = StoryBot.open({ corpusDir: 'corpus', cacheDir: false });
  const first = bot.ask('What did Zelenskyy say?');

  it('leads with how the question was read', () => {
    const answer = bot.ask('what else did he say?', { context: first.focus });
    expect(answer.followUp?.readAs).toMatch(/Zelenskyy/);
    const lead = plainLine(present(answer).lead);
    expect(lead).toMatch(/^Taking “he” to be Volodymyr Zelenskyy\. /);
    expect(renderText(answer).split('\n')[0]).toMatch(/^Taking “he” to be Volodymyr Zelenskyy\. /);
  });

  it('says it once, also where the lead is the answer’s own summary', () => {
    const answer = bot.ask('who is he?', { context: first.focus });
    const lead = plainLine(present(answer).lead);
    expect(lead).toMatch(/^Taking “he” to be Volodymyr Zelenskyy\. /);
    expect(lead.match(/Taking “he”/g)).toHaveLength(1);
  });

  it('says nothing of the kind for a question that stands alone', () => {
    const answer = bot.ask('Which outlet reported 13,500 units of equipment lost?', { context: first.focus });
    expect(answer.followUp).toBeUndefined();
    expect(plainLine(present(answer).lead)).not.toMatch(/^Taking|^Reading/);
  });
});
