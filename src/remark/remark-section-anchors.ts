import { slug } from 'github-slugger';
import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface SectionAnchorsOptions {
  /** Ids the page template already uses for its own sections; a body heading may not take them. */
  reservedIds?: readonly string[];
}

/**
 * Gives every H2 a stable id from its text and a visible link to copy.
 * Two H2s with the same text, or one that would take a reserved id, fail the
 * build: an id readers link to must not depend on the order of sections.
 *
 * @example
 * // "## What happened" becomes
 * // <h2 id="what-happened">What happened <a class="anchor" href="#what-happened" …>#</a></h2>
 */
export function remarkSectionAnchors(options: SectionAnchorsOptions = {}) {
  const reserved = new Set(options.reservedIds ?? []);
  return (tree: Root, file: VFile) => {
    const seen = new Set<string>();
    visit(tree, 'heading', (heading: Heading) => {
      if (heading.depth !== 2) return;
      const title = toString(heading).trim();
      const id = slug(title);
      if (id === '') file.fail(`The section heading "${title}" has no letters or digits to make a link id from.`, heading);
      if (reserved.has(id))
        file.fail(
          `The section heading "${title}" would take the id #${id}, which the page uses for its own section; rename the heading.`,
          heading,
        );
      if (seen.has(id)) file.fail(`Two section headings make the same id #${id}; give each H2 a distinct title.`, heading);
      seen.add(id);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
      heading.children.push({ type: 'text', value: ' ' }, sectionLink(id, title));
    });
  };
}

function sectionLink(id: string, title: string) {
  return {
    type: 'link' as const,
    url: `#${id}`,
    data: { hProperties: { className: ['anchor'], ariaLabel: `Link to the section “${title}”`, dataPagefindIgnore: '' } },
    children: [{ type: 'text' as const, value: '#' }],
  };
}
