import { describe, expect, it } from 'vitest';
import { roleOn } from '../../src/lib/people';

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
