import { describe, expect, it } from "vitest";
import { RunnerKind, RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import { environmentClassSearchSchema, filterOfSearch, hasActiveFilter } from "./search";

const runnerId = "0b9c2f0e-1111-4222-8333-444455556666";

describe("environment class search params", () => {
  it("maps the five URL filters onto the API filter", () => {
    const search = environmentClassSearchSchema.parse({
      runnerIds: [runnerId],
      enabled: false,
      canCreateEnvironments: true,
      runnerKinds: ["remote"],
      runnerProviders: ["aws-ec2", "gcp"],
    });
    expect(filterOfSearch(search)).toEqual({
      runnerIds: [runnerId],
      enabled: false,
      canCreateEnvironments: true,
      runnerKinds: [RunnerKind.REMOTE],
      runnerProviders: [RunnerProvider.AWS_EC2, RunnerProvider.GCP],
    });
    expect(hasActiveFilter(search)).toBe(true);
  });

  it("drops malformed values instead of failing the page", () => {
    const search = environmentClassSearchSchema.parse({
      runnerIds: ["not-a-uuid"],
      enabled: "maybe",
      runnerKinds: ["spaceship"],
    });
    expect(search).toEqual({
      runnerIds: undefined,
      enabled: undefined,
      canCreateEnvironments: undefined,
      runnerKinds: undefined,
      runnerProviders: undefined,
    });
    expect(filterOfSearch(search)).toEqual({
      runnerIds: [],
      enabled: undefined,
      canCreateEnvironments: undefined,
      runnerKinds: [],
      runnerProviders: [],
    });
    expect(hasActiveFilter(search)).toBe(false);
  });
});
