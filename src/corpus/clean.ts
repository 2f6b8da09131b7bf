import { extname } from 'node:path';
import type { Article, CleanArticle, DroppedLine } from './article.js';
import { CONTEXT_RULES, LINE_RULES } from './cleaning-rules.js';
import { articleName } from './article-name.js';
import { gatherEvidence, mergeSources } from './evidence.js';
import { toUnits } from './paragraphs.js';
import { findSubheads } from './subheads.js';
import { fold, leavesQuoteOpen, opensWithQuote } from './text-shape.js';
import type { Unit } from './unit.js';

/**
 * Turns an article as read into what the bot reads: the story's paragraphs, with page debris
 * dropped by the general rules of cleaning-rules.ts (each drop recorded with its rule), and the
 * outlet, byline and sources filled from the text's own evidence where front matter is silent.
 */
export function cleanArticle(article: Article): CleanArticle {
  const format = extname(article.file).toLowerCase() === '.md' ? 'markdown' : 'plain';
  // Each line is judged once: a unit of one line keeps the verdict toUnits asked for; joined lines are judged whole.
  const verdicts = new Map<string, string | undefined>();
  const lineRule = (text: string) => {
    if (!verdicts.has(text)) verdicts.set(text, LINE_RULES.find((r) => r.matches(text))?.name);
    return verdicts.get(text);
  };
  const units = toUnits(article.body, format, (line) => lineRule(line) !== undefined);

  for (const unit of units) unit.dropped = lineRule(unit.text);

  const headlineUnit = findHeadline(units, article.meta.headline);
  if (headlineUnit) headlineUnit.headline = true;
  markQuoteRuns(units);

  for (const rule of CONTEXT_RULES) for (const i of rule.select(units)) units[i].dropped ??= rule.name;

  const dropped: DroppedLine[] = units.filter((u) => u.dropped).map((u) => ({ text: u.text, rule: u.dropped! }));
  const evidence = gatherEvidence(dropped);
  const headline = article.meta.headline ?? headlineUnit?.text ?? article.id;
  const outlet = article.meta.outlet ?? evidence.outlet;
  const paragraphs = units.filter((u) => !u.dropped && !u.headline).map((u) => u.text);
  const subheads = findSubheads(paragraphs);
  return {
    id: article.id,
    file: article.file,
    outlet,
    name: articleName(outlet, headline, article.meta.language, paragraphs.join('\n')),
    headline,
    byline: article.meta.byline ?? evidence.byline,
    url: article.meta.url,
    published: article.meta.published,
    sources: mergeSources(article.meta.sources ?? [], evidence.sources),
    paragraphs,
    ...(subheads.length ? { subheads } : {}),
    dropped,
  };
}

/**
 * The headline is the first line that survives the line rules (kickers and chrome are gone by
 * then). With a headline in front matter, that line is only taken out when it is the same text.
 */
function findHeadline(units: Unit[], given: string | undefined): Unit | undefined {
  const first = units.find((u) => !u.dropped);
  if (!first) return undefined;
  return given === undefined || fold(first.text) === fold(given) ? first : undefined;
}

/** Marks paragraphs inside a quotation that runs over several paragraphs, so no rule takes them for debris. */
function markQuoteRuns(units: Unit[]): void {
  let open = false;
  for (const unit of units) {
    if (unit.dropped || unit.headline) continue;
    const startsRun = opensWithQuote(unit.text) && leavesQuoteOpen(unit.text);
    if ((open && opensWithQuote(unit.text)) || startsRun) unit.continuesQuote = true;
    open = leavesQuoteOpen(unit.text) || (open && opensWithQuote(unit.text) && !closesQuote(unit.text));
  }
}

/** A continuation paragraph ends the quotation when it closes one. */
function closesQuote(text: string): boolean {
  return /[”"’]['’”]?\s*(?:\S.*)?$/.test(text) && !leavesQuoteOpen(text);
}
