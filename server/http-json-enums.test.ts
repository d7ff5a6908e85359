import { describe, expect, it } from "vitest";
import { ListGroupsRequestSchema } from "../src/gen/gitpod/v1/group_pb";
import { ListRunnersRequestSchema, UpdateRunnerRequestSchema } from "../src/gen/gitpod/v1/runner_pb";
import { ValidateRunnerConfigurationRequestSchema } from "../src/gen/gitpod/v1/runner_configuration_pb";
import { findUnknownEnum } from "./http-json-enums";

describe("findUnknownEnum", () => {
  it("accepts known names, numbers, null and absent fields", () => {
    expect(
      findUnknownEnum(ListRunnersRequestSchema, {
        filter: { kinds: ["RUNNER_KIND_LOCAL", 2], providers: null },
      }),
    ).toBeUndefined();
    expect(findUnknownEnum(ListRunnersRequestSchema, {})).toBeUndefined();
    expect(
      findUnknownEnum(UpdateRunnerRequestSchema, { spec: { desiredPhase: "RUNNER_PHASE_ACTIVE" } }),
    ).toBeUndefined();
  });

  it("names the path of an unknown value in lists, nested messages and oneofs", () => {
    expect(
      findUnknownEnum(ListRunnersRequestSchema, { filter: { kinds: ["RUNNER_KIND_LOCAL", "LOCAL"] } }),
    ).toBe("filter.kinds[1]");
    expect(
      findUnknownEnum(UpdateRunnerRequestSchema, { spec: { configuration: { release_channel: "NIGHTLY" } } }),
    ).toBe("spec.configuration.release_channel");
    expect(
      findUnknownEnum(ListGroupsRequestSchema, {
        filter: { excludeAssignedToResource: { resourceType: "RESOURCE_TYPE_PROJECT" } },
      }),
    ).toBe("filter.excludeAssignedToResource.resourceType");
    expect(findUnknownEnum(ListRunnersRequestSchema, { filter: { kinds: [true] } })).toBe("filter.kinds[0]");
  });

  it("ignores unknown fields and does not look into strings of other fields", () => {
    expect(
      findUnknownEnum(ListRunnersRequestSchema, {
        filter: { future: "RUNNER_KIND_X" },
        other: { kinds: ["x"] },
      }),
    ).toBeUndefined();
    expect(
      findUnknownEnum(ValidateRunnerConfigurationRequestSchema, {
        runnerId: "RUNNER_KIND_X",
        environmentClass: { displayName: "LOG_LEVEL_X" },
      }),
    ).toBeUndefined();
  });
});
