import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Fails the build on a body heading at the page title's level. The layout
 * prints the title as the page's one H1, so a `#` heading in a body would be
 * a second title to screen readers and search engines, and would get no
 * section anchor.
 *
 * @example
 * // "## What happened" passes; "# What happened" stops the build at its line.
 */
export function remarkHeadingLevels() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'heading', (heading: Heading) => {
      if (heading.depth !== 1) return;
      file.fail(
        `The heading "${toString(heading).trim()}" is at the level of the page's title (#); start a section of the body with ## instead.`,
        heading,
      );
    });
  };
}
