/**
 * The content check (`npm run check:content`), and the same check as the first step of `astro
 * build`: the content is read and checked, drafts included, and every problem printed as
 * "file:line: problem — fix"; content that fails stops the build before Astro writes a file, so
 * the previous output stays as it was.
 *
 * In the build's own process, not one of its own: the site's corpus is then assembled from the
 * files the check has read (src/lib/content-files.ts keeps them for the process), where a separate
 * process read all 5,000 articles' readings from the content cache a second time, 5 s of CPU in
 * every rebuild.
 */
import type { AstroIntegration } from 'astro';
import { ContentErrors, formatProblem } from '../lib/content-error.ts';
import { loadCorpus } from '../lib/content-files.ts';
import { contentCacheDir, contentRoot, pinSiteReading } from './content-root.ts';

/** CPU time of this process so far, loading the modules included. */
const seconds = (): string => {
  const { user, system } = process.cpuUsage();
  return ((user + system) / 1e6).toFixed(2);
};

/**
 * Reads and checks the content as the build does, prints what it found, and says whether it
 * passed: no error, and, when `strict` (CI), no warning either.
 */
export function checkContent({ strict = false } = {}): boolean {
  try {
    // Drafts too: an editor working on one wants its problems; a published build leaves it out.
    const { articles, entities, warnings } = loadCorpus(contentRoot, {
      cacheDir: contentCacheDir,
      drafts: true,
      warn: (untold) => untold.forEach((warning) => console.log(`warning: ${formatProblem(warning)}`)),
    });
    const counted = `${articles.length} articles, ${entities.size} entities in ${contentRoot}/ (${seconds()} s CPU)`;
    const some = `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
    if (warnings.length > 0 && strict) {
      console.log(`\n${some}, errors under --strict: ${counted}`);
      return false;
    }
    console.log(`${warnings.length > 0 ? `${some}, no errors` : 'No problems'}: ${counted}`);
    return true;
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    for (const problem of error.problems) console.log(formatProblem(problem));
    console.log(`\n${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in ${contentRoot}/ (${seconds()} s CPU).`);
    return false;
  }
}

/** The check as the first thing `astro build` does; first of the integrations, before any reads the corpus. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'glossa:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        if (!checkContent()) {
          console.error('npm run build: content/ has the problems above; nothing was built, and the previous output is untouched.');
          process.exit(1);
        }
        // What the check read is what the build publishes.
        pinSiteReading();
      },
    },
  };
}
