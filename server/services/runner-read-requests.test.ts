// A member's runner list is read from their groups' grants in name order: only the grants are walked (never the
// org's name index), a runner granted to two of their groups is listed once, and pages follow each other.
import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { ListRunnersRequestSchema, RunnerRole } from "../../src/gen/gitpod/v1/runner_pb";
import { MAX_GRANT_GROUPS } from "../auth/permissions";
import type { UserPrincipal } from "../auth/principal";
import type { ServerContext } from "../context";
import { pageOf, type Page } from "../pagination";
import { addGroupMember, insertGroup } from "../store/groups";
import { newId } from "../store/ids";
import { listRunnerRefs, runnerListSql, runnerSortKey } from "../store/runner-queries";
import { userPrincipal } from "../store/users";
import { addTestUser, createTestContext } from "../testing";
import { runnerListQuery } from "./runner-read-requests";

const name = (i: number) => `r-${String(i).padStart(6, "0")}`;

/** `count` bare runners r-000000…, every `everyNth` of them granted (USER) to each of the member's `groups` groups. */
function member(ctx: ServerContext, orgId: string, count: number, groups: number, everyNth: number): UserPrincipal {
  const { userId } = addTestUser(ctx, { displayName: "Granted" });
  const groupIds = Array.from({ length: groups }, () => newId());
  const now = ctx.now().toISOString();
  const runner = ctx.db.prepare(
    `INSERT INTO runners (id, org_id, name, kind, provider, creator_id, creator_principal, created_at, updated_at, spec, status, public_key, private_key)
     VALUES (?, ?, ?, 1, 1, 'c', 1, ?, ?, x'', x'', x'', x'')`,
  );
  const policy = ctx.db.prepare("INSERT INTO runner_policies (runner_id, group_id, role, created_at) VALUES (?, ?, ?, ?)");
  ctx.db.transaction(() => {
    groupIds.forEach((groupId, g) => {
      insertGroup(ctx.db, { id: groupId, orgId, name: `granted-${g}`, description: "", createdAt: ctx.now() });
      addGroupMember(ctx.db, groupId, userId);
    });
    for (let i = 0; i < count; i++) {
      const id = newId();
      runner.run(id, orgId, name(i), now, now);
      if (i % everyNth === 0) for (const groupId of groupIds) policy.run(id, groupId, RunnerRole.USER, now);
    }
  })();
  const principal = userPrincipal(ctx.db, userId);
  if (!principal) throw new Error("no principal");
  return principal;
}

function firstPage(ctx: ServerContext, principal: UserPrincipal, page: Page) {
  const q = runnerListQuery(principal, create(ListRunnersRequestSchema), page);
  const { sql, params } = runnerListSql(q);
  const plan = ctx.db
    .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => row.detail)
    .join("\n");
  return { plan, ...pageOf(listRunnerRefs(ctx.db, q), page, runnerSortKey) };
}

describe("a member's runner list", () => {
  it("walks only their grants, in name order, and pages through all of them once", () => {
    const { ctx, ids } = createTestContext();
    const principal = member(ctx, ids.orgId, 3000, 2, 100);
    const page: Page = { pageSize: 20, after: undefined, list: "gitpod.v1.RunnerService/ListRunners" };
    const first = firstPage(ctx, principal, page);
    expect(first.plan).toMatch(/MERGE \(UNION\)/);
    expect(first.plan).toMatch(/SEARCH rp USING COVERING INDEX runner_policies_group_name \(group_id=\?\)/);
    expect(first.plan).not.toMatch(/runners_org_|TEMP B-TREE|SCAN/);
    expect(first.items.map((ref) => ref.name)).toEqual(Array.from({ length: 20 }, (_, i) => name(i * 100)));
    const last = first.items[19];
    const rest = firstPage(ctx, principal, { ...page, pageSize: 100, after: [last?.name ?? "", last?.id ?? ""] });
    expect(rest.plan).toMatch(/\(group_id=\? AND \(runner_name,runner_id\)>\(\?,\?\)\)/);
    expect(rest.items.map((ref) => ref.name)).toEqual(Array.from({ length: 10 }, (_, i) => name((i + 20) * 100)));
    expect(rest.nextToken).toBe("");
  });

  it("follows a rename (the grant keeps the runner's name for its index)", () => {
    const { ctx, ids } = createTestContext();
    const principal = member(ctx, ids.orgId, 10, 1, 1);
    ctx.db.prepare("UPDATE runners SET name = 'a-first' WHERE name = ?").run(name(9));
    const page: Page = { pageSize: 3, after: undefined, list: "x" };
    expect(firstPage(ctx, principal, page).items.map((ref) => ref.name)).toEqual(["a-first", name(0), name(1)]);
  });

  it(`with more than ${MAX_GRANT_GROUPS} groups walks the org's name index with a grant check per runner`, () => {
    const { ctx, ids } = createTestContext();
    const principal = member(ctx, ids.orgId, 200, MAX_GRANT_GROUPS + 1, 2);
    const first = firstPage(ctx, principal, { pageSize: 50, after: undefined, list: "x" });
    expect(first.plan).toMatch(/^SEARCH runners USING (COVERING )?INDEX runners_org_name \(org_id=\?\)/);
    expect(first.plan).not.toMatch(/TEMP B-TREE/);
    expect(first.items.map((ref) => ref.name)).toEqual(Array.from({ length: 50 }, (_, i) => name(i * 2)));
  });
});
