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

/** The line of each field and of each entry of a list or map under it, at any depth ("facts.0.refs.1"). */
function fieldLines(map: YAMLMap, lineOf: (offset: number) => number): Record<string, number> {
  const lines: Record<string, number> = {};
  const walk = (path: string, node: unknown) => {
    if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const itemPath = `${path}.${index}`;
        if ((item as Node | null)?.range) lines[itemPath] = lineOf((item as Node).range![0]);
        walk(itemPath, item);
      });
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const keyPath = path ? `${path}.${String(pair.key.value)}` : String(pair.key.value);
        lines[keyPath] = lineOf(pair.key.range[0]);
        walk(keyPath, pair.value);
      }
    }
  };
  walk('', map);
  return lines;
}
