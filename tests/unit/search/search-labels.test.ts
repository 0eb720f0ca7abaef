import { describe, expect, it } from 'vitest';
import { searchLabels } from '@/lib/search/filter-labels';
import { facetOptions, jsonForScript, labelOf } from '@/lib/search/search-labels';
import { issue, person } from '@tests/helpers/fixtures';

const labels = searchLabels([person('roman-gofman', { name: 'Roman Gofman' })], [issue('buffer-zone', { title: 'The buffer zone' })]);

describe('searchLabels', () => {
  it('names people, issues, sides and kinds; a year or an unknown id stands for itself', () => {
    expect(labelOf(labels, 'person', 'roman-gofman')).toBe('Roman Gofman');
    expect(labelOf(labels, 'issue', 'buffer-zone')).toBe('The buffer zone');
    expect(labelOf(labels, 'side', 'united-states')).toBe('United States');
    expect(labelOf(labels, 'kind', 'round')).toBe('Round');
    expect(labelOf(labels, 'year', '2025')).toBe('2025');
    expect(labelOf(labels, 'person', 'someone-removed')).toBe('someone-removed');
  });
});

describe('searchLabels in an edition', () => {
  it('names sides and kinds in the edition, and people and issues as the edition’s record names them', () => {
    const arabic = searchLabels(
      [person('roman-gofman', { name: 'رومان غوفمان' })],
      [issue('buffer-zone', { title: 'المنطقة العازلة' })],
      'ar',
    );
    expect(labelOf(arabic, 'person', 'roman-gofman')).toBe('رومان غوفمان');
    expect(labelOf(arabic, 'issue', 'buffer-zone')).toBe('المنطقة العازلة');
    expect(labelOf(arabic, 'side', 'syria')).toBe('سوريا');
    expect(labelOf(arabic, 'kind', 'round')).toBe('جولة');
    const hebrew = searchLabels([], [], 'he');
    expect(labelOf(hebrew, 'side', 'israel')).toBe('ישראל');
    expect(labelOf(hebrew, 'kind', 'issue')).toBe('סוגיה');
  });
});

describe('facetOptions', () => {
  it('puts chosen values first, then the values that give most results, then by name', () => {
    const options = facetOptions(
      'side',
      { israel: 9, syria: 9, france: 2, jordan: 1 },
      { israel: 1, syria: 4, france: 4 },
      ['israel'],
      labels,
    );
    expect(options.map((option) => [option.label, option.count, option.checked])).toEqual([
      ['Israel', 1, true],
      ['France', 4, false],
      ['Syria', 4, false],
      ['Jordan', 0, false],
    ]);
  });

  it('lists years newest first, and keeps a chosen value the index no longer knows so it can be unticked', () => {
    const options = facetOptions('year', { '2024': 3, '2026': 1, '2025': 8 }, {}, ['2023'], labels);
    expect(options.map((option) => option.value)).toEqual(['2023', '2026', '2025', '2024']);
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element it is written into', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
