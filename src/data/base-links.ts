/**
 * The Astro binding of htmlUnderBase (src/lib/base-path.ts): under a base path (GLOSSA_BASE, or the
 * path of GLOSSA_SITE), every built page's links to the site are put under it once the build is
 * done. Last of the integrations: the redirect pages and data files are written by then.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlUnderBase } from '../lib/base-path.ts';
import { sitePathBase } from './content-root.ts';

export function baseLinks(): AstroIntegration {
  return {
    name: 'glossa:base-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (sitePathBase === '/') return;
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const served = htmlUnderBase(html, sitePathBase);
          if (served !== html) writeFileSync(path, served);
          pages++;
        }
        logger.info(`${pages} pages' links put under ${sitePathBase}`);
      },
    },
  };
}
