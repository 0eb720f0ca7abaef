import { describe, expect, it } from 'vitest';
import type { KnownPerson } from '@/lib/record/person-names';
import { remarkPersonMentions, type PersonMentionsOptions } from '@/remark/remark-person-mentions';
import { renderMarkdown, type RenderOptions } from '@tests/helpers/markdown';

const PEOPLE: KnownPerson[] = [
  { id: 'hussein-al-salama', names: ['Hussein al-Salama', 'Salameh', 'al-Salameh', 'Salama'] },
  { id: 'ron-dermer', names: ['Ron Dermer', 'Dermer'] },
  { id: 'tom-barrack', names: ['Tom Barrack', 'Thomas Barrack', 'Barrack'] },
];

const OPTIONS: PersonMentionsOptions = { people: PEOPLE };

async function render(
  markdown: string,
  options?: PersonMentionsOptions,
  file: RenderOptions = { path: 'content/rounds/2025-09-17-london.md' },
) {
  const { html, frontmatter } = await renderMarkdown(
    markdown,
    [options === undefined ? remarkPersonMentions : [remarkPersonMentions, options]],
    file,
  );
  return { html, mentioned: frontmatter['mentionedPeople'], frontmatter };
}

const link = (id: string, text: string) => `<a href="/people/${id}/">${text}</a>`;

describe('remarkPersonMentions', () => {
  it('links only the first mention of each person', async () => {
    const { html } = await render('Salameh met Dermer. Salameh spoke again later, and Ron Dermer replied.', OPTIONS);
    expect(html).toBe(
      `<p>${link('hussein-al-salama', 'Salameh')} met ${link('ron-dermer', 'Dermer')}. Salameh spoke again later, and Ron Dermer replied.</p>`,
    );
  });

  it('links the first mention only across paragraphs', async () => {
    const { html } = await render('Dermer arrived.\n\nDermer left.', OPTIONS);
    expect(html).toBe(`<p>${link('ron-dermer', 'Dermer')} arrived.</p>\n<p>Dermer left.</p>`);
  });

  it('prefers the longest name at a position', async () => {
    const { html } = await render('Hussein al-Salama met Barrack; Salama said little.', OPTIONS);
    expect(html).toBe(
      `<p>${link('hussein-al-salama', 'Hussein al-Salama')} met ${link('tom-barrack', 'Barrack')}; Salama said little.</p>`,
    );
  });

  it('prefers a longer alias that contains a shorter one', async () => {
    const { html } = await render('al-Salameh said no.', OPTIONS);
    expect(html).toBe(`<p>${link('hussein-al-salama', 'al-Salameh')} said no.</p>`);
  });

  it('links an alias to the canonical id', async () => {
    const { html } = await render('Thomas Barrack chaired the meeting.', OPTIONS);
    expect(html).toBe(`<p>${link('tom-barrack', 'Thomas Barrack')} chaired the meeting.</p>`);
  });

  it('uses the page address it is given', async () => {
    const { html } = await render('Dermer spoke.', { people: PEOPLE, urlFor: (id) => `/p/${id}.html` });
    expect(html).toBe('<p><a href="/p/ron-dermer.html">Dermer</a> spoke.</p>');
  });

  it('does not link inside an existing link, and links the next mention instead', async () => {
    const { html } = await render('See [Dermer’s statement](https://example.org/dermer). Dermer spoke.', OPTIONS);
    expect(html).toBe(`<p>See <a href="https://example.org/dermer">Dermer’s statement</a>. ${link('ron-dermer', 'Dermer')} spoke.</p>`);
  });

  it('does not link inside a reference link', async () => {
    const { html } = await render('[Dermer][1] spoke.\n\n[1]: https://example.org/dermer', OPTIONS);
    expect(html).toBe('<p><a href="https://example.org/dermer">Dermer</a> spoke.</p>');
  });

  it('does not link inside headings, and links the first mention in the body', async () => {
    const { html } = await render('## What Dermer said\n\nDermer spoke.', OPTIONS);
    expect(html).toBe(`<h2 id="what-dermer-said">What Dermer said</h2>\n<p>${link('ron-dermer', 'Dermer')} spoke.</p>`);
  });

  it('does not link inside inline code or code blocks', async () => {
    const { html } = await render('Use `Dermer` here.\n\n```\nDermer\n```\n\nDermer spoke.', OPTIONS);
    expect(html).toBe(
      `<p>Use <code>Dermer</code> here.</p>\n<pre><code>Dermer\n</code></pre>\n<p>${link('ron-dermer', 'Dermer')} spoke.</p>`,
    );
  });

  it('links inside emphasis and lists', async () => {
    const { html } = await render('- *Dermer* spoke.', OPTIONS);
    expect(html).toBe(`<ul>\n<li><em>${link('ron-dermer', 'Dermer')}</em> spoke.</li>\n</ul>`);
  });

  it.each([
    ['a longer word', 'The Barracks were empty.'],
    ['a word with a suffix', 'Dermers and Salamehs.'],
    ['a word with a prefix', 'McDermer spoke.'],
    ['a name with digits attached', 'Barrack2 spoke.'],
  ])('matches whole words only, not %s', async (_, markdown) => {
    const { html, mentioned } = await render(markdown, OPTIONS);
    expect(html).not.toContain('<a');
    expect(mentioned).toEqual([]);
  });

  it('matches a name followed by punctuation or a possessive', async () => {
    const { html } = await render('Barrack’s plan, and (Dermer).', OPTIONS);
    expect(html).toBe(`<p>${link('tom-barrack', 'Barrack')}’s plan, and (${link('ron-dermer', 'Dermer')}).</p>`);
  });

  it('matches names case-sensitively', async () => {
    const { html } = await render('dermer is not a name here.', OPTIONS);
    expect(html).toBe('<p>dermer is not a name here.</p>');
  });

  it('lists the ids mentioned, in order of first mention, in the front matter', async () => {
    const { mentioned } = await render('Barrack met Salameh, then Dermer, then Barrack again.', OPTIONS);
    expect(mentioned).toEqual(['tom-barrack', 'hussein-al-salama', 'ron-dermer']);
  });

  it('keeps the existing front matter', async () => {
    const { frontmatter } = await render('Dermer spoke.', OPTIONS, {
      path: 'content/rounds/2025-09-17-london.md',
      frontmatter: { title: 'Round four' },
    });
    expect(frontmatter).toEqual({ title: 'Round four', mentionedPeople: ['ron-dermer'] });
  });

  it('does not link the person a people page is about, nor list them', async () => {
    const options: PersonMentionsOptions = {
      people: PEOPLE,
      subjectOf: (file) => /\/people\/([^/]+)\.md$/.exec(file.path)?.[1],
    };
    const { html, mentioned } = await render('Tom Barrack met Salameh. Barrack spoke.', options, { path: 'content/people/tom-barrack.md' });
    expect(html).toBe(`<p>Tom Barrack met ${link('hussein-al-salama', 'Salameh')}. Barrack spoke.</p>`);
    expect(mentioned).toEqual(['hussein-al-salama']);
  });

  it('links a person from the pages of other people', async () => {
    const options: PersonMentionsOptions = { people: PEOPLE, subjectOf: () => 'ron-dermer' };
    const { html } = await render('Tom Barrack met Dermer.', options);
    expect(html).toBe(`<p>${link('tom-barrack', 'Tom Barrack')} met Dermer.</p>`);
  });

  it('ignores blank names and escapes names with regular-expression characters', async () => {
    const { html } = await render('A. B. (Jr.) spoke. AxB. (Jr.) did not.', { people: [{ id: 'a-b', names: ['', '  ', 'A. B. (Jr.)'] }] });
    expect(html).toBe(`<p>${link('a-b', 'A. B. (Jr.)')} spoke. AxB. (Jr.) did not.</p>`);
  });

  it('matches names in other scripts as whole words', async () => {
    const { html } = await render('التقى الشيباني بالشيباني.', { people: [{ id: 'asaad-al-shaibani', names: ['الشيباني'] }] });
    expect(html).toBe(`<p>التقى ${link('asaad-al-shaibani', 'الشيباني')} بالشيباني.</p>`);
  });

  it('with no options, links nothing and lists no one', async () => {
    const { html, mentioned } = await render('Dermer met Salameh.');
    expect(html).toBe('<p>Dermer met Salameh.</p>');
    expect(mentioned).toEqual([]);
  });

  describe('a spelling two people share', () => {
    const SHARED: KnownPerson[] = [
      ...PEOPLE,
      { id: 'ahmed-salama', names: ['Ahmed Salama', 'Salama'], file: 'content/people/ahmed-salama.md' },
    ].map((person) => (person.id === 'hussein-al-salama' ? { ...person, file: 'content/people/hussein-al-salama.md' } : person));
    const options: PersonMentionsOptions = { people: SHARED };

    it('stops the build at its line and column, naming both people and how to say which', async () => {
      await expect(render('Dermer spoke.\n\nThen Salama replied.', options)).rejects.toMatchObject({
        reason:
          '"Salama" is a name or alias of more than one person (content/people/hussein-al-salama.md and content/people/ahmed-salama.md): ' +
          'say which one you mean by linking its first use to their page, e.g. [Salama](/people/hussein-al-salama/).',
        line: 3,
        column: 6,
      });
    });

    it('means the person a body has linked it to, from that link on, and counts the link as a mention', async () => {
      const { html, mentioned } = await render('[Salama](/people/ahmed-salama/) arrived. Salama spoke, and Salameh replied.', options);
      expect(html).toBe(
        `<p>${link('ahmed-salama', 'Salama')} arrived. Salama spoke, and ${link('hussein-al-salama', 'Salameh')} replied.</p>`,
      );
      expect(mentioned).toEqual(['ahmed-salama', 'hussein-al-salama']);
    });

    it('may be said by a link to the person made with another of their spellings', async () => {
      const { mentioned } = await render('[Hussein al-Salama](/people/hussein-al-salama/) arrived. Salama spoke.', options);
      expect(mentioned).toEqual(['hussein-al-salama']);
    });

    it('may be said by a link relative to the body’s own page, as the link check reads it', async () => {
      const { mentioned } = await render('[Salama](../ahmed-salama/) arrived. Salama spoke.', {
        ...options,
        pageOf: () => '/people/ron-dermer/',
      });
      expect(mentioned).toEqual(['ahmed-salama']);
    });

    it('is still refused before the link that says which person it means', async () => {
      await expect(render('Salama arrived. [Salama](/people/ahmed-salama/) spoke.', options)).rejects.toMatchObject({ line: 1, column: 1 });
    });

    it('is still refused once the body links both people', async () => {
      const markdown = '[Hussein al-Salama](/people/hussein-al-salama/) met [Ahmed Salama](/people/ahmed-salama/). Salama spoke.';
      await expect(render(markdown, options)).rejects.toMatchObject({ line: 1, column: 92 });
    });

    it('means the person whose page it is, on their own page', async () => {
      const { mentioned } = await render('Salama was born in Daraa.', { ...options, subjectOf: () => 'ahmed-salama' });
      expect(mentioned).toEqual([]);
    });
  });
});
