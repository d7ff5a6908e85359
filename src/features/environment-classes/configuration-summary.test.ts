import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import {
  FieldValueSchema,
  RunnerConfigurationSchema_FieldSchema,
} from "../../gen/gitpod/v1/runner_configuration_pb";
import { describeConfiguration, summarizeConfiguration } from "./configuration-summary";

const fields = [
  create(RunnerConfigurationSchema_FieldSchema, {
    id: "instanceType",
    name: "Instance type",
    type: { case: "enum", value: {} },
  }),
  create(RunnerConfigurationSchema_FieldSchema, {
    id: "diskSizeGiB",
    name: "Disk size (GiB)",
    type: { case: "int", value: {} },
  }),
  create(RunnerConfigurationSchema_FieldSchema, {
    id: "registryToken",
    name: "Registry token",
    secret: true,
    type: { case: "string", value: {} },
  }),
];
const value = (key: string, v: string) => create(FieldValueSchema, { key, value: v });

describe("describeConfiguration", () => {
  it("labels keys by the schema, in schema order, and never shows a secret", () => {
    const items = describeConfiguration(
      [value("registryToken", "********"), value("diskSizeGiB", "200"), value("instanceType", "m6i.large")],
      fields,
    );
    expect(items.map((i) => `${i.label}=${i.value}`)).toEqual([
      "Instance type=m6i.large",
      "Disk size (GiB)=200",
      "Registry token=set",
    ]);
  });

  it("falls back to the key when the schema does not know the field", () => {
    expect(describeConfiguration([value("legacy", "x")], fields)[0]?.label).toBe("legacy");
    expect(describeConfiguration([value("cpu", "4")], undefined)[0]?.label).toBe("cpu");
  });
});

describe("summarizeConfiguration", () => {
  it("shows the first items and counts the rest", () => {
    const items = describeConfiguration(
      [value("instanceType", "m6i.large"), value("diskSizeGiB", "200"), value("x", "1"), value("y", "2")],
      fields,
    );
    expect(summarizeConfiguration(items, 2)).toBe(
      "Instance type: m6i.large · Disk size (GiB): 200 · +2 more",
    );
    expect(summarizeConfiguration([], 2)).toBe("Default configuration");
  });
});
