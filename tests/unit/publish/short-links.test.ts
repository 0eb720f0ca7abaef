import { describe, expect, it } from 'vitest';
import { shortLinkUrl } from '@/lib/base/urls';
import { shortLinkOf, shortLinks } from '@/lib/publish/short-links';
import { round } from '@tests/helpers/fixtures';

describe('short links', () => {
  it('gives a numbered round /r/<number>/, leading to its page', () => {
    expect(shortLinkUrl(5)).toBe('/r/5/');
    expect(shortLinkOf(round('paris', { round: 5, start: '2026-01-05' }))).toEqual({
      roundNumber: 5,
      path: '/r/5/',
      target: '/rounds/2026-01-05-paris/',
    });
  });

  it('gives an unnumbered meeting none', () => {
    expect(shortLinkOf(round('baku', { start: '2025-07-12' }))).toBeUndefined();
  });

  it('lists every numbered round once, by number, whatever the order of the files', () => {
    const rounds = [
      round('london', { round: 4, start: '2025-09-17' }),
      round('baku', { start: '2025-07-12' }),
      round('paris', { round: 1, start: '2025-07-24' }),
    ];
    expect(shortLinks(rounds).map((link) => [link.path, link.target])).toEqual([
      ['/r/1/', '/rounds/2025-07-24-paris/'],
      ['/r/4/', '/rounds/2025-09-17-london/'],
    ]);
  });
});
