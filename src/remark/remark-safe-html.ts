import type { Definition, Image, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Elements that run code or embed another document; a summary never needs them. */
const UNSAFE_ELEMENT = /<\s*(script|iframe|object|embed|frame|frameset|applet|base|meta|link|form|style)\b/i;
/** An inline event handler: onclick=, onerror= … */
const EVENT_HANDLER = /<[^>]*\son[a-z]+\s*=/i;
/** A URL that runs code when followed, wherever it appears. */
const SCRIPT_URL = /^\s*(javascript|vbscript|data\s*:\s*text\/html)/i;
const SCRIPT_URL_IN_HTML = /\b(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data\s*:\s*text\/html)/i;

function problemInHtml(html: string): string | undefined {
  const element = UNSAFE_ELEMENT.exec(html);
  if (element) return `a <${element[1]?.toLowerCase()}> element`;
  if (EVENT_HANDLER.test(html)) return 'an inline event handler (on…=)';
  if (SCRIPT_URL_IN_HTML.test(html)) return 'a script URL (javascript:, vbscript: or data:text/html)';
  return undefined;
}

/**
 * Refuses content that could run code in a reader's browser: a script or
 * embedding element, an inline event handler, or a javascript: URL, in raw
 * HTML or in a Markdown link or image. The build stops at the file and line.
 *
 * @example
 * // '<img src=x onerror="alert(1)">' and '[click](javascript:alert(1))' both fail the build.
 */
export function remarkSafeHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, ['html', 'link', 'definition', 'image'], (node) => {
      if (node.type === 'html') {
        const problem = problemInHtml(node.value);
        if (problem) file.fail(`Raw HTML with ${problem} is not allowed in content: write Markdown instead.`, node);
        return;
      }
      const { url } = node as Link | Definition | Image;
      if (SCRIPT_URL.test(url)) file.fail(`The link to ${JSON.stringify(url)} would run a script; links must go to a page.`, node);
    });
  };
}
