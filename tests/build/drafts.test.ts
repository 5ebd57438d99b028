/**
 * A draft made by `npm run import` builds only for its editors: a published build leaves it out
 * entirely; GLOSSA_DRAFTS=1 builds it, marked "Draft", with an unresolved citation shown as such,
 * and keeps it off the home page and out of the sitemap and the search index; the URL lock refuses such a build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite, scratchFolder } from './site-build.ts';

const workspace = scratchFolder('drafts');
const content = join(workspace, 'content');
cpSync('tests/fixtures/mini', content, { recursive: true });
const original = join(workspace, 'talks.txt');
writeFileSync(original, 'Talks Resumed\nPublication: Eurasia Daily Monitor Volume: 1 Issue: 2\nBy:\nIn Dushanbe the talks resumed (Avesta, October 2).\n');
const importer = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/import.ts', original, '--date', '2004-10-04'], {
  encoding: 'utf8',
  env: { ...process.env, GLOSSA_CONTENT: content, GLOSSA_CACHE_DIR: join(workspace, 'import-cache') },
});
const DRAFT = '/articles/talks-resumed/';

test('npm run import writes the original and a tagged draft, and says what is left to the editor', () => {
  expect(importer.stderr).toBe('');
  expect(importer.status).toBe(0);
  expect(readFileSync(join(content, 'sources/talks-resumed.txt'), 'utf8')).toBe(readFileSync(original, 'utf8'));
  const draft = readFileSync(join(content, 'articles/talks-resumed.mdx'), 'utf8');
  expect(draft).toContain('draft: true');
  expect(draft).toContain('In <Mention entity="dushanbe">Dushanbe</Mention> the talks resumed (<Citation outlet="avesta" date="2004-10-02">Avesta, October 2</Citation>).');
  expect(importer.stdout).toContain('does not list a report of 2004-10-02');
  // It never overwrites without --force.
  const again = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/import.ts', original, '--date', '2004-10-04'], { encoding: 'utf8', env: { ...process.env, GLOSSA_CONTENT: content } });
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('exists: nothing was written');
});

test('a published build leaves the draft out; GLOSSA_DRAFTS=1 shows it, marked, off the home page, the sitemap and search', () => {
  const published = join(workspace, 'published');
  expect(buildSite(content, join(workspace, 'cache-a'), published).status).toBe(0);
  expect(existsSync(join(published, DRAFT, 'index.html'))).toBe(false);
  expect(existsSync(join(published, 'articles/a-small-article/index.html'))).toBe(true);

  const preview = join(workspace, 'preview');
  const { status, output } = buildSite(content, join(workspace, 'cache-b'), preview, { GLOSSA_DRAFTS: '1' });
  expect(output).toContain('page(s) built');
  expect(status).toBe(0);
  const page = readFileSync(join(preview, DRAFT, 'index.html'), 'utf8');
  expect(page).toContain('<meta name="glossa-draft" content="true">');
  expect(page).toMatch(/class="flag">Draft<\/span>/);
  // The report the register does not list yet: linked to the outlet, marked unresolved.
  expect(page).toContain('<a class="citation unresolved" href="/entities/avesta/"');
  expect(readFileSync(join(preview, 'index.html'), 'utf8')).not.toContain(DRAFT);
  // Not in search: the drafts build indexes the same records as the published one.
  const indexed = (dist: string) => JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')).languages.en.page_count;
  expect(indexed(preview)).toBe(indexed(published));
  expect(indexed(published)).toBeGreaterThan(0);
  expect(readFileSync(join(preview, 'sitemap-0.xml'), 'utf8')).not.toContain('talks-resumed');
  const lock = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/lock-urls.ts', '--dist', preview, '--lock', join(workspace, 'urls.lock.json')], { encoding: 'utf8' });
  expect(lock.status).toBe(1);
  expect(lock.stderr).toContain('was built with drafts');
});
