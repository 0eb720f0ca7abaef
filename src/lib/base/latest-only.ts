/**
 * Search as a reader types without a fixed wait: the first keystroke searches
 * at once; keystrokes that come while a search runs replace each other, and
 * only the newest is searched when it ends. A run learns through `isCurrent`
 * that newer words came, so it can stop before loading or drawing anything.
 */
export function latestOnly<T>(run: (value: T, isCurrent: () => boolean) => Promise<void>): (value: T) => Promise<void> {
  let running: Promise<void> | undefined;
  let waiting: { value: T } | undefined;

  const drain = async (): Promise<void> => {
    while (waiting) {
      const { value } = waiting;
      waiting = undefined;
      // A run shows its own failures to the reader; one that fails must not stop the ones after it.
      await run(value, () => waiting === undefined).catch(() => undefined);
    }
    running = undefined;
  };

  return (value: T) => {
    waiting = { value };
    running ??= drain();
    return running;
  };
}
