import { describe, expect, it } from "vitest";
import { RunnerRole } from "../gen/gitpod/v1/runner_pb";
import { can, runnerRoleFor } from "./permissions";
import type { Session } from "./session";

const base: Session = { mode: "local", subject: { id: "u1", principal: "PRINCIPAL_USER" }, displayName: "Max Member", orgRole: "member", groupIds: ["developers"] };

describe("can", () => {
  it("offers org admins everything", () => {
    expect(can({ ...base, orgRole: "admin" }, "runners:create")).toBe(true);
    expect(can({ ...base, orgRole: "admin" }, "hostTokens:manageAll")).toBe(true);
  });

  it("offers members only what their runner role allows", () => {
    expect(can(base, "runners:create")).toBe(false);
    expect(can(base, "runner:delete", { runnerRole: RunnerRole.USER })).toBe(false);
    expect(can(base, "policies:list", { runnerRole: RunnerRole.USER })).toBe(true);
    expect(can(base, "environmentClasses:manage", { runnerRole: RunnerRole.ADMIN })).toBe(true);
    expect(can(base, "environmentClasses:view")).toBe(false);
    expect(can(base, "hostTokens:manageOwn")).toBe(true);
    expect(can(base, "hostTokens:manageAll")).toBe(false);
  });

  it("offers everything in proxy mode, where the console knows no roles", () => {
    expect(can({ ...base, mode: "proxy", orgRole: undefined }, "runners:create")).toBe(true);
  });

  it("derives the runner role from the policies of the member's groups", () => {
    const policies = [
      { groupId: "developers", role: RunnerRole.USER },
      { groupId: "platform", role: RunnerRole.ADMIN },
    ];
    expect(runnerRoleFor(base, policies)).toBe(RunnerRole.USER);
    expect(runnerRoleFor({ ...base, groupIds: ["developers", "platform"] }, policies)).toBe(RunnerRole.ADMIN);
    expect(runnerRoleFor({ ...base, groupIds: [] }, policies)).toBe(RunnerRole.UNSPECIFIED);
  });
});
