/**
 * The Astro binding of the string memo (src/lib/content-cache.ts, `remembered`): formatted
 * citations, the digests of the chronology's items and pages' keys are kept in the build's cache folder, so a
 * build makes only those it has not made before.
 */
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { openStringMemo, rememberStringsIn } from '../lib/content-cache.ts';
import { cacheRoot } from './content-root.ts';

export function stringMemo(): AstroIntegration {
  const memo = openStringMemo(join(cacheRoot, 'glossa-memo.json'));
  return {
    name: 'glossa:string-memo',
    hooks: {
      // A build's only: `astro dev` renders the pages a reader opens, each when opened, and saves no memo
      // (prepareCitations, with no memo, then formats nothing ahead of them).
      'astro:config:setup': ({ command }) => {
        if (command === 'build') rememberStringsIn(memo);
      },
      'astro:build:done': () => memo.save(),
    },
  };
}
