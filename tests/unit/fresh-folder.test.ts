import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDiscarded, freshFolder } from '../../tools/bench/fresh-folder.ts';

describe('freshFolder (bench:scale)', () => {
  let parent = '';
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'glossa-fresh-'));
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('empties a folder by moving what it held aside, deleted only when asked', () => {
    const folder = join(parent, '5000');
    mkdirSync(join(folder, 'dist'), { recursive: true });
    writeFileSync(join(folder, 'dist', 'index.html'), 'last run');
    expect(freshFolder(folder)).toBe(folder);
    expect(readdirSync(folder)).toEqual([]);
    const [moved, ...others] = readdirSync(join(parent, '.discarded'));
    expect(others).toEqual([]);
    expect(readFileSync(join(parent, '.discarded', moved!, 'dist', 'index.html'), 'utf8')).toBe('last run');
    deleteDiscarded(parent);
    expect(existsSync(join(parent, '.discarded'))).toBe(false);
    expect(existsSync(folder)).toBe(true);
  });

  it('makes a folder that is not there yet', () => {
    const folder = join(parent, 'control-100');
    freshFolder(folder);
    expect(readdirSync(folder)).toEqual([]);
    expect(readdirSync(join(parent, '.discarded'))).toEqual([]);
  });
});
