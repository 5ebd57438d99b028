/**
 * The origin the site is built for. Canonical links, citations, the sitemap and every absolute
 * link a reader may click are made from it, so a build must never carry a placeholder there.
 * Without GLOSSA_SITE the build is for local use: its origin is the address `npm start` serves it
 * at. A build for publishing (`npm run build:publish`) refuses that and any placeholder.
 */

/** Where `npm start` (astro preview) serves the built site. */
export const LOCAL_ORIGIN = 'http://127.0.0.1:4321/';

/** The origin of a build: GLOSSA_SITE, or the local one. */
export const siteOrigin = (configured: string | undefined): string => configured ?? LOCAL_ORIGIN;

/** Hosts that are nobody's site: documentation examples, loopback, reserved names. */
const PLACEHOLDER_HOST = /(?:^|\.)(?:example\.(?:org|com|net)|localhost|invalid|test|local)$|^127\.|^\[?::1\]?$|^0\.0\.0\.0$/;

/** Why `configured` cannot be the origin of a published site, or undefined when it can. */
export function publishingOriginProblem(configured: string | undefined): string | undefined {
  if (configured === undefined || configured.trim() === '') return 'GLOSSA_SITE is not set';
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    return `GLOSSA_SITE=${configured} is not a web address`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `GLOSSA_SITE=${configured} is not an http(s) address`;
  if (PLACEHOLDER_HOST.test(url.hostname)) return `GLOSSA_SITE=${configured} is a placeholder or local address, not where readers will find the site`;
  return undefined;
}
