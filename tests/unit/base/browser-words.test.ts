import { describe, expect, it } from 'vitest';
import { countPhrase, fillIn } from '@/lib/base/browser-words';
import { LOCALES } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';

describe('fillIn', () => {
  it('puts each value in its placeholder and leaves an unknown placeholder as written', () => {
    expect(fillIn('{results} for “{query}”', { results: '2 results', query: 'Hermon' })).toBe('2 results for “Hermon”');
    expect(fillIn('{count} of {total}', { count: 3 })).toBe('3 of {total}');
  });
});

describe('countPhrase', () => {
  const results = (locale: (typeof LOCALES)[number], count: number, lang: string) =>
    countPhrase(uiStrings(locale).search.panel.results, count, lang);

  it('counts results in English: none, one, many', () => {
    expect([0, 1, 12].map((count) => results('en', count, 'en-GB'))).toEqual(['No results', '1 result', '12 results']);
  });

  it('counts results in Arabic in each of its plural forms', () => {
    expect([0, 1, 2, 3, 10, 11, 100].map((count) => results('ar', count, 'ar'))).toEqual([
      'لا نتائج',
      'نتيجة واحدة',
      'نتيجتان',
      '3 نتائج',
      '10 نتائج',
      '11 نتيجة',
      '100 نتيجة',
    ]);
  });

  it('counts results in Hebrew: none, one, two and more', () => {
    expect([0, 1, 2, 5].map((count) => results('he', count, 'he'))).toEqual(['אין תוצאות', 'תוצאה אחת', 'שתי תוצאות', '5 תוצאות']);
  });

  it('falls back on the other form when the language’s form is missing', () => {
    expect(countPhrase({ other: '{count} rounds' }, 1, 'en')).toBe('1 rounds');
    expect(countPhrase({ other: '{count} rounds' }, 0, 'en')).toBe('0 rounds');
  });
});
