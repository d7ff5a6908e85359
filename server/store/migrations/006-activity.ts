import type { Migration } from "./all";

// The activity log: one row per mutating RPC that passed through this console (local and proxy mode). No foreign
// keys: a record outlives the runner, user or integration it names. Newest first by (at_ms, seq).
const sql = /* sql */ `
CREATE TABLE activity (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at_ms INTEGER NOT NULL,
  org_id TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  subject_name TEXT NOT NULL,
  rpc TEXT NOT NULL,
  runner_id TEXT NOT NULL DEFAULT '',
  runner_name TEXT NOT NULL DEFAULT '',
  target_type TEXT NOT NULL DEFAULT '',
  target_id TEXT NOT NULL DEFAULT '',
  target_name TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL,
  error_message TEXT NOT NULL DEFAULT '',
  changes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX activity_org_time ON activity(org_id, at_ms, seq);
CREATE INDEX activity_org_subject_time ON activity(org_id, subject_id, at_ms, seq);
CREATE INDEX activity_org_runner_time ON activity(org_id, runner_id, at_ms, seq);
CREATE INDEX activity_time ON activity(at_ms);
`;

export const activityMigration: Migration = { name: "activity", sql };
