import type { Link, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface SourceCitationsOptions {
  /** The id of a source on the page: "source-3". */
  anchorFor?: (number: number) => string;
}

const CITATION = /\[(\d+)\]/g;

/** Where citations are left as written: inside links and code. */
const LEAVE_INSIDE = new Set(['link', 'linkReference', 'code', 'inlineCode', 'html', 'definition']);

/**
 * Turns a citation such as [3] into a link to the third entry of the page's
 * source list, and fails the build when a citation points past the end of
 * that list (read from the file's front matter `sources`).
 *
 * @example
 * // With three sources, "Paris hosted the round [3]." becomes
 * // Paris hosted the round <a href="#source-3" class="citation">[3]</a>.
 * // "[4]" stops the build at its line.
 */
export function remarkSourceCitations(options: SourceCitationsOptions = {}) {
  const anchorFor = options.anchorFor ?? ((number: number) => `source-${number}`);
  return (tree: Root, file: VFile) => {
    const sources: unknown = file.data.astro?.frontmatter?.['sources'];
    if (!Array.isArray(sources)) return;
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (LEAVE_INSIDE.has(node.type)) return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const text = node as Text;
      const parts: (Text | Link)[] = [];
      let cursor = 0;
      for (const match of text.value.matchAll(CITATION)) {
        const number = Number(match[1]);
        if (number < 1 || number > sources.length) {
          file.fail(`The citation [${number}] points to no source: this file lists ${sources.length} ${sources.length === 1 ? 'source' : 'sources'}.`, text);
        }
        if (match.index > cursor) parts.push({ type: 'text', value: text.value.slice(cursor, match.index) });
        parts.push({ type: 'link', url: `#${anchorFor(number)}`, data: { hProperties: { className: ['citation'] } }, children: [{ type: 'text', value: match[0] }] });
        cursor = match.index + match[0].length;
      }
      if (parts.length === 0) return undefined;
      if (cursor < text.value.length) parts.push({ type: 'text', value: text.value.slice(cursor) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}
