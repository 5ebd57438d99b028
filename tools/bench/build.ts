/**
 * The site's build exactly as `npm run build` runs it (package.json's "build" script), pointed at
 * another output folder, measured as one step: every `&&`-separated command in one shell, under
 * GNU time (measure.ts). `astro` is the project's own binary and gets `--outDir`; a `node` script
 * after it gets the output folder as its first argument, as scripts/build.ts takes it.
 */
import { readFileSync } from 'node:fs';
import { runMeasured, type Measured } from './measure.ts';

export interface BuildMeasured extends Measured {
  /** The search index's own time, when the build logs it ("Search index: … in N ms"). */
  searchIndexSeconds?: number;
}

/** The project's Astro, run by this Node. */
export const ASTRO = 'node_modules/astro/bin/astro.mjs';

/** The "build" script of package.json in the current folder. */
export const buildScript = (): string => (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.build!;

/** The build script's commands as argument lists, writing the site to `outDir`. */
export function buildCommands(script: string, outDir: string, node = process.execPath): string[][] {
  return script.split('&&').map((command) => {
    if (/['"`$\\|;<>]/.test(command)) throw new Error(`the build command "${command.trim()}" uses shell syntax this benchmark does not follow`);
    const [program, ...args] = command.trim().split(/\s+/);
    if (program === 'astro') return [node, ASTRO, ...args, ...(args[0] === 'build' ? ['--outDir', outDir] : [])];
    if (program === 'node') return [node, ...args, outDir];
    throw new Error(`the build command "${command.trim()}" runs ${program}; this benchmark knows how to point only astro and node scripts at its output folder`);
  });
}

/** Runs the build into `outDir` with `env` added, its output in `logFile`. */
export async function runBuild(outDir: string, env: Record<string, string>, logFile: string): Promise<BuildMeasured> {
  const line = buildCommands(buildScript(), outDir).map((command) => command.map(shellQuote).join(' ')).join(' && ');
  const measured = await runMeasured('/bin/sh', ['-c', line], env, logFile);
  const searchIndexSeconds = loggedSearchIndexSeconds(readFileSync(logFile, 'utf8'));
  return searchIndexSeconds === undefined ? measured : { ...measured, searchIndexSeconds };
}

/** The time the search index step logs ("Search index: 120 pages and 100 articles in 9012 ms → dist/pagefind/"). */
export function loggedSearchIndexSeconds(log: string): number | undefined {
  const milliseconds = /Search index:[^\n]* in ([\d,.]+) ?ms\b/.exec(log)?.[1];
  return milliseconds === undefined ? undefined : Number(milliseconds.replaceAll(',', '')) / 1000;
}

const shellQuote = (word: string): string => (/^[\w./=:@%+-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);
