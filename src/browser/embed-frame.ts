/**
 * The script of every embeddable card (src/layouts/EmbedLayout.astro): the colours its address forces, its height
 * told to the page that frames it whenever it changes, and, in WordPress, its links opened by the host, as
 * WordPress's sandbox asks.
 */
import { forcedTheme, heightMessages, linkMessage, wordpressSecret } from '@/lib/base/embeds';

/** Starts the card in `window`: colours at once, then its height on load and on every change of size. */
export function startEmbedFrame(window: Window): void {
  const root = window.document.documentElement;
  const theme = forcedTheme(window.location.search);
  if (theme !== undefined) root.dataset['theme'] = theme;
  const host = window.parent;
  if (host === window) return;
  const secret = wordpressSecret(window.location.hash);
  const tellHeight = (): void => {
    for (const message of heightMessages(root.getBoundingClientRect().height, secret)) host.postMessage(message, '*');
  };
  new ResizeObserver(tellHeight).observe(root);
  window.addEventListener('load', tellHeight);
  if (secret === undefined) return;
  // WordPress's host asks again once its own page is ready.
  window.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (event.source === host && typeof data === 'object' && data !== null && 'message' in data && data.message === 'ready') tellHeight();
  });
  window.document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    host.postMessage(linkMessage(link.href, secret), '*');
  });
}
