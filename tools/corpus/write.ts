/** Writes a generated archive to a folder, safely: never into content/, never over a folder it did not generate. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { generateCorpus, GENERATOR_VERSION, type CorpusOptions } from './generate.ts';

/** The file that marks a folder as a generated archive, with the options that made it. */
export const MARKER = '.glossa-corpus.json';

export interface WrittenCorpus {
  articles: number;
  entities: number;
}

/** The options a folder was generated with, or undefined when it holds no archive of this generator's version. */
export function corpusOptionsIn(folder: string): CorpusOptions | undefined {
  const marker = join(folder, MARKER);
  if (!existsSync(marker)) return undefined;
  const { articles, seed, entities, paragraphs, version } = JSON.parse(readFileSync(marker, 'utf8')) as CorpusOptions & { version?: number };
  if (version !== GENERATOR_VERSION) return undefined;
  return { articles, seed, ...(entities === undefined ? {} : { entities }), ...(paragraphs === undefined ? {} : { paragraphs }) };
}

/**
 * Generates the archive into `folder`, replacing an earlier generated archive there. Refuses the
 * real content folder (`protect`, default ./content) and any non-empty folder without the marker.
 */
export function writeCorpus(folder: string, options: CorpusOptions, protect = 'content'): WrittenCorpus {
  const out = resolve(folder);
  const content = resolve(protect);
  if (out === content || !relative(content, out).startsWith('..')) {
    throw new Error(`refusing to write into ${content}: that is the real content; choose another folder`);
  }
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!existsSync(join(out, MARKER))) throw new Error(`refusing to replace ${out}: it is not empty and holds no generated archive (${MARKER})`);
    rmSync(out, { recursive: true });
  }
  const counts = { articles: 0, sources: 0, entities: 0 };
  for (const file of generateCorpus(options)) {
    const path = join(out, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    counts[file.path.split('/')[0] as keyof typeof counts]++;
  }
  writeFileSync(join(out, MARKER), `${JSON.stringify({ ...options, version: GENERATOR_VERSION }, null, 2)}\n`);
  return { articles: counts.articles, entities: counts.entities };
}
