import { describe, expect, it } from 'vitest';
import { namesOf } from '@/lib/record/person-names';

describe('namesOf', () => {
  it('gives the name first, then every alias', () => {
    expect(namesOf({ name: 'Ron Dermer', aliases: ['Dermer', 'R. Dermer'] })).toEqual(['Ron Dermer', 'Dermer', 'R. Dermer']);
  });

  it('leaves out blank and non-text values, and aliases not written as a list', () => {
    expect(namesOf({ name: ' ', aliases: ['Dermer', '', 7] })).toEqual(['Dermer']);
    expect(namesOf({ name: 'Ron Dermer', aliases: 'Dermer' })).toEqual(['Ron Dermer']);
    expect(namesOf({})).toEqual([]);
  });
});
