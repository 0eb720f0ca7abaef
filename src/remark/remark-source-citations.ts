import { anchorHref, sourceAnchorId } from '@/lib/base/urls';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { NEVER_LINK_INSIDE, linkMatchesInText, positionOfSlice } from '@/remark/link-text';

export interface SourceCitationsOptions {
  /** The id of a source on the page: "source-3". */
  anchorFor?: (number: number) => string;
}

/** A citation, [3]; or several numbers in one pair of brackets, [3, 4] or [3–5], which would not be linked. */
const CITATION = /\[(\d+)\]|\[(\d+(?:\s*[,;–-]\s*\d+)+)\]/g;

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
 * // "[4]" stops the build at its line, and so does "[2, 3]": it is written "[2][3]".
 */
export function remarkSourceCitations(options: SourceCitationsOptions = {}) {
  const anchorFor = options.anchorFor ?? sourceAnchorId;
  return (tree: Root, file: VFile) => {
    const sources: unknown = file.data.astro?.frontmatter?.['sources'];
    if (!Array.isArray(sources)) return;
    linkMatchesInText(
      tree,
      CITATION,
      (match, text) => {
        const [written, single, several] = match;
        if (several !== undefined) {
          const separate = citedNumbers(several).map((number) => `[${number}]`);
          file.fail(
            `The citation ${written} would not link to its sources: write each number in its own brackets, ${separate.join('')}.`,
            positionOfSlice(text, match.index, match.index + written.length).position,
          );
        }
        const number = Number(single);
        if (number < 1 || number > sources.length) {
          file.fail(
            `The citation [${number}] points to no source: this file lists ${sources.length} ${sources.length === 1 ? 'source' : 'sources'}.`,
            text,
          );
        }
        return { url: anchorHref(anchorFor(number)), data: { hProperties: { className: ['citation'] } } };
      },
      LEAVE_INSIDE,
    );
  };
}

/**
 * The numbers of a citation that groups several, a range counting each number in it.
 * @example citedNumbers('2, 4–6') // [2, 4, 5, 6]
 */
export function citedNumbers(grouped: string): number[] {
  return grouped.split(/\s*[,;]\s*/).flatMap((part) => {
    const [from = 0, to = from] = part.split(/\s*[–-]\s*/).map(Number);
    return Array.from({ length: Math.max(to - from + 1, 1) }, (_, i) => from + i);
  });
}
