import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { NEVER_LINK_INSIDE, linkMatchesInText } from './link-text';

export interface SourceCitationsOptions {
  /** The id of a source on the page: "source-3". */
  anchorFor?: (number: number) => string;
}

const CITATION = /\[(\d+)\]/g;

/** Where citations are left as written: inside links and code. */
const LEAVE_INSIDE = new Set<string>(NEVER_LINK_INSIDE);

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
    linkMatchesInText(
      tree,
      CITATION,
      (match, text) => {
        const number = Number(match[1]);
        if (number < 1 || number > sources.length) {
          file.fail(
            `The citation [${number}] points to no source: this file lists ${sources.length} ${sources.length === 1 ? 'source' : 'sources'}.`,
            text,
          );
        }
        return { url: `#${anchorFor(number)}`, data: { hProperties: { className: ['citation'] } } };
      },
      LEAVE_INSIDE,
    );
  };
}
