// bench:api's member case: a member of the demo org whose only group is granted USER on 1% of the bulk runners
// (every 100th by name), so the runners they may see are spread thinly over the whole list.
import { RunnerRole } from "../../src/gen/gitpod/v1/runner_pb";
import type { ServerContext } from "../../server/context";
import { addGroupMember, insertGroup } from "../../server/store/groups";
import { seededId } from "../../server/store/ids";
import { insertPolicy } from "../../server/store/policies";
import { addApiToken, insertUser } from "../../server/store/users";
import type { DemoIds } from "../../server/seed/ids";

export const SPARSE_MEMBER_TOKEN = "bench-sparse-member-token-0123456789";
const SHARE_EVERY = 100;

/** Adds the member and their grants; returns how many runners they may see. */
export function seedSparseMember(ctx: ServerContext, ids: DemoIds, seed: string): number {
  const now = ctx.now();
  const userId = seededId(seed, "user:bench-sparse-member");
  const groupId = seededId(seed, "group:bench-one-percent");
  const runnerIds = ctx.db
    .prepare<[string], { id: string }>("SELECT id FROM runners WHERE org_id = ? AND name LIKE 'bulk-%' ORDER BY name, id")
    .all(ids.orgId)
    .map((row) => row.id)
    .filter((_id, i) => i % SHARE_EVERY === SHARE_EVERY / 2);
  ctx.db.transaction(() => {
    insertUser(ctx.db, { id: userId, orgId: ids.orgId, displayName: "Sparse Member", orgRole: "member", createdAt: now });
    insertGroup(ctx.db, { id: groupId, orgId: ids.orgId, name: "One percent", description: "bench:api", createdAt: now });
    addGroupMember(ctx.db, groupId, userId);
    addApiToken(ctx.db, userId, SPARSE_MEMBER_TOKEN, "bench", now);
    for (const runnerId of runnerIds) insertPolicy(ctx.db, { runnerId, groupId, role: RunnerRole.USER, createdAt: now });
  })();
  return runnerIds.length;
}
