import { describe, expect, it } from 'vitest';
import { findPublisherProblems, publisherNames, spellingInUse, spellingKey } from '@/lib/content/publishers';
import type { ContentRecord } from '@/lib/record/entries';
import { event, issue, person, round, source } from '@tests/helpers/fixtures';

const empty: ContentRecord = { rounds: [], events: [], people: [], issues: [], notes: [] };

describe('publisherNames', () => {
  it('splits a repost into the outlet and the agency it reposts', () => {
    expect(publisherNames('Shafaq News (Reuters)')).toEqual(['Shafaq News', 'Reuters']);
  });

  it('splits a list in brackets into each name, by semicolon or comma', () => {
    expect(publisherNames('The Sun (Malaysia; AFP)')).toEqual(['The Sun', 'Malaysia', 'AFP']);
    expect(publisherNames('Pakistan News Network (IRNA, Channel 12)')).toEqual(['Pakistan News Network', 'IRNA', 'Channel 12']);
  });

  it('gives an outlet alone when nothing is in brackets', () => {
    expect(publisherNames('The National')).toEqual(['The National']);
  });

  it('ignores what follows the brackets', () => {
    expect(publisherNames('The Jerusalem Post (Reuters), via a blog')).toEqual(['The Jerusalem Post', 'Reuters']);
  });
});

describe('spellingKey', () => {
  it('is the same for spellings that differ by a leading "The", case, spaces, punctuation or accents', () => {
    const keys = ['The Syrian Observer', 'Syrian Observer', 'syrian  observer', 'Syrian-Observer.'].map(spellingKey);
    expect(new Set(keys)).toEqual(new Set(['syrianobserver']));
    expect(spellingKey('Noon Post')).toBe(spellingKey('Noonpost'));
    expect(spellingKey('Hürriyet Daily News')).toBe(spellingKey('Hurriyet Daily News'));
  });

  it('differs for outlets whose names differ by a word', () => {
    expect(spellingKey('The National')).not.toBe(spellingKey('The Nation'));
    expect(spellingKey('Arab News')).not.toBe(spellingKey('Arab News Pakistan'));
  });

  it('keeps "The" inside a name', () => {
    expect(spellingKey('Theatre Times')).toBe('theatretimes');
  });
});

describe('spellingInUse', () => {
  it('is the spelling written most often', () => {
    expect(spellingInUse(['Syrian Observer', 'The Syrian Observer', 'The Syrian Observer'])).toBe('The Syrian Observer');
  });

  it('breaks a tie alphabetically, whatever the order', () => {
    expect(spellingInUse(['The Jordan Times', 'Jordan Times'])).toBe('Jordan Times');
    expect(spellingInUse(['Jordan Times', 'The Jordan Times'])).toBe('Jordan Times');
  });
});

describe('findPublisherProblems', () => {
  it('finds nothing when every publisher has one spelling, reposts included', () => {
    const record: ContentRecord = {
      ...empty,
      rounds: [round('paris', { sources: [source({ publisher: 'Shafaq News (Reuters)' }), source({ publisher: 'Shafaq News' })] })],
      events: [event('talks', { sources: [source({ publisher: 'Reuters' })] })],
    };
    expect(findPublisherProblems(record)).toEqual([]);
  });

  it('reports every source with the less used spelling, naming a file with the spelling in use and how many more', () => {
    const record: ContentRecord = {
      ...empty,
      rounds: [round('paris', { sources: [source({ publisher: 'Reuters' }), source({ publisher: 'Syrian Observer' })] })],
      events: [event('talks', { sources: [source({ publisher: 'The Syrian Observer' })] })],
      people: [person('ron-dermer', { sources: [source({ publisher: 'The Syrian Observer' })] })],
      issues: [
        issue('buffer-zone', { sources: [source({ publisher: 'The Syrian Observer' })] }),
        issue('hermon', { sources: [source({ publisher: 'Syrian observer' })] }),
      ],
    };
    expect(findPublisherProblems(record)).toEqual([
      'content/rounds/2026-01-05-paris.md: sources[1].publisher: "Syrian Observer" is written "The Syrian Observer" elsewhere ' +
        '(content/events/2025-11-11-talks.md and 2 other files); use one spelling',
      'content/issues/hermon.md: sources[0].publisher: "Syrian observer" is written "The Syrian Observer" elsewhere ' +
        '(content/events/2025-11-11-talks.md and 2 other files); use one spelling',
    ]);
  });

  it('compares an agency in brackets with every other name, outlets included', () => {
    const record: ContentRecord = {
      ...empty,
      events: [
        event('gas', { sources: [source({ publisher: 'Zawya (The Jordan Times)' })] }),
        event('deal', { date: '2026-01-26', sources: [source({ publisher: 'Jordan Times' }), source({ publisher: 'Jordan Times' })] }),
      ],
    };
    expect(findPublisherProblems(record)).toEqual([
      'content/events/2025-11-11-gas.md: sources[0].publisher: "The Jordan Times" is written "Jordan Times" elsewhere ' +
        '(content/events/2026-01-26-deal.md); use one spelling',
    ]);
  });

  it('says so when the spelling in use is only in the same file', () => {
    const record: ContentRecord = {
      ...empty,
      rounds: [
        round('paris', {
          sources: [source({ publisher: 'Noonpost' }), source({ publisher: 'Noonpost' }), source({ publisher: 'Noon Post' })],
        }),
      ],
    };
    expect(findPublisherProblems(record)).toEqual([
      'content/rounds/2026-01-05-paris.md: sources[2].publisher: "Noon Post" is written "Noonpost" elsewhere in this file; use one spelling',
    ]);
  });
});
