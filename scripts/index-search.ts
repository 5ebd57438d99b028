/**
 * Builds the Pagefind index of dist/: the pages marked data-pagefind-body (entities, chronology)
 * plus one record per article, paragraph and editorial note (src/lib/search-records.ts).
 * Run after `astro build`; GLOSSA_CONTENT and an optional first argument (the site folder) as for the build.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { loadCorpus } from '../src/lib/content-files.ts';
import { articleRecords } from '../src/lib/search-records.ts';

const site = process.argv[2] ?? 'dist';
const corpus = loadCorpus(process.env.GLOSSA_CONTENT ?? 'content');

const fail = (step: string, errors: string[]) => {
  if (errors.length === 0) return;
  console.error(`Search index: ${step} failed:\n${errors.join('\n')}`);
  process.exit(1);
};

const started = Date.now();
const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
fail('creating the index', createErrors);
const pages = await index!.addDirectory({ path: site });
fail(`indexing ${site}`, pages.errors);
let records = 0;
for (const article of corpus.articles) {
  for (const record of articleRecords(article, corpus)) {
    const added = await index!.addHTMLFile({ url: record.url, content: record.html });
    fail(`adding ${record.url}`, added.errors);
    records++;
  }
}
const output = join(site, 'pagefind');
await rm(output, { recursive: true, force: true });
fail('writing the index', (await index!.writeFiles({ outputPath: output })).errors);
await pagefind.close();
console.log(`Search index: ${pages.page_count} pages and ${records} article records in ${Date.now() - started} ms → ${output}/`);
