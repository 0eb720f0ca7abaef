import { defineCollection } from 'astro:content';
import { CONTENT_DIR } from '@/content-dir';
import { SCHEMAS, storedTranslationSchema } from '@/lib/record/schemas';
import { recordLoader } from '@/loaders/record-loader';

/** Each file's id is its name without `.md`: the slug of its page, which never changes once published. */
export const collections = {
  rounds: defineCollection({ loader: recordLoader('rounds', CONTENT_DIR), schema: SCHEMAS.rounds }),
  events: defineCollection({ loader: recordLoader('events', CONTENT_DIR), schema: SCHEMAS.events }),
  people: defineCollection({ loader: recordLoader('people', CONTENT_DIR), schema: SCHEMAS.people }),
  issues: defineCollection({ loader: recordLoader('issues', CONTENT_DIR), schema: SCHEMAS.issues }),
  notes: defineCollection({ loader: recordLoader('notes', CONTENT_DIR), schema: SCHEMAS.notes }),
  /** The Arabic and Hebrew translations beside the English files (content/rounds/<id>.ar.md), by ar/rounds/<id>. */
  translations: defineCollection({ loader: recordLoader('translations', CONTENT_DIR), schema: storedTranslationSchema }),
};
