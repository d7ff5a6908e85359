import {
  equals,
  fromJson,
  toJson,
  type DescMessage,
  type DescMethod,
  type JsonValue,
} from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { GetRunnerResponseSchema, RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { readExamples, type ExampleFixture } from "./example-fixtures";
import { keepOneOneofMember, mostOneofMembersSet } from "./oneof-members";

// Every request and response example of runners-api.md must parse, strictly, with the generated
// schema of its RPC, and survive JSON → message → JSON → message unchanged.

// These reference examples set all members of a oneof at once (RunnerConfigurationSchema.Field.type,
// ValidateRunnerConfigurationResponse.result), which proto3 JSON forbids; the wire schema has the oneofs.
const EXAMPLES_SETTING_SEVERAL_ONEOF_MEMBERS = [
  "response GetRunnerConfigurationSchema",
  "response ValidateRunnerConfiguration",
];

// runners-api.md documents 32 RPCs; the five LLM-integration RPCs of the same service have no examples there.
const methodsByRpc = new Map<string, DescMethod>(
  [...RunnerService.methods, ...RunnerConfigurationService.methods]
    .filter((method) => !method.name.includes("LLMIntegration"))
    .map((method) => [method.name, method]),
);
const responses = readExamples("responses");
const requests = readExamples("requests");

interface Example extends ExampleFixture {
  label: string;
  schema: DescMessage;
}

function methodFor(rpc: string): DescMethod {
  const method = methodsByRpc.get(rpc);
  if (!method) throw new Error(`no RPC named ${rpc} in RunnerService or RunnerConfigurationService`);
  return method;
}

const examples: Example[] = [
  ...responses.map((example) => ({
    ...example,
    label: `response ${example.name}`,
    schema: methodFor(example.rpc).output,
  })),
  ...requests.map((example) => ({
    ...example,
    label: `request ${example.name}`,
    schema: methodFor(example.rpc).input,
  })),
];

function expectStrictRoundTrip(schema: DescMessage, json: JsonValue): void {
  const parsed = fromJson(schema, json, { ignoreUnknownFields: false });
  const reparsed = fromJson(schema, toJson(schema, parsed), { ignoreUnknownFields: false });
  expect(equals(schema, parsed, reparsed)).toBe(true);
}

describe("runners-api.md examples against the generated schemas", () => {
  it("has exactly one response fixture per RPC of the two runner services (32)", () => {
    expect(methodsByRpc.size).toBe(32);
    expect(responses).toHaveLength(32);
    expect(responses.map((example) => example.name).sort()).toEqual([...methodsByRpc.keys()].sort());
  });

  it("has at least one request fixture per RPC, and none for an unknown RPC", () => {
    const rpcsWithRequests = new Set(requests.map((example) => example.rpc));
    expect([...rpcsWithRequests].sort()).toEqual([...methodsByRpc.keys()].sort());
    expect(requests).toHaveLength(37);
  });

  it("knows exactly which examples set several members of one oneof", () => {
    const offending = examples.filter(({ schema, json }) => mostOneofMembersSet(schema, json) > 1);
    expect(offending.map((example) => example.label)).toEqual(EXAMPLES_SETTING_SEVERAL_ONEOF_MEMBERS);
  });

  describe.each(examples)("$label", ({ label, schema, json }) => {
    const membersSet = mostOneofMembersSet(schema, json);
    if (membersSet <= 1) {
      it("parses strictly and round-trips", () => expectStrictRoundTrip(schema, json));
      return;
    }
    it("is rejected as written, because it sets several members of one oneof", () => {
      expect(EXAMPLES_SETTING_SEVERAL_ONEOF_MEMBERS).toContain(label);
      // The variants below parse, so the oneof is the only reason for this rejection.
      expect(() => fromJson(schema, json, { ignoreUnknownFields: false })).toThrow();
    });
    it.each(Array.from({ length: membersSet }, (_, pick) => pick))(
      "parses strictly and round-trips with oneof member #%i alone",
      (pick) => expectStrictRoundTrip(schema, keepOneOneofMember(schema, json, pick)),
    );
  });

  it("reads the normalised Duration placeholder as 9125115.36 seconds", () => {
    const example = responses.find((response) => response.name === "GetRunner");
    if (!example) throw new Error("GetRunner response fixture missing");
    const response = fromJson(GetRunnerResponseSchema, example.json, { ignoreUnknownFields: false });
    expect(response.runner?.status?.gatewayInfo?.latency).toMatchObject({
      seconds: 9125115n,
      nanos: 360_000_000,
    });
  });

  it("rejects an example with a field the contract does not have", () => {
    const schema = methodFor("GetRunner").input;
    expect(() =>
      fromJson(schema, { runnerId: "x", runnerName: "y" }, { ignoreUnknownFields: false }),
    ).toThrow();
  });
});
