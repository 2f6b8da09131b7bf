// New users ask in their own words: a scene set before the question, someone's words asked for as a noun ("his
// argument"), what someone wants others to do, why someone was arrested. Over an invented story.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { afterLeadIn, happenedAfter } from '../../src/understand/rules.js';
import { isSayingNoun, saidAsANoun } from '../../src/understand/said-as-a-noun.js';
import { focusPart } from '../../src/understand/focus.js';

const dir = mkdtempSync(join(tmpdir(), 'asked-in-passing-'));
writeFileSync(
  join(dir, 'gazette.md'),
  [
    '---',
    'outlet: The Orrin Gazette',
    'headline: Ferry skipper held after harbour crash',
    'published: 2025-03-02',
    '---',
    'ORRIN - Police yesterday arrested the skipper of the Orrin ferry on a charge of reckless navigation after the boat struck the harbour wall.',
    '',
    'Lise Vandorn said the ferry had ignored two warnings from the control tower.',
    '',
    'Ottilie Brask, a lawyer for the skipper, told the court the tower had given the wrong berth. "My client followed every instruction he was given," she said.',
    '',
    'Vandorn, the harbourmaster, added that the tower log showed the north berth was clear.',
    '',
    'Councillor Ravi Tennant wrote to the harbour board urging that a second pilot be carried on every crossing in fog.',
    '',
  ].join('\n'),
);
writeFileSync(
  join(dir, 'courier.md'),
  [
    '---',
    'outlet: The Orrin Courier',
    'headline: Union says ferry crews are worn out',
    'published: 2025-03-03',
    '---',
    'The head of the ferry crews\' union complained yesterday that deckhands are working sixteen-hour shifts.',
    '',
    'Union secretary Marta Quell said in a letter to the harbour board that tired crews were a danger to passengers.',
    '',
    'The union wanted the board to hire ten more deckhands. But board chairman Oskar Lind said no. “We cannot pay for it this year,” he said.',
    '',
  ].join('\n'),
);
writeFileSync(
  join(dir, 'wire.md'),
  [
    '---',
    'outlet: Orrin Wire',
    'headline: Night porter fends off hotel thieves',
    'published: 2025-03-04',
    '---',
    'A night porter at the Quayside Hotel was tied up by two men early on Sunday.',
    '',
    'Porter Emil Sarno said he refused to open the safe and pressed the silent alarm under the desk.',
    '',
    'The men ran off through the kitchen when a patrol car pulled into the yard.',
    '',
    'Staff criticised hotel manager Dana Pell for leaving the back door unlocked overnight.',
    '',
    'Pell said the door had been locked at midnight and checked again at two.',
    '',
    'Inspector Carl Moss said a cleaner found the porter tied to a chair at six.',
    '',
  ].join('\n'),
);
writeFileSync(
  join(dir, 'rescue.md'),
  [
    '---',
    'outlet: Orrin Wire',
    'headline: Fisherman rescued off Orrin Point',
    'published: 2025-03-05',
    '---',
    'A young fisherman clung to an upturned dinghy for three hours off Orrin Point on Saturday.',
    '',
    'Coastguard officer Ben Hale said his crew pulled Tomas Reyes from the water at dusk.',
    '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('rule "a scene set before the question"', () => {
  it('finds the question after the asker\'s way in', () => {
    expect(afterLeadIn('hey so i was reading about the ferry crash, what did the harbourmaster say')).toBe('what did the harbourmaster say');
    expect(afterLeadIn('about the crash — who was arrested')).toBe('who was arrested');
    expect(afterLeadIn('ok the ferry thing: why was the skipper held')).toBe('why was the skipper held');
  });

  it('leaves alone a line that is a question from its first word, or has no break', () => {
    expect(afterLeadIn('what did the harbourmaster say, and who was arrested')).toBeUndefined();
    expect(afterLeadIn('who said the ferry ignored the warnings')).toBeUndefined();
  });

  it('answers the question proper', () => {
    const a = bot.ask('hey so i was reading about that harbour crash, what did vandorn say?');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('two warnings');
  });
});

describe('rule "what was said, asked as a noun"', () => {
  it('takes a noun made from a verb of saying, or naming an answer, and no other noun', () => {
    for (const w of ['argument', 'complaint', 'explanation', 'statement', 'denial', 'admission', 'criticism', 'position', 'response'])
      expect(isSayingNoun(w), w).toBe(true);
    for (const w of ['name', 'salary', 'age', 'price', 'job', 'payroll', 'boat', 'crossing']) expect(isSayingNoun(w), w).toBe(false);
  });

  it('splits the speaker from the topic', () => {
    expect(saidAsANoun("what's the lawyer's argument in the ferry case")?.slice(1)).toEqual(['the lawyer', 'the ferry case']);
    expect(saidAsANoun("whats the skipper's name")).toBeNull();
  });

  it('"what is the lawyer\'s argument" is answered by what the lawyer said', () => {
    const a = bot.ask("so what's the lawyer's argument?");
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/wrong berth|every instruction/);
  });
});

describe('rule "what they want others to do"', () => {
  it('"what does the councillor want the board to do" is answered by what he urged', () => {
    const a = bot.ask('what does tennant want the harbour board to do about fog');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('second pilot');
  });
});

describe('rule "held on a charge"', () => {
  it('the charge an arrest was on is its reason', () => {
    expect(focusPart('Police arrested the skipper on a charge of reckless navigation.', 'why', 'why was the skipper arrested')).toBe('on a charge of reckless navigation');
    expect(focusPart('The FBI arrested a juror on a perjury charge.', 'why', 'why did the fbi arrest a juror')).toBe('on a perjury charge');
  });

  it('"why did the police arrest the skipper" is answered by the charge', () => {
    const a = bot.ask('why did the police arrest the skipper');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('reckless navigation');
  });
});

describe('rule "the delayed-identification lede"', () => {
  it('asked who did what a lede describes its subject doing, the answer names them from the next paragraph', () => {
    const a = bot.ask('who complained about the sixteen-hour shifts');
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/^Marta Quell/);
    expect(a.answer).toContain('sixteen-hour shifts');
  });

  it('the next paragraph names the subject only when it describes them in the lede\'s words', () => {
    // Hale pulled the fisherman out; he did not cling to the dinghy.
    const a = bot.ask('who clung to an upturned dinghy');
    expect(a.answer).not.toMatch(/^Ben Hale/);
  });

  it('a lede that names its subject answers as it stands', () => {
    const a = bot.ask('who arrested the skipper');
    expect(a.answer).not.toContain('Vandorn —');
  });
});

describe('rule "the description names one person"', () => {
  it('asked what "the harbourmaster" said about something only her named statements hold, the answer is hers', () => {
    const a = bot.ask('what did the harbourmaster say about the warnings');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('two warnings');
  });
});

describe('rule "what happened next"', () => {
  it('reads the event asked after', () => {
    expect(happenedAfter('what happened after the porter pressed the alarm')).toBe('the porter pressed the alarm');
    expect(happenedAfter('what happened at the hotel')).toBeUndefined();
  });

  it('is answered by the sentence after the one telling the event', () => {
    const a = bot.ask('what happened after the porter pressed the silent alarm?');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('ran off through the kitchen');
  });
});

describe('rule "their own account"', () => {
  it('asked whether a named person did what another charges, their own word on it is part of the answer', () => {
    const a = bot.ask('did pell really leave the back door unlocked?');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('unlocked overnight');
    expect(a.answer).toContain('locked at midnight');
  });
});

describe('rule "a reply is about what it answers"', () => {
  it('asked what someone said about what they replied to, the reply answers though it never names it', () => {
    const a = bot.ask('what did oskar lind say about hiring more deckhands');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('cannot pay for it');
  });
});

describe('rule "who is the juror is a juror"', () => {
  it('asked who played a part only a speaker\'s words mention, the answer is not that speaker', () => {
    // The inspector's statement tells of the cleaner; he is no cleaner.
    const a = bot.ask('whats the name of the cleaner who found the porter');
    expect(a.answer).not.toMatch(/^Carl Moss/);
  });
});
