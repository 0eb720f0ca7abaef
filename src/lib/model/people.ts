import { formatDayOrMonth, lastDayOf } from '@/lib/base/dates';
import { DEFAULT_LOCALE, type Locale } from '@/lib/base/locales';
import { uiStrings } from '@/lib/base/ui';
import type { Person } from '@/lib/record/schemas';

type Role = Person['roles'][number];

/**
 * The role a person held on a given day: the last role whose dates include it,
 * else their latest role. A month-only `to` (2025-11) runs to the month's end.
 * @example roleOn([{ title: 'Minister', from: '2022-12', to: '2025-11-11' }], '2025-09-17') // the Minister role
 */
export function roleOn(roles: readonly Role[], day: string): Role | undefined {
  return roleHeldOn(roles, day) ?? roles.at(-1);
}

/**
 * The role a person holds on `day`, if any: the last role whose dates include it. Unlike roleOn, no fallback: a role
 * that has ended, or not yet begun, is not the person's job on that day (a job title needs this; a label, roleOn).
 */
export function roleHeldOn(roles: readonly Role[], day: string): Role | undefined {
  return roles
    .filter((role) => (role.from === undefined || role.from <= day) && (role.to === undefined || day <= lastDayOf(role.to)))
    .at(-1);
}

/**
 * When a role was held, as a reader sees it beside the title; undefined when the sources give no dates.
 * @example rolePeriod({ title: 'Minister', from: '2022-12', to: '2025-11-11' }) // "December 2022 – 11 November 2025"
 * @example rolePeriod({ title: 'Ambassador', from: '2025-01-27' }) // "27 January 2025 onwards"
 * @example rolePeriod({ title: 'Ambassador', from: '2025-01-27' }, 'ar') // "منذ 27 يناير 2025"
 */
export function rolePeriod(role: Role, locale: Locale = DEFAULT_LOCALE): string | undefined {
  const { period } = uiStrings(locale).people;
  const from = role.from === undefined ? undefined : formatDayOrMonth(role.from, locale);
  const to = role.to === undefined ? undefined : formatDayOrMonth(role.to, locale);
  if (from && to) return period.range(from, to);
  if (from) return period.onwards(from);
  if (to) return period.until(to);
  return undefined;
}

/** Every spelling of a person's name besides the canonical one: the Latin aliases, then the forms in Arabic and Hebrew script. */
export function otherSpellingsOf(person: Pick<Person, 'aliases' | 'nativeNames'>): string[] {
  return [...person.aliases, ...person.nativeNames.map((native) => native.name)];
}

/** A person page's description for search engines and link previews. */
export function personDescription(person: Pick<Person, 'name' | 'roles'>, asOf: string, locale: Locale = DEFAULT_LOCALE): string {
  return uiStrings(locale).people.description(person.name, roleOn(person.roles, asOf)?.title);
}
