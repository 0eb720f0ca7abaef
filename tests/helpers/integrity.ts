/** Checks over every page of a built site: what each page must have, and valid HTML. */
import { HtmlValidate } from 'html-validate';
import { builtPages } from '@tests/helpers/html';

/** A page that forwards a moved address or a short link (src/layouts/RedirectLayout.astro): a refresh to the new page, not a page of its own. */
export function isRedirectPage(html: string): boolean {
  return html.includes('<meta http-equiv="refresh"');
}

/** Missing or doubled essentials: one h1, a title, a meta description, a canonical URL that is the page's own (and none on the missing page). */
/** The pages not found of the three editions, as built files: 404.html, ar/404/index.html, he/404/index.html. */
export const isNotFoundFile = (file: string): boolean => file === '404.html' || /^[a-z]{2}\/404\/index\.html$/.test(file);

export function essentialsProblems(outDir: string, site: string): string[] {
  return builtPages(outDir).flatMap(({ file, url, html }) => {
    if (isRedirectPage(html)) return [];
    const problems: string[] = [];
    const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1s !== 1) problems.push(`${h1s} h1 elements`);
    if (!/<title>[^<]+<\/title>/.test(html)) problems.push('no title');
    if (!/<meta name="description" content="[^"]{20,}"/.test(html)) problems.push('no meta description');
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    // A page not found is served at every address that does not exist (in its edition), so it has none of its own to name.
    const expected = isNotFoundFile(file) ? undefined : new URL(url, site).href;
    if (canonical !== expected)
      problems.push(expected ? `canonical is ${canonical ?? 'missing'}, not ${expected}` : `canonical is ${canonical}`);
    return problems.map((problem) => `${file}: ${problem}`);
  });
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Titles carry the headline and the date; shortening them for search engines would cost readers' tabs and bookmarks.
    'long-title': 'off',
    // A scrolling table sits in a div with role region, named by the table's caption: a section there would need a
    // heading of its own besides the caption, which the Nu HTML Checker asks of every section (html-validity.test.ts).
    'prefer-native-element': ['error', { exclude: ['region'] }],
  },
});

/** Every html-validate error in the site, as "file:line: message (rule)". */
export async function htmlErrors(outDir: string): Promise<string[]> {
  const errors: string[] = [];
  for (const { file, html } of builtPages(outDir)) {
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`${file}:${message.line}: ${message.message} (${message.ruleId})`);
    }
  }
  return errors;
}
