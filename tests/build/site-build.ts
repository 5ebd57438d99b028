/**
 * Real builds for the build-level tests: each in a scratch folder of its own, inside the project.
 * Astro keeps a build's server chunks in <outDir>/.prerender/ when the output folder is inside the
 * working directory, and in the shared ./.astro/.prerender/ when it is not, where builds that run
 * at the same time (vitest runs test files in parallel) would delete each other's chunks.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll } from 'vitest';

/** A new folder under .test-builds/, removed when the test file is done. */
export function scratchFolder(name: string): string {
  const parent = resolve('.test-builds');
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(join(parent, `${name}-`));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * `astro build` of a content folder into `outDir`, with its own cache folder: the exit code and all
 * output, without terminal colours (CI sets FORCE_COLOR, and Astro's log then wraps each path in them).
 */
export function buildSite(content: string, cacheDir: string, outDir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, GLOSSA_CONTENT: content, GLOSSA_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}
