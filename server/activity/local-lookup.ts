import type { Db } from "../store/db";
import type { Known, TargetLookup, TargetType } from "./targets";

const ENTITY_QUERIES: Record<Exclude<TargetType, "runner" | "policy">, string> = {
  "host token": "SELECT org_id, host AS name, runner_id FROM host_tokens WHERE id = ?",
  "SCM integration": "SELECT org_id, host AS name, runner_id FROM scm_integrations WHERE id = ?",
  "environment class": "SELECT org_id, display_name AS name, runner_id FROM environment_classes WHERE id = ?",
  "LLM integration": "SELECT org_id, endpoint AS name, runner_id FROM llm_integrations WHERE id = ?",
};

interface KnownRow {
  org_id: string;
  name: string;
  runner_id: string;
}

function known(row: KnownRow | undefined): Known | undefined {
  return row ? { orgId: row.org_id, name: row.name, runnerId: row.runner_id } : undefined;
}

/** Local mode: names straight from the store. */
export function localTargetLookup(db: Db): TargetLookup {
  return {
    runner: async (id) =>
      known(db.prepare<[string], KnownRow>("SELECT org_id, name, id AS runner_id FROM runners WHERE id = ?").get(id)),
    group: async (id) =>
      known(db.prepare<[string], KnownRow>("SELECT org_id, name, '' AS runner_id FROM groups WHERE id = ?").get(id)),
    entity: async (type, id) => known(db.prepare<[string], KnownRow>(ENTITY_QUERIES[type]).get(id)),
  };
}
