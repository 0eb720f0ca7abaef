/**
 * The short links, read from the built site: every numbered round in
 * content/ has /r/<number>/, which forwards to its page with a canonical
 * link to it and noindex, and the round's page shows it. In Chromium, each
 * short link and each moved address takes a reader to its page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { REDIRECTS } from '@/lib/base/urls';
import { validateRecord } from '@/lib/content/validate-record';
import { readContent } from '@tests/helpers/content';
import { readPage } from '@tests/helpers/html';
import { SITE, useBrowser } from './browser';

const siteDir = inject('siteDir');
const { record } = validateRecord(readContent());
const numbered = record.rounds.filter((round) => round.data.round !== undefined);
const session = useBrowser();

describe('short links', () => {
  it('forward /r/<number>/ of every numbered round to its page, at once, canonical to it and kept out of search engines', () => {
    expect(numbered.length).toBeGreaterThan(0);
    for (const { id, data } of numbered) {
      const path = `/r/${data.round}/`;
      expect(existsSync(join(siteDir, path, 'index.html')), path).toBe(true);
      const html = readPage(siteDir, path);
      const target = `/rounds/${id}/`;
      expect(html, path).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
      expect(html, path).toContain('<meta name="robots" content="noindex">');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(canonical, path).toBe(/<link rel="canonical" href="([^"]+)"/.exec(readPage(siteDir, target))?.[1]);
    }
  });

  it('exist for numbered rounds only', () => {
    const built = readdirSync(join(siteDir, 'r')).sort();
    expect(built).toEqual(numbered.map(({ data }) => String(data.round)).sort());
  });

  it("are shown on their round's page, and on no unnumbered meeting's", () => {
    for (const { id, data } of record.rounds) {
      const cite = /<section aria-labelledby="cite"[\s\S]*?<\/section>/.exec(readPage(siteDir, `/rounds/${id}/`))?.[0] ?? '';
      expect(cite, id).not.toBe('');
      if (data.round === undefined) expect(cite, id).not.toContain('href="/r/');
      else expect(cite, id).toContain(`Short link: <a href="/r/${data.round}/">`);
    }
  });

  it('take a reader in the browser to the round, as each moved address takes them to its new page', async () => {
    const { page, errors } = session();
    const forwards = [
      ...numbered.map(({ id, data }): [string, string] => [`/r/${data.round}/`, `/rounds/${id}/`]),
      ...Object.entries(REDIRECTS),
    ];
    for (const [from, to] of forwards) {
      await page.goto(`${SITE}${from}`);
      await page.waitForURL(`${SITE}${to}`);
    }
    expect(errors).toEqual([]);
  });
});
