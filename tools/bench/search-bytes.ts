/**
 * Bytes a reader's browser fetches from /pagefind/ to search the site. A cold search opens
 * /search/?q=… in a new browser profile, nothing cached: Pagefind's script and WebAssembly, its
 * metadata, the filters the search interface shows, the index chunks and the result fragments the
 * query needs. A warm search is the next query typed into the same page: only new chunks and
 * fragments. Counted in Chromium as bytes on the wire (body and headers) of every /pagefind/ response.
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.ts';

export interface QueryBytes {
  query: string;
  bytes: number;
  requests: number;
  /** The result count the page announced. */
  results: string;
  /** Bytes by kind of Pagefind file: script, wasm, meta, filter, index, fragment, other. */
  byKind: Record<string, number>;
}

/** The kind of a Pagefind file, from its path. */
export function pagefindKind(pathname: string): string {
  if (/\.pf_fragment$/.test(pathname)) return 'fragment';
  if (/\.pf_index$/.test(pathname)) return 'index';
  if (/\.pf_filter$/.test(pathname)) return 'filter';
  if (/\.pf_meta$/.test(pathname)) return 'meta';
  if (/wasm\./.test(pathname)) return 'wasm';
  if (/\.js$/.test(pathname)) return 'script';
  return 'other';
}

export interface SearchBytes {
  /** A common word, cold. */
  cold: QueryBytes;
  /** Another word typed after it, warm. */
  warm: QueryBytes;
  /** A name (a person the archive names often), cold in a new profile. */
  coldName: QueryBytes;
}

export async function measureSearch(baseUrl: string, queries: { cold: string; warm: string; name: string }): Promise<SearchBytes> {
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  try {
    const [cold, warm] = await searchSession(browser, baseUrl, [queries.cold, queries.warm]);
    const [coldName] = await searchSession(browser, baseUrl, [queries.name]);
    return { cold: cold!, warm: warm!, coldName: coldName! };
  } finally {
    await browser.close();
  }
}

/** Runs the queries one after another in one new browser profile; the bytes of each. */
async function searchSession(browser: Browser, baseUrl: string, queries: string[]): Promise<QueryBytes[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const counted: Promise<[string, number]>[] = [];
  const network = { inFlight: 0, lastActivity: performance.now() };
  const activity = (change: number) => () => {
    network.inFlight += change;
    network.lastActivity = performance.now();
  };
  page.on('request', activity(1));
  page.on('requestfailed', activity(-1));
  page.on('requestfinished', activity(-1));
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/pagefind/')) {
      counted.push(request.sizes().then((sizes) => [pagefindKind(pathname), sizes.responseBodySize + sizes.responseHeadersSize]));
    }
  });
  const input = page.locator('[data-search-page] input[type="search"]');
  const status = page.locator('[data-search-page] .search-status');
  const measured: QueryBytes[] = [];
  for (const [index, query] of queries.entries()) {
    if (index === 0) await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
    else await input.fill(query);
    await status.filter({ hasText: /found|No results/ }).waitFor({ timeout: 120_000 });
    // Then wait for a quiet network: nothing in flight for 1.5 s (the result fragments load after the matches).
    const started = performance.now();
    const waiting = () => (counted.length === 0 && performance.now() - started < 10_000) || network.inFlight > 0 || performance.now() - network.lastActivity < 1_500;
    while (waiting()) await page.waitForTimeout(100);
    if ((await input.inputValue()) !== query) throw new Error(`the search box does not hold “${query}”`);
    const sizes = await Promise.all(counted.splice(0));
    const byKind: Record<string, number> = {};
    for (const [kind, size] of sizes) byKind[kind] = (byKind[kind] ?? 0) + size;
    measured.push({ query, bytes: sizes.reduce((sum, [, size]) => sum + size, 0), requests: sizes.length, results: ((await status.textContent()) ?? '').trim(), byKind });
  }
  await context.close();
  return measured;
}
