import { describe, expect, it } from 'vitest';
import { counts } from '@/lib/base/dictionaries/counts';
import { en } from '@/lib/base/dictionaries/en';
import { LOCALES } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';

/** Every plain text of a dictionary, by its path (what its functions write, the pages show: the browser tests read those). */
function textsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => textsOf(inner, `${path}.${key}`));
}

/** Two Latin-script words in a row that are not codes: "Read the", but not "CSV" or "JSON Schema"'s "JSON". */
const ENGLISH_WORDS = /\b[a-z][a-z']*[\s,]+[a-z][a-z']*\b/i;
const CODES = /\b(?:[A-Z]{2,}[a-z]*|YYYY-MM(?:-DD)?|true|false|day|month|restated|changed|source_date|date|TimelineJS|JavaScript|URL)\b/g;

/** A value that reads as "1" in a sentence and has "1" for any field it is asked for: any blank of a sentence. */
const ANY = new Proxy({}, { get: (_target, key) => (key === Symbol.toPrimitive ? () => '1' : key === 'length' ? 1 : '1') }) as never;

/** What the words of each part of the interface with words of its own write, every sentence filled with ANY. */
function areaTexts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'function') return areaTexts((value as (...args: unknown[]) => unknown)(ANY, ANY, ANY, ANY), path);
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => areaTexts(inner, `${path}.${key}`));
}

const areasOf = (locale: (typeof LOCALES)[number]) => Object.fromEntries(Object.entries(uiStrings(locale)).filter(([key]) => !(key in en)));

describe('the Arabic and Hebrew dictionaries', () => {
  for (const locale of ['ar', 'he'] as const) {
    it(`write no English words in ${locale}, but the codes a reader types or reads as they are`, () => {
      const english = textsOf(uiStrings(locale)).filter(([, text]) => ENGLISH_WORDS.test(text.replace(CODES, '·')));
      expect(english).toEqual([]);
    });
  }

  for (const locale of ['ar', 'he'] as const) {
    it(`write every sentence of the interface's parts in ${locale}, with no English around its blanks`, () => {
      const texts = areaTexts(areasOf(locale));
      expect(texts.length).toBeGreaterThan(300);
      expect(texts.filter(([, text]) => ENGLISH_WORDS.test(text.replace(CODES, '·')))).toEqual([]);
    });
  }

  it('write every sentence of the English with its blanks filled', () => {
    expect(areaTexts(areasOf('en')).filter(([, text]) => text.includes('undefined'))).toEqual([]);
  });

  it('give Arabic its forms for one, two, a few and many, and Hebrew its forms for one and two, for every count', () => {
    for (const forms of Object.values(counts.ar))
      expect(Object.keys(forms)).toEqual(expect.arrayContaining(['one', 'two', 'few', 'many', 'other']));
    for (const forms of Object.values(counts.he)) expect(Object.keys(forms)).toEqual(expect.arrayContaining(['one', 'two', 'other']));
  });

  it('put the number in every form that counts past two', () => {
    for (const locale of ['en', 'ar', 'he'] as const) {
      for (const forms of Object.values(counts[locale])) expect(forms.other).toContain('#');
    }
  });
});
