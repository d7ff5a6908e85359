import type { Db } from "../store/db";
import { and, type SqlCondition } from "../store/sql";
import type { ActivityChange } from "./changes";

export interface ActivityRow {
  seq: number;
  at_ms: number;
  org_id: string;
  subject_id: string;
  subject_name: string;
  rpc: string;
  runner_id: string;
  runner_name: string;
  target_type: string;
  target_id: string;
  target_name: string;
  outcome: string;
  error_message: string;
  changes: string;
}

export interface NewActivity {
  atMs: number;
  orgId: string;
  subjectId: string;
  subjectName: string;
  rpc: string;
  runnerId: string;
  runnerName: string;
  targetType: string;
  targetId: string;
  targetName: string;
  outcome: string;
  errorMessage: string;
  changes: ActivityChange[];
}

export function insertActivity(db: Db, record: NewActivity): number {
  const result = db
    .prepare(
      `INSERT INTO activity (at_ms, org_id, subject_id, subject_name, rpc, runner_id, runner_name, target_type,
        target_id, target_name, outcome, error_message, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.atMs,
      record.orgId,
      record.subjectId,
      record.subjectName,
      record.rpc,
      record.runnerId,
      record.runnerName,
      record.targetType,
      record.targetId,
      record.targetName,
      record.outcome,
      record.errorMessage,
      JSON.stringify(record.changes),
    );
  return Number(result.lastInsertRowid);
}

export interface ActivityQuery {
  orgId: string;
  /** Members see their own records only. */
  subjectId?: string | undefined;
  runnerId?: string | undefined;
  rpc?: string | undefined;
  /** "ok", "failed" or one Connect code. */
  outcome?: string | undefined;
  sinceMs?: number | undefined;
  untilMs?: number | undefined;
  /** Newest first: rows strictly older than this (at_ms, seq). */
  before?: [number, number] | undefined;
  limit: number;
}

function equals(column: string, value: string | undefined): SqlCondition {
  return value ? { sql: `${column} = ?`, params: [value] } : { sql: "", params: [] };
}

export function activityWhere(query: Omit<ActivityQuery, "limit" | "before">): SqlCondition {
  const outcome: SqlCondition =
    query.outcome === "failed" ? { sql: "outcome <> 'ok'", params: [] } : equals("outcome", query.outcome);
  return and([
    { sql: "org_id = ?", params: [query.orgId] },
    equals("subject_id", query.subjectId),
    equals("runner_id", query.runnerId),
    equals("rpc", query.rpc),
    outcome,
    query.sinceMs !== undefined ? { sql: "at_ms >= ?", params: [query.sinceMs] } : { sql: "", params: [] },
    query.untilMs !== undefined ? { sql: "at_ms < ?", params: [query.untilMs] } : { sql: "", params: [] },
  ]);
}

export function listActivity(db: Db, query: ActivityQuery): ActivityRow[] {
  const where = and([
    activityWhere(query),
    query.before ? { sql: "(at_ms, seq) < (?, ?)", params: query.before } : { sql: "", params: [] },
  ]);
  return db
    .prepare<Array<string | number>, ActivityRow>(
      `SELECT * FROM activity WHERE ${where.sql} ORDER BY at_ms DESC, seq DESC LIMIT ?`,
    )
    .all(...where.params, query.limit);
}

/** The people who appear in the records a caller may see (for the "user" filter). */
export function activitySubjects(db: Db, orgId: string, subjectId: string | undefined): Array<{ id: string; name: string }> {
  const where = and([{ sql: "org_id = ?", params: [orgId] }, equals("subject_id", subjectId)]);
  return db
    .prepare<Array<string | number>, { id: string; name: string }>(
      // SQLite takes the bare columns from the MAX(seq) row: each person under their latest name.
      `SELECT subject_id AS id, subject_name AS name, MAX(seq) AS latest FROM activity WHERE ${where.sql}
       GROUP BY subject_id ORDER BY name, id`,
    )
    .all(...where.params);
}

/** Retention: deletes records older than the cut-off; returns how many went. */
export function pruneActivity(db: Db, olderThanMs: number): number {
  return db.prepare("DELETE FROM activity WHERE at_ms < ?").run(olderThanMs).changes;
}
