/**
 * `npm run bench`: the built site's weight and search cost, measured in headless Chromium against
 * dist/ served on 127.0.0.1 (run `npm run build` first). Prints figures; asserts nothing.
 *  - per page before any interaction: requests, CSS+JS gzip bytes, all bytes (gzip), whether search code loaded;
 *  - for a set of queries: time from typing to the first result shown, /pagefind/ bytes on a cold and a warm query;
 *  - Lighthouse (mobile) scores in the four categories, for the article, an entity, the register and search;
 *  - the register-aware tagger's agreement with each hand-made edition (src/lib/import-agreement.ts).
 */
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { loadCorpus } from '../src/lib/content-files.ts';
import { agreementWithEdition } from '../src/lib/import-agreement.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

const PORT = 4411;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGES = ['/articles/tajikistan-diversifies-its-security-assistance/', '/entities/sherali-khayrulloyev/', '/entities/', '/search/'];
const QUERIES = ['Khairulloyev', 'Momirak', 'border guards', 'September 20', 'narcotics'];

async function startServer(): Promise<() => void> {
  // Its own process group, so that stopping it stops astro too and no preview server is left behind.
  const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore', detached: true });
  const stop = () => process.kill(-server.pid!, 'SIGTERM');
  for (let tries = 0; tries < 100; tries++) {
    if (await fetch(ORIGIN).then((r) => r.ok, () => false)) return stop;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error('the preview server did not start; run `npm run build` first');
}

/** Requests and gzip-compressed bytes of a page load before any interaction. */
async function pageWeight(browser: Browser, path: string) {
  const page = await browser.newPage();
  const loads: { url: string; type: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    loads.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSync(body).length });
  });
  await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
  // Inline <style> and <script> count as CSS and JS too (JSON-LD is data, not script).
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('style, script:not([src]):not([type="application/ld+json"])')].map((element) => element.textContent ?? ''),
  );
  await page.close();
  const codeBytes =
    loads.filter((l) => l.type === 'script' || l.type === 'stylesheet').reduce((sum, l) => sum + l.gzip, 0) +
    inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
  return {
    requests: loads.length,
    cssJsGzipKB: codeBytes / 1024,
    allGzipKB: loads.reduce((sum, l) => sum + l.gzip, 0) / 1024,
    searchCodeLoaded: loads.some((l) => l.url.includes('/pagefind/') || l.url.includes('search-ui')),
  };
}

/** Opens search on the article page, types the query, and measures until the first result shows. */
async function searchCost(browser: Browser, queries: string[]) {
  const page = await browser.newPage();
  let pagefindBytes = 0;
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname.startsWith('/pagefind/')) pagefindBytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(ORIGIN + PAGES[0]!, { waitUntil: 'networkidle' });
  const rows = [];
  for (const [index, query] of queries.entries()) {
    const before = pagefindBytes;
    await page.keyboard.press('/');
    const input = page.locator('dialog.search-dialog [role="combobox"]');
    await input.fill('');
    const started = performance.now();
    await input.fill(query);
    await page.locator('dialog [role="option"]').first().waitFor();
    rows.push({ query, firstResultMs: performance.now() - started, pagefindKB: (pagefindBytes - before) / 1024, cold: index === 0 });
    await page.keyboard.press('Escape');
  }
  await page.close();
  return rows;
}

async function lighthouseScores(path: string, chromePath: string | undefined) {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const chrome = await chromeLauncher.launch({ chromePath: chromePath ?? chromium.executablePath(), chromeFlags: ['--headless', ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(ORIGIN + path, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result!.lhr.categories;
    return Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo'].map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
  } finally {
    chrome.kill();
  }
}

// The register-aware tagger on each published original, against its hand-made edition (issue 14).
const corpus = loadCorpus('content');
console.log('Tagging each original afresh from the register, against its edition (mentions: same paragraph, entity and words)');
console.table(
  Object.fromEntries(
    corpus.articles.map((article) => {
      const agreement = agreementWithEdition(article, corpus);
      const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
      return [article.slug, { 'hand mentions': agreement.hand, drafted: agreement.drafted, agreeing: agreement.agreeing, recall: percent(agreement.recall), precision: percent(agreement.precision), citations: `${agreement.citations.agreeing} of ${agreement.citations.hand}` }];
    }),
  ),
);

const stop = await startServer();
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  console.log('Page weight before any interaction (gzip sizes computed from the served bytes)');
  console.table(Object.fromEntries(await Promise.all(PAGES.map(async (path) => [path, await pageWeight(browser, path)] as const))));
  console.log('Search, from the dialog on the article page (first query cold, then warm)');
  console.table(await searchCost(browser, QUERIES));
  if (!process.argv.includes('--no-lighthouse')) {
    console.log('Lighthouse, mobile (performance, accessibility, best practices, SEO)');
    const scores: Record<string, Record<string, number>> = {};
    for (const path of PAGES) scores[path] = await lighthouseScores(path, executablePath);
    console.table(scores);
  }
} finally {
  await browser.close();
  stop();
}
