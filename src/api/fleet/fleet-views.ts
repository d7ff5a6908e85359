// Pure views over the fleet index's rows: search, status filter, sort and counts. Each is one pass (or one sort)
// over plain fields, so they stay fast at 100,000 rows and are easy to test.
import { compareVersions } from "../../lib/versions";
import type { RunnerStatusName, SortDirection, SortKey } from "./fleet-params";
import { runnerStatus } from "./runner-status";
import type { RunnerSummary } from "./runner-summary";

export interface FleetFilter {
  /** Case-insensitive substring of the name; blank matches every runner. */
  text?: string;
  /** Only runners shown with one of these statuses; empty or undefined matches every runner. */
  statuses?: readonly RunnerStatusName[];
}

export function filterRunners(rows: readonly RunnerSummary[], filter: FleetFilter, nowMs: number): RunnerSummary[] {
  const needle = (filter.text ?? "").trim().toLowerCase();
  const statuses = filter.statuses && filter.statuses.length > 0 ? new Set(filter.statuses) : undefined;
  if (!needle && !statuses) return [...rows];
  const result: RunnerSummary[] = [];
  for (const row of rows) {
    if (needle && !row.searchKey.includes(needle)) continue;
    if (statuses && !statuses.has(runnerStatus(row, nowMs))) continue;
    result.push(row);
  }
  return result;
}


/** Status order when sorting by status: what needs a look first. */
const statusRank: Record<RunnerStatusName, number> = { degraded: 0, stale: 1, inactive: 2, created: 3, deleting: 4, active: 5, deleted: 6, unknown: 7 };

const byName = (a: RunnerSummary, b: RunnerSummary) => (a.searchKey < b.searchKey ? -1 : a.searchKey > b.searchKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A sorted copy. Ties fall back to the name, so the order is stable across refreshes. Versions are ranked once
 * (there are few distinct ones) instead of parsed in every comparison.
 */
export function sortRunners(rows: readonly RunnerSummary[], key: SortKey, direction: SortDirection, nowMs: number): RunnerSummary[] {
  const sign = direction === "asc" ? 1 : -1;
  if (key === "name") return [...rows].sort((a, b) => sign * byName(a, b));
  let primary: (row: RunnerSummary) => number;
  if (key === "status") {
    primary = (row) => statusRank[runnerStatus(row, nowMs)];
  } else if (key === "version") {
    const ranks = versionRanks(rows);
    primary = (row) => ranks.get(row.version) ?? -1;
  } else {
    primary = (row) => row.lastSeenMs;
  }
  // Keys computed once per row, not once per comparison.
  const decorated = rows.map((row) => ({ key: primary(row), row }));
  decorated.sort((a, b) => sign * (a.key - b.key) || byName(a.row, b.row));
  return decorated.map((entry) => entry.row);
}

/** Each distinct version's place in ascending version order (runners without a version sort first). */
function versionRanks(rows: readonly RunnerSummary[]): Map<string, number> {
  const distinct = [...new Set(rows.map((row) => row.version))].sort((a, b) => (!a ? -1 : !b ? 1 : compareVersions(a, b)));
  return new Map(distinct.map((version, index) => [version, index]));
}

export function countBy<K>(rows: readonly RunnerSummary[], key: (row: RunnerSummary) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) {
    const k = key(row);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function countByStatus(rows: readonly RunnerSummary[], nowMs: number): Map<RunnerStatusName, number> {
  return countBy(rows, (row) => runnerStatus(row, nowMs));
}
