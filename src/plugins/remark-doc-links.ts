import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The guide's files link to each other as .md (which works on GitHub); on the site those links go to its pages. */
export const docPages: Record<string, string> = {
  'publishing.md': '/publishing/',
  'field-reference.md': '/publishing/fields/',
};

export function remarkDocLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node: Link) => {
      const page = docPages[node.url];
      if (page) node.url = page;
    });
  };
}
