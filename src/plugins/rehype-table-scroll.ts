import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Wraps each table in a scrolling box that keyboard users can focus, so a wide table scrolls inside the page
 * on a small screen instead of pushing the whole page sideways.
 */
export function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (parent.type === 'element' && (parent.properties?.className as string[] | undefined)?.includes('table-scroll')) return;
      const header = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead');
      const firstCell = header && findText(header);
      parent.children[index] = {
        type: 'element',
        // A figure, not a region landmark: tables need a name but should not crowd the landmark list.
        tagName: 'figure',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: firstCell ? `Table: ${firstCell}` : 'Table' },
        children: [node],
      };
    });
  };
}

function findText(node: Element): string {
  for (const child of node.children) {
    if (child.type === 'text' && child.value.trim()) return child.value.trim();
    if (child.type === 'element') {
      const text = findText(child);
      if (text) return text;
    }
  }
  return '';
}
