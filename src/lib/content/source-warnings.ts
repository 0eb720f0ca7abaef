/**
 * Sources a reader may not be able to open: warnings, not problems, since a report known only from print, or whose
 * page has gone before anyone archived it, is still a source.
 */
import { COLLECTIONS } from '@/lib/base/urls';
import { fileOf, type ContentRecord, type Entry } from '@/lib/record/entries';
import type { Source } from '@/lib/record/schemas';

/**
 * Every source with neither an address nor an archived copy, and every dead or replaced source with no archived copy,
 * one line each: `content/rounds/x.md: sources[2]: …`.
 */
export function sourceWarnings(record: ContentRecord): string[] {
  return COLLECTIONS.flatMap((collection) =>
    record[collection].flatMap((entry: Entry<{ sources: readonly Source[] }>) =>
      entry.data.sources.flatMap((source, i) => {
        const warning = sourceWarning(source);
        return warning === undefined ? [] : [`${fileOf(collection, entry)}: sources[${i}]: ${warning}`];
      }),
    ),
  );
}

/** What a reader cannot open of one source, and what the editor can do about it. */
function sourceWarning(source: Pick<Source, 'url' | 'archive' | 'state'>): string | undefined {
  if (source.archive !== undefined) return undefined;
  if (source.url === undefined) return 'has no url and no archived copy, so readers cannot open it; add either when one is found';
  if (source.state === 'dead' || source.state === 'replaced')
    return `is ${source.state} and has no archived copy, so readers cannot open it; add an archive from the Wayback Machine or archive.today if one holds it`;
  return undefined;
}
