import { describe, expect, it } from 'vitest';
import { foldName, matchName, namedBy, nameWords, type Named } from '@/lib/base/name-match';

const salama: Named = {
  kind: 'person',
  spellings: ['Hussein al-Salama', 'Salameh', 'al-Salamah', 'حسين السلامة'],
};
const shaibani: Named = { kind: 'person', spellings: ['Asaad al-Shaibani', 'Şeybani', 'أسعد حسن الشيباني', 'אסעד א-שייבאני'] };
const katz: Named = { kind: 'person', spellings: ['Israel Katz', 'Katz', 'ישראל כ"ץ'] };
const abdiPerson: Named = { kind: 'person', spellings: ['Mazloum Abdi', 'Abdi'] };
const sdf: Named = { kind: 'issue', spellings: ['The SDF and the Kurds', 'Mazloum Abdi', 'Syrian Democratic Forces'] };
const bufferZone: Named = { kind: 'issue', spellings: ['Buffer zone', 'UN buffer zone', 'withdrawal'] };

describe('foldName', () => {
  it('drops Latin accents, apostrophes and punctuation, and lowers the case', () => {
    expect(foldName('Şeybani')).toBe('seybani');
    expect(foldName("As'ad al-Shibani")).toBe('asad al shibani');
    expect(foldName('Israel–Türkiye')).toBe('israel turkiye');
  });

  it('drops Arabic short vowels and tatweel, and writes each variant letter one way', () => {
    expect(foldName('أَسْعَد')).toBe('اسعد');
    expect(foldName('السلامـة')).toBe('السلامه');
    expect(foldName('إسرائيل')).toBe(foldName('اسرائيل'));
  });

  it('drops Hebrew points and the geresh inside a word, and splits at the maqaf', () => {
    expect(foldName('יְחִיאֵל')).toBe('יחיאל');
    expect(foldName('ישראל כ"ץ')).toBe('ישראל כץ');
    expect(foldName('ג׳ארד')).toBe(foldName("ג'ארד"));
    expect(foldName('בן־גביר')).toBe('בן גביר');
  });
});

describe('nameWords', () => {
  it('leaves out particles and single letters, and the Arabic article on a longer word', () => {
    expect(nameWords('Hussein al-Salama')).toEqual(['hussein', 'salama']);
    expect(nameWords('אסעד א-שייבאני')).toEqual(['אסעד', 'שייבאני']);
    expect(nameWords('الشيباني')).toEqual(nameWords('شيباني'));
    expect(nameWords('The SDF and the Kurds')).toEqual(['sdf', 'kurds']);
  });
});

describe('matchName', () => {
  it('matches any spelling exactly, in any script and with or without the article', () => {
    expect(matchName('Salameh', salama)).toBe('exact');
    expect(matchName('al-Salamah', salama)).toBe('exact');
    expect(matchName('حسين السلامة', salama)).toBe('exact');
    expect(matchName('seybani', shaibani)).toBe('exact');
  });

  it('matches a surname alone, with or without the rest of the name', () => {
    expect(matchName('Salama', salama)).toBe('part');
    expect(matchName('الشيباني', shaibani)).toBe('part');
    expect(matchName('שייבאני', shaibani)).toBe('part');
  });

  it('does not take a first name, or a word shared with a place, for the person', () => {
    expect(matchName('Hussein', salama)).toBeUndefined();
    expect(matchName('Israel', katz)).toBeUndefined();
    expect(matchName('ישראל', katz)).toBeUndefined();
    expect(matchName('כ"ץ', katz)).toBe('part');
  });

  it('matches a whole spelling among other words', () => {
    expect(matchName('Salameh in Paris', salama)).toBe('contains');
    expect(matchName('Israeli withdrawal', bufferZone)).toBe('contains');
  });

  it('needs more than one word of an issue’s spelling when the words are part of it', () => {
    expect(matchName('buffer', bufferZone)).toBeUndefined();
    expect(matchName('UN buffer', bufferZone)).toBe('part');
  });

  it('matches nothing for words that are only particles', () => {
    expect(matchName('al', salama)).toBeUndefined();
    expect(matchName('', salama)).toBeUndefined();
  });
});

describe('namedBy', () => {
  const all = [bufferZone, sdf, salama, shaibani, katz, abdiPerson];

  it('lists everything a shared name names, the person before the issue', () => {
    expect(namedBy('Mazloum Abdi', all, 4)).toEqual([abdiPerson, sdf]);
  });

  it('puts exact matches before partial ones', () => {
    const abuSalameh: Named = { kind: 'person', spellings: ['Abu Salameh'] };
    expect(namedBy('Salameh', [abuSalameh, salama], 4)).toEqual([salama, abuSalameh]);
    expect(namedBy('UN buffer', [bufferZone, { kind: 'issue', spellings: ['UN buffer'] }], 4)).toEqual([
      { kind: 'issue', spellings: ['UN buffer'] },
      bufferZone,
    ]);
  });

  it('stops at the limit', () => {
    expect(namedBy('Salameh Katz Abdi', all, 2)).toHaveLength(2);
  });

  it('names nothing for words that name no one', () => {
    expect(namedBy('ceasefire talks', all, 4)).toEqual([]);
  });
});
