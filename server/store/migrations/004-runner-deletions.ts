import type { Migration } from "./all";

// Non-force DeleteRunner: the runner stays (phase DELETING) until it acknowledges on its next heartbeat, or, when it
// is not connected, until a short grace period has passed. This table holds the pending deletions.
const sql = /* sql */ `
CREATE TABLE runner_deletions (
  runner_id TEXT PRIMARY KEY REFERENCES runners(id) ON DELETE CASCADE,
  requested_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX runner_deletions_requested ON runner_deletions(requested_ms);
`;

export const runnerDeletionsMigration: Migration = { name: "runner-deletions", sql };
