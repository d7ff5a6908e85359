import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { GroupSchema } from "../../gen/gitpod/v1/group_pb";
import { RunnerPolicySchema, RunnerRole } from "../../gen/gitpod/v1/runner_pb";
import {
  groupsWithoutPolicy,
  isLastAdmin,
  runnerMatches,
  runnersOfGroup,
  sortPoliciesByGroupName,
} from "./policy-rules";

const admin = (groupId: string) => create(RunnerPolicySchema, { groupId, role: RunnerRole.ADMIN });
const user = (groupId: string) => create(RunnerPolicySchema, { groupId, role: RunnerRole.USER });

describe("isLastAdmin", () => {
  it("is true only for the single ADMIN policy", () => {
    expect(isLastAdmin([admin("a"), user("b")], "a")).toBe(true);
    expect(isLastAdmin([admin("a"), user("b")], "b")).toBe(false);
    expect(isLastAdmin([admin("a"), admin("b")], "a")).toBe(false);
    expect(isLastAdmin([], "a")).toBe(false);
  });
});

describe("groupsWithoutPolicy", () => {
  it("leaves out groups that already have a policy and sorts by name", () => {
    const groups = [
      create(GroupSchema, { id: "1", name: "Security" }),
      create(GroupSchema, { id: "2", name: "Developers" }),
      create(GroupSchema, { id: "3", name: "Platform team" }),
    ];
    expect(groupsWithoutPolicy(groups, [user("3")]).map((g) => g.name)).toEqual(["Developers", "Security"]);
  });
});

describe("sortPoliciesByGroupName", () => {
  it("sorts known names alphabetically and puts unknown groups last", () => {
    const names = new Map([
      ["a", "Zeta"],
      ["b", "Alpha"],
    ]);
    expect(sortPoliciesByGroupName([user("x"), admin("a"), user("b")], names).map((p) => p.groupId)).toEqual([
      "b",
      "a",
      "x",
    ]);
  });
});

describe("runnerMatches", () => {
  const runner = { name: "aws-Prod-eu" };
  it("finds by a case-insensitive part of the name", () => {
    expect(runnerMatches(runner, [], "prod", undefined)).toBe(true);
    expect(runnerMatches(runner, [], " PROD-EU ", undefined)).toBe(true);
    expect(runnerMatches(runner, [], "gcp", undefined)).toBe(false);
  });
  it("filters shared / not shared, and never matches a runner whose sharing is not known yet", () => {
    expect(runnerMatches(runner, [user("a")], "", "shared")).toBe(true);
    expect(runnerMatches(runner, [user("a")], "", "not-shared")).toBe(false);
    expect(runnerMatches(runner, [], "", "not-shared")).toBe(true);
    expect(runnerMatches(runner, undefined, "", "shared")).toBe(false);
    expect(runnerMatches(runner, undefined, "", "not-shared")).toBe(false);
    expect(runnerMatches(runner, undefined, "", undefined)).toBe(true);
  });
});

describe("runnersOfGroup", () => {
  it("lists the runners the group has a policy on, with its role, by runner name", () => {
    const runners = [
      { runnerId: "r1", name: "zeta" },
      { runnerId: "r2", name: "alpha" },
      { runnerId: "r3", name: "beta" },
    ];
    const byRunner = new Map([
      ["r1", [admin("g")]],
      ["r2", [user("g"), admin("other")]],
      ["r3", [user("other")]],
    ]);
    expect(runnersOfGroup("g", runners, byRunner).map(({ runner, role }) => [runner.name, role])).toEqual([
      ["alpha", RunnerRole.USER],
      ["zeta", RunnerRole.ADMIN],
    ]);
    expect(runnersOfGroup("nobody", runners, byRunner)).toEqual([]);
  });
});
