import type { Migration } from "./all";

// A member's runner list is read from their groups' grants in runner-name order (runner_policies_group_name), so
// a member who sees a few runners of a large org gets a page without walking the org's whole name index. The
// runner's name is kept beside each grant: set when the grant is made, followed when the runner is renamed.
const sql = /* sql */ `
ALTER TABLE runner_policies ADD COLUMN runner_name TEXT NOT NULL DEFAULT '';
UPDATE runner_policies SET runner_name = (SELECT name FROM runners WHERE runners.id = runner_policies.runner_id);
CREATE INDEX runner_policies_group_name ON runner_policies(group_id, runner_name, runner_id, role);
CREATE TRIGGER runner_policies_name_on_insert AFTER INSERT ON runner_policies
BEGIN
  UPDATE runner_policies SET runner_name = (SELECT name FROM runners WHERE id = NEW.runner_id)
  WHERE runner_id = NEW.runner_id AND group_id = NEW.group_id;
END;
CREATE TRIGGER runner_policies_name_on_rename AFTER UPDATE OF name ON runners WHEN NEW.name IS NOT OLD.name
BEGIN
  UPDATE runner_policies SET runner_name = NEW.name WHERE runner_id = NEW.id;
END;
`;

export const policyRunnerNamesMigration: Migration = { name: "policy-runner-names", sql };
