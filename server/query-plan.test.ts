import Database from "better-sqlite3";
import { createClient } from "@connectrpc/connect";
import { beforeAll, describe, expect, it } from "vitest";
import { GroupService } from "../src/gen/gitpod/v1/group_pb";
import { RunnerConfigurationService, RunnerKind, RunnerProvider } from "../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../src/gen/gitpod/v1/runner_pb";
import { DEMO_TOKEN_LABEL } from "./bootstrap";
import { createClock } from "./clock";
import type { ServerContext } from "./context";
import { seedDemoData } from "./seed/demo";
import { migrate } from "./store/db";
import { addApiToken } from "./store/users";
import { createInMemoryTransport, TEST_ADMIN_TOKEN, TEST_MEMBER_TOKEN, testConfig } from "./testing";

// Every statement the store runs, with its parameters filled in (better-sqlite3 traces the expanded SQL).
const executed: string[] = [];

function isListQuery(sql: string): boolean {
  return /^\s*SELECT\b/i.test(sql) && /\bORDER BY\b[\s\S]*\bLIMIT\b/i.test(sql);
}

beforeAll(async () => {
  const db = new Database(":memory:", { verbose: (message) => executed.push(String(message)) });
  db.pragma("foreign_keys = ON");
  migrate(db);
  const ctx: ServerContext = { config: testConfig(), db, now: createClock(testConfig().now) };
  const ids = seedDemoData(ctx);
  addApiToken(db, ids.users.admin, TEST_ADMIN_TOKEN, DEMO_TOKEN_LABEL, ctx.now());
  addApiToken(db, ids.users.member, TEST_MEMBER_TOKEN, DEMO_TOKEN_LABEL, ctx.now());
  executed.length = 0;

  // The member sees the runners shared with "Developers" only.
  const callers = [
    { token: TEST_ADMIN_TOKEN, runnerId: ids.runners.awsProdEu },
    { token: TEST_MEMBER_TOKEN, runnerId: ids.runners.linuxBuild01 },
  ];
  for (const { token, runnerId } of callers) {
    const transport = createInMemoryTransport(ctx, token);
    const runners = createClient(RunnerService, transport);
    const configuration = createClient(RunnerConfigurationService, transport);
    const groups = createClient(GroupService, transport);
    // First pages and second pages (keyset cursor) of every list, with each filter the API has.
    for (const filter of [{}, { kinds: [RunnerKind.REMOTE] }, { providers: [RunnerProvider.GCP] }, { creatorIds: [ids.users.admin] }]) {
      const first = await runners.listRunners({ filter, pagination: { pageSize: 2 } });
      await runners.listRunners({ filter, pagination: { pageSize: 2, token: first.pagination?.nextToken ?? "" } });
    }
    const policies = await runners.listRunnerPolicies({ runnerId, pagination: { pageSize: 1 } });
    await runners.listRunnerPolicies({ runnerId, pagination: { pageSize: 1, token: policies.pagination?.nextToken ?? "" } });
    for (const filter of [{}, { runnerIds: [runnerId] }, { enabled: true }, { runnerKinds: [RunnerKind.REMOTE] }, { runnerProviders: [RunnerProvider.AWS_EC2] }]) {
      const first = await configuration.listEnvironmentClasses({ filter, pagination: { pageSize: 1 } });
      await configuration.listEnvironmentClasses({ filter, pagination: { pageSize: 1, token: first.pagination?.nextToken ?? "" } });
    }
    for (const filter of [{}, { runnerIds: [runnerId] }]) {
      const first = await configuration.listSCMIntegrations({ filter, pagination: { pageSize: 1 } });
      await configuration.listSCMIntegrations({ filter, pagination: { pageSize: 1, token: first.pagination?.nextToken ?? "" } });
    }
    for (const filter of [{}, { runnerId }, { subjectId: ids.users.admin }, { userId: ids.users.member }]) {
      const first = await configuration.listHostAuthenticationTokens({ filter, pagination: { pageSize: 1 } });
      await configuration.listHostAuthenticationTokens({ filter, pagination: { pageSize: 1, token: first.pagination?.nextToken ?? "" } });
    }
    const firstGroups = await groups.listGroups({ pagination: { pageSize: 1 } });
    await groups.listGroups({ pagination: { pageSize: 1, token: firstGroups.pagination?.nextToken ?? "" } });
  }
});

function planOf(sql: string): string[] {
  const db = new Database(":memory:");
  migrate(db);
  const rows = db.prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all();
  db.close();
  return rows.map((row) => row.detail);
}

describe("list queries of the store", () => {
  it("ran a list query for every list RPC, first and later pages", () => {
    const tables = new Set(executed.filter(isListQuery).flatMap((sql) => [...sql.matchAll(/\bFROM\s+(\w+)/gi)].map((m) => m[1])));
    expect([...tables].sort()).toEqual(
      expect.arrayContaining(["environment_classes", "groups", "host_tokens", "runner_policies", "runners", "scm_integrations"]),
    );
  });

  it("never page with OFFSET", () => {
    const withOffset = executed.filter((sql) => /\bOFFSET\b/i.test(sql));
    expect(withOffset).toEqual([]);
  });

  it("walk an index: no full table scan, no temporary B-tree for ORDER BY", () => {
    const problems = [...new Set(executed.filter(isListQuery))].flatMap((sql) =>
      planOf(sql)
        .filter((detail) => /^SCAN \w+( AS \w+)?$/.test(detail) || /TEMP B-TREE/.test(detail))
        .map((detail) => `${detail}  ←  ${sql}`),
    );
    expect(problems).toEqual([]);
  });

  it("read a member's runner list from their groups' grants in name order, not the org's name index", () => {
    const memberLists = [...new Set(executed.filter(isListQuery))].filter((sql) => /FROM runner_policies rp JOIN runners r/.test(sql));
    expect(memberLists.length).toBeGreaterThanOrEqual(4);
    const plans = memberLists.map((sql) => planOf(sql).join("\n"));
    expect(plans.filter((plan) => !/SEARCH rp USING COVERING INDEX runner_policies_group_name \(group_id=\?/.test(plan) || /runners_org_/.test(plan))).toEqual([]);
  });
});
