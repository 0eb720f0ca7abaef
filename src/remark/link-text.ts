import type { Link, Parent, Root, Text } from 'mdast';
import type { Point, Position } from 'unist';
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
      const end = match.index + match[0].length;
      if (match.index > cursor)
        parts.push({ type: 'text', value: text.value.slice(cursor, match.index), ...positionOfSlice(text, cursor, match.index) });
      const position = positionOfSlice(text, match.index, end);
      parts.push({ type: 'link', ...link, children: [{ type: 'text', value: match[0], ...position }], ...position });
      cursor = end;
    }
    if (parts.length === 0) return undefined;
    if (cursor < text.value.length)
      parts.push({ type: 'text', value: text.value.slice(cursor), ...positionOfSlice(text, cursor, text.value.length) });
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
}

/**
 * Where a slice of a text node stands in the file, so that a plugin failing
 * on a piece of the text names its line and column. Counted on the
 * text's value, which can differ from the source inside escapes.
 */
export function positionOfSlice(text: Text, from: number, to: number): { position?: Position } {
  const start = text.position?.start;
  if (!start) return {};
  const pointAt = (index: number): Point => {
    const before = text.value.slice(0, index);
    const lines = before.split('\n');
    const line = start.line + lines.length - 1;
    const column = lines.length === 1 ? start.column + index : (lines.at(-1)?.length ?? 0) + 1;
    return { line, column, ...(start.offset === undefined ? {} : { offset: start.offset + index }) };
  };
  return { position: { start: pointAt(from), end: pointAt(to) } };
}
