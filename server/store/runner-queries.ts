import type { Db } from "./db";
import type { RunnerRow } from "./runners";
import { after, and, inList, type SqlCondition } from "./sql";

export interface RunnerListQuery {
  /** Which runners the caller may see (from auth/permissions runnerVisibility, on columns id / org_id). */
  visibility: SqlCondition;
  kinds: number[];
  providers: number[];
  creatorIds: string[];
  cursor: unknown[] | undefined;
  limit: number;
}

/** Runners in (name, id) order after the cursor; indexes runners_org_{name,kind,provider,creator}. */
export function listRunnerRows(db: Db, q: RunnerListQuery): RunnerRow[] {
  const where = and([
    q.visibility,
    inList("kind", q.kinds),
    inList("provider", q.providers),
    inList("creator_id", q.creatorIds),
    after(["name", "id"], q.cursor),
  ]);
  return db
    .prepare<unknown[], RunnerRow>(`SELECT * FROM runners WHERE ${where.sql} ORDER BY name, id LIMIT ?`)
    .all(...where.params, q.limit);
}

export function runnerSortKey(row: { name: string; id: string }): unknown[] {
  return [row.name, row.id];
}
