import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CorpusError } from '../errors.js';

/** The alias list kept with a corpus: `aliases.yml`, canonical name → its other spellings. */
export const ALIASES_FILE = 'aliases.yml';

export function readAliases(dir: string): Record<string, string[]> {
  const file = join(dir, ALIASES_FILE);
  if (!existsSync(file)) return {};
  // A folder or FIFO under the list's name would fail with EISDIR or wait forever on read.
  if (!statSync(file).isFile()) throw new CorpusError('ALIASES_INVALID', file, 'is not a regular file');
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8')) ?? {};
  } catch (err) {
    throw new CorpusError('ALIASES_INVALID', file, `not valid YAML (${err instanceof Error ? err.message.split('\n')[0] : err})`);
  }
  if (typeof data !== 'object' || Array.isArray(data) || data === null)
    throw new CorpusError('ALIASES_INVALID', file, 'must map each name to a list of its other spellings');
  // No prototype: a name such as "__proto__" or "constructor" in the list is a name like any other.
  const out: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [name, variants] of Object.entries(data as Record<string, unknown>)) {
    const list = typeof variants === 'string' ? [variants] : variants;
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string'))
      throw new CorpusError('ALIASES_INVALID', file, 'must be a list of spellings', name);
    out[name] = list as string[];
  }
  return out;
}
