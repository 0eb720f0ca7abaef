import type { Link, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Node types whose text must never become links: existing links, code and raw HTML. */
export const NEVER_LINK_INSIDE = ['link', 'linkReference', 'code', 'inlineCode', 'html', 'definition'] as const;

/**
 * Turns matches of `pattern` in the tree's text into links. `linkFor` gets each
 * match and returns the link's URL and attributes, or undefined to leave the
 * match as text. Text inside `skip` node types is left alone.
 */
export function linkMatchesInText(
  tree: Root,
  pattern: RegExp,
  linkFor: (match: RegExpExecArray, text: Text) => Pick<Link, 'url' | 'data'> | undefined,
  skip: ReadonlySet<string>,
): void {
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (skip.has(node.type)) return SKIP;
    if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
    const text = node as Text;
    const parts: (Text | Link)[] = [];
    let cursor = 0;
    for (const match of text.value.matchAll(pattern)) {
      const link = linkFor(match, text);
      if (link === undefined) continue;
      if (match.index > cursor) parts.push({ type: 'text', value: text.value.slice(cursor, match.index) });
      parts.push({ type: 'link', ...link, children: [{ type: 'text', value: match[0] }] });
      cursor = match.index + match[0].length;
    }
    if (parts.length === 0) return undefined;
    if (cursor < text.value.length) parts.push({ type: 'text', value: text.value.slice(cursor) });
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}
