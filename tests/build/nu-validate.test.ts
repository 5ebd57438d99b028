/**
 * Every HTML file of the build is valid by the W3C Nu HTML Checker (vnu-jar from npm, run with the
 * machine's Java), the reference validator: it catches what html-validate does not (an unescaped
 * space in a data: URL, a meta refresh without the space after "0;").
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, distHtml } from '../dist-pages.ts';

const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');

test('every built HTML file has no error by the Nu HTML Checker', () => {
  const files = distHtml().map((page) => join(DIST, page.file));
  expect(files.length).toBeGreaterThan(40);
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8' });
  if (run.error) expect.fail(`the Nu checker needs Java (${run.error.message}): apt-get install default-jre-headless`);
  const errors = `${run.stdout}${run.stderr}`.trim();
  if (run.status !== 0 || errors !== '') expect.fail(`Nu HTML Checker errors:\n${errors}`);
}, 120_000);
