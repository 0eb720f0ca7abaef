import { formatDayOrMonth, lastDayOf } from '@/lib/base/dates';
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
 */
export function rolePeriod(role: Role): string | undefined {
  const from = role.from === undefined ? undefined : formatDayOrMonth(role.from);
  const to = role.to === undefined ? undefined : formatDayOrMonth(role.to);
  if (from && to) return `${from} – ${to}`;
  if (from) return `${from} onwards`;
  if (to) return `until ${to}`;
  return undefined;
}

/** Every spelling of a person's name besides the canonical one: the Latin aliases, then the forms in Arabic and Hebrew script. */
export function otherSpellingsOf(person: Pick<Person, 'aliases' | 'nativeNames'>): string[] {
  return [...person.aliases, ...person.nativeNames.map((native) => native.name)];
}

/** A person page's description for search engines and link previews. */
export function personDescription(person: Pick<Person, 'name' | 'roles'>, asOf: string): string {
  const role = roleOn(person.roles, asOf);
  return `${person.name}${role ? `, ${role.title}` : ''}: roles, and every round and event of the Israel–Syria talks they took part in.`;
}
