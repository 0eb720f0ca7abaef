import { describe, expect, it } from 'vitest';
import {
  articleStructuredData,
  breadcrumbList,
  breadcrumbTrail,
  issuePage,
  issueTopic,
  jsonLdText,
  meetingPlace,
  newsArticle,
  pageStructuredData,
  personNode,
  profilePage,
  roundEvent,
  translationLinks,
  type ArticlePage,
} from '@/lib/publish/structured-data';
import { DATA_LICENSE, SITE_DESCRIPTION, SITE_TITLE } from '@/site';
import { DEFAULT_LOCALE, editionOf } from '@/lib/base/locales';

/** The English edition's language, as its pages and their structured data name it. */
const LOCALE = editionOf(DEFAULT_LOCALE).lang;
import { issue, person, round } from '@tests/helpers/fixtures';

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
    place: { city: 'Paris', country: 'FR', venue: 'Quai d’Orsay' },
    delegations: { 'united-states': ['tom-barrack'], syria: ['asaad-al-shaibani'], israel: ['ron-dermer'] },
  });

  it('gives the name, summary, days, address and offline attendance', () => {
    const event = roundEvent(paris, people, SITE);
    expect(event).not.toHaveProperty('@context');
    expect(event).toMatchObject({
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
        address: { '@type': 'PostalAddress', addressLocality: 'Paris', addressCountry: 'FR' },
      },
    });
  });

  it('ends a one-day meeting on its start', () => {
    const event = roundEvent(round('baku', { start: '2025-07-12', place: { city: 'Baku', country: 'AZ' } }), people, SITE);
    expect(event).toMatchObject({ startDate: '2025-07-12', endDate: '2025-07-12' });
  });

  it('gives no day at all for a meeting whose days were never reported', () => {
    const reported = round('border-area', { start: '2025-05-27', datedByReport: true });
    const event = roundEvent(reported, people, SITE);
    expect(event).not.toHaveProperty('startDate');
    expect(event).not.toHaveProperty('endDate');
  });

  it('lists the attendees by side in the standard order, each with the side, the role on the day and their page', () => {
    expect(roundEvent(paris, people, SITE).attendee).toMatchObject([
      { name: 'Ron Dermer', affiliation: { name: 'Israel' }, jobTitle: 'Minister' },
      { name: 'Asaad al-Shaibani', affiliation: { name: 'Syria' }, jobTitle: 'Fixture role' },
      { name: 'Tom Barrack', affiliation: { name: 'United States' }, jobTitle: 'Fixture role' },
    ]);
    expect(roundEvent(paris, people, SITE).attendee).toMatchObject([
      { '@type': 'Person', '@id': `${SITE}/people/ron-dermer/#person`, url: `${SITE}/people/ron-dermer/` },
      {},
      {},
    ]);
  });

  it('wraps an attendee the sources do not settle in a Role that says why, leaving the person node as on every page', () => {
    const doubted = round('paris', {
      ...paris.data,
      uncertainAttendance: [{ person: 'tom-barrack', doubt: 'one-source', note: 'Only one report names him.', sources: [1] }],
    });
    const attendees = [roundEvent(doubted, people, SITE).attendee, roundEvent(paris, people, SITE).attendee].flat();
    expect(attendees[2]).toEqual({
      '@type': 'Role',
      description: 'Attendance reported by one source only. Only one report names him.',
      attendee: attendees[5],
    });
  });

  it('names the United States as organizer when its delegation sat in, and no organizer otherwise', () => {
    expect(roundEvent(paris, people, SITE).organizer).toEqual({ '@type': 'Organization', name: 'United States' });
    const direct = round('baku', { delegations: { syria: ['asaad-al-shaibani'], israel: ['ron-dermer'] } });
    expect(roundEvent(direct, people, SITE)).not.toHaveProperty('organizer');
  });

  it('says a meeting went ahead only when a side confirmed it, and records a postponement or cancellation as the record does', () => {
    const statusOf = (status: 'held' | 'scheduled' | 'postponed' | 'cancelled', confirmedBy: ('syria' | 'israel')[] = []) =>
      roundEvent(round('x', { status, confirmedBy }), people, SITE).eventStatus;
    expect(statusOf('held', ['syria'])).toBe('https://schema.org/EventScheduled');
    expect(statusOf('scheduled', ['israel'])).toBe('https://schema.org/EventScheduled');
    expect(statusOf('held')).toBeUndefined();
    expect(statusOf('scheduled')).toBeUndefined();
    expect(statusOf('postponed')).toBe('https://schema.org/EventPostponed');
    expect(statusOf('cancelled')).toBe('https://schema.org/EventCancelled');
  });
});

describe('meetingPlace', () => {
  it('places a meeting in one country by its ISO code, named by its venue or else its city', () => {
    expect(meetingPlace({ city: 'London', country: 'GB' })).toEqual({
      '@type': 'Place',
      name: 'London',
      address: { '@type': 'PostalAddress', addressLocality: 'London', addressCountry: 'GB' },
    });
  });

  it('gives a place across two countries by its name alone, with no country', () => {
    expect(meetingPlace({ city: 'Border region', country: ['IL', 'SY'], venue: 'sites not named' })).toEqual({
      '@type': 'Place',
      name: 'sites not named, Border region, Israel–Syria',
    });
  });
});

describe('personNode', () => {
  const dermer = person('ron-dermer', {
    name: 'Ron Dermer',
    aliases: ['Dermer'],
    nativeNames: [{ name: 'רון דרמר', lang: 'he', source: 1 }],
    roles: [
      { title: 'Ambassador', from: '2013-12', to: '2021-01' },
      { title: 'Minister', from: '2022-12', to: '2025-11-11' },
    ],
  });

  it('gives the name, every other spelling, the role held on the day, the side and the page', () => {
    expect(personNode(dermer, '2025-09-17', SITE)).toEqual({
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
    const data = personNode(person('gil-reich', { roles: [{ title: 'Acting head', to: '2025-12' }] }), '2026-02-01', SITE);
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
      workTranslation: [
        { '@type': 'CreativeWork', url: `${SITE}/ar/rounds/2026-01-05-paris/`, inLanguage: 'ar' },
        { '@type': 'CreativeWork', url: `${SITE}/he/rounds/2026-01-05-paris/`, inLanguage: 'he' },
      ],
    });
  });

  it('points at the node the page is about', () => {
    const about = roundEvent(round('paris'), new Map(), SITE);
    expect(newsArticle({ ...page, about }, SITE).about).toEqual({ '@id': `${SITE}/rounds/2026-01-05-paris/#event` });
  });

  it('refuses a page with no day of its own, which is not a news article', () => {
    expect(() => newsArticle({ ...page, dates: { modified: '2026-01-09' } }, SITE)).toThrow(
      '/rounds/2026-01-05-paris/: a news article needs the day it is dated by',
    );
  });
});

describe('profilePage', () => {
  it("is a person's page, part of the site, whose main entity is the person, changed last on its newest update", () => {
    const dermer = personNode(person('ron-dermer', { name: 'Ron Dermer' }), '2026-01-05', SITE);
    const page = {
      path: '/people/ron-dermer/',
      headline: 'Ron Dermer',
      description: 'Israeli minister.',
      dates: { modified: '2026-02-01' },
    };
    expect(profilePage(page, dermer, SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      name: 'Ron Dermer',
      description: 'Israeli minister.',
      url: `${SITE}/people/ron-dermer/`,
      inLanguage: LOCALE,
      isPartOf: { '@id': `${SITE}/#website` },
      publisher: { '@type': 'Organization', name: SITE_TITLE, url: `${SITE}/` },
      license: DATA_LICENSE.url,
      workTranslation: [
        { '@type': 'CreativeWork', url: `${SITE}/ar/people/ron-dermer/`, inLanguage: 'ar' },
        { '@type': 'CreativeWork', url: `${SITE}/he/people/ron-dermer/`, inLanguage: 'he' },
      ],
      dateModified: '2026-02-01',
      mainEntity: dermer,
    });
  });
});

describe('issuePage', () => {
  it('is a collection about the issue, by its title and every other name, with no date when it has no update', () => {
    const topic = issueTopic(issue('de-escalation-mechanism', { title: 'The de-escalation mechanism', aliases: ['hotline'] }));
    expect(topic).toEqual({ '@type': 'Thing', name: 'The de-escalation mechanism', alternateName: ['hotline'] });
    const page = { path: '/issues/de-escalation-mechanism/', headline: 'The de-escalation mechanism', description: 'd', dates: {} };
    const collection = issuePage(page, topic, SITE);
    expect(collection).toMatchObject({ '@type': 'CollectionPage', url: `${SITE}/issues/de-escalation-mechanism/`, about: topic });
    expect(collection).not.toHaveProperty('dateModified');
    expect(issueTopic(issue('buffer-zone'))).not.toHaveProperty('alternateName');
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
  const typesOf = (blocks: readonly { '@type': unknown }[]) => blocks.map((block) => block['@type']);
  const base = { description: 'd', dates: { published: '2026-01-05', modified: '2026-01-05' } };

  it("gives a round's page its Event, then its NewsArticle about the event, then breadcrumbs ending at the page", () => {
    const about = roundEvent(round('paris'), new Map(), SITE);
    const blocks = articleStructuredData(
      'round',
      { ...base, path: '/rounds/2026-01-05-paris/', headline: 'Paris', timelineDay: '2026-01-05', about },
      SITE,
    );
    expect(typesOf(blocks)).toEqual(['Event', 'NewsArticle', 'BreadcrumbList']);
    expect(blocks[0]).toMatchObject({ '@context': 'https://schema.org', '@id': about['@id'] });
    expect(blocks[2]).toMatchObject({ itemListElement: [{}, {}, { name: 'Paris', item: `${SITE}/rounds/2026-01-05-paris/` }] });
  });

  it('makes an event a NewsArticle, a person a ProfilePage, an issue a CollectionPage and a note a WebPage', () => {
    const about = personNode(person('ron-dermer'), '2026-01-05', SITE);
    const topic = issueTopic(issue('buffer-zone'));
    expect(typesOf(articleStructuredData('event', { ...base, path: '/events/e/', headline: 'E' }, SITE))).toEqual([
      'NewsArticle',
      'BreadcrumbList',
    ]);
    expect(typesOf(articleStructuredData('person', { ...base, path: '/people/p/', headline: 'P', about }, SITE))).toEqual([
      'ProfilePage',
      'BreadcrumbList',
    ]);
    expect(typesOf(articleStructuredData('issue', { ...base, path: '/issues/i/', headline: 'I', about: topic }, SITE))).toEqual([
      'CollectionPage',
      'BreadcrumbList',
    ]);
    expect(typesOf(articleStructuredData('note', { ...base, dates: {}, path: '/notes/n/', headline: 'N' }, SITE))).toEqual([
      'WebPage',
      'BreadcrumbList',
    ]);
  });

  it("refuses a round's, a person's or an issue's page without what it is about", () => {
    expect(() => articleStructuredData('round', { ...base, path: '/rounds/r/', headline: 'R' }, SITE)).toThrow('/rounds/r/');
    expect(() => articleStructuredData('person', { ...base, path: '/people/p/', headline: 'P' }, SITE)).toThrow('/people/p/');
    expect(() => articleStructuredData('issue', { ...base, path: '/issues/i/', headline: 'I' }, SITE)).toThrow('/issues/i/');
  });
});

describe('jsonLdText', () => {
  it('writes <, > and & as escapes, so no text can close the script, and parses back to the same data', () => {
    const data = newsArticle(
      {
        path: '/events/x/',
        headline: '</script><script>alert(1)</script>',
        description: 'A & B <!-- c -->',
        dates: { published: '2026-01-05', modified: '2026-01-05' },
      },
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
    const home = { name: 'Israel–Syria Talks Record', path: '/', description: 'd', type: 'CollectionPage' } as const;
    expect(pageStructuredData(home, 'https://talks.example.org')).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'WebSite',
        '@id': 'https://talks.example.org/#website',
        name: SITE_TITLE,
        description: SITE_DESCRIPTION,
        url: 'https://talks.example.org/',
        inLanguage: LOCALE,
        publisher: { '@type': 'Organization', name: SITE_TITLE, url: 'https://talks.example.org/' },
        license: DATA_LICENSE.url,
        workTranslation: [
          { '@type': 'CreativeWork', url: 'https://talks.example.org/ar/', inLanguage: 'ar' },
          { '@type': 'CreativeWork', url: 'https://talks.example.org/he/', inLanguage: 'he' },
        ],
      },
    ]);
  });

  it('makes any other page a page of its type, part of the site, one step under the home page', () => {
    const year = { name: '2025', path: '/years/2025/', description: 'Every round of 2025.', type: 'CollectionPage' } as const;
    const [page, list] = pageStructuredData(year, 'https://talks.example.org');
    expect(page).toMatchObject({
      '@type': 'CollectionPage',
      name: '2025',
      description: 'Every round of 2025.',
      url: 'https://talks.example.org/years/2025/',
      isPartOf: { '@id': 'https://talks.example.org/#website' },
    });
    expect(pageStructuredData({ ...year, path: '/search/', type: 'SearchResultsPage' }, SITE)[0]?.['@type']).toBe('SearchResultsPage');
    expect(pageStructuredData({ ...year, path: '/data/', type: 'WebPage' }, SITE)[0]?.['@type']).toBe('WebPage');
    expect(list).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Home', item: 'https://talks.example.org/' },
        { position: 2, name: '2025', item: 'https://talks.example.org/years/2025/' },
      ],
    });
  });
});

describe('translationLinks', () => {
  it('links an English page to its Arabic and Hebrew translations, and either translation to its English', () => {
    expect(translationLinks('/people/ron-dermer/', 'en', SITE)).toEqual({
      workTranslation: [
        { '@type': 'CreativeWork', url: `${SITE}/ar/people/ron-dermer/`, inLanguage: 'ar' },
        { '@type': 'CreativeWork', url: `${SITE}/he/people/ron-dermer/`, inLanguage: 'he' },
      ],
    });
    expect(translationLinks('/ar/people/ron-dermer/', 'ar', SITE)).toEqual({
      translationOfWork: { '@type': 'CreativeWork', url: `${SITE}/people/ron-dermer/`, inLanguage: LOCALE },
    });
    expect(translationLinks('/he/', 'he', SITE)).toEqual({
      translationOfWork: { '@type': 'CreativeWork', url: `${SITE}/`, inLanguage: LOCALE },
    });
  });
});

describe('the structured data of the Arabic and Hebrew editions', () => {
  const people = new Map(
    [
      person('ron-dermer', { name: 'رون ديرمر', roles: [{ title: 'وزير', from: '2022-12' }] }),
      person('tom-barrack', { name: 'توم باراك', side: 'united-states' }),
    ].map((entry) => [entry.id, entry]),
  );
  const paris = round('paris', {
    start: '2026-01-05',
    place: { city: 'Paris', country: 'FR' },
    delegations: { israel: ['ron-dermer'], 'united-states': ['tom-barrack'] },
    uncertainAttendance: [{ person: 'ron-dermer', doubt: 'one-source', note: 'ملاحظة.', sources: [1] }],
  });

  it("names a round's place, sides and doubts in the edition's words, and links the edition's pages", () => {
    const event = roundEvent(paris, people, SITE, 'ar');
    expect(event).toMatchObject({
      '@id': `${SITE}/ar/rounds/2026-01-05-paris/#event`,
      url: `${SITE}/ar/rounds/2026-01-05-paris/`,
      location: { name: 'باريس', address: { addressLocality: 'باريس', addressCountry: 'FR' } },
      organizer: { '@type': 'Organization', name: 'الولايات المتحدة' },
      attendee: [
        {
          '@type': 'Role',
          description: 'لم يرد الحضور إلا في مصدر واحد. ملاحظة.',
          attendee: {
            '@id': `${SITE}/ar/people/ron-dermer/#person`,
            name: 'رون ديرمر',
            url: `${SITE}/ar/people/ron-dermer/`,
            affiliation: { name: 'إسرائيل' },
          },
        },
        { name: 'توم باراك', url: `${SITE}/ar/people/tom-barrack/` },
      ],
    });
    expect(meetingPlace({ city: 'Border region', country: ['IL', 'SY'] }, 'he').name).toBe('אזור הגבול, ישראל–סוריה');
    expect(personNode(person('ron-dermer', { name: 'רון דרמר' }), '2026-01-05', SITE, 'he')).toMatchObject({
      '@id': `${SITE}/he/people/ron-dermer/#person`,
      affiliation: { name: 'ישראל' },
    });
  });

  it("makes an article of the edition's language, published by the site under its name in that language, a translation of the English", () => {
    const page: ArticlePage = {
      path: '/ar/rounds/2026-01-05-paris/',
      headline: 'محادثات باريس',
      description: 'التقى الفريقان.',
      dates: { published: '2026-01-05', modified: '2026-01-09' },
      about: roundEvent(paris, people, SITE, 'ar'),
    };
    const [, article, trail] = articleStructuredData('round', { ...page, timelineDay: '2026-01-05' }, SITE, 'ar');
    const publisher = { '@type': 'Organization', name: 'سجل المحادثات السورية الإسرائيلية', url: `${SITE}/ar/` };
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'محادثات باريس',
      url: `${SITE}/ar/rounds/2026-01-05-paris/`,
      inLanguage: 'ar',
      author: publisher,
      publisher,
      about: { '@id': `${SITE}/ar/rounds/2026-01-05-paris/#event` },
      translationOfWork: { '@type': 'CreativeWork', url: `${SITE}/rounds/2026-01-05-paris/`, inLanguage: LOCALE },
    });
    expect(article).not.toHaveProperty('workTranslation');
    expect(trail).toMatchObject({
      itemListElement: [
        { name: 'الرئيسية', item: `${SITE}/ar/` },
        { name: '2026', item: `${SITE}/ar/years/2026/` },
        { name: 'محادثات باريس', item: `${SITE}/ar/rounds/2026-01-05-paris/` },
      ],
    });
  });

  it("names each step of a trail as the edition's navigation does", () => {
    expect(breadcrumbTrail('person', { name: 'رون ديرمر', path: '/ar/people/ron-dermer/' }, 'ar')).toEqual([
      { name: 'الرئيسية', path: '/ar/' },
      { name: 'الأشخاص', path: '/ar/people/' },
      { name: 'رون ديرمر', path: '/ar/people/ron-dermer/' },
    ]);
    expect(breadcrumbTrail('issue', { name: 'x', path: '/he/issues/x/' }, 'he').slice(0, 2)).toEqual([
      { name: 'דף הבית', path: '/he/' },
      { name: 'סוגיות', path: '/he/issues/' },
    ]);
  });

  it("makes an edition's home page its WebSite, named and described in its language, and every other page part of it", () => {
    const [website] = pageStructuredData({ name: 'x', path: '/he/', description: 'd', type: 'CollectionPage' }, SITE, 'he');
    expect(website).toMatchObject({
      '@type': 'WebSite',
      '@id': `${SITE}/he/#website`,
      name: 'תיעוד השיחות בין ישראל לסוריה',
      description: expect.stringMatching(/^התיעוד הציבורי/) as unknown,
      url: `${SITE}/he/`,
      inLanguage: 'he',
      translationOfWork: { url: `${SITE}/` },
    });
    const [page, list] = pageStructuredData({ name: 'אנשים', path: '/he/people/', description: 'd', type: 'CollectionPage' }, SITE, 'he');
    expect(page).toMatchObject({
      inLanguage: 'he',
      isPartOf: { '@id': `${SITE}/he/#website` },
      translationOfWork: { url: `${SITE}/people/` },
    });
    expect(list).toMatchObject({ itemListElement: [{ name: 'דף הבית', item: `${SITE}/he/` }, { name: 'אנשים' }] });
  });
});
