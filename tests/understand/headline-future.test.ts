// Reasons in a sentence (focus.ts): a headline's "to" is what its subject will do, not why; "expects to" is an
// expectation, not a purpose; a question's doubled consonant ("cutting") still meets the sentence's "cut".
import { describe, expect, it } from 'vitest';
import { focusMatch } from '../../src/understand/focus.js';

describe('rule "a headline\'s \'to\' is its future"', () => {
  it('gives no purpose for a headline naming what its subject will do', () => {
    expect(focusMatch('Harrow Foods to cut 300 jobs and close its Leith depot', 'why', 'why is harrow foods closing the depot')).toBeUndefined();
    expect(focusMatch('Mayor Ada Quill to fund harbour bridge', 'why', 'why is the bridge being built')).toBeUndefined();
  });

  it('still gives a purpose "to" after a verb', () => {
    expect(focusMatch('The firm shut 300 stores to cut costs.', 'why', 'why did the firm shut stores')?.part).toBe('to cut costs');
  });
});

describe('a "to" that is no purpose', () => {
  it('reads "expects to save" as an expectation', () => {
    expect(focusMatch('The company expects to save $40 million a year.', 'why', 'why is the company closing depots')).toBeUndefined();
  });

  it('meets "cut" for "cutting", so a reason that only restates the question is none', () => {
    expect(focusMatch('Staff left after the firm cut the jobs.', 'why', 'why is the firm cutting jobs')).toBeUndefined();
  });
});
