import { describe, expect, it } from 'vitest';
import { otherSpellingsOf, personDescription, roleHeldOn, roleOn, rolePeriod } from '@/lib/model/people';

describe('roleOn', () => {
  const roles = [
    { title: 'Ambassador to the United States', from: '2013-07', to: '2021-01' },
    { title: 'Minister for Strategic Affairs', from: '2022-12-29', to: '2025-11-11' },
    { title: 'Adviser', from: '2025-11-12' },
  ];

  it('gives the role whose dates include the day', () => {
    expect(roleOn(roles, '2025-09-17')?.title).toBe('Minister for Strategic Affairs');
    expect(roleOn(roles, '2026-01-05')?.title).toBe('Adviser');
  });

  it('includes the first and the last day of a role', () => {
    expect(roleOn(roles, '2022-12-29')?.title).toBe('Minister for Strategic Affairs');
    expect(roleOn(roles, '2025-11-11')?.title).toBe('Minister for Strategic Affairs');
    expect(roleOn(roles, '2025-11-12')?.title).toBe('Adviser');
  });

  it('runs a month-only `to` to the end of that month', () => {
    expect(roleOn(roles, '2021-01-31')?.title).toBe('Ambassador to the United States');
    expect(roleOn(roles, '2021-01-01')?.title).toBe('Ambassador to the United States');
  });

  it('runs a month-only `to` to the end of a 30-day month and February', () => {
    const short = [
      { title: 'Short', from: '2025-06', to: '2025-06' },
      { title: 'February', from: '2026-02', to: '2026-02' },
      { title: 'Later', from: '2027-01' },
    ];
    expect(roleOn(short, '2025-06-30')?.title).toBe('Short');
    expect(roleOn(short, '2025-07-01')?.title).toBe('Later');
    expect(roleOn(short, '2026-02-28')?.title).toBe('February');
    expect(roleOn(short, '2026-03-01')?.title).toBe('Later');
  });

  it('starts a month-only `from` on the first of the month', () => {
    expect(roleOn(roles, '2013-07-01')?.title).toBe('Ambassador to the United States');
  });

  it('falls back to the latest role when no role covers the day', () => {
    expect(roleOn(roles, '2022-06-01')?.title).toBe('Adviser');
    expect(roleOn(roles, '2000-01-01')?.title).toBe('Adviser');
  });

  it('treats a role without dates as always held', () => {
    expect(roleOn([{ title: 'Envoy' }], '1999-01-01')?.title).toBe('Envoy');
  });

  it('prefers the last listed role when two overlap', () => {
    const overlapping = [
      { title: 'Foreign Minister', from: '2024-12' },
      { title: 'Head of delegation', from: '2025-07', to: '2025-09' },
      { title: 'Spokesman', to: '2024-01' },
    ];
    expect(roleOn(overlapping, '2025-08-01')?.title).toBe('Head of delegation');
    expect(roleOn(overlapping, '2025-10-01')?.title).toBe('Foreign Minister');
  });

  it('is undefined for a person with no roles', () => {
    expect(roleOn([], '2026-01-05')).toBeUndefined();
  });
});

describe('roleOn, as the current role beside a name', () => {
  const roles = [
    { title: 'Minister for Strategic Affairs', from: '2022-12-29', to: '2025-11-11' },
    { title: 'Adviser', from: '2025-11-12' },
  ];

  it('is the role held on the given day', () => {
    expect(roleOn(roles, '2025-09-17')?.title).toBe('Minister for Strategic Affairs');
    expect(roleOn(roles, '2026-01-05')?.title).toBe('Adviser');
  });

  it('is the latest role when none covers the day, and none for a person without roles', () => {
    expect(roleOn(roles.slice(0, 1), '2026-01-05')?.title).toBe('Minister for Strategic Affairs');
    expect(roleOn([], '2026-01-05')).toBeUndefined();
  });
});

describe('rolePeriod', () => {
  it('writes both ends, month-only dates as months', () => {
    expect(rolePeriod({ title: 'Minister', from: '2022-12', to: '2025-11-11' })).toBe('December 2022 – 11 November 2025');
  });

  it('writes an open role as running onwards, and a role with only an end as until', () => {
    expect(rolePeriod({ title: 'Ambassador', from: '2025-01-27' })).toBe('27 January 2025 onwards');
    expect(rolePeriod({ title: 'Envoy', to: '2025-06' })).toBe('until June 2025');
  });

  it('gives nothing when the sources give no dates', () => {
    expect(rolePeriod({ title: 'Adviser' })).toBeUndefined();
  });
});

describe('personDescription', () => {
  it('names the person with their current role', () => {
    expect(personDescription({ name: 'Ron Dermer', roles: [{ title: 'Minister' }] }, '2026-01-05')).toBe(
      'Ron Dermer, Minister: roles, and every round and event of the Israel–Syria talks they took part in.',
    );
  });
});

describe('otherSpellingsOf', () => {
  it('lists the Latin aliases, then the forms in Arabic and Hebrew script', () => {
    expect(
      otherSpellingsOf({
        aliases: ['Salameh', 'al-Salamah'],
        nativeNames: [
          { name: 'حسين السلامة', lang: 'ar', source: 1 },
          { name: 'חוסיין סלאמה', lang: 'he', source: 2 },
        ],
      }),
    ).toEqual(['Salameh', 'al-Salamah', 'حسين السلامة', 'חוסיין סלאמה']);
  });
});

describe('roleHeldOn', () => {
  const roles = [
    { title: 'Ambassador', from: '2013-12', to: '2021-01' },
    { title: 'Director', from: '2026-06-02' },
  ];

  it('is the role whose dates include the day, a month-only end running to the month’s end', () => {
    expect(roleHeldOn(roles, '2021-01-31')?.title).toBe('Ambassador');
    expect(roleHeldOn(roles, '2026-06-02')?.title).toBe('Director');
  });

  it('is nothing between roles or before the first, where roleOn would fall back on the latest', () => {
    expect(roleHeldOn(roles, '2024-05-01')).toBeUndefined();
    expect(roleHeldOn(roles, '2010-01-01')).toBeUndefined();
  });

  it('is a role with no dates on any day', () => {
    expect(roleHeldOn([{ title: 'Envoy' }], '2026-01-05')?.title).toBe('Envoy');
  });
});

describe('a person’s roles and description in the Arabic and Hebrew editions', () => {
  const minister = { title: 'وزير', from: '2022-12', to: '2025-11-11' };

  it('words when a role was held', () => {
    expect(rolePeriod(minister, 'ar')).toBe('ديسمبر 2022 – 11 نوفمبر 2025');
    expect(rolePeriod({ title: 'سفير', from: '2025-01-27' }, 'ar')).toBe('منذ 27 يناير 2025');
    expect(rolePeriod({ title: 'שגריר', from: '2025-01-27' }, 'he')).toBe('מ-27 בינואר 2025 ואילך');
    expect(rolePeriod({ title: 'שר', to: '2025-11' }, 'he')).toBe('עד נובמבר 2025');
    expect(rolePeriod({ title: 'وزير' }, 'ar')).toBeUndefined();
  });

  it('describes the person with the role of the day', () => {
    expect(personDescription({ name: 'رون ديرمر', roles: [minister] }, '2025-06-01', 'ar')).toBe(
      'رون ديرمر، وزير: المناصب، وكل جولة وحدث من المحادثات السورية الإسرائيلية شارك فيه.',
    );
    expect(personDescription({ name: 'רון דרמר', roles: [] }, '2025-06-01', 'he')).toBe(
      'רון דרמר: תפקידים, וכל סבב ואירוע בשיחות בין ישראל לסוריה שהשתתף בהם.',
    );
  });
});
