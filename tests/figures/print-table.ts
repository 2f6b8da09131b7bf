// Prints the figures table of a corpus for audit: `npx tsx tests/figures/print-table.ts [corpusDir]`.
import { cleanArticle } from '../../src/corpus/clean.js';
import { readCorpus } from '../../src/corpus/load.js';
import { extractFigures } from '../../src/extract/figures.js';
import { formatNormalized } from '../../src/extract/units.js';

const dir = process.argv[2] ?? 'corpus';
for (const article of readCorpus(dir).map(cleanArticle)) {
  console.log(`\n== ${article.id} — ${article.name}`);
  for (const f of extractFigures(article)) {
    const cols = [
      f.id.split(':')[1],
      `r${f.rank}`,
      f.kind,
      JSON.stringify(f.text),
      f.value ?? '',
      f.high !== undefined ? `–${f.high}` : '',
      f.unit ?? '',
      `[${f.topic}]`,
      `«${f.measure}»`,
      f.claimant ? `by ${f.claimant}` : '',
      f.citedBy ? `via ${f.citedBy}` : '',
      f.span ? `span: ${f.span}` : '',
      f.reference ? `ref: ${f.reference}` : '',
      f.normalized ? formatNormalized(f.normalized) : '',
      f.conversion && !f.conversion.ok ? `⚠ ${f.conversion.note}` : f.conversion ? 'conversion ok' : '',
    ];
    console.log('  ' + cols.filter((c) => c !== '').join(' | '));
  }
}
