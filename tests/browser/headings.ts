/** The headings of a page as a reader moving by headings meets them. */
import type { Page } from 'playwright-core';
import { skippedHeadingLevels } from '@tests/helpers/headings';

/** Where the headings a reader can reach on the page now skip a level (see skippedHeadingLevels). */
export async function headingSkips(page: Page): Promise<string[]> {
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings.filter((heading) => heading.checkVisibility()).map((heading) => Number(heading.localName.slice(1))),
    );
  return skippedHeadingLevels(levels);
}
