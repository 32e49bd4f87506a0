import { defineHastPlugin, type HastNode, type HastVisitorContext } from 'satteri';
import type { GlossaryItem } from '../schemas/glossary';
import { expandFirstUses, meaningsFor } from '../lib/glossary';

// No abbreviation inside code, inside an existing <abbr>, or in headings (they are also the table of contents).
const skip = new Set(['code', 'pre', 'abbr', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const skipped = (node: Readonly<HastNode>, ctx: HastVisitorContext): boolean => {
  for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && skip.has(parent.tagName)) return true;
  }
  return false;
};

/**
 * Wraps the first use of each glossary acronym in an entry as <abbr title="expansion">, in document order.
 * An entry's `acronyms` frontmatter overrides the glossary where an acronym means something else there.
 */
export function acronyms(glossary: GlossaryItem[]) {
  // Per document (keyed by its data bag, as documents may be compiled concurrently): the meanings, glossary
  // plus the entry's overrides, and the acronyms already expanded.
  const state = new WeakMap<object, { meanings: Map<string, string>; seen: Set<string> }>();
  return defineHastPlugin({
    name: 'joined-up:acronyms',
    before(_root, ctx) {
      state.set(ctx.data, { meanings: meaningsFor(glossary, ctx.data.astro?.frontmatter?.acronyms), seen: new Set() });
    },
    text(node, ctx) {
      const { meanings, seen } = state.get(ctx.data)!;
      if (seen.size === meanings.size || skipped(node, ctx)) return;
      const parts = expandFirstUses(node.value, meanings, seen);
      if (parts.length === 1 && 'text' in parts[0]) return;
      ctx.replaceNode(
        node,
        parts.map((part): HastNode =>
          'text' in part
            ? { type: 'text', value: part.text }
            : { type: 'element', tagName: 'abbr', properties: { title: part.title }, children: [{ type: 'text', value: part.abbr }] },
        ),
      );
    },
  });
}
