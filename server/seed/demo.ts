import { RunnerRole } from "../../src/gen/gitpod/v1/runner_pb";
import type { ServerContext } from "../context";
import { insertEnvironmentClass } from "../store/environment-classes";
import { addGroupMember, insertGroup } from "../store/groups";
import { seededId } from "../store/ids";
import { insertPolicy } from "../store/policies";
import { insertOrganization, insertUser } from "../store/users";
import { insertDemoRunners } from "./demo-runners";
import { DEMO_SEED, demoIds, type DemoIds } from "./ids";
import { seedLlm } from "./llm-seed";
import { seedScm } from "./scm-seed";

const DAY = 24 * 60 * 60 * 1000;

/** Whether the store already holds an organization (the demo data is only created in an empty DATA_DIR). */
export function isSeeded(ctx: ServerContext): boolean {
  return ctx.db.prepare("SELECT 1 FROM organizations LIMIT 1").get() !== undefined;
}

/**
 * The DESIGN.md fixture: org "Acme Platform", Ada Admin and Max Member, three groups, eight runners, their
 * sharing policies and environment classes. Ids derive from the seed, times from `now` (CONSOLE_NOW in demos).
 */
export function seedDemoData(ctx: ServerContext, seed: string = DEMO_SEED): DemoIds {
  const ids = demoIds(seed);
  // CONSOLE_NOW exactly (not the running clock), so two fresh starts produce identical data.
  const now = ctx.config.now ?? ctx.now();
  const frozen: ServerContext = { ...ctx, now: () => now };
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  ctx.db.transaction(() => {
    insertOrganization(ctx.db, {
      id: ids.orgId,
      name: "Acme Platform",
      tier: "enterprise",
      createdAt: ago(365),
    });
    insertUser(ctx.db, {
      id: ids.users.admin,
      orgId: ids.orgId,
      displayName: "Ada Admin",
      orgRole: "admin",
      createdAt: ago(365),
    });
    insertUser(ctx.db, {
      id: ids.users.member,
      orgId: ids.orgId,
      displayName: "Max Member",
      orgRole: "member",
      createdAt: ago(200),
    });
    const groups = [
      { id: ids.groups.platformTeam, name: "Platform team", description: "Runs the runner fleet" },
      { id: ids.groups.developers, name: "Developers", description: "Product engineering" },
      { id: ids.groups.security, name: "Security", description: "Security engineering and audits" },
    ];
    for (const g of groups) insertGroup(ctx.db, { ...g, orgId: ids.orgId, createdAt: ago(300) });
    addGroupMember(ctx.db, ids.groups.platformTeam, ids.users.admin);
    addGroupMember(ctx.db, ids.groups.developers, ids.users.member);

    insertDemoRunners(ctx.db, ids, seed, now);
    const share = (runnerId: string, groupId: string, role: RunnerRole) =>
      insertPolicy(ctx.db, { runnerId, groupId, role, createdAt: ago(20) });
    share(ids.runners.linuxBuild01, ids.groups.developers, RunnerRole.USER);
    share(ids.runners.gcpMl, ids.groups.developers, RunnerRole.USER);
    share(ids.runners.awsProdEu, ids.groups.platformTeam, RunnerRole.ADMIN);

    const classes = [
      {
        runnerId: ids.runners.awsProdEu,
        name: "Standard",
        description: "4 vCPU, 16 GiB — everyday development",
        config: { instanceType: "m6i.xlarge", diskSizeGiB: "100", spotInstances: "false" },
        enabled: true,
      },
      {
        runnerId: ids.runners.awsProdEu,
        name: "Large",
        description: "8 vCPU, 32 GiB — big monorepos",
        config: { instanceType: "m6i.2xlarge", diskSizeGiB: "200", spotInstances: "false" },
        enabled: true,
      },
      {
        runnerId: ids.runners.awsProdEu,
        name: "GPU (retired)",
        description: "A10G GPU — replaced by the GCP ML runner",
        config: { instanceType: "g5.xlarge", diskSizeGiB: "300", spotInstances: "true" },
        enabled: false,
      },
      {
        runnerId: ids.runners.awsStagingUs,
        name: "Staging small",
        description: "2 vCPU, 8 GiB on spot capacity",
        config: { instanceType: "m6i.large", diskSizeGiB: "64", spotInstances: "true" },
        enabled: true,
      },
      {
        runnerId: ids.runners.gcpMl,
        name: "ML GPU",
        description: "A100 GPU for training jobs",
        config: { machineType: "a2-highgpu-1g", bootDiskSizeGb: "500", gpu: "true", zone: "europe-west4-a" },
        enabled: true,
      },
      {
        runnerId: ids.runners.gcpMl,
        name: "ML CPU",
        description: "8 vCPU for data preparation",
        config: { machineType: "n2-standard-8", bootDiskSizeGb: "200", gpu: "false" },
        enabled: true,
      },
    ];
    for (const c of classes) {
      insertEnvironmentClass(ctx.db, {
        id: seededId(seed, `environment-class:${c.runnerId}:${c.name}`),
        orgId: ids.orgId,
        runnerId: c.runnerId,
        displayName: c.name,
        description: c.description,
        configuration: Object.entries(c.config).map(([key, value]) => ({ key, value })),
        enabled: c.enabled,
        createdAt: ago(10),
      });
    }
    seedScm(frozen, ids, seed);
    seedLlm(frozen, ids, seed);
  })();
  return ids;
}
