import { describe, expect, it } from 'vitest';
import {
  datedFirst,
  inOrderOf,
  emptyFilters,
  hasCriteria,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateToParams,
  searchUrl,
  unquoted,
} from '@/lib/search/search-state';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('parseSearchState', () => {
  it('reads the words, every filter value and the order', () => {
    expect(parse('q=red+lines&person=roman-gofman&issue=buffer-zone&issue=mount-hermon&sort=newest')).toEqual({
      query: 'red lines',
      filters: { ...emptyFilters(), person: ['roman-gofman'], issue: ['buffer-zone', 'mount-hermon'] },
      sort: 'newest',
    });
  });

  it('drops empty and repeated values, unknown parameters and unknown orders', () => {
    expect(parse('q=%20%20&person=&person=a&person=a&colour=red&sort=sideways')).toEqual({
      query: '',
      filters: { ...emptyFilters(), person: ['a'] },
      sort: 'relevance',
    });
  });
});

describe('searchStateToParams', () => {
  it('writes one URL per search: words first, filters in a fixed order with sorted values, relevance left out', () => {
    const a = parse('issue=mount-hermon&q=Hermon&issue=buffer-zone&kind=round');
    const b = parse('kind=round&issue=buffer-zone&issue=mount-hermon&q=Hermon&sort=relevance');
    expect(searchStateToParams(a).toString()).toBe('q=Hermon&issue=buffer-zone&issue=mount-hermon&kind=round');
    expect(searchStateToParams(b).toString()).toBe(searchStateToParams(a).toString());
  });

  it('round-trips through the URL', () => {
    const state = parse('q=Tom+Barrack&side=united-states&year=2025&sort=oldest');
    expect(parseSearchState(searchStateToParams(state))).toEqual(state);
  });
});

describe('searchUrl', () => {
  it('links a search pre-filtered on one person or issue', () => {
    expect(searchUrl({ filters: { person: ['hussein-al-salama'] } })).toBe('/search/?person=hussein-al-salama');
    expect(searchUrl({ query: 'DMZ', sort: 'newest' })).toBe('/search/?q=DMZ&sort=newest');
    expect(searchUrl({})).toBe('/search/');
  });

  it('leads to the search page of the edition it is asked for', () => {
    expect(searchUrl({ query: 'الجولان' }, 'ar')).toBe('/ar/search/?q=%D8%A7%D9%84%D8%AC%D9%88%D9%84%D8%A7%D9%86');
    expect(searchUrl({ filters: { issue: ['golan-heights'] } }, 'he')).toBe('/he/search/?issue=golan-heights');
  });
});

describe('hasCriteria', () => {
  it('is true with words or with any filter, false with only an order', () => {
    expect(hasCriteria(parse('q=x'))).toBe(true);
    expect(hasCriteria(parse('year=2025'))).toBe(true);
    expect(hasCriteria(parse('sort=newest'))).toBe(false);
  });
});

describe('pagefindFilters', () => {
  it('asks for pages with all the chosen people, issues and sides, and any of the chosen kinds and years', () => {
    expect(pagefindFilters(parse('person=a&person=b&side=syria&kind=round&kind=event&year=2025').filters)).toEqual({
      person: { all: ['a', 'b'] },
      side: { all: ['syria'] },
      year: { any: ['2025'] },
      kind: { any: ['round', 'event'] },
    });
  });

  it('is empty when nothing is chosen', () => {
    expect(pagefindFilters(emptyFilters())).toEqual({});
  });
});

describe('pagefindSort', () => {
  it('sorts by date for the date orders and by relevance otherwise', () => {
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });
});

describe('datedFirst', () => {
  it('keeps the date order, then adds the undated results a sorted search leaves out, by relevance', () => {
    const all = [{ id: 'person' }, { id: 'old-round' }, { id: 'note' }, { id: 'new-round' }];
    expect(datedFirst([{ id: 'new-round' }, { id: 'old-round' }], all).map((result) => result.id)).toEqual([
      'new-round',
      'old-round',
      'person',
      'note',
    ]);
  });
});

describe('unquoted and inOrderOf', () => {
  it('takes the quotation marks off a phrase, and leaves a search without them alone', () => {
    expect(unquoted('"joint communication cell"')).toBe('joint communication cell');
    expect(unquoted('“red line” Hermon')).toBe('red line Hermon');
    expect(unquoted('red line')).toBeUndefined();
  });

  it('orders a phrase’s pages by the rank of the same words, unranked ones last', () => {
    const [a, b, c, d] = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }] as const;
    expect(inOrderOf([a, b, c, d], [c, d, a])).toEqual([c, d, a, b]);
  });
});
