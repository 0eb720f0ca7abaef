import { personUrl } from '@/lib/base/urls';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { KnownPerson } from '@/lib/record/person-names';
import { NEVER_LINK_INSIDE, linkMatchesInText, positionOfSlice } from '@/remark/link-text';
import { linkTarget } from '@/remark/remark-internal-links';

export interface PersonMentionsOptions {
  people?: readonly KnownPerson[];
  /** The page of a person. */
  urlFor?: (id: string) => string;
  /** The person a file is about, who is never linked from their own page. */
  subjectOf?: (file: VFile) => string | undefined;
  /** The page a file is the body of, which a relative link to a person's page is read from. */
  pageOf?: (file: VFile) => string | undefined;
}

/** Where mentions must not become links: inside links, code and headings. */
const NO_LINKS_INSIDE = new Set<string>([...NEVER_LINK_INSIDE, 'heading']);

/**
 * Links the first mention of each known person, by name or any alias, to
 * their page, and lists the ids mentioned in `frontmatter.mentionedPeople`.
 * A link the body makes itself to a person's page is a mention too.
 *
 * Two people may share a spelling. A body that uses a shared spelling must
 * first say which of them it means, by linking that spelling (or any other)
 * to the person's page; a person's own page means them. A shared spelling
 * used before that, or after links to both, stops the build at its line,
 * naming both people's files.
 *
 * @example
 * // With people [{ id: 'hussein-al-salama', names: ['Hussein al-Salama', 'Salameh'] }],
 * // "Salameh attended. Salameh spoke." becomes
 * // "[Salameh](/people/hussein-al-salama/) attended. Salameh spoke."
 * // With a second person also called "Salameh", "Salameh attended." stops the build;
 * // "[Salameh](/people/hussein-al-salama/) attended. Salameh spoke." passes.
 */
export function remarkPersonMentions(options: PersonMentionsOptions = {}) {
  const urlFor = options.urlFor ?? personUrl;
  const people = options.people ?? [];
  const idsByName = new Map<string, string[]>();
  for (const person of people) {
    for (const name of person.names.map((spelling) => spelling.trim()).filter((spelling) => spelling !== '')) {
      const ids = idsByName.get(name) ?? [];
      if (!ids.includes(person.id)) idsByName.set(name, [...ids, person.id]);
    }
  }
  const idByUrl = new Map(people.map((person) => [urlFor(person.id), person.id]));
  const personById = new Map(people.map((person) => [person.id, person]));
  const pattern = mentionPattern([...idsByName.keys()]);

  return (tree: Root, file: VFile) => {
    const subject = options.subjectOf?.(file);
    const explicit = explicitMentions(tree, idByUrl, options.pageOf?.(file));
    const linked = new Set<string>([...(subject ? [subject] : []), ...explicit.map((mention) => mention.id)]);
    if (pattern) {
      linkMatchesInText(
        tree,
        pattern,
        (match, text) => {
          const [name] = match;
          const ids = idsByName.get(name) ?? [];
          let id = ids[0];
          if (ids.length > 1) {
            const offset = (text.position?.start.offset ?? 0) + match.index;
            const said = ids.filter(
              (candidate) => candidate === subject || explicit.some((mention) => mention.id === candidate && mention.offset < offset),
            );
            if (said.length !== 1) {
              const who = ids.map((candidate) => personById.get(candidate)?.file ?? candidate).join(' and ');
              file.fail(
                `"${name}" is a name or alias of more than one person (${who}): say which one you mean by linking its ` +
                  `first use to their page, e.g. [${name}](${urlFor(ids[0] ?? '')}).`,
                positionOfSlice(text, match.index, match.index + name.length).position,
              );
            }
            id = said[0];
          }
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

/**
 * The links a body makes itself to a person's page, from the site's root or relative to `here`, the body's own page, as
 * the link check reads them; in the order they come, with where each starts.
 */
function explicitMentions(tree: Root, idByUrl: ReadonlyMap<string, string>, here: string | undefined): { id: string; offset: number }[] {
  const mentions: { id: string; offset: number }[] = [];
  visit(tree, 'link', (link: Link) => {
    const target = linkTarget(link.url, here);
    const id = target && idByUrl.get(target.path);
    if (id !== undefined) mentions.push({ id, offset: link.position?.start.offset ?? 0 });
  });
  return mentions;
}

/** One regular expression for every name, longest first, matching whole words only. */
function mentionPattern(names: string[]): RegExp | undefined {
  if (names.length === 0) return undefined;
  const alternatives = names.sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
