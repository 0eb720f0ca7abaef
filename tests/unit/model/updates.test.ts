import { describe, expect, it } from 'vitest';
import { lastChangedDay, oldestSource } from '@/lib/model/updates';

describe('lastChangedDay', () => {
  it('is the day of publication when the page was never updated', () => {
    expect(lastChangedDay('2025-07-24', [])).toBe('2025-07-24');
  });

  it('is the newest update, whatever order the updates are listed in', () => {
    const updates = [
      { date: '2026-03-01', note: 'Added a source.' },
      { date: '2026-04-02', note: 'Corrected a date.' },
      { date: '2025-12-01', note: 'Earlier note.' },
    ];
    expect(lastChangedDay('2025-07-24', updates)).toBe('2026-04-02');
  });
});

describe('oldestSource', () => {
  it('is the oldest source with its index, a month-only date counting from its first day', () => {
    expect(oldestSource([{ date: '2026-01-06' }, { date: '2025-12' }, { date: '2025-12-03' }])).toEqual({ day: '2025-12-01', index: 1 });
  });

  it('is the first of two sources of the same day', () => {
    expect(oldestSource([{ date: '2026-01-06' }, { date: '2026-01-06' }])).toEqual({ day: '2026-01-06', index: 0 });
  });

  it('is nothing for a page without sources', () => {
    expect(oldestSource([])).toBeUndefined();
  });
});
