import { describe, expect, it } from 'vitest';
import { isSpellingsExcerpt, markedWords } from '@/lib/search/search-excerpt';

describe('isSpellingsExcerpt', () => {
  it('recognises a run of hidden spellings', () => {
    expect(isSpellingsExcerpt('· Salama · al-Salama · Hussein Salama · <mark>Salameh</mark> · <mark>al-Salameh</mark> ·')).toBe(true);
  });

  it('leaves the text of a page alone', () => {
    expect(isSpellingsExcerpt('Syria sent <mark>Salameh</mark>, its intelligence chief, to Paris.')).toBe(false);
    expect(isSpellingsExcerpt('Round 5 · 5–6 January 2026')).toBe(false);
  });
});

describe('markedWords', () => {
  it('lists each marked word once, without trailing punctuation', () => {
    expect(markedWords('<mark>Salameh</mark> · <mark>al-Salameh.</mark> and <mark>Salameh</mark>')).toEqual(['Salameh', 'al-Salameh']);
    expect(markedWords('no marks')).toEqual([]);
  });
});
