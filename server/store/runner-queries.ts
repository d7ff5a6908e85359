import type { Db } from "./db";
import type { RunnerRow } from "./runners";
import { after, and, inList, type SqlCondition } from "./sql";
import { prepared } from "./statements";

export interface RunnerListQuery {
  /** Which runners the caller may see (from auth/permissions runnerVisibility, on columns id / org_id). */
  visibility: SqlCondition;
  /** A member's groups (auth/permissions memberGrantGroups): the page is read from their grants instead. */
  grants?: { orgId: string; groupIds: readonly string[] } | undefined;
  kinds: number[];
  providers: number[];
  creatorIds: string[];
  cursor: unknown[] | undefined;
  limit: number;
}

/** What a page needs to know of a runner before its wire form: the sort key and the cache key. */
export type RunnerRef = Pick<RunnerRow, "id" | "name" | "revision">;

function filters(q: RunnerListQuery, prefix: string): SqlCondition[] {
  return [inList(`${prefix}kind`, q.kinds), inList(`${prefix}provider`, q.providers), inList(`${prefix}creator_id`, q.creatorIds)];
}

/**
 * The page's (name, id) in order after the cursor (org-wide with the revision too). Org-wide: the
 * runners_org_{name,kind,provider,creator} index.
 * A member: each group's grants in runner-name order (runner_policies_group_name), merged by UNION (which also
 * drops a runner granted to two of their groups), so only the grants are walked, never the whole org.
 */
export function runnerListSql(q: RunnerListQuery): { sql: string; params: unknown[] } {
  if (!q.grants) {
    const where = and([q.visibility, ...filters(q, ""), after(["name", "id"], q.cursor)]);
    return { sql: `SELECT name, id, revision FROM runners WHERE ${where.sql} ORDER BY name, id LIMIT ?`, params: [...where.params, q.limit] };
  }
  const { orgId } = q.grants;
  const branches = q.grants.groupIds.map((groupId) =>
    and([
      { sql: "rp.group_id = ? AND rp.role > 0 AND r.org_id = ?", params: [groupId, orgId] },
      ...filters(q, "r."),
      after(["rp.runner_name", "rp.runner_id"], q.cursor),
    ]),
  );
  const sql = branches
    .map((where) => `SELECT rp.runner_name AS name, rp.runner_id AS id FROM runner_policies rp JOIN runners r ON r.id = rp.runner_id WHERE ${where.sql}`)
    .join(" UNION ");
  return { sql: `${sql} ORDER BY name, id LIMIT ?`, params: [...branches.flatMap((where) => where.params), q.limit] };
}

type PageKey = Pick<RunnerRow, "name" | "id"> & { revision?: number };

function pageKeys(db: Db, q: RunnerListQuery): PageKey[] {
  if (q.grants && q.grants.groupIds.length === 0) return [];
  const { sql, params } = runnerListSql(q);
  return prepared<unknown[], PageKey>(db, sql).all(...params);
}

/** Runners in (name, id) order after the cursor, whole rows. */
export function listRunnerRows(db: Db, q: RunnerListQuery): RunnerRow[] {
  const keys = pageKeys(db, q);
  return inOrder(keys, runnerRowsByIds(db, keys.map((key) => key.id)));
}

/** The same page as listRunnerRows, only ids, names and revisions (the wire forms come from runner-wire.ts). */
export function listRunnerRefs(db: Db, q: RunnerListQuery): RunnerRef[] {
  const keys = pageKeys(db, q);
  const missing = keys.filter((key) => key.revision === undefined).map((key) => key.id);
  if (missing.length === 0) return keys.map(({ name, id, revision }) => ({ name, id, revision: revision ?? 0 }));
  const list = inList("id", missing);
  const refs = prepared<unknown[], RunnerRef>(db, `SELECT id, name, revision FROM runners WHERE ${list.sql}`).all(...list.params);
  return inOrder(keys, refs);
}

function inOrder<T extends { id: string }>(keys: ReadonlyArray<{ id: string }>, rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return keys.flatMap((key) => byId.get(key.id) ?? []);
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
