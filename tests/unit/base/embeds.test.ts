import { describe, expect, it } from 'vitest';
import {
  forcedTheme,
  heightMessages,
  isEmbedPath,
  issueEmbedUrl,
  linkMessage,
  oembedUrl,
  roundEmbedUrl,
  TIMELINE_EMBED_URL,
  wordpressSecret,
} from '@/lib/base/embeds';
import { localizedPath } from '@/lib/base/locales';

describe('the cards’ addresses', () => {
  it('puts every card under /embed/, with its oEmbed file beside it', () => {
    expect(roundEmbedUrl('2026-01-05-paris')).toBe('/embed/rounds/2026-01-05-paris/');
    expect(issueEmbedUrl('buffer-zone')).toBe('/embed/issues/buffer-zone/');
    expect(TIMELINE_EMBED_URL).toBe('/embed/timeline/');
    expect(oembedUrl('/ar/embed/timeline/')).toBe('/ar/embed/timeline/oembed.json');
  });

  it('knows a card, or its oEmbed file, in every edition, and nothing else', () => {
    for (const path of [roundEmbedUrl('x'), localizedPath(issueEmbedUrl('y'), 'ar'), oembedUrl(localizedPath(TIMELINE_EMBED_URL, 'he'))]) {
      expect(isEmbedPath(path), path).toBe(true);
    }
    for (const path of ['/', '/rounds/x/', '/ar/rounds/x/', '/embedded/', '/rounds/embed/', '/he/'])
      expect(isEmbedPath(path), path).toBe(false);
  });
});

describe('forcedTheme', () => {
  it('reads the colours the address forces', () => {
    expect(forcedTheme('?theme=dark')).toBe('dark');
    expect(forcedTheme('?a=1&theme=light')).toBe('light');
  });

  it('leaves the reader’s setting alone otherwise', () => {
    for (const search of ['', '?theme=', '?theme=blue', '?Theme=dark']) expect(forcedTheme(search), search).toBeUndefined();
  });
});

describe('wordpressSecret', () => {
  it('reads the secret WordPress puts in the frame’s fragment', () => {
    expect(wordpressSecret('#?secret=a1B2c3D4e5')).toBe('a1B2c3D4e5');
    expect(wordpressSecret('#?secret=a1B2c3D4e5&other=1')).toBe('a1B2c3D4e5');
  });

  it('finds none in another fragment, or one WordPress would refuse', () => {
    for (const hash of ['', '#positions', '#?secret=', '#?secret=a1-b2']) expect(wordpressSecret(hash), hash).toBeUndefined();
  });
});

describe('heightMessages', () => {
  it('tells an AMP or small-library host the height in whole pixels, rounded up', () => {
    expect(heightMessages(311.2, undefined)).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 312 }]);
  });

  it('tells WordPress too, with its secret, when it framed the card', () => {
    expect(heightMessages(300, 'abc123')).toEqual([
      { message: 'height', value: 300, secret: 'abc123' },
      { sentinel: 'amp', type: 'embed-size', height: 300 },
    ]);
  });
});

describe('linkMessage', () => {
  it('asks WordPress to open a link in its window', () => {
    expect(linkMessage('https://x.org/rounds/a/', 'abc123')).toEqual({
      message: 'link',
      value: 'https://x.org/rounds/a/',
      secret: 'abc123',
    });
  });
});
