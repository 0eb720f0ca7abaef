import { describe, expect, it } from 'vitest';
import { escapeHtml } from '@/lib/publish/html';

describe('escapeHtml', () => {
  it('escapes what could end an element or a quoted attribute, and nothing else', () => {
    expect(escapeHtml(`Tom & "Jerry" <b>'s</b>`)).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;');
    expect(escapeHtml('Syria – الشيباني')).toBe('Syria – الشيباني');
  });
});
