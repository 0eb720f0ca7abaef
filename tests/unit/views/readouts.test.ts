import { describe, expect, it } from 'vitest';
import { readoutsInSideOrder } from '@/lib/views/readouts';

describe('readoutsInSideOrder', () => {
  it("sets the sides' accounts in the site's side order, whatever order the file lists them in", () => {
    const readouts = [
      { side: 'united-states' as const, summary: 'Dialogue and de-escalation.', source: 2 },
      { side: 'france' as const, summary: 'Hosted the talks.', source: 4 },
      { side: 'syria' as const, summary: 'The 1974 agreement.', source: 1 },
      { side: 'israel' as const, summary: 'Security arrangements.', source: 3 },
    ];
    expect(readoutsInSideOrder(readouts).map((readout) => readout.side)).toEqual(['israel', 'syria', 'united-states', 'france']);
    expect(readouts[0]?.side).toBe('united-states');
  });

  it('is empty for a round with no readout', () => {
    expect(readoutsInSideOrder([])).toEqual([]);
  });
});
