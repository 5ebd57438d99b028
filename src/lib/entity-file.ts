/** Reads one entity YAML file into a validated entity, with errors that name the file, line and field. */
import { isMap, isScalar, isSeq, type LineCounter, type Node, type YAMLMap } from 'yaml';
import { ContentError, ContentErrors } from './content-error.ts';
import { entitySchema, type Entity } from './schema.ts';
import { readYamlDocument } from './yaml-file.ts';

/** Parses and validates the text of content/entities/<slug>.yaml. */
export function parseEntityFile(text: string, file: string): Entity {
  return readEntityFile(text, file).data;
}

/**
 * An entity file's data and the line of each field and list entry ("summary", "related.0",
 * "outlet.country"), so that the checks between files (a related slug that does not exist) can
 * name the line too.
 */
export function readEntityFile(text: string, file: string): { data: Entity; lines: Record<string, number> } {
  const { doc, lineCounter } = readYamlDocument(text, file);
  if (!isMap(doc.contents)) {
    throw new ContentError(file, 'an entity file must be a YAML mapping (key: value lines)', 'start the file with "type:" and "name:" lines', 1);
  }
  const result = entitySchema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, lines: fieldLines(doc.contents, lineCounter) };

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

/** The line of each top-level field, and of each entry of a list or map under one. */
function fieldLines(map: YAMLMap, lineCounter: LineCounter): Record<string, number> {
  const lines: Record<string, number> = {};
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  const note = (path: string, node: Node | null | undefined) => {
    const line = lineOf(node);
    if (line !== undefined) lines[path] = line;
  };
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const field = String(pair.key.value);
    note(field, pair.key);
    if (isSeq(pair.value)) pair.value.items.forEach((item, index) => note(`${field}.${index}`, item as Node));
    else if (isMap(pair.value)) for (const entry of pair.value.items) if (isScalar(entry.key)) note(`${field}.${String(entry.key.value)}`, entry.key);
  }
  return lines;
}
