import type { Person } from '../schemas';
import { lastDayOf } from './dates';

type Role = Person['roles'][number];

/**
 * The role a person held on a given day: the last role whose dates include it,
 * else their latest role. A month-only `to` (2025-11) runs to the month's end.
 * @example roleOn([{ title: 'Minister', from: '2022-12', to: '2025-11-11' }], '2025-09-17') // the Minister role
 */
export function roleOn(roles: readonly Role[], day: string): Role | undefined {
  const held = roles.filter(
    (role) => (role.from === undefined || role.from <= day) && (role.to === undefined || day <= lastDayOf(role.to)),
  );
  return held.at(-1) ?? roles.at(-1);
}
