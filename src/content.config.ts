import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventSchema, issueSchema, noteSchema, personSchema, roundSchema } from './schemas';
import { CONTENT_DIR } from './content-dir';

/**
 * Each file's id is its name without `.md`: the slug of its page, which never
 * changes once published. Rendering waits for the page build so that a body is
 * always rendered against the current people and pages, never from a cache.
 */
function collection(folder: string) {
  return glob({
    pattern: '*.md',
    base: `${CONTENT_DIR}/${folder}`,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    deferRender: true,
  });
}

export const collections = {
  rounds: defineCollection({ loader: collection('rounds'), schema: roundSchema }),
  events: defineCollection({ loader: collection('events'), schema: eventSchema }),
  people: defineCollection({ loader: collection('people'), schema: personSchema }),
  issues: defineCollection({ loader: collection('issues'), schema: issueSchema }),
  notes: defineCollection({ loader: collection('notes'), schema: noteSchema }),
};
