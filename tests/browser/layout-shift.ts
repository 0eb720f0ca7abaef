/** A page's layout shifts, recorded from its first paint and scored as Lighthouse scores them. */
import type { Page } from 'playwright-core';
import { cumulativeLayoutShift, type LayoutShift } from '@tests/helpers/layout-shift';

interface ShiftRecorder {
  layoutShifts: LayoutShift[];
}

/** Starts recording the page's layout shifts before any of its own scripts run, from its first paint on: call before `goto`. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const recorder = window as unknown as ShiftRecorder;
    recorder.layoutShifts = [];
    // LayoutShift is not in TypeScript's DOM types yet: its fields are read by name.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as (LayoutShift & { sources: { node: Node | null }[] })[]) {
        const moved = entry.sources.flatMap(({ node }) => {
          if (!(node instanceof Element)) return node ? [node.nodeName] : [];
          return [`${node.localName}${node.className ? `.${node.className.replaceAll(' ', '.')}` : ''}`];
        });
        recorder.layoutShifts.push({ value: entry.value, startTime: entry.startTime, hadRecentInput: entry.hadRecentInput, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The page's CLS so far and what moved, once two frames have been drawn since the last change, so every shift is reported. */
export async function layoutShiftScore(page: Page): Promise<{ score: number; moved: string[] }> {
  const shifts = await page.evaluate(
    () =>
      new Promise<LayoutShift[]>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as ShiftRecorder).layoutShifts)));
      }),
  );
  const counted = shifts.filter((shift) => !shift.hadRecentInput);
  return { score: cumulativeLayoutShift(shifts), moved: [...new Set(counted.flatMap((shift) => shift.moved))] };
}
