import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import {
  FieldValueSchema,
  RunnerConfigurationSchema_FieldSchema,
  type RunnerConfigurationSchema_Field,
} from "../src/gen/gitpod/v1/runner_configuration_pb";
import {
  defaultValue,
  encodeBool,
  enumOptions,
  fieldKind,
  fieldLabel,
  matchesPattern,
  patternCheckedByServerOnly,
  validateConfiguration,
  validateFieldValue,
} from "./schema-fields";

type FieldInit = Parameters<typeof create<typeof RunnerConfigurationSchema_FieldSchema>>[1];
const field = (init: FieldInit): RunnerConfigurationSchema_Field =>
  create(RunnerConfigurationSchema_FieldSchema, init);

const cpu = field({
  id: "cpu",
  name: "CPU",
  required: true,
  type: { case: "int", value: { min: 1, max: 64, default: 4 } },
});
const spot = field({ id: "spot", name: "Spot", type: { case: "bool", value: { default: true } } });
const size = field({
  id: "size",
  name: "Size",
  required: true,
  type: {
    case: "enum",
    value: {
      possibleValues: [
        { title: "Small", subtitle: "2 vCPU", detail: "cheap" },
        { title: "Large", subtitle: "8 vCPU", detail: "fast" },
      ],
      defaultValue: { title: "Large" },
    },
  },
});
const disk = field({
  id: "disk",
  name: "Disk",
  type: { case: "enum", value: { values: ["gp2", "gp3"], default: "gp3" } },
});
const region = field({ id: "region", type: { case: "string", value: { pattern: "[a-z]{2}-[a-z]+-[0-9]" } } });
const note = field({
  id: "note",
  name: "Note",
  required: true,
  type: { case: "display", value: { default: "Billed per second" } },
});
const future = field({ id: "future", name: "Future" });
const schema = [cpu, spot, size, disk, region, note, future];

describe("field kinds, labels, options and defaults", () => {
  it("names each kind, and unknown when the oneof is empty", () => {
    expect(schema.map(fieldKind)).toEqual(["int", "bool", "enum", "enum", "string", "display", "unknown"]);
  });

  it("labels a field by name, falling back to its id", () => {
    expect(fieldLabel(cpu)).toBe("CPU");
    expect(fieldLabel(region)).toBe("region");
  });

  it("lists possibleValues, or the deprecated values when only those exist", () => {
    expect(enumOptions(size)).toEqual([
      { title: "Small", subtitle: "2 vCPU", detail: "cheap" },
      { title: "Large", subtitle: "8 vCPU", detail: "fast" },
    ]);
    expect(enumOptions(disk).map((o) => o.title)).toEqual(["gp2", "gp3"]);
    expect(enumOptions(cpu)).toEqual([]);
  });

  it("encodes each kind's default as a FieldValue string", () => {
    expect(schema.map(defaultValue)).toEqual(["4", "true", "Large", "gp3", "", "Billed per second", ""]);
  });

  it("accepts every kind's default (a round trip from schema to value)", () => {
    for (const f of [cpu, spot, size, disk]) expect(validateFieldValue(f, defaultValue(f))).toBeUndefined();
  });
});

describe("validateFieldValue: the rules and messages shared with the server", () => {
  it.each([
    [cpu, "100", "CPU must be between 1 and 64"],
    [cpu, "0", "CPU must be between 1 and 64"],
    [cpu, "2.5", "CPU must be a whole number"],
    [cpu, "", "CPU is required"],
    [spot, "yes", "Spot must be true or false"],
    [size, "Medium", "Size must be one of Small, Large"],
    [size, "", "Size is required"],
    [disk, "io2", "Disk must be one of gp2, gp3"],
    [region, "Europe", "region is not in the expected format"],
    [note, "changed", "Note is read-only"],
    [future, "x", "Future has a type this console does not know"],
  ])("%# rejects %s=%j", (f, value, message) => {
    expect(validateFieldValue(f, value)).toBe(message);
  });

  it.each([
    [cpu, "64"],
    [cpu, "1"],
    [spot, encodeBool(false)],
    [size, "Small"],
    [disk, "gp2"],
    [disk, ""],
    [region, "eu-west-1"],
    [region, ""],
    [note, ""],
  ])("%# accepts %s=%j", (f, value) => {
    expect(validateFieldValue(f, value)).toBeUndefined();
  });

  it("treats an int without min/max as unbounded", () => {
    const count = field({ id: "count", type: { case: "int", value: {} } });
    expect(validateFieldValue(count, "-5000")).toBeUndefined();
  });
});

describe("matchesPattern", () => {
  it("anchors the pattern to the whole value", () => {
    expect(matchesPattern("[a-z]+", "abc")).toBe(true);
    expect(matchesPattern("[a-z]+", "abc1")).toBe(false);
    expect(matchesPattern("^[a-z0-9-]{3,40}$", "my-field-1")).toBe(true);
  });

  it("leaves a pattern JavaScript cannot run to the server instead of rejecting every value", () => {
    expect(matchesPattern("[a-z", "a")).toBe(true);
    expect(matchesPattern("(?i:ab)c", "anything")).toBe(true);
    expect(patternCheckedByServerOnly(field({ id: "x", type: { case: "string", value: { pattern: "(?U)a+" } } }))).toBe(true);
    expect(patternCheckedByServerOnly(field({ id: "x", type: { case: "string", value: { pattern: "(?i)a+" } } }))).toBe(false);
  });

  it.each([
    ["(?i)^[a-z]+\\z", "ABC", "ABC1"],
    ["\\A[[:alpha:]]+[[:digit:]]*\\z", "abc12", "12abc"],
    ["(?s)a.b", "a\nb", "ab"],
    ["(?P<org>[a-z]+)/\\Q.git\\E", "acme/.git", "acme/xgit"],
    ["\\pL+", "Zürich", "Zürich1"],
    ["\\p{Greek}+", "αβγ", "abc"],
    ["[[:^digit:]]+", "abc", "a1"],
    ["a\\-b\\_c", "a-b_c", "a-bc"],
  ])("translates the RE2 pattern %s to its JavaScript equivalent", (pattern, matching, other) => {
    expect(matchesPattern(pattern, matching)).toBe(true);
    expect(matchesPattern(pattern, other)).toBe(false);
  });

  it("describes a pattern in words, from the field's description, never as the expression", () => {
    const zone = field({ id: "zone", name: "Zone", description: "Compute Engine zone, e.g. europe-west4-a.", type: { case: "string", value: { pattern: "[a-z]+-[a-z]+[0-9]-[a-z]" } } });
    expect(validateFieldValue(zone, "Europe")).toBe("Zone is not in the expected format. Compute Engine zone, e.g. europe-west4-a.");
    expect(validateFieldValue(zone, "Europe")).not.toContain("[a-z]");
  });
});

describe("validateConfiguration", () => {
  const value = (key: string, v: string) => create(FieldValueSchema, { key, value: v });

  it("accepts a complete configuration", () => {
    expect(
      validateConfiguration(schema, [value("cpu", "8"), value("size", "Small"), value("spot", "false")]),
    ).toEqual([]);
  });

  it("reports unknown and repeated keys, bad values and missing required fields (never display ones)", () => {
    const errors = validateConfiguration(schema, [
      value("cpu", "99"),
      value("cpu", "8"),
      value("gpu", "a100"),
    ]);
    expect(errors).toEqual([
      { key: "cpu", error: "CPU must be between 1 and 64" },
      { key: "cpu", error: "CPU is given more than once" },
      { key: "gpu", error: "gpu is not a field of this runner's schema" },
      { key: "size", error: "Size is required" },
    ]);
  });
});
