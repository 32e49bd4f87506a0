import { defineHastPlugin, type HastNode } from 'satteri';

/**
 * Wraps each table in a scrolling box that keyboard users can focus, so a wide table scrolls inside the page
 * on a small screen instead of pushing the whole page sideways. Column alignment (`| ---: |`) becomes a class:
 * the inline style Sätteri writes is blocked by the site's Content Security Policy.
 */
export const tableScroll = defineHastPlugin({
  name: 'joined-up:table-scroll',
  element: [
    {
      filter: ['th', 'td'],
      visit(node, ctx) {
        const align = /^text-align:\s*(left|right|center)$/.exec(String(node.properties.style ?? '').trim())?.[1];
        if (!align) return;
        ctx.setProperty(node, 'style', undefined);
        ctx.setProperty(node, 'className', [`align-${align}`]);
      },
    },
    {
      filter: ['table'],
      visit(node, ctx) {
        const header = node.children.find((c) => c.type === 'element' && c.tagName === 'thead');
        const firstCell = header && findText(header);
        // A figure, not a region landmark: tables need a name but should not crowd the landmark list.
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: firstCell ? `Table: ${firstCell}` : 'Table' },
          children: [],
        });
      },
    },
  ],
});

/** The first words in a table's header: its first cell, or whatever heads the table. */
function findText(node: HastNode): string {
  if (node.type === 'text') return node.value.trim();
  if (!('children' in node)) return '';
  for (const child of node.children) {
    const text = findText(child);
    if (text) return text;
  }
  return '';
}
