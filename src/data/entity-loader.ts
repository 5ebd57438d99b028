/** An Astro content loader for content/entities/*.yaml that validates with our own, line-aware errors. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { entitySlugFromPath, parseEntityFile } from '../lib/entity-file';
import { ContentError, ContentErrors } from '../lib/content-error';

export function entityLoader(directory: string): Loader {
  return {
    name: 'glossa-entities',
    async load({ store, generateDigest, config }) {
      const files = (await readdir(directory)).filter((name) => name.endsWith('.yaml')).sort();
      const errors: ContentError[] = [];
      store.clear();
      for (const name of files) {
        // Astro wants entry paths relative to the project root.
        const file = relative(fileURLToPath(config.root), join(directory, name));
        const text = await readFile(file, 'utf8');
        try {
          const id = entitySlugFromPath(file);
          store.set({ id, data: parseEntityFile(text, file), filePath: file, digest: generateDigest(text) });
        } catch (error) {
          if (error instanceof ContentErrors) errors.push(...error.problems);
          else if (error instanceof ContentError) errors.push(error);
          else throw error;
        }
      }
      if (errors.length > 0) throw new ContentErrors(errors);
    },
  };
}
