/**
 * URLs never break: the built site (dist/; `npm test` builds it first) must serve every URL and
 * anchor in urls.lock.json, or the redirect the lock names for it. A small fixture shows the
 * check failing when a build drops URLs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { LOCK_FILE, readBuiltSite, readLock } from '../../src/lib/built-site.ts';
import { describeMissing, missingUrls, publishedUrls, serializeLock } from '../../src/lib/url-lock.ts';
import { DIST } from '../dist-pages.ts';

const FIXTURE = 'tests/fixtures/url-lock';
const workspace = mkdtempSync(join(tmpdir(), 'glossa-url-lock-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** The lock check, as the test of the real site runs it. */
function checkLock(dist: string, lockFile: string) {
  const site = readBuiltSite(dist);
  const missing = missingUrls(readLock(lockFile), site.pages, site.hostRedirects);
  return { missing, message: describeMissing(missing, lockFile) };
}

describe('the URL lock', () => {
  // The lock is that of the published site, built from content/; another content folder has other URLs.
  test.skipIf(Boolean(process.env.GLOSSA_CONTENT))('the built site serves every URL and anchor in urls.lock.json', () => {
    const lock = readLock(LOCK_FILE);
    expect(lock.length, `${LOCK_FILE} is missing or nearly empty: run \`npm run build && npm run lock:urls\``).toBeGreaterThan(100);
    const { missing, message } = checkLock(DIST, LOCK_FILE);
    if (missing.length > 0) expect.fail(message);
    // New URLs are locked by an explicit command; say so when there are some, without failing.
    const locked = new Set(lock.map((entry) => entry.url));
    const unlocked = publishedUrls(readBuiltSite(DIST).pages).filter((entry) => !locked.has(entry.url));
    if (unlocked.length > 0) console.info(`${unlocked.length} URLs of this build are not in ${LOCK_FILE} yet; \`npm run lock:urls\` adds them.`);
  });

  test('the check fails on a build that dropped URLs, naming each one and how to fix it', () => {
    const { missing, message } = checkLock(`${FIXTURE}/site`, `${FIXTURE}/urls.lock.json`);
    expect(missing.map(({ entry, reason }) => [entry.url, reason])).toEqual([
      ['/articles/an-article/#p2-n1', '/articles/an-article/ has no element with id="p2-n1"'],
      ['/entities/dropped/', 'the build has no page at /entities/dropped/'],
      ['/entities/renamed/', 'the build has no page at /entities/renamed/ and no redirect from it to /entities/avesta/'],
    ]);
    expect(message).toContain(`lost 3 published URLs listed in ${FIXTURE}/urls.lock.json`);
    expect(message).toContain('/entities/dropped/: the build has no page');
    expect(message).toContain('restore it');
    expect(message).toContain('add a redirect in the site');
  });

  test('`lock:urls` adds the URLs of a build and never removes one', () => {
    // Start from a lock without the fixture's article, but with the URLs the fixture has lost.
    const lockFile = join(workspace, 'urls.lock.json');
    const before = readLock(`${FIXTURE}/urls.lock.json`).filter((entry) => !entry.url.startsWith('/articles/') || entry.url.endsWith('#p2-n1'));
    writeFileSync(lockFile, serializeLock(before));

    const run = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/lock-urls.ts', '--dist', `${FIXTURE}/site`, '--lock', lockFile], { encoding: 'utf8' });
    const after = readLock(lockFile);

    expect(run.stdout).toContain('4 URLs added');
    expect(after.map((entry) => entry.url)).toEqual(expect.arrayContaining(['/articles/an-article/', '/articles/an-article/#p1', '/articles/an-article/#p1-n1', '/articles/an-article/#p2']));
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toHaveLength(before.length + 4);
    // It still says that the build has lost URLs, and exits non-zero.
    expect(run.stderr).toContain('/entities/dropped/: the build has no page');
    expect(run.status).toBe(1);
  });
});
