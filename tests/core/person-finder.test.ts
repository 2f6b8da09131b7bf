import { describe, expect, it } from 'vitest';
import { PersonFinder } from '../../src/answer/person-finder.js';
import { NameVariants } from '../../src/extract/names.js';
import type { Person } from '../../src/extract/people.js';

const person = (id: string, name: string, variants: string[] = []): Person => ({ id, name, variants, roles: [], articles: [] });

const people = [
  person('p1', 'Volodymyr Zelenskyy', ['Zelensky']),
  person('p2', 'Olena Matvienko'),
  person('p3', 'Anna Matvienko'),
  person('p4', 'Justin Bronk'),
];
const quotes: Record<string, number> = { p1: 5, p2: 1, p3: 4, p4: 2 };
const finder = new PersonFinder(people, new NameVariants({ Zelenskyy: ['Zelenskiy'] }), (p) => quotes[p.id]);

describe('PersonFinder: the person a question names, by any spelling', () => {
  it('finds a name as written, in any case and punctuation, with or without a title', () => {
    expect(finder.find('Justin Bronk')?.id).toBe('p4');
    expect(finder.find('justin  BRONK.')?.id).toBe('p4');
    expect(finder.find('President Zelensky')?.id).toBe('p1');
  });

  it('finds a spelling from the alias list and a spelling that only sounds the same', () => {
    expect(finder.find('Zelenskiy')?.id).toBe('p1');
    expect(finder.find('Justin Bronck')?.id).toBe('p4');
  });

  it('resolves a bare surname shared by two people to the one quoted more', () => {
    expect(finder.find('Matvienko')?.id).toBe('p3');
    expect(finder.find('Olena Matvienko')?.id).toBe('p2');
  });

  it('finds a first name alone', () => {
    expect(finder.find('Olena')?.id).toBe('p2');
  });

  it('finds nobody for a name the story does not hold, or for no name at all', () => {
    expect(finder.find('Angela Merkel')).toBeUndefined();
    expect(finder.find('')).toBeUndefined();
    expect(finder.find('?!')).toBeUndefined();
  });
});
