import { describe, expect, it } from 'vitest';
import {
  anchorHref,
  COMPARE_CHOICES_URL,
  REDIRECTS,
  compareDataUrl,
  compareUrl,
  highlightedUrl,
  isContentPage,
  isMovedAddress,
  navSectionOf,
  pageOf,
  roundPositionsUrl,
  roundSourceUrl,
  sectionUrl,
  sourceAnchorId,
  withQuery,
  publishedRedirects,
  yearUrl,
} from '@/lib/base/urls';

describe('navSectionOf', () => {
  it('puts the home page, years, rounds and events under the timeline', () => {
    for (const path of ['/', '/years/2025/', '/rounds/2026-01-05-paris/', '/events/2024-12-08-fall-of-assad/']) {
      expect(navSectionOf(path), path).toBe('/');
    }
  });

  it('puts each person and issue under their index', () => {
    expect(navSectionOf('/people/')).toBe('/people/');
    expect(navSectionOf('/people/ron-dermer/')).toBe('/people/');
    expect(navSectionOf('/issues/buffer-zone/')).toBe('/issues/');
  });

  it('puts comparisons under the timeline, who was in the room under people, and the two views under their own entries', () => {
    expect(navSectionOf('/compare/2025-09-17-london/2026-01-05-paris/')).toBe('/');
    expect(navSectionOf('/delegations/')).toBe('/people/');
    expect(navSectionOf('/positions/')).toBe('/positions/');
    expect(navSectionOf('/red-lines/')).toBe('/red-lines/');
  });

  it('marks no section for search, notes, corrections or a missing page', () => {
    expect(navSectionOf('/search/')).toBeUndefined();
    expect(navSectionOf('/corrections/')).toBeUndefined();
    expect(navSectionOf('/notes/round-numbering/')).toBeUndefined();
    expect(navSectionOf('/404.html')).toBeUndefined();
  });
});

describe('page addresses', () => {
  it('publishes a content file at its collection and name, and a year under /years/', () => {
    expect(pageOf('rounds', '2026-01-05-paris')).toBe('/rounds/2026-01-05-paris/');
    expect(yearUrl(2025)).toBe('/years/2025/');
  });
});

describe('isContentPage', () => {
  it('is true for the page of a content file, with or without the leading slash', () => {
    expect(isContentPage('rounds/2026-01-05-paris/')).toBe(true);
    expect(isContentPage('/people/ron-dermer/')).toBe(true);
  });

  it('is false for the indexes, the timeline, years and search', () => {
    for (const path of ['/', '', 'people/', '/issues/', 'years/2025/', 'search/', '404.html'])
      expect(isContentPage(path), path).toBe(false);
  });
});

describe('isMovedAddress', () => {
  it('is true for an old address, with or without the leading slash, and false for the page it leads to', () => {
    expect(isMovedAddress('/events/2026-05-29-unverified-report-of-expected-meeting/')).toBe(true);
    expect(isMovedAddress('newest-first/')).toBe(true);
    expect(isMovedAddress('/events/2026-01-24-i24news-report-of-expected-meeting-and-golan-lease/')).toBe(false);
  });
});

describe('the compare pages', () => {
  it('publish a pair of consecutive rounds under both ids, earlier first, and each held round as a file beside the choices', () => {
    expect(compareUrl('2025-09-17-london', '2026-01-05-paris')).toBe('/compare/2025-09-17-london/2026-01-05-paris/');
    expect(compareDataUrl('2026-01-05-paris')).toBe('/compare/rounds/2026-01-05-paris.json');
    expect(COMPARE_CHOICES_URL).toBe('/compare/rounds.json');
  });
});

describe('publishedRedirects', () => {
  it('publishes every moved address when the build has each new page', () => {
    expect(publishedRedirects(new Set(Object.values(REDIRECTS)))).toEqual(REDIRECTS);
  });

  it('leaves out a moved address whose new page the build lacks, so no redirect leads to a missing page', () => {
    expect(publishedRedirects(new Set(['/']))).toEqual({ '/newest-first/': '/' });
    expect(publishedRedirects(new Set())).toEqual({});
  });
});

describe('links within and into a page', () => {
  it('links a section of the same page and of another page', () => {
    expect(anchorHref('sources')).toBe('#sources');
    expect(sectionUrl('/people/ron-dermer/', 'roles')).toBe('/people/ron-dermer/#roles');
  });

  it("names a round's sources and positions by the ids its page gives them", () => {
    expect(sourceAnchorId(2)).toBe('source-2');
    expect(roundSourceUrl('2026-01-05-paris', 2)).toBe('/rounds/2026-01-05-paris/#source-2');
    expect(roundPositionsUrl('2026-01-05-paris')).toBe('/rounds/2026-01-05-paris/#positions');
  });

  it('adds a query string only when there is one', () => {
    expect(withQuery('/search/', 'q=golan')).toBe('/search/?q=golan');
    expect(withQuery('/search/', '')).toBe('/search/');
  });

  it('carries the words searched for to the page opened from search, each as its own parameter', () => {
    expect(highlightedUrl('/people/hussein-al-salama/', ['Salameh', 'al-Salama'])).toBe(
      '/people/hussein-al-salama/?highlight=Salameh&highlight=al-Salama',
    );
    expect(highlightedUrl('/issues/buffer-zone/', [])).toBe('/issues/buffer-zone/');
  });
});
