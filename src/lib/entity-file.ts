/** Reads one entity YAML file into a validated entity, with errors that name the file, line and field. */
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { ContentError, ContentErrors } from './content-error.ts';
import { entitySchema, type Entity } from './schema.ts';

/** Parses and validates the text of content/entities/<slug>.yaml. */
export function parseEntityFile(text: string, file: string): Entity {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ContentErrors(
      doc.errors.map(
        (error) =>
          new ContentError(
            file,
            `malformed YAML: ${error.message.split('\n')[0]}`,
            'correct the YAML syntax at that line (indentation, quoting of values that contain ": " or "#")',
            error.linePos?.[0].line,
          ),
      ),
    );
  }
  const cut = commentsInProse(doc, text, file, lineCounter);
  if (cut.length > 0) throw new ContentErrors(cut);
  if (!isMap(doc.contents)) {
    throw new ContentError(file, 'an entity file must be a YAML mapping (key: value lines)', 'start the file with "type:" and "name:" lines', 1);
  }
  const result = entitySchema.safeParse(doc.toJS());
  if (result.success) return result.data;

  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    // Walk up from the field to the nearest node that exists (a missing field points at its parent).
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  throw new ContentErrors(
    result.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return new ContentError(
        file,
        `field "${field}": ${issue.message}`,
        fixForIssue(issue.code, field),
        lineOf(issue.path),
      );
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
function commentsInProse(doc: Document, text: string, file: string, lineCounter: LineCounter): ContentError[] {
  const errors: ContentError[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value;
      if (!PROSE_FIELDS.has(key) || !isScalar(value) || value.type !== 'PLAIN' || value.comment === undefined || !value.range) return;
      // Only a comment on the value's own line cuts it (one on the next line is just a comment).
      const lineEnd = text.indexOf('\n', value.range[1]);
      if (!text.slice(value.range[1], lineEnd === -1 ? undefined : lineEnd).includes('#')) return;
      errors.push(
        new ContentError(
          file,
          `field "${key}": YAML reads " #${value.comment.split('\n')[0]}" as a comment, so the value stops at ${JSON.stringify(String(value.value))}`,
          'put the whole value in quotes ("…"), or move the comment to a line of its own',
          lineCounter.linePos(value.range[0]).line,
        ),
      );
    },
  });
  return errors;
}
