import { useMemo } from "react";
import { useFleetIndex } from "./use-fleet-index";

/** Runner names by ID from the fleet index (every runner, not the first pages), for lists that show a runner column. */
export function useRunnerNames(): ReadonlyMap<string, string> {
  const { rows } = useFleetIndex();
  return useMemo(() => new Map(rows.map((row) => [row.id, row.name])), [rows]);
}
