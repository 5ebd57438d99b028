/** loadCorpus reads a content folder once per process while its files stay the same. */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadCorpus } from '../../src/lib/content-files.ts';

const folder = mkdtempSync(join(tmpdir(), 'glossa-content-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('a second load of unchanged files reuses the first; any change to a file loads afresh', () => {
  cpSync('tests/fixtures/mini', folder, { recursive: true });
  const first = loadCorpus(folder);
  expect(loadCorpus(folder)).toBe(first);
  appendFileSync(join(folder, 'entities', 'dushanbe.yaml'), '# an editor’s comment\n');
  const second = loadCorpus(folder);
  expect(second).not.toBe(first);
  expect(second.entities.size).toBe(first.entities.size);
});
