/** What a person of the record is called: the names a mention of them in a body may use. */

/** A person as the text of a page may name them. */
export interface KnownPerson {
  id: string;
  /** The canonical name and every alias. */
  names: readonly string[];
  /** The person's file, named when a spelling could mean them or someone else: content/people/ron-dermer.md. */
  file?: string;
}

/**
 * A person file's name and aliases as its front matter writes them, blank and non-text values left out.
 * @example namesOf({ name: 'Ron Dermer', aliases: ['Dermer', ''] }) // ["Ron Dermer", "Dermer"]
 */
export function namesOf(frontmatter: Record<string, unknown>): string[] {
  const aliases = frontmatter['aliases'];
  const aliasList: unknown[] = Array.isArray(aliases) ? aliases : [];
  const candidates: unknown[] = [frontmatter['name'], ...aliasList];
  return candidates.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
}
