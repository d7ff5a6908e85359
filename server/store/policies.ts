import type { Db } from "./db";
import { after, and } from "./sql";
import { prepared } from "./statements";

export interface PolicyRow {
  runner_id: string;
  group_id: string;
  role: number;
  created_at: string;
}

export function getPolicy(db: Db, runnerId: string, groupId: string): PolicyRow | undefined {
  return db
    .prepare<[string, string], PolicyRow>(
      "SELECT * FROM runner_policies WHERE runner_id = ? AND group_id = ?",
    )
    .get(runnerId, groupId);
}

/** Policies of a runner in group_id order (primary key order) after the cursor. */
export function listPolicies(
  db: Db,
  runnerId: string,
  cursor: unknown[] | undefined,
  limit: number,
): PolicyRow[] {
  const where = and([{ sql: "runner_id = ?", params: [runnerId] }, after(["group_id"], cursor)]);
  return db
    .prepare<unknown[], PolicyRow>(
      `SELECT * FROM runner_policies WHERE ${where.sql} ORDER BY group_id LIMIT ?`,
    )
    .all(...where.params, limit);
}

export function insertPolicy(
  db: Db,
  p: { runnerId: string; groupId: string; role: number; createdAt: Date },
): void {
  db.prepare("INSERT INTO runner_policies (runner_id, group_id, role, created_at) VALUES (?, ?, ?, ?)").run(
    p.runnerId,
    p.groupId,
    p.role,
    p.createdAt.toISOString(),
  );
}

export function setPolicyRole(db: Db, runnerId: string, groupId: string, role: number): void {
  db.prepare("UPDATE runner_policies SET role = ? WHERE runner_id = ? AND group_id = ?").run(
    role,
    runnerId,
    groupId,
  );
}

export function deletePolicy(db: Db, runnerId: string, groupId: string): boolean {
  return (
    db.prepare("DELETE FROM runner_policies WHERE runner_id = ? AND group_id = ?").run(runnerId, groupId)
      .changes > 0
  );
}

/** The strongest role a user holds on a runner through group policies (ADMIN = 1 beats USER = 2), if any. */
export function userRunnerRole(db: Db, userId: string, runnerId: string): number | undefined {
  const row = prepared<[string, string], { role: number | null }>(
    db,
    `SELECT MIN(rp.role) AS role FROM runner_policies rp
     JOIN group_members gm ON gm.group_id = rp.group_id
     WHERE gm.user_id = ? AND rp.runner_id = ? AND rp.role > 0`,
  ).get(userId, runnerId);
  return row?.role ?? undefined;
}
