/**
 * `npm run corpus -- --articles N [--out DIR] [--seed S] [--entities E] [--paragraphs P]`: writes a
 * synthetic archive of N articles (articles/, sources/, entities/) into DIR, by default .corpus/N
 * (gitignored); with P, every article has P paragraphs instead of six to twelve.
 * Build a site from it with GLOSSA_CONTENT=DIR. It never writes into content/, and it replaces
 * DIR only when DIR holds an earlier generated archive.
 */
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus/write.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: 'glossa' },
    entities: { type: 'string' },
    paragraphs: { type: 'string' },
  },
});
const articles = Number(values.articles);
const optionalCount = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const entities = optionalCount(values.entities);
const paragraphs = optionalCount(values.paragraphs);
const isCount = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n > 0);
if (!Number.isInteger(articles) || articles < 1 || !isCount(entities) || !isCount(paragraphs)) {
  console.error('Usage: npm run corpus -- --articles N [--out DIR] [--seed S] [--entities E] [--paragraphs P]');
  process.exit(2);
}
const out = values.out ?? join('.corpus', String(articles));
const started = performance.now();
try {
  const written = writeCorpus(out, { articles, seed: values.seed, ...(entities === undefined ? {} : { entities }), ...(paragraphs === undefined ? {} : { paragraphs }) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${out}: ${written.articles} articles with their originals, ${written.entities} entities (seed "${values.seed}", ${seconds} s)`);
  console.log(`Build a site from it: GLOSSA_CONTENT=${out} GLOSSA_CACHE_DIR=${join(relative('.', out), '.astro-cache')} npx astro build --outDir ${join(out, 'dist')}`);
} catch (error) {
  console.error(`npm run corpus: ${(error as Error).message}`);
  process.exit(1);
}
