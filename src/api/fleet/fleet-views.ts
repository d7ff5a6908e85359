// Pure views over the fleet index's rows: search, status filter, sort and counts. Each is one pass (or one sort)
// over plain fields, so they stay fast at 100,000 rows and are easy to test.
import type { RunnerStatusName, SortDirection, SortKey } from "./fleet-params";
import { isOutdated } from "../../lib/versions";
import { runnerStatus } from "./runner-status";
import type { RunnerSummary } from "./runner-summary";

export interface FleetFilter {
  /** Case-insensitive substring of the name; blank matches every runner. */
  text?: string;
  /** Only runners shown with one of these statuses; empty or undefined matches every runner. */
  statuses?: readonly RunnerStatusName[];
  /** Only runners reporting exactly this version ("" or undefined: any). */
  version?: string;
  /** Only runners reporting a version behind this one (the newest in the fleet: "outdated"). */
  olderThan?: string;
}

/** The rows that pass the filter, in their order (the input itself when nothing filters). */
export function filterRunners(rows: readonly RunnerSummary[], filter: FleetFilter, nowMs: number): readonly RunnerSummary[] {
  const needle = (filter.text ?? "").trim().toLowerCase();
  const statuses = filter.statuses && filter.statuses.length > 0 ? new Set(filter.statuses) : undefined;
  const version = filter.version ?? "";
  const olderThan = filter.olderThan ?? "";
  if (!needle && !statuses && !version && !olderThan) return rows;
  const result: RunnerSummary[] = [];
  for (const row of rows) {
    if (needle && !row.searchKey.includes(needle)) continue;
    if (statuses && !statuses.has(runnerStatus(row, nowMs))) continue;
    if (version && row.version !== version) continue;
    if (olderThan && !isOutdated(row.version, olderThan)) continue;
    result.push(row);
  }
  return result;
}


/** Status order when sorting by status: what needs a look first. */
const statusRank: Record<RunnerStatusName, number> = { degraded: 0, stale: 1, inactive: 2, created: 3, deleting: 4, active: 5, deleted: 6, unknown: 7 };

const byName = (a: RunnerSummary, b: RunnerSummary) => (a.searchKey < b.searchKey ? -1 : a.searchKey > b.searchKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Versions are few and repeat across thousands of runners: each is parsed once.
const versionOrder = new Map<string, string>();
function versionKey(version: string): string {
  let key = versionOrder.get(version);
  if (key === undefined) {
    if (versionOrder.size > 10_000) versionOrder.clear();
    // Numeric parts as fixed-width text, so plain string order is version order ("2025.10" after "2025.9").
    key = (version.match(/\d+/g) ?? []).map((part) => part.padStart(12, "0")).join(".");
    versionOrder.set(version, key);
  }
  return key;
}
const byVersion = (a: RunnerSummary, b: RunnerSummary) => {
  const left = versionKey(a.version);
  const right = versionKey(b.version);
  return left < right ? -1 : left > right ? 1 : 0;
};

/** The order of a sort; ties fall back to the name, so the order is stable across refreshes. */
function comparator(key: SortKey, direction: SortDirection, nowMs: number): (a: RunnerSummary, b: RunnerSummary) => number {
  const sign = direction === "asc" ? 1 : -1;
  if (key === "name") return (a, b) => sign * byName(a, b);
  if (key === "version") return (a, b) => sign * byVersion(a, b) || byName(a, b);
  if (key === "lastSeen") return (a, b) => sign * (a.lastSeenMs - b.lastSeenMs) || byName(a, b);
  return (a, b) => sign * (statusRank[runnerStatus(a, nowMs)] - statusRank[runnerStatus(b, nowMs)]) || byName(a, b);
}

/** A sorted copy. Runners without a version or never seen sort first (ascending). */
export function sortRunners(rows: readonly RunnerSummary[], key: SortKey, direction: SortDirection, nowMs: number): RunnerSummary[] {
  return [...rows].sort(comparator(key, direction, nowMs));
}

/**
 * `sorted` (already in this order) with `added` merged in: while the index grows, each update costs one pass
 * instead of a full sort of every runner.
 */
export function mergeSorted(
  sorted: readonly RunnerSummary[],
  added: readonly RunnerSummary[],
  key: SortKey,
  direction: SortDirection,
  nowMs: number,
): RunnerSummary[] {
  const compare = comparator(key, direction, nowMs);
  const incoming = [...added].sort(compare);
  const result: RunnerSummary[] = [];
  let j = 0;
  for (const left of sorted) {
    let right = incoming[j];
    while (right !== undefined && compare(right, left) < 0) {
      result.push(right);
      right = incoming[++j];
    }
    result.push(left);
  }
  result.push(...incoming.slice(j));
  return result;
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
