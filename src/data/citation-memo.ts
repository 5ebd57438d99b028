/**
 * The Astro binding of the citation memo (src/lib/cite.ts): formatted citations are kept in the
 * build's cache folder, so a build formats only the citations it has not formatted before.
 */
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { rememberCitationsIn } from '../lib/cite.ts';
import { openStringMemo } from '../lib/content-cache.ts';
import { cacheRoot } from './content-root.ts';

export function citationMemo(): AstroIntegration {
  const memo = openStringMemo(join(cacheRoot, 'glossa-citations.json'));
  return {
    name: 'glossa:citation-memo',
    hooks: {
      'astro:config:setup': () => rememberCitationsIn(memo),
      'astro:build:done': () => memo.save(),
    },
  };
}
