/**
 * `npm run mentions [-- <slug>]`: where the register names an entity in an original and the edition
 * has not tagged it, and where a tagged mention's words are not its entity's (src/lib/mentions-check.ts).
 * Exits 1 on either; names held back for review (shared by two entities, or a common word) are listed, not counted.
 */
import { parseArgs } from 'node:util';
import { contentCacheDir, contentRoot } from '../src/data/content-root.ts';
import { ContentErrors, formatProblem } from '../src/lib/content-error.ts';
import { loadCorpus } from '../src/lib/content-files.ts';
import { checkMentions } from '../src/lib/mentions-check.ts';

const { positionals } = parseArgs({ allowPositionals: true });
let corpus;
try {
  corpus = loadCorpus(contentRoot, { cacheDir: contentCacheDir });
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  for (const problem of error.problems) console.log(formatProblem(problem));
  console.log('\nThe content has errors: fix them first (npm run check:content).');
  process.exit(1);
}
const slug = positionals[0];
if (slug !== undefined && !corpus.article(slug)) {
  console.error(`no article "${slug}" in ${contentRoot}/articles/`);
  process.exit(2);
}
const { untagged, unlike, held } = checkMentions(corpus, slug);
const at = (finding: { file: string; line: number | undefined; paragraph: number }) => `${finding.file}${finding.line === undefined ? '' : `:${finding.line}`} (paragraph ${finding.paragraph})`;
for (const finding of untagged) console.log(`${at(finding)}: “${finding.words}” names ${finding.entity} and is not tagged — wrap it in <Mention entity="${finding.entity}">…</Mention>`);
for (const finding of unlike) {
  console.log(`${at(finding)}: <Mention entity="${finding.entity}">${finding.words}</Mention>: these words are not among its spellings — add them to "variants" in content/entities/${finding.entity}.yaml if they are a name, to "described" if they describe it, or correct the tag`);
}
for (const finding of held) console.log(`${at(finding)}: “${finding.words}” ${finding.reason === 'ambiguous' ? `could be any of ${finding.entities.join(', ')}` : `is a common word as well as a name of ${finding.entity}`}: not tagged; review it`);
const articles = slug === undefined ? `${corpus.articles.length} articles` : slug;
console.log(`\n${articles}: ${untagged.length} untagged, ${unlike.length} tagged with other words, ${held.length} held for review.`);
if (untagged.length + unlike.length > 0) process.exitCode = 1;
