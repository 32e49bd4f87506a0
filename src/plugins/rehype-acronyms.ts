import type { GlossaryItem } from '../schemas/glossary';
import { expandFirstUses, meaningsFor } from '../lib/glossary';

// The few hast shapes this plugin touches (hast's own types are not a dependency of the project).
interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}
interface File {
  data: { astro?: { frontmatter?: { acronyms?: Record<string, string> } } };
}

// No abbreviation inside code, inside an existing <abbr>, or in headings (they are also the table of contents).
const skip = new Set(['code', 'pre', 'abbr', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Wraps the first use of each glossary acronym in an entry as <abbr title="expansion">, in document order.
 * An entry's `acronyms` frontmatter overrides the glossary where an acronym means something else there.
 */
export function rehypeAcronyms(glossary: GlossaryItem[]) {
  return () => (tree: Node, file: File) => {
    const meanings = meaningsFor(glossary, file.data.astro?.frontmatter?.acronyms);
    const seen = new Set<string>();
    const walk = (node: Node) => {
      if (!node.children || (node.tagName && skip.has(node.tagName))) return;
      node.children = node.children.flatMap((child): Node[] => {
        if (child.type !== 'text') {
          walk(child);
          return [child];
        }
        return expandFirstUses(child.value ?? '', meanings, seen).map((part) =>
          'text' in part
            ? { type: 'text', value: part.text }
            : { type: 'element', tagName: 'abbr', properties: { title: part.title }, children: [{ type: 'text', value: part.abbr }] },
        );
      });
    };
    walk(tree);
  };
}
