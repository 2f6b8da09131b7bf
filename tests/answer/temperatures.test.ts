// A heatwave or a cold snap is told in degrees: "a record 41.2C", "110 degrees Fahrenheit", "minus 12 degrees". A
// reader asks "how hot did it get" or "what was the old record temperature" and is answered with the degrees, over
// an invented story; a C glued to a number is a temperature, one standing apart ("Row 44 C") is not.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryBot } from '../../src/index.js';
import { readUnit } from '../../src/extract/units.js';

const dir = mkdtempSync(join(tmpdir(), 'temperatures-'));
writeFileSync(
  join(dir, 'post.md'),
  [
    '---',
    'outlet: The Marlow Post',
    'headline: Marlow bakes as mercury hits record',
    'published: 2025-07-19',
    '---',
    'MARLOW - Temperatures in Marlow reached a record 41.2C on Saturday as the heatwave entered its sixth day.',
    '',
    'The previous record of 39.8C was set in 2019, the weather office said.',
    '',
    'Forecasters said the heat would ease to 31 degrees Celsius by Tuesday.',
    '',
  ].join('\n'),
);
const bot = StoryBot.open({ corpusDir: dir, cacheDir: false });

describe('degrees read as temperatures', () => {
  it.each([
    ['C was set', 'degC'],
    ['°F on Monday', 'degF'],
    [' degrees Celsius by noon', 'degC'],
    [' degrees Fahrenheit', 'degF'],
    [' degrees below zero', 'degree'],
  ])('a number followed by %j is in %s', (after, unit) => {
    expect(readUnit(after)?.unit).toBe(unit);
  });

  it('leaves a C or an F standing apart from its number alone ("Row 44 C", "Gate 12 F")', () => {
    expect(readUnit(' C')).toBeUndefined();
    expect(readUnit(' F')).toBeUndefined();
    expect(readUnit('Chan')).toBeUndefined();
  });
});

describe('questions about the heat', () => {
  it('answers "how hot did it get" with the degrees the story gives', () => {
    const a = bot.ask('how hot did it get?');
    expect(a.found).toBe(true);
    expect(a.summary).toContain('41.2C');
  });

  it('answers "what was the previous record temperature" with the old record', () => {
    const a = bot.ask('what was the previous record temperature');
    expect(a.found).toBe(true);
    expect(a.summary).toContain('39.8C');
  });

  it('does not answer a question about a sum with a temperature', () => {
    expect(bot.ask('how much did the heatwave cost').summary).not.toMatch(/\d+(?:\.\d+)?C\b/);
  });
});
