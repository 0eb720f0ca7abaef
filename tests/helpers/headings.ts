/**
 * Where a page's headings skip a level, in the order a reader moving by
 * headings meets them: each one at most one level below the one before. The
 * page's `h1` is its title, so a heading before it (the header's search
 * results) may sit one level below the title, as `h2`.
 */
export function skippedHeadingLevels(levels: readonly number[]): string[] {
  return levels.flatMap((level, index) => {
    const previous = levels[index - 1];
    if (level <= (previous ?? 1) + 1) return [];
    return [`${previous === undefined ? 'the start of the page' : `h${previous}`} → h${level}`];
  });
}
