/** Reads one entity YAML file into a validated entity, with errors that name the file, line and field. */
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { ContentError } from './content-error.ts';
import { entitySchema, type Entity } from './schema.ts';
import { readYamlDocument, validateYaml } from './yaml-file.ts';

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
  const read = readYamlDocument(text, file);
  if (!isMap(read.doc.contents)) {
    throw new ContentError(file, 'an entity file must be a YAML mapping (key: value lines)', 'start the file with "type:" and "name:" lines', 1);
  }
  return { data: validateYaml(read, entitySchema, file, 'field'), lines: fieldLines(read.doc.contents, read.lineOf) };
}

/** The line of each top-level field, and of each entry of a list or map under one. */
function fieldLines(map: YAMLMap, lineOf: (offset: number) => number): Record<string, number> {
  const lines: Record<string, number> = {};
  const note = (path: string, node: Node | null | undefined) => {
    if (node?.range) lines[path] = lineOf(node.range[0]);
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
