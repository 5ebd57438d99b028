/**
 * `npm run corpus -- --articles N [--out DIR] [--seed S] [--entities E]`: writes a synthetic archive
 * of N articles (articles/, sources/, entities/) into DIR, by default .corpus/N (gitignored).
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
  },
});
const articles = Number(values.articles);
const entities = values.entities === undefined ? undefined : Number(values.entities);
if (!Number.isInteger(articles) || articles < 1 || (entities !== undefined && !(Number.isInteger(entities) && entities > 0))) {
  console.error('Usage: npm run corpus -- --articles N [--out DIR] [--seed S] [--entities E]');
  process.exit(2);
}
const out = values.out ?? join('.corpus', String(articles));
const started = performance.now();
try {
  const written = writeCorpus(out, { articles, seed: values.seed, ...(entities === undefined ? {} : { entities }) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${out}: ${written.articles} articles with their originals, ${written.entities} entities (seed "${values.seed}", ${seconds} s)`);
  console.log(`Build a site from it: GLOSSA_CONTENT=${out} GLOSSA_CACHE_DIR=${join(relative('.', out), '.astro-cache')} npx astro build --outDir ${join(out, 'dist')}`);
} catch (error) {
  console.error(`npm run corpus: ${(error as Error).message}`);
  process.exit(1);
}
