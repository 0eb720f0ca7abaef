import { describe, expect, it } from 'vitest';
import { onwardArrow } from '@/lib/base/locales';

describe('onwardArrow', () => {
  it('points right in English and left in Arabic and Hebrew, the way their lines run', () => {
    expect(onwardArrow('en')).toBe('→');
    expect(onwardArrow('ar')).toBe('←');
    expect(onwardArrow('he')).toBe('←');
  });
});
