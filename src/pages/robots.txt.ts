/** /robots.txt: every page may be read and indexed; crawlers are pointed at the sitemap, at the site's own origin. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) =>
  new Response(`# Every page of the edition may be read and indexed.\nUser-agent: *\nAllow: /\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
