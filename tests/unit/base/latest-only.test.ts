import { describe, expect, it } from 'vitest';
import { latestOnly } from '@/lib/base/latest-only';

/** A run that waits until the test lets it finish, recording what it was given and whether it was still current at the end. */
function controlledRuns() {
  const started: string[] = [];
  const finishedCurrent: [string, boolean][] = [];
  const releases: (() => void)[] = [];
  const run = async (value: string, isCurrent: () => boolean) => {
    started.push(value);
    await new Promise<void>((resolve) => releases.push(resolve));
    finishedCurrent.push([value, isCurrent()]);
  };
  const release = async () => {
    releases.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { started, finishedCurrent, run, release };
}

describe('latestOnly', () => {
  it('runs the first value at once, without waiting', () => {
    const runs = controlledRuns();
    const search = latestOnly(runs.run);
    void search('L');
    expect(runs.started).toEqual(['L']);
  });

  it('keeps one run at a time and runs only the newest of the values that came meanwhile', async () => {
    const runs = controlledRuns();
    const search = latestOnly(runs.run);
    void search('L');
    void search('Le');
    void search('Lei');
    const done = search('Leiter');
    expect(runs.started).toEqual(['L']);
    await runs.release();
    expect(runs.started).toEqual(['L', 'Leiter']);
    await runs.release();
    await done;
    expect(runs.finishedCurrent).toEqual([
      ['L', false],
      ['Leiter', true],
    ]);
  });

  it('goes on after a run that fails', async () => {
    const seen: string[] = [];
    const search = latestOnly((value: string) => {
      seen.push(value);
      return value === 'bad' ? Promise.reject(new Error('no index')) : Promise.resolve();
    });
    await search('bad');
    await search('good');
    expect(seen).toEqual(['bad', 'good']);
  });
});
