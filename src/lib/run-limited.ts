export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface RunLimitedOptions<T, R> {
  /** At most this many calls in flight. */
  limit: number;
  /** Called as each item settles, in the order they settle. */
  onSettled?: (item: T, result: Settled<R>) => void;
  /** Called as each item starts. */
  onStart?: (item: T) => void;
  /** Once aborted no new item starts; those in flight finish. */
  signal?: AbortSignal;
}

/**
 * Calls `work` for every item with at most `limit` in flight; one failure does not stop the others. Resolves
 * with each started item's result once all have settled (items not started after an abort are left out).
 */
export async function runLimited<T, R>(items: readonly T[], work: (item: T) => Promise<R>, options: RunLimitedOptions<T, R>): Promise<Map<T, Settled<R>>> {
  const limit = Math.max(1, Math.floor(options.limit));
  const results = new Map<T, Settled<R>>();
  // Every lane takes its next item from the one shared iterator.
  const queue = items.values();
  const lane = async () => {
    while (!options.signal?.aborted) {
      const step = queue.next();
      if (step.done) return;
      const item = step.value;
      options.onStart?.(item);
      let result: Settled<R>;
      try {
        result = { ok: true, value: await work(item) };
      } catch (error) {
        result = { ok: false, error };
      }
      results.set(item, result);
      options.onSettled?.(item, result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
