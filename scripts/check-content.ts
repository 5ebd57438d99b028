/**
 * `npm run check:content [-- --strict]`: reads and checks all of content/ (or GLOSSA_CONTENT)
 * exactly as the build does (the same loader, the same content cache), without building a page,
 * and prints every problem as "file:line: problem — fix", in the order the check found them: each
 * file's own problems first, then those between files. Exits 1 on any error; with --strict (CI),
 * on any warning too.
 */
import { parseArgs } from 'node:util';
import { contentCacheDir, contentRoot } from '../src/data/content-root.ts';
import { ContentErrors, formatProblem } from '../src/lib/content-error.ts';
import { loadCorpus } from '../src/lib/content-files.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
/** CPU time of this process so far, loading the modules included. */
const seconds = () => {
  const { user, system } = process.cpuUsage();
  return ((user + system) / 1e6).toFixed(2);
};

try {
  // Drafts too: an editor working on one wants its problems; a published build leaves it out.
  const corpus = loadCorpus(contentRoot, { cacheDir: contentCacheDir, drafts: true });
  for (const warning of corpus.warnings) console.log(`warning: ${formatProblem(warning)}`);
  const { warnings } = corpus;
  const counted = `${corpus.articles.length} articles, ${corpus.entities.size} entities in ${contentRoot}/ (${seconds()} s CPU)`;
  if (warnings.length > 0 && values.strict) {
    console.log(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'}, errors under --strict: ${counted}`);
    process.exit(1);
  }
  console.log(`${warnings.length > 0 ? `${warnings.length} warning${warnings.length === 1 ? '' : 's'}, no errors` : 'No problems'}: ${counted}`);
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  for (const problem of error.problems) console.log(formatProblem(problem));
  console.log(`\n${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in ${contentRoot}/ (${seconds()} s CPU).`);
  process.exit(1);
}
