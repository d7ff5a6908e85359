// The local-only heartbeat of the fake runner: POST {apiPrefix}/local/runner-heartbeat, Bearer <runner access token>.

export const HEARTBEAT_PATH = "/local/runner-heartbeat";

/** A runner that has sent heartbeats goes INACTIVE once the last one is older than this. */
export const STALE_AFTER_MS = 30_000;

/** A runner being deleted (non-force) that is not connected is removed once the request is this old. */
export const DELETE_GRACE_MS = 5_000;

export interface HeartbeatBody {
  version: string;
  region: string;
  /** RunnerCapability names, e.g. "RUNNER_CAPABILITY_FETCH_LOCAL_SCM_INTEGRATIONS". */
  capabilities: string[];
  gateway: { name: string; url: string; region: string };
  latencyMs: number;
  systemDetails: string;
  logUrl: string;
}

export interface HeartbeatReply {
  /** RUNNER_PHASE_ACTIVE; RUNNER_PHASE_INACTIVE while local runners are turned off; RUNNER_PHASE_DELETED: stop. */
  phase: string;
  updatedAt: string;
}
