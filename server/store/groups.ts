import type { Db } from "./db";
import { after, and, inList, type SqlCondition } from "./sql";

export interface GroupRow {
  id: string;
  org_id: string;
  name: string;
  description: string;
  system_managed: number;
  direct_share: number;
  created_at: string;
  updated_at: string;
  member_count: number;
}

export function insertGroup(
  db: Db,
  g: {
    id: string;
    orgId: string;
    name: string;
    description: string;
    createdAt: Date;
    systemManaged?: boolean;
  },
): void {
  db.prepare(
    `INSERT INTO groups (id, org_id, name, description, system_managed, direct_share, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 0, ?, ?)`,
  ).run(
    g.id,
    g.orgId,
    g.name,
    g.description,
    g.systemManaged ? 1 : 0,
    g.createdAt.toISOString(),
    g.createdAt.toISOString(),
  );
}

export function addGroupMember(db: Db, groupId: string, userId: string): void {
  db.prepare("INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)").run(groupId, userId);
}

export function groupExists(db: Db, orgId: string, groupId: string): boolean {
  return db.prepare("SELECT 1 FROM groups WHERE id = ? AND org_id = ?").get(groupId, orgId) !== undefined;
}

export interface GroupListQuery {
  orgId: string;
  search: string;
  groupIds: string[];
  systemManaged: boolean | undefined;
  directShare: boolean | undefined;
  /** Leaves out groups that already have a policy on this runner. */
  excludeRunnerId: string | undefined;
  cursor: unknown[] | undefined;
  limit: number;
}

/** Groups in (name, id) order (index groups_org_name). */
export function listGroupRows(db: Db, q: GroupListQuery): GroupRow[] {
  const conditions: SqlCondition[] = [
    { sql: "g.org_id = ?", params: [q.orgId] },
    inList("g.id", q.groupIds),
    after(["g.name", "g.id"], q.cursor),
  ];
  if (q.search) conditions.push({ sql: "instr(lower(g.name), lower(?)) > 0", params: [q.search] });
  if (q.systemManaged !== undefined)
    conditions.push({ sql: "g.system_managed = ?", params: [q.systemManaged ? 1 : 0] });
  if (q.directShare !== undefined)
    conditions.push({ sql: "g.direct_share = ?", params: [q.directShare ? 1 : 0] });
  if (q.excludeRunnerId) {
    conditions.push({
      sql: "NOT EXISTS (SELECT 1 FROM runner_policies rp WHERE rp.runner_id = ? AND rp.group_id = g.id)",
      params: [q.excludeRunnerId],
    });
  }
  const where = and(conditions);
  return db
    .prepare<unknown[], GroupRow>(
      `SELECT g.*, (SELECT COUNT(*) FROM group_members gm WHERE gm.group_id = g.id) AS member_count
       FROM groups g WHERE ${where.sql} ORDER BY g.name, g.id LIMIT ?`,
    )
    .all(...where.params, q.limit);
}
