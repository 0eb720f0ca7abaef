import { describe, expect, it } from 'vitest';
import {
  cardFrame,
  EMBED_SANDBOX,
  EMBED_SIZES,
  iframeSnippet,
  OEMBED_CACHE_AGE,
  oembedFile,
  oembedJsonSchema,
  oembedLink,
  oembedOf,
} from '@/lib/publish/oembed';
import { schemaProblems } from '@tests/helpers/json-schema';

const SITE = 'https://example.org';
const FRAME = { src: `${SITE}/embed/timeline/`, title: 'The "latest" <meetings>', width: 560, height: 460 };

describe('iframeSnippet', () => {
  it('frames the card sandboxed, lazily, at its starting size, with its title as the frame’s name', () => {
    expect(iframeSnippet(FRAME)).toBe(
      `<iframe src="${SITE}/embed/timeline/" title="The &quot;latest&quot; &lt;meetings&gt;" width="560" height="460" sandbox="${EMBED_SANDBOX}" loading="lazy"></iframe>`,
    );
  });

  it('lets the card run its script and open a link in the host’s window, and nothing more', () => {
    expect(EMBED_SANDBOX.split(' ').sort()).toEqual(['allow-scripts', 'allow-top-navigation-by-user-activation']);
  });

  it('carries no inline style, which a host’s own policy may refuse', () => {
    expect(iframeSnippet(FRAME)).not.toContain('style=');
  });
});

describe('cardFrame', () => {
  it('gives a card’s address in its edition, its title and its kind’s size', () => {
    expect(cardFrame('round', '/embed/rounds/2026-01-05-paris/', 'Paris', 'en', SITE)).toEqual({
      src: `${SITE}/embed/rounds/2026-01-05-paris/`,
      title: 'Paris',
      ...EMBED_SIZES.round,
    });
    const arabic = cardFrame('issue', '/embed/issues/buffer-zone/', 'المنطقة العازلة', 'ar', SITE);
    expect(arabic.src).toBe(`${SITE}/ar/embed/issues/buffer-zone/`);
    expect(arabic.title).toBe('المنطقة العازلة');
  });
});

describe('oembedLink', () => {
  it('announces the oEmbed file beside the card, under the card’s title', () => {
    expect(oembedLink(FRAME)).toEqual({ href: `${SITE}/embed/timeline/oembed.json`, title: FRAME.title });
  });
});

describe('oembedOf', () => {
  it('is a rich oEmbed 1.0 response whose html is the snippet', () => {
    expect(oembedOf(FRAME, { name: 'Site', url: `${SITE}/` })).toEqual({
      version: '1.0',
      type: 'rich',
      title: FRAME.title,
      html: iframeSnippet(FRAME),
      width: 560,
      height: 460,
      provider_name: 'Site',
      provider_url: `${SITE}/`,
      cache_age: OEMBED_CACHE_AGE,
    });
  });
});

describe('oembedFile', () => {
  const schema = oembedJsonSchema(SITE);

  it('names the edition’s site and home as the provider, and meets the schema', () => {
    const file: unknown = JSON.parse(oembedFile(cardFrame('timeline', '/embed/timeline/', 'ציר', 'he', SITE), 'he', SITE));
    expect(file).toMatchObject({ provider_name: 'תיעוד השיחות בין ישראל לסוריה', provider_url: `${SITE}/he/` });
    expect(schemaProblems(schema, file)).toEqual([]);
  });

  it('has a schema that refuses what is not a rich response framing a card', () => {
    const good = oembedOf(FRAME, { name: 'Site', url: `${SITE}/` });
    for (const bad of [
      { ...good, type: 'video' },
      { ...good, html: '<script src="x"></script>' },
      { ...good, width: 0 },
      { ...good, extra: 1 },
      { version: '1.0', type: 'rich' },
    ]) {
      expect(schemaProblems(schema, bad), JSON.stringify(bad)).not.toEqual([]);
    }
  });
});
