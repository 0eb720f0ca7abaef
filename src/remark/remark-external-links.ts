import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { EXTERNAL_LINK_REL } from '@/lib/base/urls';

/**
 * Marks every link in a body that leaves the site, as the source lists do:
 * `rel="external noopener noreferrer"`, which the stylesheet shows with an
 * arrow. Links open in the same tab; the reader decides where to open them.
 */
export function remarkExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node: Link) => {
      if (!/^https?:\/\//i.test(node.url)) return;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: EXTERNAL_LINK_REL.split(' ') } };
    });
  };
}
