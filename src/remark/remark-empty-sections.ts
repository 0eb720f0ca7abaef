import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

/**
 * Fails the build on a section with nothing in it: a heading followed at once
 * by a heading of its level or above, or ending the body. It is a placeholder
 * left behind, and readers would find a title over nothing. A heading
 * followed by its own subsections is not empty.
 *
 * @example
 * // "## What was agreed\n\n## What comes next\n\nText." stops the build at line 1.
 * // "## Positions\n\n### Israel\n\nText." passes.
 */
export function remarkEmptySections() {
  return (tree: Root, file: VFile) => {
    tree.children.forEach((node, i) => {
      if (node.type !== 'heading') return;
      const next = tree.children[i + 1];
      if (next === undefined || (next.type === 'heading' && next.depth <= node.depth)) {
        file.fail(`The section "${toString(node).trim()}" is empty: write its text, or remove the heading.`, node);
      }
    });
  };
}
