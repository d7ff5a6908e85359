import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { GroupService } from "../../src/gen/gitpod/v1/group_pb";
import { IdentityService } from "../../src/gen/gitpod/v1/identity_pb";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { diffContracts } from "./contract-shape";
import { describeFiles } from "./descriptor-shape";
import { generatedFiles } from "./generated-files";
import { parseWireSchema } from "./wire-schema-parser";
import { wireSchemaText } from "./wire-schema-fixture";

const wireSchema = parseWireSchema(wireSchemaText);
const descriptors = describeFiles(generatedFiles);

function rpcCount(serviceName: string): number {
  return wireSchema.services.get(serviceName)?.size ?? 0;
}

describe("generated descriptors match the published wire schema", () => {
  it("walks every generated gitpod.v1 file and every gitpod.v1 file they import", () => {
    const onDisk = fs
      .readdirSync(new URL("../../src/gen/gitpod/v1", import.meta.url))
      .filter((name) => name.endsWith("_pb.ts"))
      .map((name) => `gitpod/v1/${name.replace(/_pb\.ts$/, "")}`)
      .sort();
    const walked = generatedFiles.map((file) => file.name).sort();
    expect(walked).toEqual(onDisk);
    const imported = generatedFiles.flatMap((file) => file.dependencies.map((dependency) => dependency.name));
    expect(imported.filter((name) => name.startsWith("gitpod/")).every((name) => walked.includes(name))).toBe(
      true,
    );
  });

  it("reads the fixture's whole contract (32 runner RPCs + 5 LLM-integration RPCs + 3 companions)", () => {
    expect(rpcCount("gitpod.v1.RunnerService")).toBe(16);
    expect(rpcCount("gitpod.v1.RunnerConfigurationService")).toBe(21);
    expect(rpcCount("gitpod.v1.GroupService") + rpcCount("gitpod.v1.IdentityService")).toBe(3);
    expect([...wireSchema.services.keys()].sort()).toEqual([
      "gitpod.v1.GroupService",
      "gitpod.v1.IdentityService",
      "gitpod.v1.RunnerConfigurationService",
      "gitpod.v1.RunnerService",
    ]);
    const fieldCount = [...wireSchema.messages.values()].reduce(
      (sum, message) => sum + message.fields.size,
      0,
    );
    const enumValueCount = [...wireSchema.enums.values()].reduce((sum, desc) => sum + desc.values.size, 0);
    // Counted independently with grep on the fixture (the repeated PullRequest.Repository counted once).
    expect({
      messages: wireSchema.messages.size,
      fields: fieldCount,
      enums: wireSchema.enums.size,
      enumValueCount,
    }).toEqual({ messages: 136, fields: 415, enums: 17, enumValueCount: 105 });
    expect(wireSchema.messages.get("gitpod.v1.GatewayInfo")?.fields.get("latency")).toEqual({
      number: 2,
      type: "message google.protobuf.Duration",
      label: "singular",
      jsonName: "latency",
      oneof: undefined,
      deprecated: false,
    });
  });

  it("has the 32 runner RPCs, the 5 LLM-integration RPCs and the 3 companion RPCs in the generated services", () => {
    expect(RunnerService.methods).toHaveLength(16);
    expect(RunnerConfigurationService.methods).toHaveLength(21);
    expect(RunnerService.methods.length + RunnerConfigurationService.methods.length).toBe(37);
    expect(RunnerConfigurationService.methods.filter((method) => method.name.includes("LLMIntegration"))).toHaveLength(5);
    expect(GroupService.methods.length + IdentityService.methods.length).toBe(3);
  });

  it("agrees on every message, field, enum value and rpc, in both directions", () => {
    expect(diffContracts(wireSchema, descriptors)).toEqual([]);
  });
});
