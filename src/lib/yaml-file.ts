/** YAML as editors write it (entity files, article front matter): parsed with the line of every problem. */
import type { z } from 'astro/zod';
import { isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { ContentError, ContentErrors } from './content-error.ts';

/** A parsed YAML document and the file line of a character offset into its text. */
export interface YamlDocument {
  doc: Document;
  lineOf: (offset: number) => number;
}

/**
 * Parses YAML text that starts at line `firstLine` of `file`. Throws, with the line, malformed
 * YAML (a duplicated key among it) and a prose value that an unquoted " #" cuts short.
 */
export function readYamlDocument(text: string, file: string, firstLine = 1): YamlDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  const lineAt = (line: number | undefined) => (line === undefined ? undefined : line + firstLine - 1);
  if (doc.errors.length > 0) {
    throw new ContentErrors(
      doc.errors.map(
        (error) =>
          new ContentError(
            file,
            // The library's own "at line 2, column 1" counts from the YAML's start, not the file's: left out.
            `malformed YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
            'correct the YAML syntax at that line (indentation, quoting of values that contain ": " or "#", each key once)',
            lineAt(error.linePos?.[0].line),
          ),
      ),
    );
  }
  const lineOf = (offset: number) => lineAt(lineCounter.linePos(offset).line)!;
  const cut = commentsInProse(doc, text, lineOf, file);
  if (cut.length > 0) throw new ContentErrors(cut);
  return { doc, lineOf };
}

/**
 * The document's data, validated by `schema` (entitySchema, articleSchema in schema.ts). Each
 * problem names its field and the field's line; a missing field, the line of the map it belongs in.
 * `what` says what the fields are of ("field", "front matter field").
 */
export function validateYaml<T>({ doc, lineOf }: YamlDocument, schema: z.ZodType<T>, file: string, what: string): T {
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const lineOfPath = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      if (node?.range) return lineOf(node.range[0]);
    }
    return undefined;
  };
  throw new ContentErrors(
    result.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return new ContentError(file, `${what} "${field}": ${issue.message}`, fixForIssue(issue.code, field), lineOfPath(issue.path));
    }),
  );
}

function fixForIssue(code: string, field: string): string {
  switch (code) {
    case 'invalid_type':
      return `give "${field}" a value of the right kind (see src/lib/schema.ts)`;
    case 'invalid_value':
      return `use one of the allowed values for "${field}" (see src/lib/schema.ts)`;
    case 'unrecognized_keys':
      return 'remove or rename the unknown field; the allowed fields are in src/lib/schema.ts';
    default:
      return `correct "${field}" as the message says (see src/lib/schema.ts)`;
  }
}

/** Fields of running prose, where " #" is more likely part of the sentence than a comment. */
const PROSE_FIELDS = new Set(['name', 'summary', 'description', 'text', 'note', 'label', 'relation', 'title']);

/**
 * An unquoted " #" inside a prose value: YAML reads the rest of the line as a comment and the
 * value silently stops before it ("Issue #90" becomes "Issue"). A comment after a short value
 * (`type: source  # an outlet`) is fine and left alone.
 */
function commentsInProse(doc: Document, text: string, lineOf: (offset: number) => number, file: string): ContentError[] {
  const errors: ContentError[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value;
      if (!PROSE_FIELDS.has(key) || !isScalar(value) || value.type !== 'PLAIN' || !value.comment || !value.range) return;
      // Only a comment on the value's own line cuts it (one on the next line is just a comment).
      const lineEnd = text.indexOf('\n', value.range[1]);
      if (!text.slice(value.range[1], lineEnd === -1 ? undefined : lineEnd).includes('#')) return;
      errors.push(
        new ContentError(
          file,
          `field "${key}": YAML reads " #${value.comment.split('\n')[0]}" as a comment, so the value stops at ${JSON.stringify(String(value.value))}`,
          'put the whole value in quotes ("…"), or move the comment to a line of its own',
          lineOf(value.range[0]),
        ),
      );
    },
  });
  return errors;
}
