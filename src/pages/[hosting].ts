/** dist/_headers: the security headers, for static hosts that read the file (Netlify, Cloudflare Pages). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../lib/security-headers';

export const getStaticPaths = (() => [{ params: { hosting: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(headersFile(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
