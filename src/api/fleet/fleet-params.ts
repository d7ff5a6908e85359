// Names the fleet views share with URL search params. No generated code here: route validateSearch imports this
// and stays in the entry chunk (see src/lib/search-params.ts).

/**
 * The one status vocabulary of the console: the runner's phase, except that an ACTIVE runner whose last
 * heartbeat is too old shows as "stale" (its "Active" is no longer true).
 */
export const RUNNER_STATUS_NAMES = ["active", "stale", "degraded", "inactive", "created", "deleting", "deleted", "unknown"] as const;
export type RunnerStatusName = (typeof RUNNER_STATUS_NAMES)[number];

export const runnerStatusLabels: Record<RunnerStatusName, string> = {
  active: "Active",
  stale: "Stale",
  degraded: "Degraded",
  inactive: "Inactive",
  created: "Created",
  deleting: "Deleting",
  deleted: "Deleted",
  unknown: "Unknown",
};

export const SORT_KEYS = ["name", "status", "version", "lastSeen"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Runner kinds and providers as the runners list's URL names them. */
export const KIND_NAMES = ["local", "remote", "local-configuration"] as const;
export const PROVIDER_NAMES = ["aws-ec2", "gcp", "linux-host", "desktop-mac", "dev-agent", "managed"] as const;
export type KindName = (typeof KIND_NAMES)[number];
export type ProviderName = (typeof PROVIDER_NAMES)[number];
