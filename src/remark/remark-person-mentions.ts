import type { Link, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface KnownPerson {
  id: string;
  /** The canonical name and every alias. */
  names: readonly string[];
}

export interface PersonMentionsOptions {
  people?: readonly KnownPerson[];
  /** The page of a person. */
  urlFor?: (id: string) => string;
  /** The person a file is about, who is never linked from their own page. */
  subjectOf?: (file: VFile) => string | undefined;
}

/** Where mentions must not become links: inside links, headings and code. */
const NO_LINKS_INSIDE = new Set(['link', 'linkReference', 'heading', 'code', 'inlineCode', 'html', 'definition']);

/**
 * Links the first mention of each known person, by name or any alias, to
 * their page, and lists the ids mentioned in `frontmatter.mentionedPeople`.
 *
 * @example
 * // With people [{ id: 'hussein-al-salama', names: ['Hussein al-Salama', 'Salameh'] }],
 * // "Salameh attended. Salameh spoke." becomes
 * // "[Salameh](/people/hussein-al-salama/) attended. Salameh spoke."
 */
export function remarkPersonMentions(options: PersonMentionsOptions = {}) {
  const urlFor = options.urlFor ?? ((id: string) => `/people/${id}/`);
  const idByName = new Map<string, string>();
  for (const person of options.people ?? []) {
    for (const name of person.names) if (name.trim() !== '') idByName.set(name.trim(), person.id);
  }
  const pattern = mentionPattern([...idByName.keys()]);

  return (tree: Root, file: VFile) => {
    const linked = new Set<string>();
    const subject = options.subjectOf?.(file);
    if (subject) linked.add(subject);
    if (pattern) {
      visit(tree, (node, index, parent: Parent | undefined) => {
        if (NO_LINKS_INSIDE.has(node.type)) return SKIP;
        if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
        const replacement = linkFirstMentions((node as Text).value, pattern, idByName, linked, urlFor);
        if (!replacement) return undefined;
        parent.children.splice(index, 1, ...replacement);
        return [SKIP, index + replacement.length];
      });
    }
    const mentioned = [...linked].filter((id) => id !== subject);
    file.data.astro = { ...file.data.astro, frontmatter: { ...file.data.astro?.frontmatter, mentionedPeople: mentioned } };
  };
}

/** One regular expression for every name, longest first, matching whole words only. */
function mentionPattern(names: string[]): RegExp | undefined {
  if (names.length === 0) return undefined;
  const alternatives = names.sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Splits a text into text and links for the people not linked yet; undefined when nothing changes. */
function linkFirstMentions(value: string, pattern: RegExp, idByName: Map<string, string>, linked: Set<string>, urlFor: (id: string) => string): (Text | Link)[] | undefined {
  const parts: (Text | Link)[] = [];
  let cursor = 0;
  for (const match of value.matchAll(pattern)) {
    const id = idByName.get(match[0]);
    if (id === undefined || linked.has(id)) continue;
    linked.add(id);
    if (match.index > cursor) parts.push({ type: 'text', value: value.slice(cursor, match.index) });
    parts.push({ type: 'link', url: urlFor(id), children: [{ type: 'text', value: match[0] }] });
    cursor = match.index + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (cursor < value.length) parts.push({ type: 'text', value: value.slice(cursor) });
  return parts;
}
