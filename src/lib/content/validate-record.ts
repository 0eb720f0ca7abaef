/**
 * The record checked: every content file validated against its schema and
 * checked against the others. The record loader and check:content call
 * `validateRecord`; the pages get the record it returns, indexed (see site-record.ts).
 */
import type { z } from 'astro/zod';
import type { ContentFile } from '@/lib/content/content-files';
import { findPublisherProblems } from '@/lib/content/publishers';
import { findReferenceProblems, sharedNameProblems } from '@/lib/content/references';
import { fieldPath, type ContentRecord, type Entry } from '@/lib/record/entries';
import { SCHEMAS } from '@/lib/record/schemas';

/**
 * Every file checked against its collection's schema, then the whole record
 * against itself (see references.ts and publishers.ts), and for names and
 * titles a copied file kept. Every problem is
 * listed, one line each with file and field, so an editor fixes them all in
 * one pass.
 */
export function validateRecord(files: readonly ContentFile[]): { record: ContentRecord; problems: string[] } {
  const record: ContentRecord = { rounds: [], events: [], people: [], issues: [], notes: [] };
  const problems: string[] = [];
  for (const file of files) {
    const parsed = (SCHEMAS[file.collection] as z.ZodType).safeParse(file.frontmatter, { error: wrongTypeMessage });
    if (parsed.success) {
      (record[file.collection] as Entry<unknown>[]).push({ id: file.id, filePath: file.path, data: parsed.data });
    } else {
      for (const issue of parsed.error.issues) {
        const field = fieldPath(issue.path);
        problems.push(`${file.path}: ${field === '' ? '' : `${field}: `}${issue.message}`);
      }
    }
  }
  // References are only checked once every file is valid: a file that failed its schema would show up as a missing id too.
  if (problems.length === 0)
    problems.push(...findReferenceProblems(record), ...sharedNameProblems(record), ...findPublisherProblems(record));
  return { record, problems };
}

/**
 * What to write instead of a value of the wrong type, for the fields whose schema says no more: a list written as one
 * item, a group of fields written as text. Other problems keep their schema's message.
 * @example wrongTypeMessage({ code: 'invalid_type', expected: 'array', input: 'buffer-zone' }) // "must be a list in square brackets: write [buffer-zone] for one item"
 */
export function wrongTypeMessage(issue: { code?: string; expected?: unknown; input?: unknown }): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  const { expected, input } = issue;
  if (input === undefined) return 'is missing: add this field';
  if (input === null)
    return expected === 'array'
      ? 'is empty: write [] for none, or the items in square brackets'
      : 'is empty: write its value after the colon';
  if (expected === 'array')
    return typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean'
      ? `must be a list in square brackets: write [${String(input)}] for one item`
      : 'must be a list: put each item on its own line after "- ", or the items in square brackets';
  if (expected === 'object') return 'must be a group of fields: write them in braces, {field: value, …}, or indented on the lines below';
  if (expected === 'boolean') return 'must be true or false';
  if (expected === 'number') return 'must be a number, written without quotes';
  return undefined;
}
