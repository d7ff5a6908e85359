// Which plan a member's runner list gets: few grants → read from the grants (no walk of the org's name index);
// many → the name index walked with a per-row grant check, which stops after a page (no sort).
import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { ListRunnersRequestSchema, RunnerRole } from "../../src/gen/gitpod/v1/runner_pb";
import { FEW_GRANTS } from "../auth/permissions";
import type { UserPrincipal } from "../auth/principal";
import type { ServerContext } from "../context";
import { addGroupMember, insertGroup } from "../store/groups";
import { listRunnerRefs, runnerListSql } from "../store/runner-queries";
import { newId } from "../store/ids";
import { userPrincipal } from "../store/users";
import { addTestUser, createTestContext } from "../testing";
import { runnerListQuery } from "./runner-read-requests";

/** A member whose one group holds USER on `grants` new runners among `others` ungranted ones (bare rows). */
function memberWithGrants(ctx: ServerContext, orgId: string, grants: number, others: number): UserPrincipal {
  const groupId = newId();
  const { userId } = addTestUser(ctx, { displayName: "Granted" });
  const now = ctx.now().toISOString();
  const runner = ctx.db.prepare(
    `INSERT INTO runners (id, org_id, name, kind, provider, creator_id, creator_principal, created_at, updated_at, spec, status, public_key, private_key)
     VALUES (?, ?, ?, 1, 1, 'c', 1, ?, ?, x'', x'', x'', x'')`,
  );
  const policy = ctx.db.prepare("INSERT INTO runner_policies (runner_id, group_id, role, created_at) VALUES (?, ?, ?, ?)");
  ctx.db.transaction(() => {
    insertGroup(ctx.db, { id: groupId, orgId, name: "granted", description: "", createdAt: ctx.now() });
    addGroupMember(ctx.db, groupId, userId);
    for (let i = 0; i < grants + others; i++) {
      const id = newId();
      runner.run(id, orgId, `r-${String(i).padStart(6, "0")}`, now, now);
      if (i < grants) policy.run(id, groupId, RunnerRole.USER, now);
    }
  })();
  const principal = userPrincipal(ctx.db, userId);
  if (!principal) throw new Error("no principal");
  return principal;
}

function listOf(ctx: ServerContext, principal: UserPrincipal): { plan: string[]; names: string[] } {
  const q = runnerListQuery(ctx, principal, create(ListRunnersRequestSchema), { pageSize: 50, after: undefined, list: "x" });
  const { sql, params } = runnerListSql("id, name, revision", q);
  const plan = ctx.db
    .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => row.detail);
  return { plan, names: listRunnerRefs(ctx.db, q).map((ref) => ref.name) };
}

describe("a member's runner list", () => {
  it("with few grants is read from the grants, not by walking the org's name index", () => {
    const { ctx, ids } = createTestContext();
    const { plan, names } = listOf(ctx, memberWithGrants(ctx, ids.orgId, 60, 3000));
    expect(plan[0]).toBe("SEARCH runners USING INDEX sqlite_autoindex_runners_1 (id=?)");
    expect(plan).toContain("SEARCH gm USING COVERING INDEX group_members_user (user_id=?)");
    expect(plan.join("\n")).not.toMatch(/runners_org_/);
    expect(names).toEqual(Array.from({ length: 51 }, (_, i) => `r-${String(i).padStart(6, "0")}`));
  });

  it("with many grants walks the name index and stops after a page (no sort)", () => {
    const { ctx, ids } = createTestContext();
    const { plan, names } = listOf(ctx, memberWithGrants(ctx, ids.orgId, FEW_GRANTS + 1, 10));
    expect(plan[0]).toMatch(/^SEARCH runners USING (COVERING )?INDEX runners_org_name \(org_id=\?\)$/);
    expect(plan.join("\n")).not.toMatch(/TEMP B-TREE/);
    expect(names).toHaveLength(51);
  });
});
