import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift, type LayoutShift } from '@tests/helpers/layout-shift';

const shift = (startTime: number, value: number, hadRecentInput = false): LayoutShift => ({ startTime, value, hadRecentInput, moved: [] });

describe('cumulativeLayoutShift', () => {
  it('is 0 for a page that never moved', () => {
    expect(cumulativeLayoutShift([])).toBe(0);
  });

  it('adds up shifts less than a second apart', () => {
    expect(cumulativeLayoutShift([shift(100, 0.1), shift(900, 0.05), shift(1800, 0.02)])).toBeCloseTo(0.17);
  });

  it('takes the largest window when a pause of a second or more separates them', () => {
    expect(cumulativeLayoutShift([shift(100, 0.1), shift(1100, 0.03), shift(5000, 0.02), shift(5500, 0.02)])).toBeCloseTo(0.1);
  });

  it('closes a window after five seconds, however close its shifts', () => {
    const everyHalfSecond = Array.from({ length: 20 }, (_, i) => shift(i * 500, 0.01));
    expect(cumulativeLayoutShift(everyHalfSecond)).toBeCloseTo(0.1);
  });

  it('leaves out the shifts that followed the reader’s own input', () => {
    expect(cumulativeLayoutShift([shift(100, 0.3, true), shift(200, 0.01)])).toBeCloseTo(0.01);
  });
});
