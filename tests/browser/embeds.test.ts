/**
 * The embeddable cards as another site shows them. A host page on another origin, under a strict policy of its own,
 * frames each kind of card, pasted as the "Embed this" box gives it, from the site behind nginx with the headers the
 * build wrote, and sizes each frame from the card's messages alone, as WordPress and AMP do; the rest of the site
 * refuses to be framed. Every oEmbed file is valid and announced by its page, and every card stays small and
 * self-contained.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isEmbedPath, issueEmbedUrl, oembedUrl, roundEmbedUrl, TIMELINE_EMBED_URL } from '@/lib/base/embeds';
import { LOCALES, localizedPath } from '@/lib/base/locales';
import { cspHash } from '@/lib/publish/http-headers';
import { iframeSnippet, OEMBED_MEDIA_TYPE, OEMBED_SCHEMA_URL } from '@/lib/publish/oembed';
import { builtFiles, builtPages, readPage, urlPathOf } from '@tests/helpers/html';
import { schemaProblems } from '@tests/helpers/json-schema';
import { useBrowser } from './browser';
import { contentFiles } from './content';
import { startNginx, type RunningNginx } from './nginx';

const siteDir = inject('siteDir');
const ROUND = contentFiles('rounds').at(-1)?.id ?? '';

/**
 * The host's own code, as WordPress's wp-embed.js and an AMP page's runtime read a card: a WordPress height sizes the
 * frame whose secret it carries, an AMP embed-size the frame it came from; every message is kept to be checked.
 */
const HOST_SCRIPT = `
window.received = [];
window.addEventListener('message', (event) => {
  const frame = [...document.querySelectorAll('iframe')].find((each) => each.contentWindow === event.source);
  if (!frame) return;
  const data = event.data;
  window.received.push({ frame: frame.id, data });
  if (data.message === 'height' && data.secret === frame.dataset.secret) frame.height = String(data.value);
  if (data.sentinel === 'amp' && data.type === 'embed-size' && !frame.dataset.secret) frame.height = String(data.height);
});
`;

/** The height every frame starts at, lower than any card's, so a frame that keeps it was never sized. */
const STARTING_HEIGHT = 150;

/** A frame on the host page: the card's address on the site, and WordPress's secret when WordPress framed it. */
interface HostedFrame {
  id: string;
  path: string;
  secret?: string;
}

/** A card's background, light and dark: the site's palette. */
const LIGHT = 'rgb(253, 252, 250)';
const DARK = 'rgb(21, 23, 27)';

let nginx: RunningNginx;
let host: Server;
let hostOrigin = '';
let hostHtml = '';

beforeAll(async () => {
  nginx = await startNginx(siteDir);
  // Another origin than the site's: the same address, another port.
  host = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src ${cspHash(HOST_SCRIPT)}; frame-src ${nginx.origin}`,
    });
    response.end(hostHtml);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
  await nginx.stop();
});

/** Opens a host page with these frames, each pasted as the embed box gives it, WordPress's with its secret. */
async function openHost(page: Page, frames: readonly HostedFrame[]): Promise<void> {
  const iframes = frames.map(({ id, path, secret }) => {
    const snippet = iframeSnippet({
      src: `${nginx.origin}${path}${secret ? `#?secret=${secret}` : ''}`,
      title: id,
      width: 560,
      height: STARTING_HEIGHT,
    });
    return snippet.replace('<iframe ', `<iframe id="${id}"${secret ? ` data-secret="${secret}"` : ''} `);
  });
  hostHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${iframes.join('')}<script>${HOST_SCRIPT}</script></body></html>`;
  await page.goto(hostOrigin, { waitUntil: 'load' });
}

/** A frame's height on the host page, the height of the card inside it, and whether the frame would scroll it. */
async function heights(page: Page, id: string): Promise<{ frame: number; card: number; scrolls: boolean }> {
  const card = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
  if (!card) throw new Error(`no frame ${id}`);
  const inside = await card.evaluate(() => {
    const root = document.documentElement;
    return {
      card: Math.ceil(root.getBoundingClientRect().height),
      scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
    };
  });
  return { frame: Number(await page.locator(`#${id}`).getAttribute('height')), ...inside };
}

/** Waits until the host has sized a frame to its card, as the card's last message asked. */
async function sized(page: Page, id: string): Promise<{ frame: number; card: number; scrolls: boolean }> {
  await expect.poll(async () => `${id} ${(await heights(page, id)).frame}`).not.toBe(`${id} ${STARTING_HEIGHT}`);
  await expect.poll(async () => `${id} scrolls: ${String((await heights(page, id)).scrolls)}`).toBe(`${id} scrolls: false`);
  return heights(page, id);
}

describe('a card framed by another site', () => {
  // Tall enough to show every frame: Chromium does not lay out a frame of another origin again while it is off screen.
  const session = useBrowser({ viewport: { width: 800, height: 2400 } });
  const FRAMES: HostedFrame[] = [
    { id: 'round', path: roundEmbedUrl(ROUND), secret: 'R0undS3cret' },
    { id: 'issue', path: localizedPath(issueEmbedUrl('buffer-zone'), 'ar') },
    { id: 'timeline', path: localizedPath(TIMELINE_EMBED_URL, 'he'), secret: 'T1melineXy' },
  ];

  it('tells the host its height as WordPress and AMP read it, and ends where the card ends', async () => {
    const { page, errors } = session();
    await openHost(page, FRAMES);
    for (const { id } of FRAMES) {
      const { frame, card } = await sized(page, id);
      expect(frame, id).toBe(card);
      // Its stylesheet loads in the sandbox, whose origin is no site's.
      const inside = page.frameLocator(`#${id}`).locator('body');
      expect(await inside.evaluate((body) => getComputedStyle(body).backgroundColor), id).toBe(LIGHT);
    }
    const received = await page.evaluate(
      () => (window as unknown as { received: { frame: string; data: Record<string, unknown> }[] }).received,
    );
    for (const { id, secret } of FRAMES) {
      const messages = received.filter((message) => message.frame === id).map((message) => message.data);
      expect(messages, id).toContainEqual(expect.objectContaining({ sentinel: 'amp', type: 'embed-size' }));
      if (secret) expect(messages, id).toContainEqual(expect.objectContaining({ message: 'height', secret }));
      else
        expect(
          messages.some((message) => 'message' in message),
          id,
        ).toBe(false);
    }
    expect(errors).toEqual([]);
  });

  it('tells it again when its width changes and its lines wrap', async () => {
    const { page, errors } = session();
    await openHost(page, [FRAMES[1] as HostedFrame]);
    const wide = await sized(page, 'issue');
    await page.locator('#issue').evaluate((frame) => frame.setAttribute('width', '300'));
    await expect.poll(async () => (await heights(page, 'issue')).frame).toBeGreaterThan(wide.frame);
    const narrow = await sized(page, 'issue');
    expect(narrow.frame).toBe(narrow.card);
    expect(errors).toEqual([]);
  });

  it('asks WordPress to open a link in its window, and opens one itself in the host’s window elsewhere', async () => {
    const { page } = session();
    await openHost(page, FRAMES);
    const round = page.frameLocator('#round');
    await round.locator('main > p:last-child > a').click();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { received: { data: Record<string, unknown> }[] }).received.map((each) => each.data)),
      )
      .toContainEqual({ message: 'link', value: `${nginx.origin}/rounds/${ROUND}/`, secret: 'R0undS3cret' });
    expect(page.url()).toBe(`${hostOrigin}/`);
    await page.frameLocator('#issue').locator('main > p:last-child > a').click();
    await page.waitForURL(`${nginx.origin}/ar/issues/buffer-zone/`);
  });

  it('is the only page of the site another site may frame', async () => {
    const { page, errors } = session();
    const refused = [`/rounds/${ROUND}/`, '/ar/', '/he/issues/buffer-zone/'];
    await openHost(
      page,
      refused.map((path, index) => ({ id: `page-${index}`, path })),
    );
    for (const [index, path] of refused.entries()) {
      const frame = await (await page.locator(`#page-${index}`).elementHandle()).contentFrame();
      await expect.poll(() => `${path} ${frame?.url() ?? ''}`).toBe(`${path} chrome-error://chromewebdata/`);
    }
    expect(errors.filter((error) => error.includes("frame-ancestors 'none'"))).toHaveLength(refused.length);
  });
});

describe('a card’s colours', () => {
  const session = useBrowser({ colorScheme: 'light' });
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('follow the reader’s setting, unless the address forces one', async () => {
    const { page, errors } = session();
    const card = `${nginx.origin}${roundEmbedUrl(ROUND)}`;
    await page.goto(card);
    expect(await background(page)).toBe(LIGHT);
    await page.goto(`${card}?theme=dark`);
    expect(await background(page)).toBe(DARK);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(card);
    expect(await background(page)).toBe(DARK);
    await page.goto(`${card}?theme=light`);
    expect(await background(page)).toBe(LIGHT);
    expect(errors).toEqual([]);
  });
});

/** An attribute's text as written by Astro, its entities read. */
const unescaped = (text: string): string =>
  text.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

describe('the oEmbed files', () => {
  const schema = JSON.parse(readFileSync(join(siteDir, OEMBED_SCHEMA_URL), 'utf8')) as Record<string, unknown>;
  const files = builtFiles(siteDir).filter((file) => file.endsWith('/oembed.json'));
  const announced = new Map(
    builtPages(siteDir).flatMap(({ url, html }) => {
      const link = new RegExp(
        `<link rel="alternate" type="${OEMBED_MEDIA_TYPE.replace('+', String.raw`\+`)}" href="([^"]+)" title="([^"]+)"`,
      ).exec(html);
      return link ? [[new URL(link[1] ?? '').pathname, { page: url, title: link[2] ?? '' }] as const] : [];
    }),
  );

  it('are one for each round, issue and the timeline in every edition, each valid', () => {
    const ids = (collection: string) => contentFiles(collection).map((file) => file.id);
    const cards = [...ids('rounds').map(roundEmbedUrl), ...ids('issues').map(issueEmbedUrl), TIMELINE_EMBED_URL];
    const expected = LOCALES.flatMap((locale) => cards.map((card) => oembedUrl(localizedPath(card, locale))));
    expect(files.map(urlPathOf).sort()).toEqual(expected.sort());
    // Every file checked in one run of the validator, as the items of one list: compiling the schema once a file is slow.
    const { $schema, ...item } = schema;
    const all = files.map((file): unknown => JSON.parse(readFileSync(join(siteDir, file), 'utf8')));
    expect(schemaProblems({ $schema, type: 'array', items: item }, all)).toEqual([]);
  });

  it('are described on the data page of every edition, with a link to their schema', () => {
    for (const locale of LOCALES)
      expect(readPage(siteDir, localizedPath('/data/', locale)), locale).toContain(`href="${OEMBED_SCHEMA_URL}"`);
  });

  it('are each announced by the page of what they embed, under the card’s title, and frame that card', () => {
    for (const file of files) {
      const path = urlPathOf(file);
      const card = path.slice(0, -'oembed.json'.length);
      const page = card.replace('/embed/timeline/', '/').replace('/embed/', '/');
      const oembed = JSON.parse(readFileSync(join(siteDir, file), 'utf8')) as { title: string; html: string };
      expect(announced.get(path)?.page, path).toBe(page);
      expect(unescaped(announced.get(path)?.title ?? ''), path).toBe(oembed.title);
      expect(new URL(/src="([^"]+)"/.exec(oembed.html)?.[1] ?? '').pathname, path).toBe(card);
      // A round's or an issue's page gives the same snippet to copy in its Embed this box.
      if (!card.endsWith(TIMELINE_EMBED_URL)) {
        const box = /<section aria-labelledby="embed"[\s\S]*?<code[^>]*>([^<]*)<\/code>/.exec(readPage(siteDir, page))?.[1];
        expect(unescaped(box ?? ''), page).toBe(oembed.html);
      }
      expect(() => readPage(siteDir, card), card).not.toThrow();
    }
  });
});

describe('every card', () => {
  const cards = builtPages(siteDir).filter(({ url }) => isEmbedPath(url));

  it('weighs at most 10 KB gzipped, HTML and CSS, with its script in the page and nothing from elsewhere', () => {
    expect(cards.length).toBeGreaterThan(LOCALES.length);
    for (const { url, html } of cards) {
      expect(html, url).not.toMatch(/<script[^>]+src=/);
      const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href = '']) => href);
      for (const href of stylesheets) expect(href, url).toMatch(/^\/_astro\//);
      const weight = [html, ...stylesheets.map((href) => readFileSync(join(siteDir, href)))].reduce(
        (sum, text) => sum + gzipSync(text).length,
        0,
      );
      expect(weight, url).toBeLessThanOrEqual(10 * 1024);
    }
  });

  it('is kept out of search, search engines and the sitemap, and opens its links in the host’s window', () => {
    for (const { url, html } of cards) {
      expect(html, url).not.toContain('data-pagefind-body');
      expect(html, url).toContain('<meta name="robots" content="noindex">');
      expect(html, url).toContain('<base target="_top">');
    }
    const sitemap = builtFiles(siteDir)
      .filter((file) => /^sitemap-\d+\.xml$/.test(file))
      .map((file) => readFileSync(join(siteDir, file), 'utf8'))
      .join('');
    expect(sitemap).not.toContain('/embed/');
  });
});
