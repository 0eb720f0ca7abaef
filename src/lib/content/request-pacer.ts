/**
 * Keeps `npm run sources:check` polite: a few requests at a time, a few a second in all, fewer a second to any one
 * host, and a host that asked to be left alone (Retry-After) left alone until then.
 */

export interface PacerOptions {
  /** How many requests may be under way at once. */
  concurrency: number;
  /** How many requests may start each second, to every host together. */
  perSecond: number;
  /** How many requests may start each second to one host. */
  perHostPerSecond: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Pacer {
  /** Runs `request` to `host` once a slot is free and both rates allow it to start. */
  run: <T>(host: string, request: () => Promise<T>) => Promise<T>;
  /** Starts no request to `host` before `until` (milliseconds, as `now` counts them). */
  holdHost: (host: string, until: number) => void;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A pacer for one run of the check; requests are started in the order they ask. */
export function createPacer({ concurrency, perSecond, perHostPerSecond, now = Date.now, sleep = wait }: PacerOptions): Pacer {
  let running = 0;
  const queue: (() => void)[] = [];
  let nextStart = 0;
  const nextStartByHost = new Map<string, number>();

  const acquire = async () => {
    if (running < concurrency) {
      running++;
      return;
    }
    // The slot is handed over by release, so running stays as it is.
    await new Promise<void>((resolve) => queue.push(resolve));
  };
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };
  // The start time is reserved before waiting for it, so the requests waiting together are spaced, not bunched.
  const reserve = (host: string): number => {
    const at = Math.max(now(), nextStart, nextStartByHost.get(host) ?? 0);
    nextStart = at + 1000 / perSecond;
    nextStartByHost.set(host, at + 1000 / perHostPerSecond);
    return at;
  };

  return {
    async run(host, request) {
      await acquire();
      try {
        const delay = reserve(host) - now();
        if (delay > 0) await sleep(delay);
        return await request();
      } finally {
        release();
      }
    },
    holdHost(host, until) {
      nextStartByHost.set(host, Math.max(nextStartByHost.get(host) ?? 0, until));
    },
  };
}
