// The command table's helpers both adapters go through, so Discord and Slack read and show options alike.
import { describe, expect, it } from 'vitest';
import { findCommand, readOptions, usage } from '../../commands/index.js';

describe('readOptions', () => {
  const figures = findCommand('figures')!;

  it('trims each value, cuts it to the option limit without a trailing space, and leaves blanks undefined', () => {
    const long = `  ${'territory '.repeat(30)}`;
    const raw: Record<string, string> = { topic: long, outlet: '   ' };
    const values = readOptions(figures, (o) => raw[o.name]);
    expect(values.topic).toBe(long.trim().slice(0, figures.options[0].maxLength).trim());
    expect(values.topic!.endsWith(' ')).toBe(false);
    expect(values).toHaveProperty('outlet', undefined);
  });

  it('treats an option the platform did not send (null or undefined) as absent', () => {
    expect(readOptions(figures, () => null)).toEqual({ topic: undefined, outlet: undefined });
  });
});

describe('usage', () => {
  it('lists required options in <> and optional ones in [], each after a space', () => {
    expect(usage(findCommand('compare')!)).toBe(' <topic>');
    expect(usage(findCommand('figures')!)).toBe(' [topic] [outlet]');
    expect(usage(findCommand('outlets')!)).toBe('');
  });
});
