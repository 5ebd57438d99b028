/** The path the site is served under, for the browser's scripts: Astro's base (src/lib/base-path.ts), compiled in. */
import { normalizeBase } from '../lib/base-path';

export const BASE = normalizeBase(import.meta.env.BASE_URL);
