import { describe, expect, it } from 'vitest';
import { createPacer } from '@/lib/content/request-pacer';

/** A clock that moves only when the pacer sleeps, so each request's start time is exactly what the pacer decided. */
function fakeClock() {
  let time = 0;
  return {
    now: () => time,
    sleep: (ms: number) => {
      time += ms;
      return Promise.resolve();
    },
  };
}

describe('createPacer', () => {
  it('spaces the starts of requests by the rate in all and, more widely, to each host', async () => {
    const clock = fakeClock();
    const pacer = createPacer({ concurrency: 1, perSecond: 4, perHostPerSecond: 1, ...clock });
    const starts: [string, number][] = [];
    for (const host of ['a', 'b', 'a', 'c']) await pacer.run(host, () => Promise.resolve(starts.push([host, clock.now()])));
    expect(starts).toEqual([
      ['a', 0],
      ['b', 250],
      ['a', 1000],
      ['c', 1250],
    ]);
  });

  it('runs no more requests at once than its concurrency', async () => {
    const pacer = createPacer({ concurrency: 2, perSecond: 1000, perHostPerSecond: 1000 });
    let running = 0;
    let most = 0;
    const request = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    };
    await Promise.all(Array.from({ length: 6 }, (_, i) => pacer.run(`host-${i}`, request)));
    expect(most).toBe(2);
  });

  it('starts nothing to a held host before the time it was held until, and others meanwhile', async () => {
    const clock = fakeClock();
    const pacer = createPacer({ concurrency: 1, perSecond: 10, perHostPerSecond: 10, ...clock });
    pacer.holdHost('busy', 3000);
    const starts: number[] = [];
    await pacer.run('other', () => Promise.resolve(starts.push(clock.now())));
    await pacer.run('busy', () => Promise.resolve(starts.push(clock.now())));
    expect(starts).toEqual([0, 3000]);
  });
});
