import { describe, expect, it } from 'vitest';
import { fillIn } from '@/lib/base/browser-words';
import { countIn, countOf, numberInWords } from '@/lib/base/numbers';

describe('numberInWords', () => {
  it('writes numbers up to twenty in words', () => {
    expect(numberInWords(0)).toBe('zero');
    expect(numberInWords(1)).toBe('one');
    expect(numberInWords(4)).toBe('four');
    expect(numberInWords(11)).toBe('eleven');
    expect(numberInWords(20)).toBe('twenty');
  });

  it('writes numbers above twenty as digits', () => {
    expect(numberInWords(21)).toBe('21');
    expect(numberInWords(100)).toBe('100');
  });

  it('writes numbers it has no word for as digits', () => {
    expect(numberInWords(-1)).toBe('-1');
    expect(numberInWords(2.5)).toBe('2.5');
  });
});

describe('countOf', () => {
  it('puts the noun in the singular for one and in the plural otherwise', () => {
    expect(countOf(1, 'meeting')).toBe('1 meeting');
    expect(countOf(0, 'event')).toBe('0 events');
    expect(countOf(12, 'numbered round')).toBe('12 numbered rounds');
    expect(countOf(2, 'earlier entry', 'earlier entries')).toBe('2 earlier entries');
  });
});

describe('countIn', () => {
  const days = { one: '# day', other: '# days' };
  const ayyam = { zero: '# أيام', one: 'يوم واحد', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' };
  const yamim = { one: 'יום אחד', two: 'יומיים', other: '# ימים' };

  it('puts an English count in the singular for one, the plural otherwise', () => {
    expect([0, 1, 2, 11].map((n) => countIn(n, days))).toEqual(['0 days', '1 day', '2 days', '11 days']);
  });

  it('gives Arabic its forms for one, two, a few, many and a hundred', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 103].map((n) => countIn(n, ayyam, 'ar'))).toEqual([
      '0 أيام',
      'يوم واحد',
      'يومان',
      '3 أيام',
      '10 أيام',
      '11 يومًا',
      '99 يومًا',
      '100 يوم',
      '103 أيام',
    ]);
  });

  it('gives Hebrew its forms for one and two', () => {
    expect([1, 2, 3, 20].map((n) => countIn(n, yamim, 'he'))).toEqual(['יום אחד', 'יומיים', '3 ימים', '20 ימים']);
  });

  it('reads a form the language has but the noun leaves out as its other form', () => {
    expect(countIn(2, { one: '# يوم', other: '# يوم' }, 'ar')).toBe('2 يوم');
  });
});

describe('fillIn', () => {
  it('fills every blank by its name, and leaves a blank it has no value for', () => {
    expect(fillIn('{n} of {total}', { n: 3, total: 8 })).toBe('3 of 8');
    expect(fillIn('مقارنة {earlier} بـ{later}', { earlier: 'الجولة 4' })).toBe('مقارنة الجولة 4 بـ{later}');
  });
});
