/**
 * `npm run import -- <original> --date YYYY-MM-DD [--approximate] [--slug <slug>] [--url <address>] [--force] [--json]`:
 * from an original in the archive's plain-text layout (src/lib/import-draft.ts), or an HTML page
 * of it as a reader saved it, writes content/sources/<slug>.txt (the original, verbatim) and a
 * draft content/articles/<slug>.mdx with the register's names and the original's citations tagged,
 * and prints what the editor must decide. It never overwrites a file without --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCacheDir, contentRoot } from '../src/data/content-root.ts';
import { ContentError, ContentErrors, formatProblem } from '../src/lib/content-error.ts';
import { loadCorpus } from '../src/lib/content-files.ts';
import { isCalendarDate } from '../src/lib/dates.ts';
import { checkDraftReadsBack, draftEdition, originalFromHtml, readOriginal, type Draft } from '../src/lib/import-draft.ts';
import { variantSlug } from '../src/lib/redirects.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    date: { type: 'string' },
    approximate: { type: 'boolean', default: false },
    url: { type: 'string' },
    force: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const usage = 'usage: npm run import -- <original.txt or .html> --date YYYY-MM-DD [--approximate] [--slug <slug>] [--url <where it was read>] [--force] [--json]';
const stop = (message: string, code = 1): never => {
  console.error(message);
  process.exit(code);
};
if (positionals.length !== 1) stop(usage, 2);
// The original gives no date in the archive's layout, and the citations need its year: the editor says it.
if (values.date === undefined || !isCalendarDate(values.date, 'day')) stop(`give the original's date with --date YYYY-MM-DD (add --approximate if it is inferred): the citations' years come from it\n${usage}`, 2);

const input = positionals[0]!;
try {
  const raw = readFileSync(input, 'utf8');
  const sourceText = /\.html?$/i.test(input) ? originalFromHtml(raw, input) : raw;
  const original = readOriginal(sourceText, input);
  const slug = values.slug ?? variantSlug(original.title);
  const sourceFile = join(contentRoot, 'sources', `${slug}.txt`);
  const articleFile = join(contentRoot, 'articles', `${slug}.mdx`);
  for (const file of [sourceFile, articleFile]) if (existsSync(file) && !values.force) stop(`${file} exists: nothing was written (run again with --force to replace it, or choose another --slug)`);
  const corpus = loadCorpus(contentRoot, { cacheDir: contentCacheDir, drafts: true });
  const draft = draftEdition(original, corpus, { slug, date: values.date!, approximate: values.approximate, today: new Date().toISOString().slice(0, 10), url: values.url });
  checkDraftReadsBack(draft, original, sourceText, articleFile);
  mkdirSync(join(contentRoot, 'sources'), { recursive: true });
  mkdirSync(join(contentRoot, 'articles'), { recursive: true });
  writeFileSync(sourceFile, sourceText.endsWith('\n') ? sourceText : `${sourceText}\n`);
  writeFileSync(articleFile, draft.mdx);
  if (values.json) console.log(JSON.stringify({ source: sourceFile, article: articleFile, ...draft, mdx: undefined }, null, 2));
  else printReport(draft, sourceFile, articleFile);
} catch (error) {
  if (error instanceof ContentErrors) for (const problem of error.problems) console.error(formatProblem(problem));
  else if (error instanceof ContentError) console.error(formatProblem(error));
  else throw error;
  stop('Nothing was written.');
}

function printReport(draft: Draft, sourceFile: string, articleFile: string): void {
  console.log(`Wrote ${sourceFile} (the original) and ${articleFile} (a draft: npm run dev shows it).\n`);
  for (const paragraph of draft.report) {
    console.log(`Paragraph ${paragraph.n}`);
    if (paragraph.mentions.length) console.log(`  tagged: ${paragraph.mentions.map((mention) => `${mention.text} → ${mention.entity}`).join('; ')}`);
    for (const held of paragraph.held) console.log(`  held for review: “${held.text}” ${held.reason === 'ambiguous' ? `could be ${held.entities.join(' or ')}` : `is a common word (${held.entities[0]})`}`);
    for (const citation of paragraph.citations) console.log(`  citation: (${citation.text})${citation.outlet ? ` → ${citation.outlet} ${citation.date}` : ''}`);
    for (const { citation, problem, yaml } of paragraph.unresolved) console.log(`  unresolved: (${citation.text}): ${problem}${yaml ? `\n    add:\n${yaml.replace(/^/gm, '      ')}` : ''}`);
    for (const name of paragraph.unknownNames) console.log(`  not in the register: “${name.words}” — in “${name.sentence}”`);
  }
  console.log(`\nFor the editor:\n${draft.todo.map((item) => `  - ${item}`).join('\n')}`);
}
