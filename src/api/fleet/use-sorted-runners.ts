import { useMemo, useRef } from "react";
import type { SortDirection, SortKey } from "./fleet-params";
import type { FleetSnapshot } from "./fleet-index";
import { mergeSorted, sortRunners } from "./fleet-views";
import type { RunnerSummary } from "./runner-summary";

interface Sorted {
  rows: readonly RunnerSummary[];
  generation: number;
  order: string;
  sorted: RunnerSummary[];
}

/**
 * The index's rows in the given order. While the index only grows (same generation), the rows added since the
 * last update are merged in: one pass per update instead of a full sort of 100,000 runners.
 */
export function useSortedRunners(snapshot: Pick<FleetSnapshot, "rows" | "generation">, key: SortKey, direction: SortDirection, nowMs: number): readonly RunnerSummary[] {
  const last = useRef<Sorted | undefined>(undefined);
  const { rows, generation } = snapshot;
  return useMemo(() => {
    const order = `${key}:${direction}:${nowMs}`;
    const previous = last.current;
    const sorted =
      previous && previous.generation === generation && previous.order === order && rows.length >= previous.rows.length && rows[0] === previous.rows[0]
        ? rows.length === previous.rows.length
          ? previous.sorted
          : mergeSorted(previous.sorted, rows.slice(previous.rows.length), key, direction, nowMs)
        : sortRunners(rows, key, direction, nowMs);
    last.current = { rows, generation, order, sorted };
    return sorted;
  }, [rows, generation, key, direction, nowMs]);
}
