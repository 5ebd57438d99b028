/** What the browser tests expect, read from content/ so that an empty or broken site fails them. */
import { readdirSync, readFileSync } from 'node:fs';

export const ARTICLE_SLUG = 'tajikistan-diversifies-its-security-assistance';
export const ARTICLE_URL = `/articles/${ARTICLE_SLUG}/`;

/** The original's six paragraphs, verbatim, from content/sources/. */
export const ORIGINAL_PARAGRAPHS = readFileSync(`content/sources/${ARTICLE_SLUG}.txt`, 'utf8').split('\n').slice(3);

/** Every entity slug in content/entities/. */
export const ENTITY_SLUGS = readdirSync('content/entities')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.replace(/\.yaml$/, ''));
