/**
 * The one path from content/ to the collections. The content folder is read
 * once per sync, checked as a whole (files, schemas, references), and every
 * body is rendered through the project's remark pipeline with the index of
 * pages and names taken from that same reading. Any problem fails the sync
 * with every file and field named, so nothing is published half-checked.
 *
 * A rendered body is kept in Astro's data store under a digest of its file,
 * of its checked data and of the index. Changing one round re-renders that round only; changing
 * anyone's names, adding or removing a page, or changing a page's sections, re-renders every body,
 * since any of them could mention that name or link to that page or section.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { COLLECTIONS, type CollectionName } from '@/lib/base/urls';
import { checkContent, renderContentFile, renderProblem, type CheckedContent } from '@/lib/content/check-content';
import { problemReport } from '@/lib/content/problems';
import { isShown } from '@/lib/content/translations';
import { buildDay } from '@/lib/content/schedule';
import { createContentRenderer } from '@/remark/pipeline';

interface RecordReading extends CheckedContent {
  /** The index as text: whenever it changes, every body's digest does too. */
  indexKey: string;
}

/** One reading per sync, shared by the five collections; dropped when a file changes under `astro dev`. */
let reading: Promise<RecordReading> | undefined;
const loadedCollections = new Map<CollectionName | 'translations', LoaderContext>();

function readRecord(contentDir: string, logger: LoaderContext['logger']): Promise<RecordReading> {
  reading ??= Promise.resolve().then(() => {
    const checked = checkContent(contentDir, buildDay(process.env));
    if (checked.problems.length > 0) throw new Error(problemReport('The content', checked.problems));
    for (const warning of checked.warnings) logger.warn(warning);
    const anchors = [...checked.index.anchors].map(([page, ids]) => [page, [...ids]]);
    return { ...checked, indexKey: JSON.stringify({ pages: [...checked.index.pages], anchors, people: checked.index.people }) };
  });
  return reading;
}

/** A sync's renderers, one per edition, each made once from the index it renders against. */
const renderers = new WeakMap<RecordReading, Map<Locale, ReturnType<typeof createContentRenderer>>>();

function rendererFor(current: RecordReading, locale: Locale = DEFAULT_LOCALE) {
  let byLocale = renderers.get(current);
  if (!byLocale) {
    byLocale = new Map();
    renderers.set(current, byLocale);
  }
  let renderer = byLocale.get(locale);
  if (!renderer) {
    renderer = createContentRenderer(current.index, locale);
    byLocale.set(locale, renderer);
  }
  return renderer;
}

/** What the pages need of a rendered body: its HTML, its headings and the people it mentions. */
function renderedEntry(code: string, metadata: { headings: unknown; frontmatter: Record<string, unknown> }) {
  return {
    html: code,
    metadata: {
      headings: metadata.headings as never,
      imagePaths: [],
      frontmatter: { mentionedPeople: metadata.frontmatter['mentionedPeople'] },
    },
  };
}

/**
 * Stores every translation the pages can show, its body rendered in its edition's language with its English's
 * sources to cite. A translation's id is its edition, collection and English id: ar/rounds/2026-01-05-paris.
 */
async function storeTranslations(context: LoaderContext, contentDir: string): Promise<void> {
  const current = await readRecord(contentDir, context.logger);
  const { store, config } = context;
  const root = fileURLToPath(config.root);
  const indexDigest = context.generateDigest(current.indexKey);
  const shown = current.translations.filter(isShown);
  const ids = new Set(shown.map((t) => `${t.locale}/${t.collection}/${t.id}`));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  const problems: string[] = [];
  const englishByKey = new Map(
    COLLECTIONS.flatMap((collection) =>
      (current.record[collection] as { id: string; data: unknown }[]).map((entry) => [`${collection}/${entry.id}`, entry] as const),
    ),
  );
  for (const translation of shown) {
    const id = `${translation.locale}/${translation.collection}/${translation.id}`;
    const english = englishByKey.get(`${translation.collection}/${translation.id}`);
    if (!english) continue;
    const data = {
      locale: translation.locale,
      collection: translation.collection,
      of: translation.id,
      state: translation.state,
      prose: translation.prose,
    };
    const digest = context.generateDigest(`${indexDigest}\n${translation.body}\n${JSON.stringify(data)}\n${JSON.stringify(english.data)}`);
    if (store.get(id)?.digest === digest) continue;
    try {
      const { code, metadata } = await renderContentFile(await rendererFor(current, translation.locale), translation, english.data);
      store.set({ id, data, filePath: relative(root, resolve(translation.path)), digest, rendered: renderedEntry(code, metadata) });
    } catch (error) {
      problems.push(renderProblem(translation, error));
    }
  }
  if (problems.length > 0) throw new Error(problemReport('The content', problems));
}

async function storeCollection(context: LoaderContext, collection: CollectionName, contentDir: string): Promise<void> {
  const current = await readRecord(contentDir, context.logger);
  const { store, config } = context;
  const root = fileURLToPath(config.root);
  const entries = new Map(current.record[collection].map((entry) => [entry.id, entry]));
  const files = current.files.filter((file) => file.collection === collection);
  const problems: string[] = [];
  // Hashed once: the index grows with the record, and each body's digest only needs to change with it.
  const indexDigest = context.generateDigest(current.indexKey);
  for (const id of store.keys()) if (!entries.has(id)) store.delete(id);
  for (const file of files) {
    const entry = entries.get(file.id);
    if (!entry) continue;
    // The checked data is in the digest too: a schema change that adds a default changes it with no file changed.
    const digest = context.generateDigest(`${indexDigest}\n${file.source}\n${JSON.stringify(entry.data)}`);
    if (store.get(file.id)?.digest === digest) continue;
    try {
      const { code, metadata } = await renderContentFile(await rendererFor(current), file, entry.data);
      // No raw body: no page reads it, and the whole store is written again on every build. Only what the plugins add
      // goes back to the pages: the front matter itself is the entry's data.
      store.set({
        id: file.id,
        data: entry.data,
        filePath: relative(root, resolve(file.path)),
        digest,
        rendered: renderedEntry(code, metadata),
      });
    } catch (error) {
      problems.push(renderProblem(file, error));
    }
  }
  if (problems.length > 0) throw new Error(problemReport('The content', problems));
}

/**
 * Loads one collection from the shared reading of `contentDir`. Under
 * `astro dev`, a change anywhere in the folder reloads every collection, since
 * a new name or page can change how any body renders.
 */
export function recordLoader(collection: CollectionName | 'translations', contentDir: string): Loader {
  return {
    name: 'record-loader',
    load: async (context) => {
      await (collection === 'translations' ? storeTranslations(context, contentDir) : storeCollection(context, collection, contentDir));
      const { watcher } = context;
      if (!watcher || loadedCollections.has(collection)) return;
      loadedCollections.set(collection, context);
      if (loadedCollections.size > 1) return;
      const folder = resolve(contentDir);
      watcher.add(folder);
      watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(`${folder}/`)) return;
        reading = undefined;
        for (const [name, loaded] of loadedCollections) {
          (name === 'translations' ? storeTranslations(loaded, contentDir) : storeCollection(loaded, name, contentDir)).catch(
            (error: unknown) => loaded.logger.error(String(error instanceof Error ? error.message : error)),
          );
        }
      });
    },
  };
}
