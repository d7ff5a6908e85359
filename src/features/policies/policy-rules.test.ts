import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { GroupSchema } from "../../gen/gitpod/v1/group_pb";
import { RunnerPolicySchema, RunnerRole } from "../../gen/gitpod/v1/runner_pb";
import { groupsWithoutPolicy, isLastAdmin, sortPoliciesByGroupName } from "./policy-rules";

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
