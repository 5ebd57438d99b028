/** YAML as editors write it (entity files, article front matter): parsed with the line of every problem. */
import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { ContentError, ContentErrors } from './content-error.ts';

/**
 * Parses YAML text that starts at line `firstLine` of `file`. Throws, with the line, malformed
 * YAML (a duplicated key among it) and a prose value that an unquoted " #" cuts short.
 */
export function readYamlDocument(text: string, file: string, firstLine = 1): { doc: Document; lineCounter: LineCounter } {
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
  const cut = commentsInProse(doc, text, (offset) => lineAt(lineCounter.linePos(offset).line)!, file);
  if (cut.length > 0) throw new ContentErrors(cut);
  return { doc, lineCounter };
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
