/**
 * `npm run sources:check [folder] [--write]`: reads every source address in the content (HEAD, then GET), asks the
 * Wayback Machine's availability service for the capture nearest each source's date, and reports what it found. With
 * --write, records in each source `checked` (today), `state` (live or dead) and, where it has none, `archive` (the
 * nearest capture), changing nothing else in the files. A few requests at a time and a few a second; the environment
 * variables in src/lib/content/source-check.ts (checkSettings) change that, and where the availability service is.
 * An address that gives no clear answer (a network failure, a timeout, a 403 or a 500) is reported and left as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CONTENT_DIR } from '@/content-dir';
import { readContentFolder } from '@/lib/content/content-files';
import { problemReport } from '@/lib/content/problems';
import { createPacer } from '@/lib/content/request-pacer';
import { buildDay } from '@/lib/content/schedule';
import { checkSettings, recordedFields, sourcesReport, sourcesToCheck, type SourceFinding } from '@/lib/content/source-check';
import { withRecordedFields, type RecordedFields } from '@/lib/content/source-fields';
import { nearestCapture, readAddress, type RequestSettings } from '@/lib/content/source-requests';
import { validateRecord } from '@/lib/content/validate-record';
import { SITE_URL } from '@/site';

const args = process.argv.slice(2);
const write = args.includes('--write');
const folder = args.find((arg) => !arg.startsWith('--')) ?? CONTENT_DIR;
const today = buildDay(process.env);
const settings = checkSettings(process.env);

const reading = readContentFolder(folder);
const { record, problems } = validateRecord(reading.files);
if (reading.problems.length > 0 || problems.length > 0) {
  console.error(problemReport('The content', [...reading.problems, ...problems]));
  console.error('Fix them first (npm run check:content lists them too): the check reads sources from valid files only.');
  process.exit(1);
}

const requests: RequestSettings = {
  pacer: createPacer(settings),
  timeoutMs: settings.timeoutMs,
  maxRedirects: 5,
  maxRetryAfterMs: 120_000,
  maxRetries: 2,
  userAgent: `sources:check (+${SITE_URL})`,
  availabilityUrl: settings.availabilityUrl,
};

// Each address is read once, and each capture asked for once, however many pages cite the report.
const toCheck = sourcesToCheck(reading.files, record);
const once = <T>(keys: string[], ask: (key: string) => Promise<T>) =>
  Promise.all([...new Set(keys)].map(async (key) => [key, await ask(key)] as const)).then((entries) => new Map(entries));
const captureKey = (url: string, date: string) => `${date} ${url}`;
const [verdicts, captures] = await Promise.all([
  once(
    toCheck.map(({ source }) => source.url),
    (url) => readAddress(url, requests),
  ),
  once(
    toCheck.filter(({ source }) => source.archive === undefined).map(({ source }) => captureKey(source.url, source.date)),
    (key) => {
      const [date = '', url = ''] = key.split(/ (.*)/s);
      return nearestCapture(url, date, today, requests);
    },
  ),
]);
const findings: SourceFinding[] = toCheck.map((item) => ({
  ...item,
  address: verdicts.get(item.source.url) ?? { kind: 'unknown', reason: 'not read' },
  capture: captures.get(captureKey(item.source.url, item.source.date)),
}));
console.log(sourcesReport(findings));

if (write) {
  const byFile = new Map<string, Map<number, RecordedFields>>();
  for (const finding of findings) {
    const fields = recordedFields(finding, today);
    if (fields === undefined) continue;
    const fileFields = byFile.get(finding.path) ?? new Map<number, RecordedFields>();
    fileFields.set(finding.index, fields);
    byFile.set(finding.path, fileFields);
  }
  for (const [path, fields] of byFile) writeFileSync(path, withRecordedFields(readFileSync(path, 'utf8'), fields), 'utf8');
  console.log(`Recorded what was found in ${byFile.size} ${byFile.size === 1 ? 'file' : 'files'}.`);
} else {
  console.log('Nothing was written: run again with --write to record checked, state and archive in the files.');
}
