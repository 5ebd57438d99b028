/**
 * The built site carries its security policy twice: dist/_headers for static hosts, and a
 * Content-Security-Policy <meta http-equiv> at the top of every page's head, for any host and for
 * `npm start`'s preview. Neither lets a script run inline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseHeadersFile, parsePolicy, scriptPolicyProblems } from '../../src/lib/security-headers.ts';
import { DIST, distPages } from '../dist-pages.ts';

/** The CSP of a page's meta element, and the elements of its head before it. */
function metaPolicy(html: string): { policy?: string; before: string[] } {
  const before: string[] = [];
  let policy: string | undefined;
  let inHead = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'head') inHead = true;
      else if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') policy ??= attributes['content'] ?? '';
      else if (inHead && policy === undefined) before.push(name);
    },
    onclosetag(name) {
      if (name === 'head') inHead = false;
    },
  });
  parser.write(html);
  parser.end();
  return policy === undefined ? { before } : { policy, before };
}

describe('the security headers', () => {
  test('dist/_headers gives every path the CSP, nosniff and a Referrer-Policy', () => {
    const file = join(DIST, '_headers');
    expect(existsSync(file), `${file} exists`).toBe(true);
    const all = parseHeadersFile(readFileSync(file, 'utf8')).get('/*');
    expect(all, 'a rule for /*').toBeDefined();
    expect(all!.get('x-content-type-options')).toBe('nosniff');
    expect(all!.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    const policy = all!.get('content-security-policy') ?? '';
    expect(scriptPolicyProblems(policy)).toEqual([]);
    // The header holds the page policy, and may add what only a header can say.
    const header = parsePolicy(policy);
    for (const [directive, sources] of parsePolicy(CONTENT_SECURITY_POLICY)) expect(header.get(directive), directive).toEqual(sources);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  test('every page has the CSP meta element first in its head, before any script or stylesheet', () => {
    const pages = distPages();
    expect(pages.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const page of pages) {
      const { policy, before } = metaPolicy(page.html);
      if (policy === undefined) wrong.push(`${page.path}: no Content-Security-Policy meta element`);
      else if (policy !== CONTENT_SECURITY_POLICY) wrong.push(`${page.path}: the policy differs from src/lib/security-headers.ts: ${policy}`);
      else if (before.some((name) => name !== 'meta')) wrong.push(`${page.path}: <${before.join('>, <')}> come before the policy, which governs only what follows it`);
    }
    expect(wrong).toEqual([]);
    expect(scriptPolicyProblems(CONTENT_SECURITY_POLICY)).toEqual([]);
  });
});
