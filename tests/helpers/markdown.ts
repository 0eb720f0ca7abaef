/**
 * The tests' one Markdown processor: Astro's own (`createMarkdownProcessor`
 * from @astrojs/markdown-remark), made exactly as src/remark/pipeline.ts makes
 * the site's, with the remark plugins a test gives it. A plugin test thus sees
 * what the build does around its plugin: GFM, SmartyPants, heading ids and
 * raw HTML, with no syntax highlighting.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified, type MarkdownRenderer, type RemarkPlugins } from '@astrojs/markdown-remark';
import { quietly } from '@/lib/content/check-content';
import { ROOT } from './content';

/** A renderer with these remark plugins, in order: `[plugin]` or `[[plugin, options]]`. */
export function markdownRenderer(remarkPlugins: RemarkPlugins): Promise<MarkdownRenderer> {
  return unified({ remarkPlugins }).createRenderer({ syntaxHighlight: false });
}

export interface RenderOptions {
  /** The file the Markdown is the body of, relative to the project root, as the record loader names it. */
  path?: string;
  /** The file's front matter, which the plugins read (and add to) on file.data.astro.frontmatter. */
  frontmatter?: Record<string, unknown>;
}

export interface Rendered {
  html: string;
  /** The front matter after the plugins ran: what the pages get as remarkPluginFrontmatter. */
  frontmatter: Record<string, unknown>;
}

/** The default file a test body belongs to. */
export const BODY_PATH = 'content/rounds/2026-01-05-paris.md';

/** Renders one body. A plugin's failure rejects with its VFile message (reason, line, column, file). */
export async function renderWith(renderer: MarkdownRenderer, markdown: string, options: RenderOptions = {}): Promise<Rendered> {
  const { path = BODY_PATH, frontmatter = {} } = options;
  const { code, metadata } = await quietly(() => renderer.render(markdown, { frontmatter, fileURL: pathToFileURL(resolve(ROOT, path)) }));
  return { html: code, frontmatter: metadata.frontmatter };
}

/** Renders Markdown with these remark plugins: the one-line form of markdownRenderer + renderWith. */
export async function renderMarkdown(markdown: string, remarkPlugins: RemarkPlugins, options?: RenderOptions): Promise<Rendered> {
  return renderWith(await markdownRenderer(remarkPlugins), markdown, options);
}

/** The absolute path the renderer gives a body file: what a plugin's failure names as its file. */
export const filePathOf = (path: string = BODY_PATH): string => resolve(ROOT, path);
