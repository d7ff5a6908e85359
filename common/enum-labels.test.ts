import { describe, expect, it } from "vitest";
import type { DescEnum } from "@bufbuild/protobuf";
import { PrincipalSchema } from "../src/gen/gitpod/v1/identity_pb";
import { HostAuthenticationTokenSourceSchema, RunnerKindSchema, RunnerProviderSchema } from "../src/gen/gitpod/v1/runner_configuration_pb";
import { LogLevelSchema, RunnerCapabilitySchema, RunnerPhaseSchema, RunnerReleaseChannelSchema, RunnerRoleSchema } from "../src/gen/gitpod/v1/runner_pb";
import { RunnerPhase } from "../src/gen/gitpod/v1/runner_pb";
import { RunnerProvider } from "../src/gen/gitpod/v1/runner_configuration_pb";
import {
  enumLabel,
  hostAuthenticationTokenSourceLabels,
  logLevelLabels,
  principalLabels,
  runnerCapabilityLabels,
  runnerKindLabels,
  runnerPhaseLabels,
  runnerProviderLabels,
  runnerReleaseChannelLabels,
  runnerRoleLabels,
} from "./enum-labels";

const tables: Array<[DescEnum, Record<number, string>]> = [
  [RunnerPhaseSchema, runnerPhaseLabels],
  [RunnerProviderSchema, runnerProviderLabels],
  [RunnerKindSchema, runnerKindLabels],
  [RunnerRoleSchema, runnerRoleLabels],
  [LogLevelSchema, logLevelLabels],
  [RunnerReleaseChannelSchema, runnerReleaseChannelLabels],
  [HostAuthenticationTokenSourceSchema, hostAuthenticationTokenSourceLabels],
  [RunnerCapabilitySchema, runnerCapabilityLabels],
  [PrincipalSchema, principalLabels],
];

describe("enum labels", () => {
  it.each(tables.map(([schema, labels]) => [schema.typeName, schema, labels] as const))(
    "%s has a distinct, non-empty label for every value of the contract",
    (_name, schema, labels) => {
      const values = schema.values.map((v) => v.number);
      expect(Object.keys(labels).map(Number).sort((a, b) => a - b)).toEqual([...values].sort((a, b) => a - b));
      const texts = values.map((v) => labels[v]);
      expect(texts.every((t) => typeof t === "string" && t.trim().length > 0)).toBe(true);
      expect(new Set(texts).size).toBe(texts.length);
    },
  );

  it("names the demo data's phases and providers the way the UI shows them", () => {
    expect(enumLabel(runnerPhaseLabels, RunnerPhase.DEGRADED)).toBe("Degraded");
    expect(enumLabel(runnerProviderLabels, RunnerProvider.AWS_EC2)).toBe("AWS EC2");
    expect(enumLabel(runnerProviderLabels, RunnerProvider.GCP)).toBe("Google Cloud");
  });

  it("labels an enum number from a newer server instead of failing", () => {
    expect(enumLabel(runnerPhaseLabels, 99)).toBe("Unknown (99)");
  });
});
