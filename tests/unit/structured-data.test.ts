import { describe, expect, it } from 'vitest';
import {
  articleStructuredData,
  breadcrumbList,
  breadcrumbTrail,
  jsonLdText,
  newsArticle,
  pageStructuredData,
  personData,
  roundEvent,
  type ArticlePage,
} from '../../src/lib/structured-data';
import { DATA_LICENSE, LOCALE, SITE_DESCRIPTION, SITE_TITLE } from '../../src/site';
import { person, round } from './fixtures';

const SITE = 'https://example.org';

describe('roundEvent', () => {
  const people = new Map(
    [
      person('ron-dermer', { name: 'Ron Dermer', roles: [{ title: 'Minister', from: '2022-12', to: '2025-11-11' }] }),
      person('asaad-al-shaibani', { name: 'Asaad al-Shaibani', side: 'syria' }),
      person('tom-barrack', { name: 'Tom Barrack', side: 'united-states' }),
    ].map((entry) => [entry.id, entry]),
  );
  const paris = round('paris', {
    title: 'Paris talks',
    summary: 'Teams met in Paris.',
    start: '2025-09-17',
    end: '2025-09-18',
    place: { city: 'Paris', country: 'France', venue: 'Quai d’Orsay' },
    delegations: { 'united-states': ['tom-barrack'], syria: ['asaad-al-shaibani'], israel: ['ron-dermer'] },
  });

  it('gives the name, summary, days, address and offline attendance', () => {
    const event = roundEvent(paris, people, SITE);
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': `${SITE}/rounds/2025-09-17-paris/#event`,
      name: 'Paris talks',
      description: 'Teams met in Paris.',
      url: `${SITE}/rounds/2025-09-17-paris/`,
      startDate: '2025-09-17',
      endDate: '2025-09-18',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Quai d’Orsay',
        address: { '@type': 'PostalAddress', addressLocality: 'Paris', addressCountry: 'France' },
      },
    });
  });

  it('ends a one-day meeting on its start and names a place with no venue by its city', () => {
    const event = roundEvent(round('baku', { start: '2025-07-12', place: { city: 'Baku', country: 'Azerbaijan' } }), people, SITE);
    expect(event.endDate).toBe('2025-07-12');
    expect(event.location.name).toBe('Baku');
  });

  it('lists the attendees by side in the standard order, each with the side, the role on the day and their page', () => {
    const attendees = roundEvent(paris, people, SITE).attendee.map((attendee) => ('attendee' in attendee ? attendee.attendee : attendee));
    expect(attendees.map((attendee) => [attendee.name, attendee.affiliation.name, attendee.jobTitle])).toEqual([
      ['Ron Dermer', 'Israel', 'Minister'],
      ['Asaad al-Shaibani', 'Syria', 'Fixture role'],
      ['Tom Barrack', 'United States', 'Fixture role'],
    ]);
    expect(attendees[0]).toMatchObject({
      '@type': 'Person',
      '@id': `${SITE}/people/ron-dermer/#person`,
      url: `${SITE}/people/ron-dermer/`,
    });
  });

  it('wraps an attendee the sources do not settle in a Role that says why, leaving the person node as on every page', () => {
    const doubted = {
      ...paris,
      data: {
        ...paris.data,
        uncertainAttendance: [{ person: 'tom-barrack', doubt: 'one-source' as const, note: 'Only one report names him.', sources: [1] }],
      },
    };
    const [, , barrack] = roundEvent(doubted, people, SITE).attendee;
    expect(barrack).toEqual({
      '@type': 'Role',
      description: 'Attendance reported by one source only. Only one report names him.',
      attendee: roundEvent(paris, people, SITE).attendee[2],
    });
  });

  it('names the United States as organizer when its delegation sat in, and no organizer otherwise', () => {
    expect(roundEvent(paris, people, SITE).organizer).toEqual({ '@type': 'Organization', name: 'United States' });
    const direct = round('baku', { delegations: { syria: ['asaad-al-shaibani'], israel: ['ron-dermer'] } });
    expect(roundEvent(direct, people, SITE)).not.toHaveProperty('organizer');
  });

  it('maps each status to schema.org: a held or scheduled meeting is scheduled, the others postponed or cancelled', () => {
    const statusOf = (status: 'held' | 'scheduled' | 'postponed' | 'cancelled') =>
      roundEvent(round('x', { status }), people, SITE).eventStatus.replace('https://schema.org/', '');
    expect(statusOf('held')).toBe('EventScheduled');
    expect(statusOf('scheduled')).toBe('EventScheduled');
    expect(statusOf('postponed')).toBe('EventPostponed');
    expect(statusOf('cancelled')).toBe('EventCancelled');
  });
});

describe('personData', () => {
  const dermer = person('ron-dermer', {
    name: 'Ron Dermer',
    aliases: ['Dermer'],
    nativeNames: [{ name: 'רון דרמר', lang: 'he', source: 1 }],
    roles: [
      { title: 'Ambassador', from: '2013-12', to: '2021-01' },
      { title: 'Minister', from: '2022-12', to: '2025-11-11' },
    ],
  });

  it('gives the name, every other spelling, the side and the page', () => {
    expect(personData(dermer, '2025-09-17', SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': `${SITE}/people/ron-dermer/#person`,
      name: 'Ron Dermer',
      url: `${SITE}/people/ron-dermer/`,
      alternateName: ['Dermer', 'רון דרמר'],
      jobTitle: 'Minister',
      affiliation: { '@type': 'Organization', name: 'Israel' },
    });
  });

  it('gives no job title once every role has ended, and no alternate names when there are none', () => {
    const data = personData(person('gil-reich', { roles: [{ title: 'Acting head', to: '2025-12' }] }), '2026-02-01', SITE);
    expect(data).not.toHaveProperty('jobTitle');
    expect(data).not.toHaveProperty('alternateName');
  });
});

describe('newsArticle', () => {
  const page: ArticlePage = {
    path: '/rounds/2026-01-05-paris/',
    headline: 'Paris talks',
    description: 'Teams met.',
    dates: { published: '2026-01-05', modified: '2026-01-09' },
  };

  it('is a free article in the site language under the site’s license, published by the site, about its own page', () => {
    expect(newsArticle(page, SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Paris talks',
      description: 'Teams met.',
      url: `${SITE}/rounds/2026-01-05-paris/`,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${SITE}/rounds/2026-01-05-paris/` },
      datePublished: '2026-01-05',
      dateModified: '2026-01-09',
      author: { '@type': 'Organization', name: SITE_TITLE, url: `${SITE}/` },
      publisher: { '@type': 'Organization', name: SITE_TITLE, url: `${SITE}/` },
      isAccessibleForFree: true,
      inLanguage: LOCALE,
      license: DATA_LICENSE.url,
      image: `${SITE}/site-card.png`,
    });
  });

  it('points at the node the page is about, and leaves the dates out of a page with none', () => {
    const about = personData(person('ron-dermer'), '2026-01-05', SITE);
    const article = newsArticle({ ...page, dates: {}, about }, SITE);
    expect(article.about).toEqual({ '@id': about['@id'] });
    expect(article).not.toHaveProperty('datePublished');
    expect(article).not.toHaveProperty('dateModified');
  });
});

describe('breadcrumbTrail', () => {
  const page = { name: 'The page', path: '/x/' };

  it('puts a round or an event under the year of its day', () => {
    expect(breadcrumbTrail('round', { ...page, day: '2026-01-05' })).toEqual([
      { name: 'Home', path: '/' },
      { name: '2026', path: '/years/2026/' },
      page,
    ]);
    expect(breadcrumbTrail('event', { ...page, day: '2024-12-08' })[1]).toEqual({ name: '2024', path: '/years/2024/' });
  });

  it('puts a person or an issue under its index, named as the navigation names it, and a note under the home page', () => {
    expect(breadcrumbTrail('person', page)[1]).toEqual({ name: 'People', path: '/people/' });
    expect(breadcrumbTrail('issue', page)[1]).toEqual({ name: 'Issues', path: '/issues/' });
    expect(breadcrumbTrail('note', page)).toEqual([{ name: 'Home', path: '/' }, page]);
  });
});

describe('breadcrumbList', () => {
  it('numbers the steps from 1, each with its absolute address', () => {
    expect(breadcrumbList(breadcrumbTrail('note', { name: 'Numbering', path: '/notes/n/' }), SITE).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Numbering', item: `${SITE}/notes/n/` },
    ]);
  });
});

describe('articleStructuredData', () => {
  it('gives what the page is about, then its article, then its breadcrumbs ending at the page', () => {
    const about = personData(person('ron-dermer', { name: 'Ron Dermer' }), '2026-01-05', SITE);
    const blocks = articleStructuredData(
      'person',
      { path: '/people/ron-dermer/', headline: 'Ron Dermer', description: 'd', dates: {}, about },
      SITE,
    );
    expect(blocks.map((block) => block['@type'])).toEqual(['Person', 'NewsArticle', 'BreadcrumbList']);
    const crumbs = blocks[2]?.['@type'] === 'BreadcrumbList' ? blocks[2].itemListElement : [];
    expect(crumbs.at(-1)).toMatchObject({ name: 'Ron Dermer', item: `${SITE}/people/ron-dermer/` });
  });
});

describe('jsonLdText', () => {
  it('writes <, > and & as escapes, so no text can close the script, and parses back to the same data', () => {
    const data = newsArticle(
      { path: '/notes/x/', headline: '</script><script>alert(1)</script>', description: 'A & B <!-- c -->', dates: {} },
      SITE,
    );
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('pageStructuredData', () => {
  it('makes the home page the WebSite itself, with its name, address, language and license', () => {
    expect(pageStructuredData({ name: 'Israel–Syria Talks Record', path: '/' }, 'https://talks.example.org')).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'WebSite',
        name: SITE_TITLE,
        description: SITE_DESCRIPTION,
        url: 'https://talks.example.org/',
        inLanguage: LOCALE,
        publisher: { '@type': 'Organization', name: SITE_TITLE, url: 'https://talks.example.org/' },
        license: DATA_LICENSE.url,
      },
    ]);
  });

  it('puts any other page one step under the home page', () => {
    const [list] = pageStructuredData({ name: '2025', path: '/years/2025/' }, 'https://talks.example.org');
    expect(list).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Home', item: 'https://talks.example.org/' },
        { position: 2, name: '2025', item: 'https://talks.example.org/years/2025/' },
      ],
    });
  });
});
