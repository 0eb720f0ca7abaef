import { feedUrl } from '@/lib/base/urls';
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { roundStatusLabel } from '@/lib/model/rounds';
import { indexRecord } from '@/lib/model/site-record';
import {
  FEED_LENGTH,
  JSON_FEED_VERSION,
  absoluteLinks,
  feedItems,
  feedLinks,
  issueFeed,
  jsonFeed,
  personFeed,
  roundTitle,
  rssFeed,
  siteFeed,
  siteFeedLinks,
  siteFollowLinks,
  sourceList,
  updateLine,
  withoutSectionLinks,
  type FeedContext,
} from '@/lib/publish/feeds';
import { type ContentRecord } from '@/lib/record/entries';
import { remarkSectionAnchors } from '@/remark/remark-section-anchors';
import { remarkSourceCitations } from '@/remark/remark-source-citations';
import { SITE_TITLE } from '@/site';
import { event, issue, person, round, source } from '@tests/helpers/fixtures';
import { renderMarkdown } from '@tests/helpers/markdown';

const SITE = new URL('https://talks.example.org/');
const TODAY = '2026-02-01';

const paris = round('paris', {
  title: 'Paris talks',
  round: 5,
  start: '2026-01-05',
  end: '2026-01-06',
  place: { city: 'Paris', country: 'FR', venue: 'Quai d’Orsay' },
  delegations: { israel: ['yechiel-leiter', 'gil-reich'], syria: ['asaad-al-shaibani'], 'united-states': ['tom-barrack'] },
  uncertainAttendance: [{ person: 'yechiel-leiter', doubt: 'reports-differ', note: 'Reports differ on whether he came.', sources: [1] }],
  issues: ['buffer-zone'],
  confirmedBy: ['syria'],
  sources: [source({ publisher: 'Wire', title: 'Talks <resume>', url: 'https://news.example.com/a?b=1&c=2', date: '2026-01-06' })],
  updates: [
    { date: '2026-01-08', note: 'Added the joint statement.' },
    { date: '2026-01-20', note: 'Corrected the venue.' },
  ],
});
const geneva = round('geneva', {
  title: 'Talks in Geneva',
  start: '2026-03-02',
  status: 'scheduled',
  delegations: { syria: ['asaad-al-shaibani'] },
  sources: [{ publisher: 'Wire', title: 'Talks planned in Geneva', date: '2026-02-10', dateInferred: false }],
});
const resigns = event('dermer-resigns', { title: 'Dermer resigns', date: '2025-11-11', people: ['ron-dermer'], issues: ['buffer-zone'] });
const gasDeal = event('gas-deal', { title: 'Gas deal', date: '2026-01-26' });

const content: ContentRecord = {
  rounds: [paris, geneva],
  events: [gasDeal, resigns],
  people: [
    person('yechiel-leiter', { name: 'Yechiel Leiter' }),
    person('gil-reich', { name: 'Gil Reich' }),
    person('asaad-al-shaibani', { name: 'Asaad al-Shaibani', side: 'syria' }),
    person('ron-dermer', { name: 'Ron Dermer' }),
    person('tom-barrack', { name: 'Tom Barrack', side: 'united-states' }),
  ],
  issues: [issue('buffer-zone', { title: 'The buffer zone' })],
  notes: [],
};
const record = indexRecord(content, TODAY);

const BODIES: Record<string, string> = {
  '/rounds/2026-01-05-paris/':
    '<h2 id="what-happened">What happened <a href="#what-happened" class="anchor">#</a></h2><p>See <a href="/issues/buffer-zone/">the zone</a> <a href="#source-1" class="citation">[1]</a>.</p>',
};
const context: FeedContext = { record, site: SITE, bodyOf: (page) => BODIES[page] ?? `<p>Body of ${page}</p>`, locale: 'en' };

const pages = (items: readonly { url: string }[]) => items.map((item) => new URL(item.url).pathname);

describe('feed addresses', () => {
  it('puts each feed beside the page it follows, in both formats', () => {
    expect(feedUrl('/', 'rss')).toBe('/feed.xml');
    expect(feedUrl('/', 'json')).toBe('/feed.json');
    expect(feedUrl('/people/ron-dermer/', 'json')).toBe('/people/ron-dermer/feed.json');
  });

  it('names and types every link to a feed, so a browser can offer it', () => {
    expect(feedLinks('/issues/buffer-zone/', 'The buffer zone')).toEqual([
      { href: '/issues/buffer-zone/feed.xml', type: 'application/rss+xml', label: 'RSS', title: 'The buffer zone (RSS)' },
      { href: '/issues/buffer-zone/feed.json', type: 'application/feed+json', label: 'JSON Feed', title: 'The buffer zone (JSON Feed)' },
    ]);
    expect(siteFeedLinks().map((link) => link.href)).toEqual(['/feed.xml', '/feed.json']);
    expect(siteFeedLinks()[0]?.title).toBe(`${SITE_TITLE} (RSS)`);
  });

  it('offers at the foot of every page the site feeds, then the rounds as a calendar, named in the edition’s words', () => {
    expect(siteFollowLinks().map((link) => [link.href, link.type, link.label])).toEqual([
      ['/feed.xml', 'application/rss+xml', 'RSS'],
      ['/feed.json', 'application/feed+json', 'JSON Feed'],
      ['/rounds.ics', 'text/calendar', 'Calendar'],
    ]);
    expect(siteFollowLinks('ar').at(-1)?.label).toBe('التقويم');
    expect(siteFollowLinks('he').at(-1)?.label).toBe('לוח שנה');
  });
});

describe('which rounds and events a feed holds', () => {
  it('holds every round and event for the site, newest first, an announced meeting included', () => {
    expect(pages(feedItems(siteFeed(record).items, context))).toEqual([
      '/rounds/2026-03-02-geneva/',
      '/events/2026-01-26-gas-deal/',
      '/rounds/2026-01-05-paris/',
      '/events/2025-11-11-dermer-resigns/',
    ]);
  });

  it('holds the rounds a person attended and the events naming them, newest first: not a meeting still to come', () => {
    expect(pages(feedItems(personFeed(record, 'asaad-al-shaibani').items, context))).toEqual(['/rounds/2026-01-05-paris/']);
    expect(pages(feedItems(personFeed(record, 'ron-dermer').items, context))).toEqual(['/events/2025-11-11-dermer-resigns/']);
    expect(personFeed(record, 'ron-dermer')).toMatchObject({ title: `Ron Dermer · ${SITE_TITLE}`, page: '/people/ron-dermer/' });
  });

  it('holds the rounds and events an issue came up in, newest first', () => {
    const feed = issueFeed(record, 'buffer-zone');
    expect(pages(feedItems(feed.items, context))).toEqual(['/rounds/2026-01-05-paris/', '/events/2025-11-11-dermer-resigns/']);
    expect(feed).toMatchObject({ title: `The buffer zone · ${SITE_TITLE}`, page: '/issues/buffer-zone/' });
  });

  it('keeps a feed to its newest FEED_LENGTH items however long the record grows', () => {
    const events = Array.from({ length: FEED_LENGTH + 5 }, (_, i) => event(`e${i}`, { date: `2025-01-01` }));
    const long = indexRecord({ ...content, rounds: [], events }, TODAY);
    const items = feedItems(siteFeed(long).items, context);
    expect(items).toHaveLength(FEED_LENGTH);
    expect(pages(items)).toEqual(
      long.timeline
        .slice(-FEED_LENGTH)
        .reverse()
        .map((item) => `/events/${item.id}/`),
    );
  });
});

describe('a feed item', () => {
  const [geneva_, gas, parisItem, resignsItem] = feedItems(siteFeed(record).items, context);

  it('has the absolute page address, the title, the summary and the day', () => {
    expect(gas).toMatchObject({
      url: 'https://talks.example.org/events/2026-01-26-gas-deal/',
      title: 'Gas deal',
      summary: 'A fixture event.',
      published: '2026-01-26',
    });
  });

  it('gives a meeting that was not held its status first in the title', () => {
    expect(geneva_?.title).toBe(`${roundStatusLabel(geneva.data, TODAY)}: Talks in Geneva`);
    expect(parisItem?.title).toBe('Paris talks');
    expect(roundTitle({ title: 'Paris meeting', status: 'postponed', start: '2025-08-13' }, TODAY)).toBe(
      'Announced, then postponed: Paris meeting',
    );
  });

  it("carries a round's key facts, with links to the site made absolute", () => {
    const html = parisItem?.contentHtml ?? '';
    expect(html).toContain('<li><strong>Meeting:</strong> Round 5</li>');
    expect(html).toContain('<li><strong>When:</strong> 5–6 January 2026</li>');
    expect(html).toContain('<li><strong>Place:</strong> Paris, France (Quai d’Orsay)</li>');
    expect(html).toContain('<li><strong>Status:</strong> Held</li>');
    expect(html).toContain('<li><strong>Confirmation:</strong> Confirmed by Syria</li>');
    expect(html).toContain(
      '<li><strong>Delegation of Israel:</strong> <a href="https://talks.example.org/people/yechiel-leiter/">Yechiel Leiter</a> (head), Fixture role (Reports differ on attendance. Reports differ on whether he came.); <a href="https://talks.example.org/people/gil-reich/">Gil Reich</a>, Fixture role</li>',
    );
    expect(html).toContain(
      '<li><strong>Delegation of the United States:</strong> <a href="https://talks.example.org/people/tom-barrack/">Tom Barrack</a> (lead mediator), Fixture role</li>',
    );
    expect(html).toContain('<li><strong>Issues:</strong> <a href="https://talks.example.org/issues/buffer-zone/">The buffer zone</a></li>');
    expect(geneva_?.contentHtml).toContain(`<li><strong>Status:</strong> ${roundStatusLabel(geneva.data, TODAY)}</li>`);
  });

  it("carries an event's date, people and issues, and leaves out a fact with nothing to list", () => {
    expect(resignsItem?.contentHtml).toContain(
      '<ul><li><strong>Date:</strong> 11 November 2025</li><li><strong>People:</strong> <a href="https://talks.example.org/people/ron-dermer/">Ron Dermer</a></li><li><strong>Issues:</strong>',
    );
    expect(gas?.contentHtml).toContain('<ul><li><strong>Date:</strong> 26 January 2026</li></ul>');
  });

  it('carries the rendered body with absolute links and without the section links, then the sources', () => {
    const html = parisItem?.contentHtml ?? '';
    expect(html).toContain(
      '<h2 id="what-happened">What happened</h2><p>See <a href="https://talks.example.org/issues/buffer-zone/">the zone</a> <a href="https://talks.example.org/rounds/2026-01-05-paris/#source-1" class="citation">[1]</a>.</p>',
    );
    expect(html).toMatch(
      /<h2>Sources<\/h2><ol><li>Wire, <a href="https:\/\/news\.example\.com\/a\?b=1&amp;c=2">Talks &lt;resume&gt;<\/a>, 6 January 2026<\/li><\/ol>$/,
    );
  });

  it('shows as updated when its entry has updates: the newest note first, every update listed, modified on the newest day', () => {
    expect(parisItem?.modified).toBe('2026-01-20');
    expect(parisItem?.contentHtml.startsWith('<p><strong>Updated 20 January 2026:</strong> Corrected the venue.</p>')).toBe(true);
    expect(parisItem?.contentHtml).toContain(
      '<h2>Updates and corrections</h2><ul><li>8 January 2026: Added the joint statement.</li><li>20 January 2026: Corrected the venue.</li></ul>',
    );
    expect(gas).not.toHaveProperty('modified');
    expect(gas?.contentHtml).not.toContain('Updated');
  });
});

describe('updateLine', () => {
  it('gives every note of the newest day, whatever order the updates are in', () => {
    const updates = [
      { date: '2026-02-01', note: 'Added a source.' },
      { date: '2026-01-08', note: 'Older.' },
      { date: '2026-02-01', note: 'Fixed <a> name.' },
    ];
    expect(updateLine(updates)).toBe('<p><strong>Updated 1 February 2026:</strong> Added a source. Fixed &lt;a&gt; name.</p>');
    expect(updateLine([])).toBe('');
  });
});

describe('absoluteLinks', () => {
  const page = 'https://talks.example.org/rounds/x/';

  it('resolves links to the site and to the page itself, and leaves other sites alone', () => {
    expect(absoluteLinks('<a href="/people/a/">A</a> <a href="#source-2">[2]</a> <img src="/map.png" alt="">', page)).toBe(
      '<a href="https://talks.example.org/people/a/">A</a> <a href="https://talks.example.org/rounds/x/#source-2">[2]</a> <img src="https://talks.example.org/map.png" alt="">',
    );
    const elsewhere = '<a href="https://news.example.com/a">n</a> <a href="//cdn.example.com/x">c</a> <a href="mailto:a@example.org">m</a>';
    expect(absoluteLinks(elsewhere, page)).toBe(elsewhere);
  });
});

describe('withoutSectionLinks', () => {
  it('drops the link the section anchors plugin adds to each heading, and nothing else', async () => {
    const { html } = await renderMarkdown('## What happened\n\nParis [1].', [remarkSectionAnchors, remarkSourceCitations], {
      frontmatter: { sources: [source()] },
    });
    expect(html).toContain('class="anchor"');
    expect(withoutSectionLinks(html)).toBe(
      '<h2 id="what-happened">What happened</h2>\n<p>Paris <a href="#source-1" class="citation">[1]</a>.</p>',
    );
  });
});

describe('rssFeed', () => {
  const channel = siteFeed(record);
  const items = feedItems(channel.items, context);
  const parser = new XMLParser({ ignoreAttributes: false });

  it('makes an RSS 2.0 feed whose guid is the permalink, with the full content and the update for readers that read one', async () => {
    const xml = parser.parse(await getRssString(rssFeed(channel, items, SITE))) as {
      rss: {
        channel: { title: string; link: string; language: string; 'atom:link': Record<string, string>; item: Record<string, unknown>[] };
      };
    };
    const feed = xml.rss.channel;
    expect(feed).toMatchObject({ title: SITE_TITLE, link: 'https://talks.example.org/', language: 'en-GB' });
    expect(feed['atom:link']).toMatchObject({ '@_href': 'https://talks.example.org/feed.xml', '@_rel': 'self' });
    const parisItem = feed.item[2];
    expect(parisItem).toMatchObject({
      title: 'Paris talks',
      link: 'https://talks.example.org/rounds/2026-01-05-paris/',
      guid: { '#text': 'https://talks.example.org/rounds/2026-01-05-paris/', '@_isPermaLink': 'true' },
      pubDate: 'Mon, 05 Jan 2026 00:00:00 GMT',
      'content:encoded': items[2]?.contentHtml,
      'atom:updated': '2026-01-20T00:00:00.000+00:00',
    });
    expect(feed.item[1]).not.toHaveProperty('atom:updated');
  });
});

describe('jsonFeed', () => {
  const channel = personFeed(record, 'asaad-al-shaibani');
  const feed = jsonFeed(channel, feedItems(channel.items, context), SITE);

  it('names its version, its page and its own address', () => {
    expect(feed).toMatchObject({
      version: JSON_FEED_VERSION,
      title: `Asaad al-Shaibani · ${SITE_TITLE}`,
      home_page_url: 'https://talks.example.org/people/asaad-al-shaibani/',
      feed_url: 'https://talks.example.org/people/asaad-al-shaibani/feed.json',
    });
  });

  it('gives each item its permalink as id, its content as HTML, and date_modified only when it was updated', () => {
    expect(feed.items.map((item) => [item.id, item.date_published, item.date_modified])).toEqual([
      ['https://talks.example.org/rounds/2026-01-05-paris/', '2026-01-05T00:00:00.000+00:00', '2026-01-20T00:00:00.000+00:00'],
    ]);
    expect(feed.items.every((item) => item.url === item.id && item.content_html.length > 0)).toBe(true);
  });

  it('dates an announced meeting by the report that announced it, and orders the items by those dates', () => {
    const site = siteFeed(record);
    const items = jsonFeed(site, feedItems(site.items, context), SITE).items;
    expect(items.map((item) => [item.id, item.date_published])).toEqual([
      ['https://talks.example.org/rounds/2026-03-02-geneva/', '2026-02-10T00:00:00.000+00:00'],
      ['https://talks.example.org/events/2026-01-26-gas-deal/', '2026-01-26T00:00:00.000+00:00'],
      ['https://talks.example.org/rounds/2026-01-05-paris/', '2026-01-05T00:00:00.000+00:00'],
      ['https://talks.example.org/events/2025-11-11-dermer-resigns/', '2025-11-11T00:00:00.000+00:00'],
    ]);
  });
});

describe('the feeds of the Arabic and Hebrew editions', () => {
  const arabic: FeedContext = { ...context, locale: 'ar' };
  const hebrew: FeedContext = { ...context, locale: 'he' };

  it("names each edition's site feed in its language, linked from its pages by the same files under its prefix", () => {
    expect(siteFeedLinks('ar').map((link) => [link.href, link.title])).toEqual([
      ['/feed.xml', 'سجل المحادثات السورية الإسرائيلية (RSS)'],
      ['/feed.json', 'سجل المحادثات السورية الإسرائيلية (JSON Feed)'],
    ]);
    expect(siteFeed(record, 'ar')).toMatchObject({ title: 'سجل المحادثات السورية الإسرائيلية', locale: 'ar', page: '/' });
    expect(siteFeed(record, 'he').description).toMatch(/^התיעוד הציבורי/);
  });

  it("describes a person's and an issue's feed in the edition's words", () => {
    expect(personFeed(record, 'ron-dermer', 'he')).toMatchObject({
      title: 'Ron Dermer · תיעוד השיחות בין ישראל לסוריה',
      description: 'כל הסבבים והאירועים בשיחות בין ישראל לסוריה עם השתתפות או אזכור של Ron Dermer.',
    });
    expect(issueFeed(record, 'buffer-zone', 'ar').description).toBe(
      'كل جولة أو حدث في المحادثات بين إسرائيل وسوريا طُرحت فيه قضية «The buffer zone».',
    );
  });

  it("links every item and every page it names to the edition's pages", () => {
    const parisItem = feedItems(siteFeed(record, 'ar').items, arabic)[2];
    expect(parisItem?.url).toBe('https://talks.example.org/ar/rounds/2026-01-05-paris/');
    const html = parisItem?.contentHtml ?? '';
    expect(html).toContain('<a href="https://talks.example.org/ar/issues/buffer-zone/">the zone</a>');
    expect(html).toContain('<a href="https://talks.example.org/ar/rounds/2026-01-05-paris/#source-1" class="citation">[1]</a>');
    expect(html).toContain('<a href="https://talks.example.org/ar/people/gil-reich/">Gil Reich</a>');
    expect(html).not.toMatch(/href="https:\/\/talks\.example\.org\/(?!ar\/)/);
  });

  it("writes every fact of a round in the edition's words", () => {
    const html = feedItems(siteFeed(record, 'ar').items, arabic)[2]?.contentHtml ?? '';
    expect(html.startsWith('<p><strong>حُدّث في 20 يناير 2026:</strong> Corrected the venue.</p>')).toBe(true);
    expect(html).toContain('<li><strong>الاجتماع:</strong> الجولة 5</li>');
    expect(html).toContain('<li><strong>الموعد:</strong> 5–6 يناير 2026</li>');
    expect(html).toContain('<li><strong>المكان:</strong> باريس، فرنسا (Quai d’Orsay)</li>');
    expect(html).toContain('<li><strong>الحالة:</strong> عُقد</li>');
    expect(html).toContain('<li><strong>التأكيد:</strong> أكّدته سوريا</li>');
    expect(html).toContain(
      '<strong>وفد إسرائيل:</strong> <a href="https://talks.example.org/ar/people/yechiel-leiter/">Yechiel Leiter</a> (رئيس الوفد)، Fixture role (تتباين التقارير بشأن الحضور. Reports differ on whether he came.)؛ <a href="https://talks.example.org/ar/people/gil-reich/">',
    );
    expect(html).toContain('(تتباين التقارير بشأن الحضور. Reports differ on whether he came.)');
    expect(html).toContain(
      '<strong>وفد الولايات المتحدة:</strong> <a href="https://talks.example.org/ar/people/tom-barrack/">Tom Barrack</a> (الوسيط الرئيسي)',
    );
    expect(html).toContain('<h2>التحديثات والتصحيحات</h2><ul><li>8 يناير 2026: Added the joint statement.</li>');
    expect(html).toMatch(/<h2>المصادر<\/h2><ol><li>Wire, <a [^>]+>Talks &lt;resume&gt;<\/a>, 6 يناير 2026<\/li><\/ol>$/);
  });

  it("writes an event's facts and a meeting's status in the edition's words", () => {
    const [genevaItem, , , resignsItem] = feedItems(siteFeed(record, 'he').items, hebrew);
    expect(genevaItem?.title).toBe(`${roundStatusLabel(geneva.data, TODAY, 'he')}: Talks in Geneva`);
    expect(resignsItem?.contentHtml).toContain(
      '<ul><li><strong>תאריך:</strong> 11 בנובמבר 2025</li><li><strong>אנשים:</strong> <a href="https://talks.example.org/he/people/ron-dermer/">Ron Dermer</a></li><li><strong>סוגיות:</strong>',
    );
    expect(roundTitle({ title: 'Paris meeting', status: 'postponed', start: '2025-08-13' }, TODAY, 'ar')).toBe(
      'أُعلن عنه ثم أُرجئ: Paris meeting',
    );
  });

  it("gives the newest update and a source's inferred date in the edition's words", () => {
    expect(updateLine([{ date: '2026-01-08', note: 'נוסף.' }], 'he')).toBe('<p><strong>עודכן ב-8 בינואר 2026:</strong> נוסף.</p>');
    expect(sourceList([source({ publisher: 'Wire', title: 'T', date: '2026-01', dateInferred: true })], 'he')).toBe(
      '<ol><li>Wire, T, ינואר 2026 (עמוד ללא תאריך; התאריך הוסק מתוכנו)</li></ol>',
    );
    expect(sourceList([source({ publisher: 'Wire', title: 'T', date: '2026-01', dateInferred: true })])).toBe(
      '<ol><li>Wire, T, January 2026 (undated page; date inferred from its content)</li></ol>',
    );
  });

  it("links a source's headline to its address, or to its archived copy once the address is dead or where it has none", () => {
    const url = 'https://example.org/a';
    const archive = { url: 'https://web.archive.org/web/20260106093012/https://example.org/a', captured: '2026-01-06' };
    expect(sourceList([source({ publisher: 'Wire', title: 'T', url, date: '2026-01-06' })])).toBe(
      `<ol><li>Wire, <a href="${url}">T</a>, 6 January 2026</li></ol>`,
    );
    expect(sourceList([source({ publisher: 'Wire', title: 'T', url, date: '2026-01-06', archive, state: 'dead' })])).toBe(
      `<ol><li>Wire, <a href="${archive.url}">T</a>, 6 January 2026</li></ol>`,
    );
    expect(sourceList([source({ publisher: 'Wire', title: 'T', date: '2026-01-06', archive })])).toBe(
      `<ol><li>Wire, <a href="${archive.url}">T</a>, 6 January 2026</li></ol>`,
    );
  });

  it("writes an edition's RSS in its language, linking its own pages and its own file", async () => {
    const channel = siteFeed(record, 'ar');
    const parser = new XMLParser({ ignoreAttributes: false });
    const xml = parser.parse(await getRssString(rssFeed(channel, feedItems(channel.items, arabic), SITE))) as {
      rss: { channel: { title: string; link: string; language: string; 'atom:link': Record<string, string>; item: { link: string }[] } };
    };
    expect(xml.rss.channel).toMatchObject({
      title: 'سجل المحادثات السورية الإسرائيلية',
      link: 'https://talks.example.org/ar/',
      language: 'ar',
    });
    expect(xml.rss.channel['atom:link']).toMatchObject({ '@_href': 'https://talks.example.org/ar/feed.xml' });
    expect(xml.rss.channel.item.every((item) => item.link.startsWith('https://talks.example.org/ar/'))).toBe(true);
  });

  it("writes an edition's JSON Feed in its language, linking its own pages and its own file", () => {
    const channel = personFeed(record, 'asaad-al-shaibani', 'he');
    expect(jsonFeed(channel, feedItems(channel.items, hebrew), SITE)).toMatchObject({
      language: 'he',
      home_page_url: 'https://talks.example.org/he/people/asaad-al-shaibani/',
      feed_url: 'https://talks.example.org/he/people/asaad-al-shaibani/feed.json',
      authors: [{ name: 'תיעוד השיחות בין ישראל לסוריה', url: 'https://talks.example.org/he/' }],
      items: [{ id: 'https://talks.example.org/he/rounds/2026-01-05-paris/' }],
    });
  });
});
