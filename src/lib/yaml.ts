import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** YAML syntax errors, with the line they are on. */
  errors: { line: number; message: string }[];
  /** Line of the value at `path` (or of its closest existing parent), counting from `firstLine`. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * Parses YAML keeping positions, so a problem can point at the line to fix.
 * `firstLine` is the file line the YAML starts on (2 for frontmatter after `---`).
 */
export function parseYaml(source: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((e) => ({ line: toLine(e.pos[0]), message: e.message.split('\n')[0] }));
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? toLine((node as Node).range![0]) : firstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode?.range) line = toLine(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        if (!node) break;
        if ((node as Node).range) line = toLine((node as Node).range![0]);
      } else break;
    }
    return line;
  };
  return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}
