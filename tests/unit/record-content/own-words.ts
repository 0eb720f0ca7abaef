/**
 * Finds runs of words that content shares with the articles the project started
 * from. Facts carry over from sources; sentences do not. The articles are kept
 * only as fingerprints (hashes of every run of RUN words), never as text.
 */
import { createHash } from 'node:crypto';

/** How many words in a row count as copied. */
export const RUN = 10;

/** A quotation of at most this many words, in quotation marks, is allowed. */
export const LONGEST_ALLOWED_QUOTE = 15;

/** Lower-case words, apostrophes kept, as the comparison sees them. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replaceAll('\u2019', "'")
      .match(/[a-z0-9\u00c0-\u024f']+/g) ?? []
  );
}

/** Removes short quotations, which may repeat a source word for word. */
export function withoutShortQuotes(text: string): string {
  return text.replace(/["\u201c][^"\u201d]{1,200}["\u201d]/g, (quote) =>
    quote.split(/\s+/).length <= LONGEST_ALLOWED_QUOTE ? ' ' : quote,
  );
}

/** The fingerprint of one run of words. */
export function fingerprint(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 16);
}

/** Every run of RUN consecutive words. */
export function runsOf(words: readonly string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i + RUN <= words.length; i++) runs.push(words.slice(i, i + RUN).join(' '));
  return runs;
}

/** The runs of a content file that also stand in a source article. */
export function copiedRuns(text: string, sourceFingerprints: ReadonlySet<string>): string[] {
  return runsOf(wordsOf(withoutShortQuotes(text))).filter((run) => sourceFingerprints.has(fingerprint(run)));
}
