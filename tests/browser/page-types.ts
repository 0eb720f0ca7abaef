/** One page of every type the site publishes, to run the same checks across them all. */
import { contentFiles } from './content';

export interface PageType {
  name: string;
  path: string;
}

const first = (collection: string): string => {
  const file = contentFiles(collection)[0];
  if (!file) throw new Error(`content/${collection}/ is empty`);
  return file.url;
};

export const PAGE_TYPES: PageType[] = [
  { name: 'timeline', path: '/' },
  { name: 'a year of the timeline', path: '/years/2025/' },
  { name: 'round', path: '/rounds/2026-01-05-paris/' },
  { name: 'event', path: first('events') },
  { name: 'people index', path: '/people/' },
  { name: 'person', path: '/people/hussein-al-salama/' },
  { name: 'issues index', path: '/issues/' },
  { name: 'issue', path: '/issues/buffer-zone/' },
  { name: 'note', path: first('notes') },
  { name: 'open data', path: '/data/' },
  { name: 'positions matrix', path: '/positions/' },
  { name: 'red-lines board', path: '/red-lines/' },
  { name: 'who was in the room', path: '/delegations/' },
  { name: 'two rounds compared', path: '/compare/2025-09-17-london/2026-01-05-paris/' },
  { name: 'compare form', path: '/compare/' },
  { name: 'corrections', path: '/corrections/' },
  { name: 'how the record is made', path: '/methods/' },
  { name: 'search', path: '/search/?q=red+lines&issue=buffer-zone' },
  { name: '404', path: '/no-such-page/' },
];
