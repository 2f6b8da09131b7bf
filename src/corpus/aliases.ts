import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusError } from '../errors.js';
import { parseYaml } from './load.js';

/** The alias list kept with a corpus: `aliases.yml`, canonical name → its other spellings. */
export const ALIASES_FILE = 'aliases.yml';

export function readAliases(dir: string): Record<string, string[]> {
  const text = readAliasesText(dir);
  return text === undefined ? {} : parseAliases(join(dir, ALIASES_FILE), text);
}

/** The alias list's text, undefined when the corpus has none; what the cache is keyed on. */
export function readAliasesText(dir: string): string | undefined {
  const file = join(dir, ALIASES_FILE);
  if (!existsSync(file)) return undefined;
  // A folder or FIFO under the list's name would fail with EISDIR or wait forever on read.
  if (!statSync(file).isFile()) throw new CorpusError('ALIASES_INVALID', file, 'is not a regular file');
  return readFileSync(file, 'utf8');
}

/** The alias list in `text` (read from `file`), checked: canonical name → its other spellings. */
export function parseAliases(file: string, text: string): Record<string, string[]> {
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (err) {    throw new CorpusError('ALIASES_INVALID', file, `not valid YAML (${err instanceof Error ? err.message.split('\n')[0] : err})`);
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
