/**
 * Checks on the raw text of a content file, for what its parsed front matter
 * can no longer show.
 */

/** A YYYY-MM-DD value standing alone in YAML: after a key, a dash or a bracket, before a comma, bracket or line end. */
const DAY_VALUE = /(?:^|[\s:[{,])['"]?(\d{4})-(\d{2})-(\d{2})['"]?(?=$|[\s,\]}])/gm;

/**
 * The dates in a file's front matter that name no real day, with their line
 * numbers. YAML quietly turns an unquoted 2026-02-30 into 2 March, so the
 * schema would never see the mistake.
 * @example findImpossibleDays('---\nstart: 2026-02-30\n---\n') // [{ line: 2, value: '2026-02-30' }]
 */
export function findImpossibleDays(source: string): { line: number; value: string }[] {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1] ?? '';
  return frontMatter
    .split(/\r?\n/)
    .flatMap((text, i) =>
      [...text.matchAll(DAY_VALUE)]
        .filter(([, year, month, day]) => !isRealDay(Number(year), Number(month), Number(day)))
        .map(([, year, month, day]) => ({ line: i + 2, value: `${year}-${month}-${day}` })),
    );
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * True when a file has nothing after its front matter but white space. Every
 * page shows its body; an empty one is a file saved too early.
 * @example hasEmptyBody('---\ntitle: x\n---\n\n') // true
 */
export function hasEmptyBody(source: string): boolean {
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source);
  return source.slice(frontMatter?.[0].length ?? 0).trim() === '';
}
