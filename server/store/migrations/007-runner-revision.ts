import type { Migration } from "./all";

// Every write to a runner row gives it a new revision, unique in the database (never reused, even for a runner
// deleted and created again with the same id), so a runner's wire form can be cached under (id, revision).
// Everything the wire form shows lives in the runners row itself (spec, status, secrets' mask, public key).
const sql = /* sql */ `
ALTER TABLE runners ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
CREATE TABLE runner_revision_counter (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last INTEGER NOT NULL
);
UPDATE runners SET revision = rowid;
INSERT INTO runner_revision_counter (id, last) VALUES (1, (SELECT coalesce(max(rowid), 0) FROM runners));
CREATE TRIGGER runners_revision_on_insert AFTER INSERT ON runners
BEGIN
  UPDATE runner_revision_counter SET last = last + 1 WHERE id = 1;
  UPDATE runners SET revision = (SELECT last FROM runner_revision_counter WHERE id = 1) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER runners_revision_on_update AFTER UPDATE ON runners WHEN NEW.revision = OLD.revision
BEGIN
  UPDATE runner_revision_counter SET last = last + 1 WHERE id = 1;
  UPDATE runners SET revision = (SELECT last FROM runner_revision_counter WHERE id = 1) WHERE rowid = NEW.rowid;
END;
`;

export const runnerRevisionMigration: Migration = { name: "runner-revision", sql };
