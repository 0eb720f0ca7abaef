/** HTML written as text by the build, for the files that carry it (feeds, the TimelineJS file), not for the pages. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe to put in HTML, in an element or in a quoted attribute.
 * @example escapeHtml(`Tom & "Jerry" <b>'s</b>`) // "Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}
