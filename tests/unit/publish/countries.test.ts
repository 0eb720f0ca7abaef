import { describe, expect, it } from 'vitest';
import { countryCode } from '@/lib/publish/countries';

describe('countryCode', () => {
  it('gives the ISO 3166-1 alpha-2 code of a country named in English, the code in use where an old one remains', () => {
    expect(countryCode('France')).toBe('FR');
    expect(countryCode('United Kingdom')).toBe('GB');
    expect(countryCode('Azerbaijan')).toBe('AZ');
    expect(countryCode('United States')).toBe('US');
  });

  it('gives no code for two countries, a union, a region or an unknown name', () => {
    expect(countryCode('Israel–Syria')).toBeUndefined();
    expect(countryCode('European Union')).toBeUndefined();
    expect(countryCode('Unknown Region')).toBeUndefined();
    expect(countryCode('Border region')).toBeUndefined();
  });
});
