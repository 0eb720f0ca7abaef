/**
 * Checks on the raw text of a content file, for what its parsed front matter
 * can no longer show.
 */

/** A file's front matter: the block from its opening `---` to its closing one, and (group 1) the YAML between them. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The YAML of a file's front matter, its first line being the file's second; empty when there is none. */
const yamlOf = (source: string): string => FRONT_MATTER.exec(source)?.[1] ?? '';

/** A YYYY-MM-DD value standing alone in YAML: after a key, a dash or a bracket, before a comma, bracket or line end. */
const DAY_VALUE = /(?:^|[\s:[{,])['"]?(\d{4})-(\d{2})-(\d{2})['"]?(?=$|[\s,\]}])/gm;

/**
 * The dates in a file's front matter that name no real day, with their line
 * numbers. YAML quietly turns an unquoted 2026-02-30 into 2 March, so the
 * schema would never see the mistake.
 * @example findImpossibleDays('---\nstart: 2026-02-30\n---\n') // [{ line: 2, value: '2026-02-30' }]
 */
export function findImpossibleDays(source: string): { line: number; value: string }[] {
  return yamlOf(source)
    .split(/\r?\n/)
    .flatMap((text, i) =>
      [...text.matchAll(DAY_VALUE)]
        .filter(([, year, month, day]) => !isRealDay(Number(year), Number(month), Number(day)))
        .map(([, year, month, day]) => ({ line: i + 2, value: `${year}-${month}-${day}` })),
    );
}

/**
 * The places in a file's front matter where a `#` after a space, outside quotes, starts a YAML comment in the middle
 * of a value: "title: Round #4 in Paris" is read as "Round", the rest dropped without a word. A comment meant as one
 * has a space after its `#` ("# only for numbered rounds"), and is left alone.
 * @example findCutValues('---\ntitle: Round #4 in Paris\n---\n') // [{ line: 2, column: 14, value: 'Round #4 in Paris' }]
 */
export function findCutValues(source: string): { line: number; column: number; value: string }[] {
  return yamlOf(source)
    .split(/\r?\n/)
    .flatMap((text, i) => {
      const at = commentStart(text);
      if (at === undefined || !/^#[^\s#]/.test(text.slice(at))) return [];
      const value = text.slice(text.search(/\S/)).replace(/^(?:- )?[\w-]+:\s*|^- /, '');
      return [{ line: i + 2, column: at + 1, value: value.trimEnd() }];
    });
}

/** Where a YAML comment starts on a line, outside quotes and after white space, if one does. */
function commentStart(line: string): number | undefined {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
    } else if ((char === "'" || char === '"') && /^$|[\s[{,:]$/.test(line.slice(0, i))) quote = char;
    else if (char === '#' && i > 0 && /\s/.test(line[i - 1] ?? '') && line.slice(0, i).trim() !== '') return i;
  }
  return undefined;
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
  return source.slice(FRONT_MATTER.exec(source)?.[0].length ?? 0).trim() === '';
}
