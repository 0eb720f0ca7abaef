import { describe, expect, it } from 'vitest';
import { INDEX_ONLY, withoutIndexOnly } from '@/lib/search/index-only';

describe('withoutIndexOnly', () => {
  it('leaves out the element only search reads, and everything in it', () => {
    const page = `<article data-pagefind-body><div hidden ${INDEX_ONLY}><span data-pagefind-filter="person[data-value]" data-value="a"></span><p data-pagefind-weight="0.2">Names on this page are also written X.</p></div><h1>Title</h1></article>`;
    expect(withoutIndexOnly(page)).toBe('<article data-pagefind-body><h1>Title</h1></article>');
  });

  it('keeps every other element, hidden or not', () => {
    const page = '<main><div hidden><p>A notice</p></div><div class="index-only">Text</div></main>';
    expect(withoutIndexOnly(page)).toBe(page);
  });

  it('finds the mark among other attributes, in any order', () => {
    expect(withoutIndexOnly(`<p>a</p><div ${INDEX_ONLY} hidden class="x"><span></span></div><p>b</p>`)).toBe('<p>a</p><p>b</p>');
  });
});
