/**
 * The embeddable cards: where they are, and how a card talks to the page that frames it. A card tells its host its
 * height in the two messages hosts already listen for, WordPress's and AMP's, so the host needs no script of ours;
 * everything here also runs in the card's own script (src/browser/embed-frame.ts).
 */
import { englishPath } from '@/lib/base/locales';

/** The folder of every card, below each edition's prefix: the only pages another site may frame. */
export const EMBED_PREFIX = '/embed/';

/** A round's card. */
export const roundEmbedUrl = (id: string): string => `${EMBED_PREFIX}rounds/${id}/`;

/** An issue's card. */
export const issueEmbedUrl = (id: string): string => `${EMBED_PREFIX}issues/${id}/`;

/** The mini timeline: the latest meetings and the rhythm strip. */
export const TIMELINE_EMBED_URL = `${EMBED_PREFIX}timeline/`;

/** The name of a card's oEmbed file, in the card's own folder. */
export const OEMBED_FILE = 'oembed.json';

/**
 * A card's oEmbed file, beside it.
 * @example oembedUrl('/embed/rounds/2026-01-05-paris/') // "/embed/rounds/2026-01-05-paris/oembed.json"
 */
export const oembedUrl = (embedPath: string): string => `${embedPath}${OEMBED_FILE}`;

/**
 * True for an address under a card folder of any edition: it may be framed by any site, and read by any site's script.
 * @example isEmbedPath('/ar/embed/timeline/') // true
 * @example isEmbedPath('/rounds/2026-01-05-paris/') // false
 */
export const isEmbedPath = (path: string): boolean => englishPath(path).startsWith(EMBED_PREFIX);

/** The query parameter that forces a card's colours whatever the reader's setting: `?theme=dark`. */
export const THEME_PARAM = 'theme';

export const THEMES = ['light', 'dark'] as const;

export type Theme = (typeof THEMES)[number];

/**
 * The colours a card's address forces, if any.
 * @example forcedTheme('?theme=dark') // "dark"
 * @example forcedTheme('?theme=blue') // undefined
 */
export function forcedTheme(search: string): Theme | undefined {
  const value = new URLSearchParams(search).get(THEME_PARAM);
  return THEMES.find((theme) => theme === value);
}

/**
 * The secret WordPress gives a frame it embeds, in the address's fragment, which its messages must carry back: ten
 * letters and digits as WordPress makes it, and nothing else (WordPress drops a message whose secret has any other
 * character).
 * @example wordpressSecret('#?secret=a1B2c3D4e5') // "a1B2c3D4e5"
 * @example wordpressSecret('#positions') // undefined
 */
export function wordpressSecret(hash: string): string | undefined {
  return /[#&?]secret=([a-zA-Z0-9]+)(?:&|$)/.exec(hash)?.[1];
}

/** WordPress's message (wp-embed.js): the frame's height, with the frame's secret. */
export interface WordPressHeight {
  message: 'height';
  value: number;
  secret: string;
}

/** AMP's message, which amp-iframe and the small embed libraries (iframe-resizer-like hosts) read. */
export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/**
 * The messages that tell a host a card's height: AMP's always, WordPress's when WordPress framed it (it passed a
 * secret). Whole pixels, rounded up, so the frame never cuts the card's last line.
 * @example heightMessages(311.5, undefined) // [{ sentinel: 'amp', type: 'embed-size', height: 312 }]
 */
export function heightMessages(height: number, secret: string | undefined): (WordPressHeight | AmpEmbedSize)[] {
  const pixels = Math.ceil(height);
  const amp: AmpEmbedSize = { sentinel: 'amp', type: 'embed-size', height: pixels };
  return secret === undefined ? [amp] : [{ message: 'height', value: pixels, secret }, amp];
}

/**
 * WordPress's message asking its host to open a link of the card in the host's window, which WordPress's sandbox
 * keeps the card from doing itself.
 */
export interface WordPressLink {
  message: 'link';
  value: string;
  secret: string;
}

/** The link message for `href`, with the frame's secret. */
export const linkMessage = (href: string, secret: string): WordPressLink => ({ message: 'link', value: href, secret });
