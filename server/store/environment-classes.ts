import type { FieldValue } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import type { Db } from "./db";
import { after, and, inList, type SqlCondition } from "./sql";

export interface EnvironmentClassRow {
  id: string;
  org_id: string;
  runner_id: string;
  display_name: string;
  description: string;
  configuration: string;
  enabled: number;
  created_at: string;
  updated_at: string;
}

export interface NewEnvironmentClass {
  id: string;
  orgId: string;
  runnerId: string;
  displayName: string;
  description: string;
  configuration: Array<{ key: string; value: string }>;
  enabled: boolean;
  createdAt: Date;
}

export function insertEnvironmentClass(db: Db, c: NewEnvironmentClass): void {
  db.prepare(
    `INSERT INTO environment_classes (id, org_id, runner_id, display_name, description, configuration, enabled, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.id,
    c.orgId,
    c.runnerId,
    c.displayName,
    c.description,
    JSON.stringify(c.configuration.map(({ key, value }) => ({ key, value }))),
    c.enabled ? 1 : 0,
    c.createdAt.toISOString(),
    c.createdAt.toISOString(),
  );
}

export function getEnvironmentClassRow(db: Db, id: string): EnvironmentClassRow | undefined {
  return db.prepare<[string], EnvironmentClassRow>("SELECT * FROM environment_classes WHERE id = ?").get(id);
}

export function updateEnvironmentClassRow(
  db: Db,
  id: string,
  changes: { displayName: string; description: string; enabled: boolean; updatedAt: Date },
): void {
  db.prepare(
    "UPDATE environment_classes SET display_name = ?, description = ?, enabled = ?, updated_at = ? WHERE id = ?",
  ).run(
    changes.displayName,
    changes.description,
    changes.enabled ? 1 : 0,
    changes.updatedAt.toISOString(),
    id,
  );
}

export function configurationOf(row: EnvironmentClassRow): Array<Pick<FieldValue, "key" | "value">> {
  const parsed: unknown = JSON.parse(row.configuration);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((item: unknown) =>
    typeof item === "object" &&
    item !== null &&
    "key" in item &&
    "value" in item &&
    typeof item.key === "string" &&
    typeof item.value === "string"
      ? [{ key: item.key, value: item.value }]
      : [],
  );
}

export interface EnvironmentClassListQuery {
  /** Runners the caller can see (auth/permissions runnerVisibility on r.id / r.org_id). */
  visibility: SqlCondition;
  runnerIds: string[];
  enabled: boolean | undefined;
  /** true: only classes the caller can create environments with now; false: only those it cannot. */
  canCreateEnvironments: boolean | undefined;
  runnerKinds: number[];
  runnerProviders: number[];
  cursor: unknown[] | undefined;
  limit: number;
}

/** Classes in (display_name, id) order; indexes environment_classes_{org,runner,org_enabled}_name. */
export function listEnvironmentClassRows(db: Db, q: EnvironmentClassListQuery): EnvironmentClassRow[] {
  const conditions: SqlCondition[] = [
    q.visibility,
    inList("ec.runner_id", q.runnerIds),
    inList("r.kind", q.runnerKinds),
    inList("r.provider", q.runnerProviders),
    after(["ec.display_name", "ec.id"], q.cursor),
  ];
  if (q.enabled !== undefined) conditions.push({ sql: "ec.enabled = ?", params: [q.enabled ? 1 : 0] });
  // Visibility already limits to runners the caller may use, so "can create" is "the class is enabled";
  // false asks for the complement among the visible classes: the ones that cannot be used now.
  if (q.canCreateEnvironments !== undefined) {
    conditions.push({ sql: "ec.enabled = ?", params: [q.canCreateEnvironments ? 1 : 0] });
  }
  const where = and(conditions);
  return db
    .prepare<unknown[], EnvironmentClassRow>(
      `SELECT ec.* FROM environment_classes ec JOIN runners r ON r.id = ec.runner_id
       WHERE ${where.sql} ORDER BY ec.display_name, ec.id LIMIT ?`,
    )
    .all(...where.params, q.limit);
}
