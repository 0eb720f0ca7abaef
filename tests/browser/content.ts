/** What the browser tests expect, read from content/ itself so they follow the record as it grows. */
import { contentFiles, readContent, type ContentPage } from '@tests/helpers/content';

export { contentFiles } from '@tests/helpers/content';

/** The rounds whose delegations include this person. */
export function roundsAttendedBy(personId: string): ContentPage[] {
  return contentFiles('rounds').filter((round) =>
    Object.values(round.frontmatter['delegations'] as Record<string, string[]>)
      .flat()
      .includes(personId),
  );
}

/** The rounds that list this issue. */
export function roundsOnIssue(issueId: string): ContentPage[] {
  return contentFiles('rounds').filter((round) => (round.frontmatter['issues'] as string[] | undefined)?.includes(issueId));
}

export function aliasesOf(collection: 'people' | 'issues', id: string): string[] {
  const file = contentFiles(collection).find((entry) => entry.id === id);
  if (!file) throw new Error(`no ${collection} file ${id}`);
  return file.frontmatter['aliases'] as string[];
}

/**
 * A long word that appears in the body of exactly one round and nowhere else
 * in the record, so a search for it must land on that round.
 */
export function wordOnlyInOneRound(): { word: string; round: ContentPage } {
  const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[a-z]{9,}/g) ?? []);
  const everywhere = new Map<string, number>();
  for (const file of readContent()) {
    for (const word of words(file.source)) everywhere.set(word, (everywhere.get(word) ?? 0) + 1);
  }
  for (const round of contentFiles('rounds')) {
    const word = [...words(round.body)].sort().find((candidate) => everywhere.get(candidate) === 1);
    if (word) return { word, round };
  }
  throw new Error('no word appears in only one round body');
}
