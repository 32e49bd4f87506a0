import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** YAML syntax errors, with the line they are on. */
  errors: { line: number; message: string }[];
  /** Line of the value at `path` (or of its closest existing parent), counting from `firstLine`. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/**
 * Parses YAML so a problem can point at the line to fix. `firstLine` is the file line the YAML starts on
 * (2 for frontmatter after `---`).
 *
 * The data comes from js-yaml, the parser Astro reads frontmatter with, far faster than building a document
 * with positions (docs/decisions/entry-schema-once.md). It uses the YAML 1.2 core schema, as a document does, so
 * dates stay text: js-yaml's default would turn 2026-02-30 into 2 March instead of letting the check say it is not
 * a real day. Positions are worked out only when a problem needs a line, or when js-yaml rejects the text and its
 * errors need theirs.
 */
export function parseYaml(source: string, firstLine = 1): ParsedYaml {
  let positions: ReturnType<typeof withPositions> | undefined;
  const located = () => (positions ??= withPositions(source, firstLine));
  try {
    return { data: load(source, { schema: CORE_SCHEMA }), errors: [], lineOf: (path) => located().lineOf(path) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { errors, lineOf } = located();
    // The two parsers agree on what is broken; if only js-yaml objects, its own message and line are kept.
    return { data: undefined, errors: errors.length ? errors : [{ line: error.mark.line + firstLine, message: error.reason }], lineOf };
  }
}

function withPositions(source: string, firstLine: number) {
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
  return { errors, lineOf };
}
