/**
 * `npm run check:content`: the build's own check of content/, alone. Each case copies the small
 * fixture, changes one thing, and runs the command as an editor would.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { scratchFolder } from './site-build.ts';

const workspace = scratchFolder('check-content');
const ARTICLE = 'articles/a-small-article.mdx';

/** A copy of the fixture, changed by `change`. */
function contentWith(name: string, change: (article: string) => void): string {
  const root = join(workspace, name);
  cpSync('tests/fixtures/mini', root, { recursive: true });
  change(join(root, ARTICLE));
  return root;
}

function check(root: string, ...args: string[]): { status: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/check-content.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GLOSSA_CONTENT: root, GLOSSA_CACHE_DIR: `${root}-cache` },
  });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.split('\n').filter((line) => line !== '') };
}

test('valid content: no problems, exit 0', () => {
  const { status, lines } = check(contentWith('valid', () => {}));
  expect(lines.at(-1)).toMatch(/^No problems: 1 articles, 4 entities in .*valid\/ \(\d+\.\d\d s CPU\)$/);
  expect(status).toBe(0);
});

test('each problem is one line, file:line: problem — fix, the root cause first', () => {
  const root = contentWith('misnumbered', (article) => writeFileSync(article, readFileSync(article, 'utf8').replace('<Paragraph n={2}>', '<Paragraph n={3}>')));
  const { status, lines } = check(root);
  expect(status).toBe(1);
  expect(lines[0]).toMatch(new RegExp(`^${root}/${ARTICLE}:\\d+: paragraph number 2 is missing: the 2nd <Paragraph> is numbered 3 .* — number the paragraphs`));
  // The notes of the misnumbered paragraph have ids of paragraph 2: that follows from the numbering and is left out.
  expect(lines.join('\n')).not.toContain('is not of the form');
  expect(lines.at(-1)).toMatch(/^1 problem in /);
});

test('a footnote no note cites is a warning: printed by the check and the build, an error under --strict', () => {
  const root = contentWith('spare-footnote', (article) => appendFileSync(article, '\n[^spare]: A note to self.\n'));
  const warning = new RegExp(`^warning: ${root}/${ARTICLE}:\\d+: footnote \\[\\^spare\\] is defined but no note cites it, so it is not published — cite it`);
  const relaxed = check(root);
  expect(relaxed.lines[0]).toMatch(warning);
  expect(relaxed.status).toBe(0);
  const strict = check(root, '--strict');
  expect(strict.lines[0]).toMatch(warning);
  expect(strict.lines.at(-1)).toMatch(/^1 warning, errors under --strict/);
  expect(strict.status).toBe(1);
  const built = npmRunBuild(root, join(workspace, 'spare-dist'));
  // Once: the build's content check prints it, Astro's reading of the same file does not repeat it.
  expect(`${built.stdout}${built.stderr}`.match(new RegExp(warning.source.slice(1), 'gm'))).toHaveLength(1);
  expect(built.status).toBe(0);
});

test('an original saved with a byte order mark, Windows line ends and a final newline is the same text; a no-break space is not', () => {
  const root = contentWith('file-conventions', () => {});
  const source = join(root, 'sources/a-small-article.txt');
  const text = readFileSync(source, 'utf8');
  writeFileSync(source, `\uFEFF${text.replace(/\n/g, '\r\n')}\r\n`);
  expect(check(root).status).toBe(0);
  const firstSpace = text.indexOf(' ', text.indexOf('\nBy:') + 5);
  writeFileSync(source, `${text.slice(0, firstSpace)}\u00A0${text.slice(firstSpace + 1)}`);
  const { status, lines } = check(root);
  expect(lines[0]).toContain('U+0020 SPACE where the original has U+00A0 NO-BREAK SPACE');
  expect(status).toBe(1);
});

test('front matter that YAML reads otherwise than written: a key twice, a title cut by " #"; each at its line of the file', () => {
  const twice = contentWith('key-twice', (article) => writeFileSync(article, readFileSync(article, 'utf8').replace(/^---\ntitle: (.*)\n/, '---\ntitle: $1\ntitle: Another\n')));
  expect(check(twice).lines[0]).toMatch(new RegExp(`^${twice}/${ARTICLE}:3: malformed YAML: Map keys must be unique — `));
  const cut = contentWith('title-cut', (article) => writeFileSync(article, readFileSync(article, 'utf8').replace(/^---\ntitle: (\S+)/, '---\ntitle: $1 #1')));
  expect(check(cut).lines[0]).toMatch(new RegExp(`^${cut}/${ARTICLE}:2: field "title": YAML reads " #1.*" as a comment`));
});

/** `npm run build` (scripts/build.ts: the content check, then Astro) of a content folder. */
const npmRunBuild = (root: string, outDir: string) =>
  spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/build.ts', outDir], {
    encoding: 'utf8',
    env: { ...process.env, GLOSSA_CONTENT: root, GLOSSA_CACHE_DIR: `${root}-cache`, ASTRO_TELEMETRY_DISABLED: '1' },
  });

test('npm run build checks the content first: a mistake leaves the previous output as it was', () => {
  const root = contentWith('build-stops', () => {});
  const outDir = join(workspace, 'build-stops-dist');
  const build = () => npmRunBuild(root, outDir);
  expect(build().status).toBe(0);
  const published = () => readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => {
    const file = join(entry.parentPath, entry.name);
    return `${file} ${statSync(file).mtimeMs}`;
  }).sort();
  const before = published();
  expect(before.length).toBeGreaterThan(10);
  const article = join(root, ARTICLE);
  writeFileSync(article, readFileSync(article, 'utf8').replace('<Paragraph n={2}>', '<Paragraph n={3}>'));
  const failed = build();
  expect(failed.status).toBe(1);
  expect(failed.stdout).toContain('paragraph number 2 is missing');
  expect(failed.stderr).toContain('nothing was built, and the previous output is untouched');
  expect(published()).toEqual(before);
});

test('a problem between files is named at its line: a related entry or an outlet country that no entity has', () => {
  const root = contentWith('unknown-related', () => {});
  const entity = join(root, 'entities/avesta.yaml');
  const text = readFileSync(entity, 'utf8');
  const countryLine = text.split('\n').findIndex((line) => line.includes('country: dushanbe')) + 1;
  writeFileSync(entity, `${text.replace('country: dushanbe', 'country: dushanbee')}related:\n  - { entity: jamestown, relation: reported on }\n  - { entity: jamestwn, relation: reported on }\n`);
  const lines = check(root).lines.join('\n');
  expect(lines).toContain(`${entity}:${text.split('\n').length + 2}: a "related" entry names the unknown entity "jamestwn" (closest known: "jamestown")`);
  expect(lines).toContain(`${entity}:${countryLine}: "outlet.country" names the unknown entity "dushanbee"`);
});
