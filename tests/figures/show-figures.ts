// Throwaway audit (not a test): `npx tsx tests/figures/show-figures.ts DIR` prints each article's paragraphs with their index and the figures found there.
import { readCorpus } from '../../src/corpus/load.js';
import { cleanArticle } from '../../src/corpus/clean.js';
import { extractFigures } from '../../src/extract/figures.js';

for (const a of readCorpus(process.argv[2]!)) {
  const c = cleanArticle(a);
  const figs = extractFigures(c);
  console.log(`== ${a.file}`);
  c.paragraphs.forEach((p, i) => {
    console.log(`[${i}]${(c as { subheads?: number[] }).subheads?.includes(i) ? ' (subhead)' : ''} ${p}`);
    for (const f of figs.filter((x) => x.paragraph === i)) console.log(`   # ${f.text} | ${f.kind}${f.unit ? `/${f.unit}` : ''} | ${f.measure} | ${f.claimant ?? '-'}`);
  });
}
