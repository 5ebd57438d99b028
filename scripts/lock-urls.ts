/**
 * `npm run lock:urls`: adds the URLs and anchors of the built site (dist/) to urls.lock.json.
 * It never removes an entry: a URL once published stays in the lock, and the tests keep it served.
 *
 *   node --experimental-strip-types scripts/lock-urls.ts [--dist dist] [--lock urls.lock.json]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LOCK_FILE, readBuiltSite, readLock } from '../src/lib/built-site.ts';
import { addToLock, describeMissing, missingUrls, publishedUrls, serializeLock } from '../src/lib/url-lock.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, lock: { type: 'string', default: LOCK_FILE } } });
const site = readBuiltSite(values.dist);
if (site.pages.some((page) => page.draft)) {
  console.error(`${values.dist}/ was built with drafts (GLOSSA_DRAFTS=1): lock the URLs of a published build (npm run build), whose pages readers can cite.`);
  process.exit(1);
}
const before = readLock(values.lock);
const { lock, added } = addToLock(before, publishedUrls(site.pages));
writeFileSync(values.lock, serializeLock(lock));
console.log(`${values.lock}: ${added.length} URL${added.length === 1 ? '' : 's'} added, ${lock.length} locked in all.`);
for (const entry of added) console.log(`  + ${entry.url}${entry.redirect === undefined ? '' : ` → ${entry.redirect}`}`);

// Adding never hides a loss: say so when this build lacks locked URLs (the tests fail on them).
const missing = missingUrls(lock, site.pages, site.hostRedirects);
if (missing.length > 0) {
  console.error(`\n${describeMissing(missing, values.lock)}`);
  process.exitCode = 1;
}
