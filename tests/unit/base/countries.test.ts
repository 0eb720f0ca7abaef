import { describe, expect, it } from 'vitest';
import { countryName, frontMatterCountry, isCountryCode, placeCountryOf } from '@/lib/base/countries';

describe('countryName', () => {
  it('names a country from its code in English, Arabic and Hebrew', () => {
    expect(countryName('FR', 'en')).toBe('France');
    expect(countryName('GB', 'en')).toBe('United Kingdom');
    expect(countryName('FR', 'ar')).toBe('فرنسا');
    expect(countryName('FR', 'he')).toBe('צרפת');
  });

  it('joins the two countries of a border with an en dash, in the order given', () => {
    expect(countryName(['IL', 'SY'], 'en')).toBe('Israel–Syria');
    expect(countryName(['SY', 'IL'], 'en')).toBe('Syria–Israel');
    expect(countryName(['IL', 'SY'], 'ar')).toBe('إسرائيل–سوريا');
    expect(countryName(['IL', 'SY'], 'he')).toBe('ישראל–סוריה');
  });
});

describe('isCountryCode', () => {
  it('accepts the code of a country the runtime names', () => {
    expect(['FR', 'IL', 'SY', 'GB', 'AZ', 'JO', 'TR', 'US'].filter(isCountryCode)).toHaveLength(8);
  });

  it('refuses an unassigned code, a code for private use or a union, an old code, and anything not two capitals', () => {
    for (const code of ['XX', 'AA', 'ZZ', 'QO', 'EU', 'UN', 'UK', 'FX', 'fr', 'FRA', 'France', '']) {
      expect(isCountryCode(code), code).toBe(false);
    }
  });
});

describe('placeCountryOf', () => {
  it('finds the code of a country written as its English name, a lower-case code or an old code', () => {
    expect(placeCountryOf('France')).toBe('FR');
    expect(placeCountryOf('United Kingdom')).toBe('GB');
    expect(placeCountryOf(' Azerbaijan ')).toBe('AZ');
    expect(placeCountryOf('fr')).toBe('FR');
    expect(placeCountryOf('UK')).toBe('GB');
    expect(placeCountryOf('CH')).toBe('CH');
  });

  it('finds the two codes of a border written as two English names joined by an en dash', () => {
    expect(placeCountryOf('Israel–Syria')).toEqual(['IL', 'SY']);
    expect(placeCountryOf('Guinea-Bissau')).toBe('GW');
  });

  it('finds nothing for a name or code of no country, or a border of one country with itself', () => {
    for (const written of ['Narnia', 'XX', 'Border region', 'Israel–Narnia', 'Israel–Israel', 'Israel–Syria–Jordan', '']) {
      expect(placeCountryOf(written), written).toBeUndefined();
    }
  });
});

describe('frontMatterCountry', () => {
  it('writes one code as it is and a border as a YAML list', () => {
    expect(frontMatterCountry('FR')).toBe('FR');
    expect(frontMatterCountry(['IL', 'SY'])).toBe('[IL, SY]');
  });
});
