/** One Chromium per test file, a fresh context per test, and the served site's address. */
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '@tests/helpers/chromium';

export const SITE = inject('siteOrigin');

export interface BrowserSession {
  page: Page;
  context: BrowserContext;
  /** Errors the page threw or logged; a test fails on any it did not expect. */
  errors: string[];
}

/** Opens a page per test with these options; `session()` gives the current one. */
export function useBrowser(options: BrowserContextOptions = {}): () => BrowserSession {
  let browser: Browser;
  let current: BrowserSession | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    current = { page, context, errors };
  });
  afterEach(async () => {
    await current?.context.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('no browser session outside a test');
    return current;
  };
}
