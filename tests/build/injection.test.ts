/**
 * Raw HTML in content cannot put script on a page. A copy of the small fixture gets script in an
 * entity's summary, description, fact, date and report note, and as escaped text in an
 * annotation: the build succeeds and its pages show the words as text, with no script, event
 * handler or javascript: link from content. Raw HTML or a javascript: link in an annotation, or a
 * javascript: reference in an entity file, fails the build, saying where.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { THEME_SCRIPT } from '../../src/lib/security-headers.ts';
import { buildSite, scratchFolder } from './site-build.ts';

const FIXTURE = 'tests/fixtures/mini';
const ARTICLE = 'articles/a-small-article.mdx';
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const workspace = scratchFolder('injection');

/** Builds a copy of the fixture after `change` edits it: the exit code, all output and the build folder. */
function build(name: string, change: (root: string) => void) {
  const content = join(workspace, name);
  const outDir = join(workspace, `${name}-dist`);
  cpSync(FIXTURE, content, { recursive: true });
  change(content);
  return { ...buildSite(content, join(workspace, `${name}-cache`), outDir), outDir };
}

const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(file, text.replace(from, to));
};
const yamlString = (text: string) => JSON.stringify(text); // a JSON string is a YAML string

const NAVIGABLE = new Set(['a', 'area', 'iframe', 'frame', 'object', 'embed', 'form', 'button', 'input']);

const CITATION_DOWNLOAD = /^data:application\/(?:x-bibtex|x-research-info-systems|vnd\.citationstyles\.csl\+json);charset=utf-8,/;

/** What in a page could run script: script elements not ours, event handlers, script URLs. */
function executable(html: string): string[] {
  const found: string[] = [];
  let script: { attributes: Record<string, string>; text: string } | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute.startsWith('on')) found.push(`<${name} ${attribute}="${value}">`);
        if (/^\s*(?:javascript|vbscript):/i.test(value)) found.push(`<${name} ${attribute}="${value}">`);
        // A data: URL runs script only where it is navigated to or embedded as a document; the
        // citation downloads (src/lib/cite.ts) are files of the three citation formats, which no browser renders as one.
        if (/^\s*data:/i.test(value) && !CITATION_DOWNLOAD.test(value) && NAVIGABLE.has(name)) found.push(`<${name} ${attribute}="${value}">`);
      }
      if (name === 'script') script = { attributes, text: '' };
    },
    ontext(text) {
      if (script) script.text += text;
    },
    onclosetag(name) {
      if (name !== 'script' || !script) return;
      const { attributes, text } = script;
      script = undefined;
      if (attributes['type'] === 'application/ld+json') {
        try {
          JSON.parse(text);
        } catch {
          found.push(`a JSON-LD block that is not JSON: ${text.slice(0, 80)}`);
        }
      } else if (text !== THEME_SCRIPT && (!attributes['src']?.startsWith('/') || text.trim() !== '')) {
        found.push(`<script ${JSON.stringify(attributes)}>${text.slice(0, 80)}</script>`);
      }
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

const htmlFiles = (dir: string) => (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('.html'));

describe('raw HTML in content', () => {
  test('(the detector finds what MDX made of it before the build rejected it)', () => {
    const before = '<h3 id="p1-n1">Where</h3><p>The capital. <script>alert(1)</script> and <img src="x" onerror="alert(1)"/> and <a href="javascript:alert(1)">a link</a>.</p>';
    expect(executable(before)).toEqual(['<script {}>alert(1)</script>', '<img onerror="alert(1)">', '<a href="javascript:alert(1)">']);
    expect(executable(`<script>${THEME_SCRIPT}</script><script src="/_astro/a.js"></script><script type="application/ld+json">{"a":"\\u003c/script>"}</script>`)).toEqual([]);
  });

  test('in entity text and as escaped text in an annotation, reaches the pages as text only', () => {
    const { status, output, outDir } = build('text', (root) => {
      const dushanbe = join(root, 'entities/dushanbe.yaml');
      edit(dushanbe, 'summary: A capital.', `summary: ${yamlString(`A capital. ${SCRIPT}`)}`);
      edit(dushanbe, 'description: A capital.', `description: ${yamlString(`A capital ${IMG} with a <a href="javascript:alert(1)">link</a>.`)}
facts:
  - text: ${yamlString(`It is the capital. ${SCRIPT} javascript:alert(1)`)}
    refs: [{ title: ${yamlString(`A source ${IMG}`)}, url: "https://example.org/a" }]
dates:
  - label: ${yamlString(`Founded ${SCRIPT}`)}
    value: ${yamlString(`1924 ${IMG}`)}
    refs: [{ title: A source, url: "https://example.org/a" }]`);
      edit(join(root, 'entities/avesta.yaml'), '  - date: 2004-09-17', `  - date: 2004-09-17\n    note: ${yamlString(`A report. ${SCRIPT} ${IMG}`)}`);
      // Written as text, escaped as MDX asks: the words show, nothing runs.
      edit(join(root, ARTICLE), 'The capital.', 'The capital. \\<script>alert(1)\\</script> and \\<img src=x onerror=alert(1)> and javascript:alert(1).');
    });
    expect(output).toContain('page(s) built');
    expect(status).toBe(0);

    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(3);
    const found = pages.flatMap((file) => executable(readFileSync(join(outDir, file), 'utf8')).map((what) => `${file}: ${what}`));
    expect(found).toEqual([]);

    // The words are there, as text.
    const dushanbe = readFileSync(join(outDir, 'entities/dushanbe/index.html'), 'utf8');
    expect(dushanbe).toContain('A capital. &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(dushanbe).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(dushanbe).toContain('It is the capital. &lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1)');
    expect(readFileSync(join(outDir, 'entities/avesta/index.html'), 'utf8')).toContain('A report. &lt;script&gt;alert(1)&lt;/script&gt;');
    const article = readFileSync(join(outDir, 'articles/a-small-article/index.html'), 'utf8');
    // Prose is serialised by proseHtml (src/lib/prose-html.ts), which escapes "<" and "&" in text ("&gt;" is not needed).
    expect(article).toContain('The capital. &lt;script>alert(1)&lt;/script> and &lt;img src=x onerror=alert(1)> and javascript:alert(1).');
  });

  test('as markup in an annotation, or as a javascript: reference of an entity, fails the build, saying where', () => {
    const { status, output } = build('markup', (root) => {
      edit(join(root, ARTICLE), 'The capital.', `The capital. ${SCRIPT} and <img src="x" onerror="alert(1)" /> and [a link](javascript:alert(1)).`);
    });
    expect(status).not.toBe(0);
    expect(output).toContain('a-small-article.mdx:19: <script> is raw HTML or JSX');
    expect(output).toContain('a-small-article.mdx:19: <img> is raw HTML or JSX');
    expect(output).toContain('a-small-article.mdx:19: the link "javascript:alert(1)" could run script');

    const reference = build('reference', (root) => {
      edit(join(root, 'entities/dushanbe.yaml'), 'summary: A capital.', 'summary: A capital.\nfacts:\n  - text: It is the capital.\n    refs: [{ title: A source, url: "javascript:alert(1)" }]');
    });
    expect(reference.status).not.toBe(0);
    expect(reference.output).toContain('entities/dushanbe.yaml');
    expect(reference.output).toContain('field "facts.0.refs.0.url"');
  });

  test('an unquoted attribute, as the brief writes <img src=x onerror=alert(1)>, is not even MDX: the build fails', () => {
    const { status, output } = build('unquoted', (root) => edit(join(root, ARTICLE), 'The capital.', `The capital. ${IMG}`));
    expect(status).not.toBe(0);
    expect(output).toContain('a-small-article.mdx:19');
    expect(output).toContain('the MDX cannot be parsed');
  });
});
