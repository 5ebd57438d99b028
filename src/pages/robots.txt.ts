/** /robots.txt: every page may be read and indexed; crawlers are pointed at the sitemap, at the site's own origin. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/content-root';

export const GET: APIRoute = ({ site }) =>
  new Response(`# Every page of the edition may be read and indexed.\nUser-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
