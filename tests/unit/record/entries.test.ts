import { describe, expect, it } from 'vitest';
import { fieldPath } from '@/lib/record/entries';

describe('fieldPath', () => {
  it('writes list positions in brackets and keys with dots', () => {
    expect(fieldPath(['delegations', 'syria', 1])).toBe('delegations.syria[1]');
    expect(fieldPath(['sources', 0, 'date'])).toBe('sources[0].date');
    expect(fieldPath([])).toBe('');
  });
});
