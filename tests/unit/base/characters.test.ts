import { describe, expect, it } from 'vitest';
import { describeCharacter, findDecomposedWords, findHiddenCharacters, findOddSpaces } from '@/lib/base/characters';

describe('describeCharacter', () => {
  it('writes a character as its code point and name', () => {
    expect(describeCharacter('a\u00adb', 1)).toBe('U+00AD SOFT HYPHEN');
    expect(describeCharacter('\u2067', 0)).toBe('U+2067 RIGHT-TO-LEFT ISOLATE');
  });

  it('names a rarer format character by its category, and reads a character beyond the first plane whole', () => {
    expect(describeCharacter('x\u{e0041}', 1)).toBe('U+E0041 a format character (Unicode category Cf)');
  });
});

describe('findHiddenCharacters', () => {
  it('finds nothing in plain text, Arabic and Hebrew names included', () => {
    expect(findHiddenCharacters('name: Hussein al-Salama\nnativeNames: [حسين السلامة, רון דרמר]\n')).toEqual([]);
  });

  it('finds each invisible character with its line and column', () => {
    expect(findHiddenCharacters('title: Ron\u200b Dermer\nBody\u00adtext and a\u2060joiner.')).toEqual([
      { line: 1, column: 11, character: 'U+200B ZERO WIDTH SPACE', bidi: false },
      { line: 2, column: 5, character: 'U+00AD SOFT HYPHEN', bidi: false },
      { line: 2, column: 16, character: 'U+2060 WORD JOINER', bidi: false },
    ]);
  });

  it('finds a byte order mark at the start of a file', () => {
    expect(findHiddenCharacters('\ufeff---\n')).toEqual([
      { line: 1, column: 1, character: 'U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)', bidi: false },
    ]);
  });

  it('marks every control of text direction as such, the marks included', () => {
    const found = findHiddenCharacters('\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061c');
    expect(found).toHaveLength(12);
    expect(found.every((character) => character.bidi)).toBe(true);
  });

  it('accepts a zero width non-joiner or joiner inside an Arabic-script or Hebrew word, where spelling needs it', () => {
    expect(findHiddenCharacters('می\u200cخواهم')).toEqual([]);
    expect(findHiddenCharacters('لا\u200dم')).toEqual([]);
    // The Hebrew vav with ZWNJ before a holam: the point follows the joiner.
    expect(findHiddenCharacters('עֲו\u200cֹנֹת')).toEqual([]);
  });

  it('refuses a zero width non-joiner or joiner between Latin letters, at a word edge, or after a mark on a Latin letter', () => {
    expect(findHiddenCharacters('Dermer\u200cs')).toEqual([{ line: 1, column: 7, character: 'U+200C ZERO WIDTH NON-JOINER', bidi: false }]);
    expect(findHiddenCharacters('شيباني\u200d ')).toEqual([{ line: 1, column: 7, character: 'U+200D ZERO WIDTH JOINER', bidi: false }]);
    expect(findHiddenCharacters('\u200cمی')).toHaveLength(1);
    expect(findHiddenCharacters('e\u0301\u200cم')).toHaveLength(1);
  });
});

describe('findDecomposedWords', () => {
  it('finds nothing in text in NFC form', () => {
    expect(findDecomposedWords('aliases: [Şeybani, Salámeh]\nעֲוֹנֹת')).toEqual([]);
  });

  it('finds a word whose accent is stored apart, with where it starts and its composed form', () => {
    expect(findDecomposedWords('name: Hussein\naliases: [Salameh, S\u0327eybani]')).toEqual([
      { line: 2, column: 20, word: 'S\u0327eybani', composed: 'Şeybani' },
    ]);
  });

  it('finds marks stored in another order than NFC keeps them, in a word of the body', () => {
    // An acute then a dot below: NFC puts the dot below first (its combining class is lower) and composes it with the A.
    expect(findDecomposedWords('He met A\u0301\u0323di.')).toEqual([
      { line: 1, column: 8, word: 'A\u0301\u0323di', composed: '\u1ea0\u0301di' },
    ]);
  });
});

describe('findOddSpaces', () => {
  it('finds each space other than the plain one in the front matter, with its line, column and name', () => {
    expect(findOddSpaces('---\nname: Ron\u00a0Dermer\naliases: [Tom\u2009Barrack]\n---\n')).toEqual([
      { line: 2, column: 10, character: 'U+00A0 NO-BREAK SPACE' },
      { line: 3, column: 14, character: 'U+2009 THIN SPACE' },
    ]);
  });

  it('leaves the body, plain spaces, tabs and line ends alone', () => {
    expect(findOddSpaces('---\r\ntitle: Paris\t\r\n---\r\nFive\u00a0km from the line.\n')).toEqual([]);
  });
});
