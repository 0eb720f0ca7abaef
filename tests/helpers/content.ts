/**
 * The tests' one walker of content folders: every file read by the site's
 * own reader (src/lib/content/content-files.ts), so a test sees the files, front
 * matter and bodies exactly as the build does. Also the unit tests' way to
 * copy a content folder and break it (copyOfContent); a broken copy to build
 * goes under the project's scratch folder instead (brokenCopyOf in build-site.ts).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pageOf } from '@/lib/base/urls';
import type { TranslatedLocale } from '@/lib/base/locales';
import { readContentFolder, type ContentFile, type TranslationFile } from '@/lib/content/content-files';

/** The project's root folder. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The real record: content/. */
export const CONTENT_DIR = join(ROOT, 'content');

/** A content file as the site reads it, with the address of its page. */
export interface ContentPage extends ContentFile {
  /** The page the file is published at: /rounds/2025-07-24-paris/. */
  url: string;
}

const readings = new Map<string, { pages: readonly ContentPage[]; translations: readonly TranslationFile[] }>();

/** A content folder read once per test file; a folder with a problem the build would refuse throws, naming every problem. */
function readingOf(dir: string) {
  const folder = resolve(ROOT, dir);
  let reading = readings.get(folder);
  if (!reading) {
    const { files, translations, problems } = readContentFolder(folder);
    if (problems.length > 0) throw new Error(`${folder} has problems:\n  ${problems.join('\n  ')}`);
    reading = { pages: files.map((file) => ({ ...file, url: pageOf(file.collection, file.id) })), translations };
    readings.set(folder, reading);
  }
  return reading;
}

/**
 * Every file of a content folder (by default content/), in collection order
 * and by file name, read once per test file. A folder with a problem the
 * build would refuse throws, naming every problem, so no test quietly skips
 * a file.
 */
export function readContent(dir: string = CONTENT_DIR): readonly ContentPage[] {
  return readingOf(dir).pages;
}

/** The translations of one collection into one language: translationFiles('issues', 'he'), each with its English file's id. */
export function translationFiles(collection: string, locale: TranslatedLocale, dir: string = CONTENT_DIR): TranslationFile[] {
  return readingOf(dir).translations.filter((file) => file.collection === collection && file.locale === locale);
}

/** The files of one collection: contentFiles('rounds'). */
export function contentFiles(collection: string, dir: string = CONTENT_DIR): ContentPage[] {
  return readContent(dir).filter((file) => file.collection === collection);
}

/** A copy of a content folder (relative to the project root, or absolute) in a new folder under the system's temp folder. */
export function copyOfContent(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(resolve(ROOT, from), dir, { recursive: true });
  return dir;
}

/** Replaces text in a file, failing loudly if the text is not there (so a case can never silently test nothing). */
export function replaceIn(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file}: nothing to replace for ${String(from)}`);
  writeFileSync(file, after, 'utf8');
}
