import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { NEVER_LINK_INSIDE, linkMatchesInText } from './link-text';

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

/** Where mentions must not become links: inside links, code and headings. */
const NO_LINKS_INSIDE = new Set<string>([...NEVER_LINK_INSIDE, 'heading']);

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
      linkMatchesInText(
        tree,
        pattern,
        ([name]) => {
          const id = idByName.get(name);
          if (id === undefined || linked.has(id)) return undefined;
          linked.add(id);
          return { url: urlFor(id) };
        },
        NO_LINKS_INSIDE,
      );
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
