/**
 * `npm run new:round`: writes a new round's file, correctly named, with every
 * front-matter field and section heading in place. Takes --date, --city,
 * --country (an ISO 3166-1 alpha-2 code, or the country's English name, which
 * it writes as the code) and --title, and asks for any that are missing,
 * except under CI (CI=true), where the flags alone must do. With --translations, it starts the round's Arabic and
 * Hebrew translations beside it. Never overwrites a file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '@/content-dir';
import { TRANSLATED_LOCALES } from '@/lib/base/locales';
import { readContentFile } from '@/lib/content/content-files';
import {
  NEW_ROUND_FIELDS,
  newRoundFile,
  newRoundPath,
  newRoundProblems,
  newRoundTranslationFile,
  newRoundTranslationPath,
  type NewRoundFields,
} from '@/lib/content/new-round';
import { buildDay } from '@/lib/content/schedule';

const QUESTIONS: Record<keyof NewRoundFields, string> = {
  date: 'First day of the meeting (YYYY-MM-DD)',
  city: 'City',
  country: 'Country (its ISO code, e.g. CH, or its English name)',
  title: 'Title, as the timeline shows it',
};

const { values } = parseArgs({
  options: {
    ...(Object.fromEntries(NEW_ROUND_FIELDS.map((field) => [field, { type: 'string' }])) as Record<
      keyof NewRoundFields,
      { type: 'string' }
    >),
    translations: { type: 'boolean', default: false },
  },
});
const { translations, ...given } = values;
const fields: Partial<NewRoundFields> = { ...given };

const missing = NEW_ROUND_FIELDS.filter((field) => !fields[field]?.trim());
// CI=true (or any value but false or 0), as CI services set it: no one is there to answer.
const underCi = !['', '0', 'false'].includes((process.env['CI'] ?? '').toLowerCase());
if (missing.length > 0 && !underCi) {
  // Read line by line rather than with question(): answers piped in may all arrive before the first question.
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  for (const field of missing) {
    process.stdout.write(`${QUESTIONS[field]}: `);
    const answer = await lines.next();
    if (answer.done) break;
    fields[field] = answer.value.trim();
  }
  process.stdin.pause();
}

const problems = newRoundProblems(fields);
if (problems.length > 0) {
  console.error(`No file written:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  console.error('Usage: npm run new:round -- --date 2026-12-10 --city Geneva --country CH --title "Sixth round in Geneva"');
  process.exit(1);
}

const complete = Object.fromEntries(NEW_ROUND_FIELDS.map((field) => [field, fields[field]?.trim() ?? ''])) as unknown as NewRoundFields;
const path = join(CONTENT_DIR, newRoundPath(complete));
mkdirSync(join(CONTENT_DIR, 'rounds'), { recursive: true });
try {
  writeFileSync(path, newRoundFile(complete, buildDay(process.env)), { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  console.error(`${path} already exists: no file written. Edit it, or choose another date or city.`);
  process.exit(1);
}
console.log(`Wrote ${path}. Fill in its summary, delegations, issues, positions and sources;`);
console.log('`npm run check:content` lists every field still to fill.');

if (translations) {
  const english = readContentFile(
    'rounds',
    newRoundPath(complete).slice('rounds/'.length, -'.md'.length),
    path,
    readFileSync(path, 'utf8'),
  );
  if (typeof english === 'string') throw new Error(english);
  for (const locale of TRANSLATED_LOCALES) {
    const translationPath = join(CONTENT_DIR, newRoundTranslationPath(complete, locale));
    writeFileSync(translationPath, newRoundTranslationFile(english, locale), { flag: 'wx' });
    console.log(`Wrote ${translationPath}: translate it once the English is written; until then the build refuses it.`);
  }
}
