import { describe, expect, it } from 'vitest';
import { SIDES, compareSides, confirmationText, joinAsList, redLineLabel, sideInSentence, sideLabel } from '@/lib/base/sides';

describe('confirmationText', () => {
  it('says only the press reported a meeting no side confirmed', () => {
    expect(confirmationText([])).toBe('Reported by the press only');
  });

  it('names one side in a sentence', () => {
    expect(confirmationText(['syria'])).toBe('Confirmed by Syria');
    expect(confirmationText(['united-states'])).toBe('Confirmed by the United States');
  });

  it('names two sides in the standard order with "the" where English needs it', () => {
    expect(confirmationText(['united-states', 'syria'])).toBe('Confirmed by Syria and the United States');
  });

  it('names three sides with commas and a final "and"', () => {
    expect(confirmationText(['united-states', 'syria', 'israel'])).toBe('Confirmed by Israel, Syria and the United States');
  });

  it('puts hosts after the parties', () => {
    expect(confirmationText(['france', 'united-states', 'united-arab-emirates'])).toBe(
      'Confirmed by the United States, France and the United Arab Emirates',
    );
  });

  it('does not reorder the list it is given', () => {
    const confirmedBy = ['united-states', 'syria'] as const;
    const copy = [...confirmedBy];
    confirmationText(confirmedBy);
    expect(confirmedBy).toEqual(copy);
  });
});

describe('joinAsList', () => {
  it('joins none, one, two and more names as English', () => {
    expect(joinAsList([])).toBe('');
    expect(joinAsList(['A'])).toBe('A');
    expect(joinAsList(['A', 'B'])).toBe('A and B');
    expect(joinAsList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinAsList(['A', 'B', 'C', 'D'])).toBe('A, B, C and D');
  });
});

describe('side names and order', () => {
  it('labels and names sides in sentences', () => {
    expect(sideLabel('united-states')).toBe('United States');
    expect(sideInSentence('united-states')).toBe('the United States');
    expect(sideLabel('turkey')).toBe('Türkiye');
    expect(sideInSentence('israel')).toBe('Israel');
  });

  it('has a label and a sentence name for every side', () => {
    for (const side of SIDES) {
      expect(sideLabel(side)).toMatch(/^[A-ZÀ-Þ]/);
      expect(sideInSentence(side)).toMatch(/^(the )?[A-ZÀ-Þ]/);
    }
  });

  it('sorts the three parties first, then the others', () => {
    expect([...SIDES].reverse().sort(compareSides).slice(0, 3)).toEqual(['israel', 'syria', 'united-states']);
    expect(compareSides('israel', 'syria')).toBeLessThan(0);
    expect(compareSides('france', 'united-states')).toBeGreaterThan(0);
    expect(compareSides('qatar', 'qatar')).toBe(0);
  });
});

describe('redLineLabel', () => {
  it('marks a red line in each edition’s words', () => {
    expect([redLineLabel(), redLineLabel('ar'), redLineLabel('he')]).toEqual(['Red line', 'خط أحمر', 'קו אדום']);
  });
});
