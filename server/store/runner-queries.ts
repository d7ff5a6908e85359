import type { Db } from "./db";
import type { RunnerRow } from "./runners";
import { after, and, inList, type SqlCondition } from "./sql";
import { prepared } from "./statements";

export interface RunnerListQuery {
  /** Which runners the caller may see (from auth/permissions runnerVisibility, on columns id / org_id). */
  visibility: SqlCondition;
  kinds: number[];
  providers: number[];
  creatorIds: string[];
  cursor: unknown[] | undefined;
  limit: number;
}

/** What a page needs to know of a runner before its wire form: the sort key and the cache key. */
export type RunnerRef = Pick<RunnerRow, "id" | "name" | "revision">;

/** The page query over `columns` (exported for the EXPLAIN tests). */
export function runnerListSql(columns: string, q: RunnerListQuery): { sql: string; params: unknown[] } {
  const where = and([
    q.visibility,
    inList("kind", q.kinds),
    inList("provider", q.providers),
    inList("creator_id", q.creatorIds),
    after(["name", "id"], q.cursor),
  ]);
  return { sql: `SELECT ${columns} FROM runners WHERE ${where.sql} ORDER BY name, id LIMIT ?`, params: [...where.params, q.limit] };
}

/** Runners in (name, id) order after the cursor; indexes runners_org_{name,kind,provider,creator}. */
export function listRunnerRows(db: Db, q: RunnerListQuery): RunnerRow[] {
  const { sql, params } = runnerListSql("*", q);
  return prepared<unknown[], RunnerRow>(db, sql).all(...params);
}

/** The same page as listRunnerRows, only ids, names and revisions (the wire forms come from runner-wire.ts). */
export function listRunnerRefs(db: Db, q: RunnerListQuery): RunnerRef[] {
  const { sql, params } = runnerListSql("id, name, revision", q);
  return prepared<unknown[], RunnerRef>(db, sql).all(...params);
}

/** Full rows by id, in no particular order. */
export function runnerRowsByIds(db: Db, ids: readonly string[]): RunnerRow[] {
  if (ids.length === 0) return [];
  const list = inList("id", ids);
  return prepared<unknown[], RunnerRow>(db, `SELECT * FROM runners WHERE ${list.sql}`).all(...list.params);
}

export function runnerSortKey(row: { name: string; id: string }): unknown[] {
  return [row.name, row.id];
}
