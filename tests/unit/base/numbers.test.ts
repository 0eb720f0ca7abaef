import { describe, expect, it } from 'vitest';
import { countOf, numberInWords } from '@/lib/base/numbers';

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
