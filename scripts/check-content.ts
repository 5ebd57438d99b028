/**
 * `npm run check:content [-- --strict]`: reads and checks all of content/ (or GLOSSA_CONTENT)
 * exactly as the build does (the same loader, the same content cache), without building a page,
 * and prints every problem as "file:line: problem — fix", in the order the check found them: each
 * file's own problems first, then those between files. Exits 1 on any error; with --strict (CI),
 * on any warning too.
 */
import { parseArgs } from 'node:util';
import { checkContent } from '../src/data/content-check.ts';

const { values } = parseArgs({ options: { strict: { type: 'boolean', default: false } } });
process.exit(checkContent({ strict: values.strict }) ? 0 : 1);
