import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY, headersFile, parseHeadersFile, parsePolicy, scriptPolicyProblems, SECURITY_HEADERS, THEME_SCRIPT } from '../../src/lib/security-headers.ts';

describe('the policy', () => {
  test('lets scripts come from the site only, with WebAssembly for search, and inline only the theme script, by its hash', () => {
    const policy = parsePolicy(CONTENT_SECURITY_POLICY);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(scriptPolicyProblems(CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  test.each([
    ["script-src 'self' 'unsafe-inline'; object-src 'none'", ["script-src allows 'unsafe-inline'"]],
    ["default-src 'self' 'unsafe-inline'; object-src 'none'", ["script-src allows 'unsafe-inline'"]],
    ["script-src 'self' 'unsafe-eval' https:; object-src 'none'", ["script-src allows 'unsafe-eval'", 'script-src allows https:']],
    ["script-src *; object-src 'none'", ['script-src allows *']],
    ["style-src 'self'", ['no script-src (nor default-src): scripts are not restricted']],
    ["script-src 'self'", ["no object-src 'none'"]],
    ["default-src 'none'; script-src 'self'", []],
  ])('scriptPolicyProblems(%j) = %j', (policy, problems) => expect(scriptPolicyProblems(policy)).toEqual(problems));
});

describe('the _headers file', () => {
  test('applies the headers to every path, lets browsers keep the hashed assets, and reads back as written', () => {
    const text = headersFile();
    expect(text).toContain('\n/*\n  Content-Security-Policy: ');
    const rules = parseHeadersFile(text);
    expect([...rules.keys()]).toEqual(['/*', '/_astro/*']);
    expect(rules.get('/_astro/*')!.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Object.fromEntries(rules.get('/*')!)).toEqual(Object.fromEntries(Object.entries(SECURITY_HEADERS).map(([name, value]) => [name.toLowerCase(), value])));
  });

  test('parses several rules, skipping comments and blank lines', () => {
    const rules = parseHeadersFile('# comment\n/*\n  X-A: 1\n\n/data/*\n  Access-Control-Allow-Origin: *\n  X-B: a: b\n');
    expect(rules.get('/*')).toEqual(new Map([['x-a', '1']]));
    expect(rules.get('/data/*')).toEqual(new Map([['access-control-allow-origin', '*'], ['x-b', 'a: b']]));
  });
});
