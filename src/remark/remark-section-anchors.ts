import { anchorHref } from '@/lib/base/urls';
import { EXPLICIT_ID, headingId } from '@/lib/model/page-anchors';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface SectionAnchorsOptions {
  /** Ids the page template already uses for its own sections; a body heading may not take them. */
  reservedIds?: readonly string[];
  /** The shapes of the ids the page gives its numbered or per-side parts (#source-3, #positions-syria); no heading may take one. */
  reservedPatterns?: readonly RegExp[];
  /** The accessible name of a section's link, in the body's language. */
  linkLabel?: (title: string) => string;
}

/**
 * Gives every H2 a stable id from its text, or the id written after it (`## Title {#id}`, as a translation keeps
 * its English section's), and a visible link to copy.
 * Two headings with the same id, or one that would take an id the page uses
 * for its own parts, fail the build: an id readers link to must lead to one
 * place and must not depend on the order of sections. Headings below H2 get
 * their ids from Astro, in order, as GitHub gives them; they are checked too.
 *
 * @example
 * // "## What happened" becomes
 * // <h2 id="what-happened">What happened <a class="anchor" href="#what-happened" …>#</a></h2>
 * // "### Sources" stops the build on a page with its own #sources section.
 */
export function remarkSectionAnchors(options: SectionAnchorsOptions = {}) {
  const reserved = new Set(options.reservedIds ?? []);
  const patterns = options.reservedPatterns ?? [];
  const linkLabel = options.linkLabel ?? ((title: string) => `Link to the section “${title}”`);
  const isReserved = (id: string) => reserved.has(id) || patterns.some((pattern) => pattern.test(id));
  return (tree: Root, file: VFile) => {
    const seen = new Set<string>();
    const slugger = new GithubSlugger();
    visit(tree, 'heading', (heading: Heading) => {
      const section = heading.depth === 2;
      const id = headingId(heading, slugger);
      if (section) dropExplicitId(heading);
      const title = toString(heading).trim();
      const kind = section ? 'section heading' : 'heading';
      if (section && id === '') file.fail(`The section heading "${title}" has no letters or digits to make a link id from.`, heading);
      if (isReserved(id))
        file.fail(`The ${kind} "${title}" would take the id #${id}, which the page uses for its own section; rename the heading.`, heading);
      if (seen.has(id))
        file.fail(
          section
            ? `Two section headings make the same id #${id}; give each H2 a distinct title.`
            : `The heading "${title}" makes the id #${id}, which a section heading has already; give it a distinct title.`,
          heading,
        );
      seen.add(id);
      if (!section) return;
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
      heading.children.push({ type: 'text', value: ' ' }, sectionLink(id, linkLabel(title)));
    });
  };
}

/** Removes a written `{#id}` from the end of a heading's text: the id is the heading's, not part of its title. */
function dropExplicitId(heading: Heading): void {
  const last = heading.children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(EXPLICIT_ID, '');
}

function sectionLink(id: string, label: string) {
  return {
    type: 'link' as const,
    url: anchorHref(id),
    data: { hProperties: { className: ['anchor'], ariaLabel: label, dataPagefindIgnore: '' } },
    children: [{ type: 'text' as const, value: '#' }],
  };
}
