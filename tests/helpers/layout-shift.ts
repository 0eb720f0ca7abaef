/**
 * Cumulative Layout Shift from the browser's `layout-shift` entries, as
 * Lighthouse and Chrome's web-vitals count it: shifts are grouped in session
 * windows (each shift less than 1 s after the one before, a window at most
 * 5 s long), and the score is the largest window's sum.
 */

/** One `layout-shift` entry, with the names of the elements that moved. */
export interface LayoutShift {
  value: number;
  /** Milliseconds since the page started loading. */
  startTime: number;
  /** A shift within 500 ms of the reader's input is one they caused, so it does not count. */
  hadRecentInput: boolean;
  moved: string[];
}

const MAX_GAP_MS = 1000;
const MAX_WINDOW_MS = 5000;

/** The page's CLS: the largest session window's sum of the shifts the reader did not cause, given in the order they happened. */
export function cumulativeLayoutShift(shifts: readonly LayoutShift[]): number {
  let largest = 0;
  let windowSum = 0;
  let windowStart = Number.NEGATIVE_INFINITY;
  let previous = Number.NEGATIVE_INFINITY;
  for (const { value, startTime } of shifts.filter((shift) => !shift.hadRecentInput)) {
    if (startTime - previous >= MAX_GAP_MS || startTime - windowStart >= MAX_WINDOW_MS) {
      windowSum = 0;
      windowStart = startTime;
    }
    windowSum += value;
    previous = startTime;
    largest = Math.max(largest, windowSum);
  }
  return largest;
}
