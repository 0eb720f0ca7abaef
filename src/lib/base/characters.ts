/**
 * Text that looks right but is not: characters no reader sees, which break
 * search, name matching and the comparison of spellings, or which reorder what
 * readers see; text whose letters and accents are stored apart (not in
 * Unicode NFC form), which looks the same as the composed form but does not
 * match it; and spaces other than the plain one where names are written.
 * Pure string work, on the raw text of a content file.
 */

/** The names of the format characters and spaces that turn up in copied text, by code point. */
const CHARACTER_NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)',
  0x00a0: 'NO-BREAK SPACE',
  0x1680: 'OGHAM SPACE MARK',
  0x2000: 'EN QUAD',
  0x2001: 'EM QUAD',
  0x2002: 'EN SPACE',
  0x2003: 'EM SPACE',
  0x2004: 'THREE-PER-EM SPACE',
  0x2005: 'FOUR-PER-EM SPACE',
  0x2006: 'SIX-PER-EM SPACE',
  0x2007: 'FIGURE SPACE',
  0x2008: 'PUNCTUATION SPACE',
  0x2009: 'THIN SPACE',
  0x200a: 'HAIR SPACE',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x205f: 'MEDIUM MATHEMATICAL SPACE',
  0x3000: 'IDEOGRAPHIC SPACE',
};

/**
 * The characters that set the direction of the text around them. The site sets the direction of each name and
 * quotation itself (`<bdi>`, `dir`), and one of these left in the source can make text read in another order than it
 * is stored: what readers see is not what search, the checks and the feeds read.
 */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Every character no reader sees: format characters (Unicode category Cf), and line and paragraph separators. */
const HIDDEN = /[\p{Cf}\u2028\u2029]/gu;

/** The two characters that decide whether letters join, which Persian, Arabic and Hebrew spelling use inside words. */
const JOINING_CONTROL = /^[\u200c\u200d]$/u;
const JOINING_SCRIPT_LETTER = /^[\p{Script=Arabic}\p{Script=Hebrew}]$/u;
const MARK = /^\p{M}$/u;

/** A character of a file that no reader sees, where it is. */
export interface HiddenCharacter {
  /** 1-based line and column (in UTF-16 code units, as editors and the Markdown checks count). */
  line: number;
  column: number;
  /** "U+200B ZERO WIDTH SPACE". */
  character: string;
  /** True for a character that sets the direction of text. */
  bidi: boolean;
}

/**
 * The character at `index` of `text` written as its code point and name.
 * @example describeCharacter('a\u200bb', 1) // "U+200B ZERO WIDTH SPACE"
 */
export function describeCharacter(text: string, index: number): string {
  const codePoint = text.codePointAt(index) ?? 0;
  const name =
    CHARACTER_NAMES[codePoint] ??
    (/\p{Zs}/u.test(String.fromCodePoint(codePoint)) ? 'a space' : 'a format character (Unicode category Cf)');
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ${name}`;
}

/**
 * True for a zero width non-joiner or joiner inside a word of Arabic or Hebrew script, where spelling needs it: the
 * Persian half-space (می‌خواهم), or the Hebrew vav before a holam (ו‌ֹ). Everywhere else it only hides in the text.
 */
function isJoiningControlInWord(text: string, index: number): boolean {
  if (!JOINING_CONTROL.test(text[index] ?? '')) return false;
  let before = index - 1;
  while (before >= 0 && MARK.test(text[before] ?? '')) before--;
  const after = text[index + 1] ?? '';
  return JOINING_SCRIPT_LETTER.test(text[before] ?? '') && (JOINING_SCRIPT_LETTER.test(after) || MARK.test(after));
}

/**
 * Every character of `text` no reader sees, with its line and column: format characters such as the zero width
 * space, the soft hyphen and the byte order mark, and the controls of text direction. A zero width non-joiner or
 * joiner inside an Arabic- or Hebrew-script word is part of its spelling and is not reported.
 * @example findHiddenCharacters('title: Ron\u200b Dermer') // [{ line: 1, column: 11, character: 'U+200B ZERO WIDTH SPACE', bidi: false }]
 */
export function findHiddenCharacters(text: string): HiddenCharacter[] {
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
  return [...text.matchAll(HIDDEN)]
    .filter((match) => !isJoiningControlInWord(text, match.index))
    .map((match) => {
      const line = lineStarts.findLastIndex((start) => start <= match.index);
      return {
        line: line + 1,
        column: match.index - (lineStarts[line] ?? 0) + 1,
        character: describeCharacter(text, match.index),
        bidi: BIDI_CONTROL.test(match[0]),
      };
    });
}

/**
 * Every space in a file's front matter other than the plain one (U+0020), with its line and column: a no-break or
 * thin space copied from a web page looks like a space, but a name, alias or title written with one matches nothing
 * written with a plain space. A body may use them, as typesetting does.
 * @example findOddSpaces('---\nname: Ron\u00a0Dermer\n---\n') // [{ line: 2, column: 10, character: 'U+00A0 NO-BREAK SPACE' }]
 */
export function findOddSpaces(source: string): { line: number; column: number; character: string }[] {
  const frontMatter = /^(?:\ufeff)?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(source)?.[0] ?? '';
  return frontMatter
    .split('\n')
    .flatMap((line, i) =>
      [...line.matchAll(/[^\S \t\r\n]/gu)]
        .filter((match) => /\p{Zs}/u.test(match[0]))
        .map((match) => ({ line: i + 1, column: match.index + 1, character: describeCharacter(line, match.index) })),
    );
}

/** A word written with its letters and accents or points stored apart, where it is, and how it is written composed. */
export interface DecomposedWord {
  line: number;
  column: number;
  word: string;
  composed: string;
}

/**
 * Every word of `text` not in Unicode NFC form, one per line at most, with the line and the column where it starts.
 * Such a word ("Şeybani" typed as S, a combining cedilla, "eybani") looks like its composed form, but search, the
 * matching of names and the comparison of spellings treat them as different words.
 * @example findDecomposedWords('name: S\u0327eybani') // [{ line: 1, column: 7, word: 'S\u0327eybani', composed: 'Şeybani' }]
 */
export function findDecomposedWords(text: string): DecomposedWord[] {
  return text.split('\n').flatMap((line, i) => {
    const composed = line.normalize('NFC');
    if (composed === line) return [];
    let first = 0;
    while (line[first] === composed[first]) first++;
    const start = line.slice(0, first).search(/[^\s[\]{}(),.;:!?'"]*$/u);
    const word = /^[^\s[\]{}(),.;:!?'"]*/u.exec(line.slice(start))?.[0] ?? '';
    return [{ line: i + 1, column: start + 1, word, composed: word.normalize('NFC') }];
  });
}
