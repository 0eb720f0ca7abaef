/**
 * What another site pastes or discovers to embed a card: the `<iframe>` snippet, and the card's prebuilt oEmbed file
 * (https://oembed.com/, a "rich" response), which each round, issue and timeline page announces in its head.
 */
import { oembedUrl } from '@/lib/base/embeds';
import { localizedPath, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import { HOME_PAGE_URL } from '@/lib/base/urls';
import { escapeHtml } from '@/lib/publish/html';
import { jsonText } from '@/lib/publish/open-data';

/** The three kinds of card. */
export type EmbedKind = 'round' | 'issue' | 'timeline';

/** The size a card's frame starts at, in CSS pixels, before the card tells its host its real height. */
export interface EmbedSize {
  width: number;
  height: number;
}

/**
 * Each kind's starting frame: as wide as an article's column, as tall as a typical card of the kind at that width, so a
 * host's page barely moves when the card tells its real height.
 */
export const EMBED_SIZES: Record<EmbedKind, EmbedSize> = {
  round: { width: 560, height: 500 },
  issue: { width: 560, height: 640 },
  timeline: { width: 560, height: 650 },
};

/** How long a consumer may keep an oEmbed response, in seconds: a day, so a correction reaches embeds by the next. */
export const OEMBED_CACHE_AGE = 86_400;

/**
 * What the frame lets a card do: run its own script (its height), and open a link in the host's window when the reader
 * follows one. No popups, no forms, and an origin of no site's, with no storage.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-top-navigation-by-user-activation';

/** A card to embed: its absolute address, the frame's accessible name, and its starting size. */
export interface EmbedFrame extends EmbedSize {
  src: string;
  title: string;
}

/**
 * The `<iframe>` another site pastes to show a card: sandboxed, loaded when it nears the screen, with no inline style
 * (a host's own Content Security Policy may forbid one).
 * @example iframeSnippet({ src: 'https://x.org/embed/timeline/', title: 'Talks', width: 560, height: 460 })
 * // '<iframe src="https://x.org/embed/timeline/" title="Talks" width="560" height="460" sandbox="…" loading="lazy"></iframe>'
 */
export function iframeSnippet({ src, title, width, height }: EmbedFrame): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}" sandbox="${EMBED_SANDBOX}" loading="lazy"></iframe>`;
}

/** An oEmbed 1.0 "rich" response. */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name: string;
  provider_url: string;
  cache_age: number;
}

/** The oEmbed response of a card, from the site's name and home in the card's edition. */
export function oembedOf(frame: EmbedFrame, provider: { name: string; url: string }): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title: frame.title,
    html: iframeSnippet(frame),
    width: frame.width,
    height: frame.height,
    provider_name: provider.name,
    provider_url: provider.url,
    cache_age: OEMBED_CACHE_AGE,
  };
}

/** The media type a page announces its oEmbed file under, in `<link rel="alternate">`. */
export const OEMBED_MEDIA_TYPE = 'application/json+oembed';

/** Where the JSON Schema of the oEmbed files is published. */
export const OEMBED_SCHEMA_URL = '/data/schema/oembed.schema.json';

/** The JSON Schema every card's oEmbed file meets: oEmbed 1.0's "rich" type, section 2.3.4 and 2.3.4.4. */
export function oembedJsonSchema(site: URL | string): Record<string, unknown> {
  const positive = { type: 'integer', minimum: 1 };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL(OEMBED_SCHEMA_URL, site).href,
    title: 'oEmbed response of an embeddable card',
    description: 'An oEmbed 1.0 "rich" response (https://oembed.com/): the card as an <iframe>, its starting size, title and provider.',
    type: 'object',
    required: ['version', 'type', 'title', 'html', 'width', 'height', 'provider_name', 'provider_url', 'cache_age'],
    additionalProperties: false,
    properties: {
      version: { const: '1.0' },
      type: { const: 'rich' },
      title: { type: 'string', minLength: 1 },
      html: { type: 'string', pattern: '^<iframe src="https?://[^"]+"[^>]*></iframe>$' },
      width: positive,
      height: positive,
      provider_name: { type: 'string', minLength: 1 },
      provider_url: { type: 'string', format: 'uri' },
      cache_age: positive,
    },
  };
}

/**
 * A card's frame in an edition: its address there made absolute, its title as the frame's accessible name, and its
 * kind's starting size.
 * @example cardFrame('timeline', '/embed/timeline/', 'The latest meetings', 'ar', 'https://x.org').src // "https://x.org/ar/embed/timeline/"
 */
export function cardFrame(kind: EmbedKind, path: string, title: string, locale: Locale, site: URL | string): EmbedFrame {
  return { src: new URL(localizedPath(path, locale), site).href, title, ...EMBED_SIZES[kind] };
}

/** How a page announces its card's oEmbed file in its head: the file's absolute address and the card's title. */
export interface OEmbedLink {
  href: string;
  title: string;
}

/** The announcement of a card's oEmbed file, which sits beside the card. */
export const oembedLink = (frame: EmbedFrame): OEmbedLink => ({ href: oembedUrl(frame.src), title: frame.title });

/** The text of the oEmbed file of a card in an edition: the site, in the edition's name and home, provides it. */
export function oembedFile(frame: EmbedFrame, locale: Locale, site: URL | string): string {
  const provider = { name: uiStrings(locale).siteTitle, url: new URL(localizedPath(HOME_PAGE_URL, locale), site).href };
  return jsonText(oembedOf(frame, provider));
}

/** The response of a card's oEmbed file: JSON, as oEmbed asks. */
export const OEMBED_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };
