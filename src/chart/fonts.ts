import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { StoryBotError } from '../errors.js';

/** A font family and the files that hold it (regular and bold), ready for the rasteriser. */
export interface ChartFont {
  family: string;
  files: string[];
  /** Where it was found, for the log: "system" or "package". */
  origin: 'system' | 'package' | 'options';
}

/** Where operating systems keep fonts; the rasteriser cannot ask fontconfig, so the folders are searched directly. */
const SYSTEM_FONT_DIRS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.local/share/fonts'),
  join(homedir(), '.fonts'),
  '/System/Library/Fonts',
  '/Library/Fonts',
  'C:\\Windows\\Fonts',
];

/**
 * Sans-serif families with the glyphs a chart prints (≈, ², ⚠, curly quotes), best first. DejaVu Sans comes
 * with Debian's fontconfig (fonts-dejavu-core) and covers all of them; the others are common elsewhere.
 */
const FAMILIES: { family: string; regular: string; bold?: string }[] = [
  { family: 'DejaVu Sans', regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' },
  { family: 'Noto Sans', regular: 'NotoSans-Regular.ttf', bold: 'NotoSans-Bold.ttf' },
  { family: 'Liberation Sans', regular: 'LiberationSans-Regular.ttf', bold: 'LiberationSans-Bold.ttf' },
  { family: 'Arial', regular: 'arial.ttf', bold: 'arialbd.ttf' },
  { family: 'Arial', regular: 'Arial.ttf', bold: 'Arial Bold.ttf' },
];

/** Folder depth searched below each system folder (Debian: /usr/share/fonts/truetype/dejavu/). */
const MAX_DEPTH = 4;

let found: ChartFont | undefined;

/**
 * The font charts are drawn with: a known sans-serif among the system's fonts, else the DejaVu Sans the
 * `dejavu-fonts-ttf` package ships, so a machine with no fonts at all (a bare CI image) still draws labels.
 * Nothing is ever downloaded. Searched once per process.
 */
export function chartFont(): ChartFont {
  return (found ??= findChartFont());
}

/** The search itself, uncached; `systemDirs` are the folders searched before the packaged font. */
export function findChartFont(systemDirs: readonly string[] = SYSTEM_FONT_DIRS): ChartFont {
  return systemFont(systemDirs) ?? packagedFont() ?? noFont();
}

function systemFont(dirs: readonly string[]): ChartFont | undefined {
  const files = new Map<string, string>();
  for (const dir of dirs) collect(dir, MAX_DEPTH, files);
  for (const f of FAMILIES) {
    const regular = files.get(f.regular.toLowerCase());
    if (!regular) continue;
    const bold = f.bold ? files.get(f.bold.toLowerCase()) : undefined;
    return { family: f.family, files: bold ? [regular, bold] : [regular], origin: 'system' };
  }
  return undefined;
}

function packagedFont(): ChartFont | undefined {
  try {
    const require = createRequire(import.meta.url);
    const regular = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
    const bold = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
    return { family: 'DejaVu Sans', files: [regular, bold], origin: 'package' };
  } catch {
    return undefined;
  }
}

function noFont(): never {
  throw new StoryBotError(
    'CHART_NO_FONT',
    `no font to draw charts with: none of ${[...new Set(FAMILIES.map((f) => f.family))].join(', ')} in ${SYSTEM_FONT_DIRS.join(', ')}, and the dejavu-fonts-ttf package is not installed (npm install)`,
  );
}

/** Font file names (lower case) → path, first found wins. Unreadable folders are skipped: a font is optional there. */
function collect(dir: string, depth: number, into: Map<string, string>): void {
  if (depth < 0 || !existsSync(dir)) return;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isDirectory()) collect(join(dir, e.name), depth - 1, into);
    else if (/\.(ttf|otf|ttc)$/i.test(e.name) && !into.has(e.name.toLowerCase()))
      into.set(e.name.toLowerCase(), join(dir, e.name));
  }
}
