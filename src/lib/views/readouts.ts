/** How each side described a round, as the round's page sets the accounts side by side. */
import { compareSides } from '@/lib/base/sides';
import type { Readout } from '@/lib/record/schemas';

/** A round's readouts in the site's side order (Israel, Syria, the United States, then the others), whatever the file's order. */
export function readoutsInSideOrder(readouts: readonly Readout[]): Readout[] {
  return [...readouts].sort((a, b) => compareSides(a.side, b.side));
}
