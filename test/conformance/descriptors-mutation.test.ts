import { describe, expect, it } from "vitest";
import { diffContracts, type Mismatch } from "./contract-shape";
import { describeFiles } from "./descriptor-shape";
import { generatedFiles } from "./generated-files";
import { parseWireSchema } from "./wire-schema-parser";
import { wireSchemaText } from "./wire-schema-fixture";

// Proves descriptors.test.ts can fail: each case edits one line of a copy of the fixture text and
// expects the comparison to report exactly that difference.

const descriptors = describeFiles(generatedFiles);

function mutate(search: string, replacement: string): string {
  const occurrences = wireSchemaText.split(search).length - 1;
  if (occurrences !== 1)
    throw new Error(`"${search}" occurs ${occurrences} times in the fixture, expected once`);
  return wireSchemaText.replace(search, replacement);
}

function diffAgainst(text: string): Mismatch[] {
  return diffContracts(parseWireSchema(text), descriptors);
}

interface MutationCase {
  name: string;
  search: string;
  replacement: string;
  expected: Mismatch;
}

const cases: MutationCase[] = [
  {
    name: "a field number",
    search: "bytes public_key = 12 json=publicKey",
    replacement: "bytes public_key = 21 json=publicKey",
    expected: {
      where: "gitpod.v1.RunnerStatus.public_key",
      what: "number",
      wireSchema: "21",
      descriptors: "12",
    },
  },
  {
    name: "a field's message type",
    search: "google.protobuf.Duration latency = 2",
    replacement: "google.protobuf.Timestamp latency = 2",
    expected: {
      where: "gitpod.v1.GatewayInfo.latency",
      what: "type",
      wireSchema: "message google.protobuf.Timestamp",
      descriptors: "message google.protobuf.Duration",
    },
  },
  {
    name: "a field's scalar type",
    search: "optional uint32 start_hour = 1",
    replacement: "optional int32 start_hour = 1",
    expected: {
      where: "gitpod.v1.UpdateWindow.start_hour",
      what: "type",
      wireSchema: "int32",
      descriptors: "uint32",
    },
  },
  {
    name: "the repeated label",
    search: "repeated gitpod.v1.RunnerCapability capabilities = 9",
    replacement: "gitpod.v1.RunnerCapability capabilities = 9",
    expected: {
      where: "gitpod.v1.RunnerStatus.capabilities",
      what: "label",
      wireSchema: "singular",
      descriptors: "repeated",
    },
  },
  {
    name: "the optional label",
    search: "optional bool auto_update = 2 json=autoUpdate",
    replacement: "bool auto_update = 2 json=autoUpdate",
    expected: {
      where: "gitpod.v1.UpdateRunnerRequest.RunnerConfiguration.auto_update",
      what: "label",
      wireSchema: "singular",
      descriptors: "optional",
    },
  },
  {
    name: "a JSON name",
    search: "string exchange_token = 1 json=exchangeToken",
    replacement: "string exchange_token = 1 json=exchange_token",
    expected: {
      where: "gitpod.v1.ExchangeTokenRequest.exchange_token",
      what: "jsonName",
      wireSchema: "exchange_token",
      descriptors: "exchangeToken",
    },
  },
  {
    name: "oneof membership",
    search: "display = 10 json=display (oneof type)",
    replacement: "display = 10 json=display",
    expected: {
      where: "gitpod.v1.RunnerConfigurationSchema.Field.display",
      what: "oneof",
      wireSchema: "undefined",
      descriptors: "type",
    },
  },
  {
    name: "the deprecated flag",
    search: "string access_token = 2 json=accessToken [deprecated]",
    replacement: "string access_token = 2 json=accessToken",
    expected: {
      where: "gitpod.v1.CreateRunnerResponse.access_token",
      what: "deprecated",
      wireSchema: "false",
      descriptors: "true",
    },
  },
  {
    name: "a field missing from the wire schema",
    search: "  string support_bundle_url = 13 json=supportBundleUrl\n",
    replacement: "",
    expected: {
      where: "gitpod.v1.RunnerStatus.support_bundle_url",
      what: "field",
      wireSchema: "(absent)",
      descriptors: "(present)",
    },
  },
  {
    name: "a message missing from the descriptors",
    search: "message DeleteRunnerPolicyResponse\n",
    replacement: "message DeleteRunnerPolicyResponse\nmessage RunnerNotInTheContract\n",
    expected: {
      where: "gitpod.v1.RunnerNotInTheContract",
      what: "message",
      wireSchema: "(present)",
      descriptors: "(absent)",
    },
  },
  {
    name: "an enum value number",
    search: "RUNNER_PHASE_DEGRADED=6",
    replacement: "RUNNER_PHASE_DEGRADED=7",
    expected: {
      where: "gitpod.v1.RunnerPhase.RUNNER_PHASE_DEGRADED",
      what: "number",
      wireSchema: "7",
      descriptors: "6",
    },
  },
  {
    name: "an rpc's idempotency",
    search: "rpc GetRunner unary idem=1",
    replacement: "rpc GetRunner unary idem=0",
    expected: {
      where: "gitpod.v1.RunnerService/GetRunner",
      what: "idempotency",
      wireSchema: "0",
      descriptors: "1",
    },
  },
  {
    name: "an rpc's input",
    search: "rpc DeleteRunner unary idem=0 in=gitpod.v1.DeleteRunnerRequest",
    replacement: "rpc DeleteRunner unary idem=0 in=gitpod.v1.GetRunnerRequest",
    expected: {
      where: "gitpod.v1.RunnerService/DeleteRunner",
      what: "input",
      wireSchema: "gitpod.v1.GetRunnerRequest",
      descriptors: "gitpod.v1.DeleteRunnerRequest",
    },
  },
  {
    name: "an rpc missing from the wire schema",
    search:
      "  rpc ExchangeToken unary idem=0 in=gitpod.v1.ExchangeTokenRequest out=gitpod.v1.ExchangeTokenResponse",
    replacement: "",
    expected: {
      where: "gitpod.v1.IdentityService/ExchangeToken",
      what: "rpc",
      wireSchema: "(absent)",
      descriptors: "(present)",
    },
  },
];

describe("the wire-schema comparison reports a mutated fixture", () => {
  it("reports nothing for the fixture as committed", () => {
    expect(diffAgainst(wireSchemaText)).toEqual([]);
  });

  it.each(cases)("reports $name", ({ search, replacement, expected }) => {
    expect(diffAgainst(mutate(search, replacement))).toEqual([expected]);
  });

  it("rejects a line it cannot read instead of skipping it", () => {
    const garbled = mutate("string region = 3 json=region\n", "string region = three json=region\n");
    expect(() => parseWireSchema(garbled)).toThrow(/unrecognised line/);
  });
});
