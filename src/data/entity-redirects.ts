/**
 * The Astro binding of src/lib/redirects.ts: an integration that writes a redirect page for every
 * other spelling of an entity (a meta refresh and a canonical link, no JavaScript needed) and the
 * same redirects to dist/_redirects for hosts that read it. The dev server gets them as Astro's
 * `redirects` config instead; a build keeps them out of its config, whose hash keys the
 * incremental-build cache (see redirectPage).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { ContentError, ContentErrors } from '../lib/content-error.ts';
import { loadCorpus } from '../lib/content-files.ts';
import type { Corpus } from '../lib/corpus.ts';
import { astroRedirects, hostRedirectsFile, redirectPage, variantRedirects, type SpelledEntity, type VariantRedirect } from '../lib/redirects.ts';
import { wordsFor } from '../lib/schema.ts';
import { contentRoot, loadSiteCorpus, sitePathBase } from './content-root.ts';

/** The spellings of every entity of a checked corpus, and the phrases it is described by (a URL made of one leads to it too). */
export const spelledEntities = (corpus: Corpus): SpelledEntity[] =>
  [...corpus.entities.values()].map((entity) => ({ slug: entity.slug, file: entity.file, spellings: wordsFor(entity.data) }));

/** The redirects of a content folder (by default the one in use: GLOSSA_CONTENT or content/). */
export const loadEntityRedirects = (root: string = contentRoot): VariantRedirect[] => variantRedirects(spelledEntities(loadCorpus(root)));

export function entityRedirects(): AstroIntegration {
  let redirects: VariantRedirect[] = [];
  let site: URL | undefined;
  return {
    name: 'glossa:entity-redirects',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        site = config.site === undefined ? undefined : new URL(config.site);
        let corpus: Corpus;
        try {
          corpus = loadSiteCorpus();
        } catch (error) {
          // The pages report content errors, with the file, line and fix; the build fails there.
          if (!(error instanceof ContentErrors || error instanceof ContentError)) throw error;
          logger.warn('the content has errors (reported below); no redirects from other spellings until they are fixed');
          return;
        }
        // Spellings of two entities that become one URL stop the build here, naming both files.
        redirects = variantRedirects(spelledEntities(corpus));
        if (command === 'dev') updateConfig({ redirects: astroRedirects(redirects) });
        logger.info(`${redirects.length} redirects from other spellings of entities`);
      },
      'astro:build:done': ({ dir }) => {
        for (const redirect of redirects) {
          const folder = new URL(`.${redirect.from}`, dir);
          mkdirSync(folder, { recursive: true });
          writeFileSync(new URL('index.html', folder), redirectPage(redirect, site, sitePathBase));
        }
        writeFileSync(new URL('_redirects', dir), hostRedirectsFile(redirects, sitePathBase));
      },
    },
  };
}
