import type { Definition, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface InternalLinksOptions {
  /** Every page path the site publishes, with its trailing slash: "/rounds/2026-01-05-paris/". */
  pages?: ReadonlySet<string>;
}

/**
 * Fails the build when a root-relative link in a body points to no page, so a
 * renamed or mistyped link never reaches readers. Links to other sites and
 * in-page anchors are left alone.
 *
 * @example
 * // "[round four](/rounds/2025-09-17-london/)" passes when that round exists;
 * // "[round four](/rounds/2025-09-17-londn/)" stops the build at its line.
 */
export function remarkInternalLinks(options: InternalLinksOptions = {}) {
  const pages = options.pages ?? new Set<string>();
  return (tree: Root, file: VFile) => {
    visit(tree, ['link', 'definition'], (node) => {
      const { url } = node as Link | Definition;
      if (!url.startsWith('/') || url.startsWith('//')) return;
      const path = url.replace(/[?#].*$/, '');
      if (pages.has(path)) return;
      const hint = pages.has(`${path}/`) ? ` (did you mean ${path}/? page links end with a slash)` : '';
      file.fail(`The link to ${url} points to no page on this site${hint}.`, node);
    });
  };
}
