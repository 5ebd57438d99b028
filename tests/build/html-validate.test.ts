/**
 * Every HTML file of the build, redirect stubs included, is valid by html-validate's recommended
 * rules as configured in .htmlvalidate.json (each relaxed rule says why there).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { DIST, distHtml } from '../dist-pages.ts';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate({ ...config, root: true });

describe('HTML validity', () => {
  test('every built HTML file passes html-validate', async () => {
    const pages = distHtml();
    expect(pages.filter((page) => !page.redirect).length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, join(DIST, page.file));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${result.filePath}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`);
      }
    }
    if (problems.length > 0) expect.fail(`${problems.length} html-validate errors:\n${problems.join('\n')}`);
  });
});
