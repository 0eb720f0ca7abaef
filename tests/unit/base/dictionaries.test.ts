import { describe, expect, it } from 'vitest';
import { counts } from '@/lib/base/dictionaries/counts';
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

describe('the Arabic and Hebrew dictionaries', () => {
  for (const locale of ['ar', 'he'] as const) {
    it(`write no English words in ${locale}, but the codes a reader types or reads as they are`, () => {
      const english = textsOf(uiStrings(locale)).filter(([, text]) => ENGLISH_WORDS.test(text.replace(CODES, '·')));
      expect(english).toEqual([]);
    });
  }

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
