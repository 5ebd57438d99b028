/**
 * The pages of the built site, for the quality gates (vitest and Playwright alike). `npm test`
 * builds dist/ first; GLOSSA_DIST points the gates at another build folder.
 *
 * A "page" is every HTML file of the build except the redirect stubs: the pages the build writes for
 * the other spellings of an entity (`/entities/tass/`) carry only a meta refresh, a canonical link
 * and a link to the target (the markup of Astro's own redirect pages), hold no content or script, and
 * hosts that read dist/_redirects answer those URLs with a 301 instead. The link check follows
 * them (their targets must exist) and html-validate checks them; the browser gates skip them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathOfFile } from '../src/lib/link-check.ts';

export const DIST = process.env['GLOSSA_DIST'] ?? 'dist';

/** Every file under a folder, relative to it, with forward slashes, sorted. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length).replace(/\\/g, '/').replace(/^\//, ''))
    .sort();
}

/** Every file of the build, relative to it, with forward slashes, sorted. */
export function distFiles(dir: string = DIST): string[] {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/ holds no built site (no index.html): run \`npm run build\` first`);
  return filesUnder(dir);
}

/** A page that only redirects: a meta refresh and nothing of ours. */
export const isRedirectStub = (html: string): boolean => /<meta http-equiv="refresh"/i.test(html) && !/<main[\s>]/i.test(html);

export interface DistPage {
  /** The file, relative to the build: `entities/avesta/index.html`. */
  file: string;
  /** Its URL path: `/entities/avesta/`. */
  path: string;
  html: string;
  redirect: boolean;
}

/** Every HTML file of the build, redirect stubs included. */
export function distHtml(dir: string = DIST): DistPage[] {
  return distFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      return { file, path: pathOfFile(file), html, redirect: isRedirectStub(html) };
    });
}

/** Every HTML page of the build, redirect stubs excluded (see above). */
export const distPages = (dir: string = DIST): DistPage[] => distHtml(dir).filter((page) => !page.redirect);
