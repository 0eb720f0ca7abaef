/** Checks over every page of a built site: what each page must have, and valid HTML. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';

/** Every built HTML page, as a path relative to the site folder; Pagefind's own files are not pages. */
export function builtPages(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'))
    .sort();
}

/** The address a built file is published at: rounds/x/index.html → /rounds/x/. */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Missing or doubled essentials: one h1, a title, a meta description, a canonical URL that is the page's own. */
export function essentialsProblems(outDir: string, site: string): string[] {
  return builtPages(outDir).flatMap((file) => {
    const html = readFileSync(join(outDir, file), 'utf8');
    const problems: string[] = [];
    const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1s !== 1) problems.push(`${h1s} h1 elements`);
    if (!/<title>[^<]+<\/title>/.test(html)) problems.push('no title');
    if (!/<meta name="description" content="[^"]{20,}"/.test(html)) problems.push('no meta description');
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const expected = file === '404.html' ? undefined : new URL(urlPathOf(file), site).href;
    if (!canonical) problems.push('no canonical URL');
    else if (expected && canonical !== expected) problems.push(`canonical is ${canonical}, not ${expected}`);
    return problems.map((problem) => `${file}: ${problem}`);
  });
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Titles carry the headline and the date; shortening them for search engines would cost readers' tabs and bookmarks.
    'long-title': 'off',
  },
});

/** Every html-validate error in the site, as "file:line: message (rule)". */
export async function htmlErrors(outDir: string): Promise<string[]> {
  const errors: string[] = [];
  for (const file of builtPages(outDir)) {
    const report = await validator.validateString(readFileSync(join(outDir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) errors.push(`${file}:${message.line}: ${message.message} (${message.ruleId})`);
    }
  }
  return errors;
}
