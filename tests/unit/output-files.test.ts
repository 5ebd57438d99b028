/** Files written into the output folder only where they changed (src/lib/output-files.ts). */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeChangedFiles, type FileGroup } from '../../src/lib/output-files.ts';

const scratch = mkdtempSync(join(tmpdir(), 'glossa-output-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FOLDERS = ['data/articles', 'data/annotations'];
/** Each file in a group of its own, keyed by its path and text: a group is made again when its text changes. */
const files = (texts: Record<string, string>): FileGroup[] => Object.entries(texts).map(([path, text]) => ({ key: `${path} ${text}`, files: () => [{ path, text }] }));
const read = (outDir: string, path: string) => readFileSync(join(outDir, path), 'utf8');

test('a file is written again only when its text changed, or when it is not as the last build left it', () => {
  const outDir = join(scratch, 'dist');
  const manifest = join(scratch, 'cache', 'manifest.json');
  const texts = { '/data/articles/a.json': '{"a":1}', '/data/articles/b.json': '{"b":1}', '/data/annotations/a/editions/1.jsonld': '{"n":1}' };
  expect(writeChangedFiles(outDir, files(texts), FOLDERS, manifest)).toEqual({ written: 3, unchanged: 0, removed: 0 });
  const left = statSync(join(outDir, 'data/articles/b.json')).mtimeMs;

  expect(writeChangedFiles(outDir, files(texts), FOLDERS, manifest)).toEqual({ written: 0, unchanged: 3, removed: 0 });
  expect(statSync(join(outDir, 'data/articles/b.json')).mtimeMs).toBe(left);

  // Edited in the content: written.
  const edited = { ...texts, '/data/articles/a.json': '{"a":2}' };
  expect(writeChangedFiles(outDir, files(edited), FOLDERS, manifest).written).toBe(1);
  expect(read(outDir, '/data/articles/a.json')).toBe('{"a":2}');

  // Removed from the output folder, or changed there later (same length): written again.
  rmSync(join(outDir, 'data/articles/a.json'));
  writeFileSync(join(outDir, 'data/articles/b.json'), '{"b":9}');
  // Later: file times are as coarse as the kernel's clock tick, and this test is quicker than that.
  const later = new Date(left + 1000);
  utimesSync(join(outDir, 'data/articles/b.json'), later, later);
  expect(writeChangedFiles(outDir, files(edited), FOLDERS, manifest)).toEqual({ written: 2, unchanged: 1, removed: 0 });
  expect(read(outDir, '/data/articles/a.json')).toBe('{"a":2}');
  expect(read(outDir, '/data/articles/b.json')).toBe('{"b":1}');

  // Changed there with its modification time put back: its size still tells.
  const { mtime } = statSync(join(outDir, 'data/articles/b.json'));
  writeFileSync(join(outDir, 'data/articles/b.json'), '{"b":10}');
  utimesSync(join(outDir, 'data/articles/b.json'), mtime, mtime);
  expect(writeChangedFiles(outDir, files(edited), FOLDERS, manifest).written).toBe(1);
  expect(read(outDir, '/data/articles/b.json')).toBe('{"b":1}');
});

test('files no longer made are removed from the folders, with the folders they leave empty; nothing else is', () => {
  const outDir = join(scratch, 'removed');
  const manifest = join(scratch, 'cache', 'removed.json');
  const texts = { '/data/articles/a.json': 'a', '/data/articles/b.json': 'b', '/data/annotations/b.jsonld': 'b', '/data/annotations/b/editions/1.jsonld': 'b1' };
  writeChangedFiles(outDir, files(texts), FOLDERS, manifest);
  writeFileSync(join(outDir, 'data/articles/stray.json'), 'from an earlier build');
  writeFileSync(join(outDir, 'data/entities.json'), 'not in the folders');

  const { '/data/articles/b.json': _, '/data/annotations/b.jsonld': __, '/data/annotations/b/editions/1.jsonld': ___, ...left } = texts;
  expect(writeChangedFiles(outDir, files(left), FOLDERS, manifest)).toEqual({ written: 0, unchanged: 1, removed: 4 });
  expect(existsSync(join(outDir, 'data/articles/a.json'))).toBe(true);
  for (const gone of ['data/articles/b.json', 'data/articles/stray.json', 'data/annotations']) expect(existsSync(join(outDir, gone)), gone).toBe(false);
  expect(read(outDir, '/data/entities.json')).toBe('not in the folders');
});

test('the manifest is trusted only for the output folder it was written for', () => {
  const manifest = join(scratch, 'cache', 'other.json');
  const texts = { '/data/articles/a.json': 'the text' };
  const first = join(scratch, 'first');
  writeChangedFiles(first, files(texts), FOLDERS, manifest);
  // Another folder holding another text of the same size and time.
  const other = join(scratch, 'other');
  cpSync(first, other, { recursive: true, preserveTimestamps: true });
  const { mtime } = statSync(join(first, 'data/articles/a.json'));
  writeFileSync(join(other, 'data/articles/a.json'), 'old text');
  utimesSync(join(other, 'data/articles/a.json'), mtime, mtime);
  expect(writeChangedFiles(other, files(texts), FOLDERS, manifest).written).toBe(1);
  expect(read(other, '/data/articles/a.json')).toBe('the text');
});

test('a build stopped while writing the manifest leaves the last one', () => {
  const outDir = join(scratch, 'stopped');
  const manifest = join(scratch, 'cache', 'stopped.json');
  writeChangedFiles(outDir, files({ '/data/articles/a.json': 'a' }), FOLDERS, manifest);
  mkdirSync(`${manifest}.writing`);
  expect(() => writeChangedFiles(outDir, files({ '/data/articles/a.json': 'b' }), FOLDERS, manifest)).toThrow();
  // The file was written, the manifest not: the next build, later, finds the file unlike its record and writes it.
  rmSync(`${manifest}.writing`, { recursive: true });
  const later = new Date(statSync(join(outDir, 'data/articles/a.json')).mtimeMs + 1000);
  utimesSync(join(outDir, 'data/articles/a.json'), later, later);
  expect(writeChangedFiles(outDir, files({ '/data/articles/a.json': 'a' }), FOLDERS, manifest).written).toBe(1);
  expect(read(outDir, '/data/articles/a.json')).toBe('a');
});

test('a group whose key the manifest holds, its files as the last build left them, is not made again', () => {
  const outDir = join(scratch, 'groups');
  const manifest = join(scratch, 'cache', 'groups.json');
  const made: string[] = [];
  const group = (key: string, texts: Record<string, string>): FileGroup => ({
    key,
    files: () => {
      made.push(key);
      return Object.entries(texts).map(([path, text]) => ({ path, text }));
    },
  });
  const a = { '/data/articles/a.json': 'a', '/data/annotations/a.jsonld': 'a notes' };
  const b = { '/data/articles/b.json': 'b' };
  expect(writeChangedFiles(outDir, [group('a1', a), group('b1', b)], FOLDERS, manifest)).toEqual({ written: 3, unchanged: 0, removed: 0 });
  expect(made).toEqual(['a1', 'b1']);

  // The same keys: nothing is made, and every file stays.
  made.length = 0;
  expect(writeChangedFiles(outDir, [group('a1', a), group('b1', b)], FOLDERS, manifest)).toEqual({ written: 0, unchanged: 3, removed: 0 });
  expect(made).toEqual([]);
  expect(read(outDir, '/data/annotations/a.jsonld')).toBe('a notes');

  // A new key: the group is made, and only the file whose text changed is written.
  expect(writeChangedFiles(outDir, [group('a2', { ...a, '/data/articles/a.json': 'a edited' }), group('b1', b)], FOLDERS, manifest)).toEqual({ written: 1, unchanged: 2, removed: 0 });
  expect(made).toEqual(['a2']);
  expect(read(outDir, '/data/articles/a.json')).toBe('a edited');

  // The same key, but a file of the group is gone from the output folder: the group is made again.
  made.length = 0;
  rmSync(join(outDir, 'data/articles/b.json'));
  expect(writeChangedFiles(outDir, [group('a2', { ...a, '/data/articles/a.json': 'a edited' }), group('b1', b)], FOLDERS, manifest)).toEqual({ written: 1, unchanged: 2, removed: 0 });
  expect(made).toEqual(['b1']);
  expect(read(outDir, '/data/articles/b.json')).toBe('b');
});
