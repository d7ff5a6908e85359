// A neutral description of a protobuf contract, built once from the wire-schema fixture and once from
// the generated descriptors, so the two can be compared attribute by attribute in both directions.

export type FieldLabel = "singular" | "optional" | "repeated" | "map";

export interface FieldShape {
  number: number;
  /** A scalar name ("string", "uint32"), or "enum <type name>" / "message <type name>". */
  type: string;
  label: FieldLabel;
  jsonName: string;
  oneof: string | undefined;
  deprecated: boolean;
}

export interface MessageShape {
  /** Proto file without ".proto" (e.g. "gitpod/v1/runner"), when the source states it. */
  file: string | undefined;
  oneofs: string[];
  fields: Map<string, FieldShape>;
}

export interface EnumShape {
  file: string | undefined;
  values: Map<string, number>;
  /** The wire schema lists only some values ("(and more)"): further values are allowed. */
  open: boolean;
}

export interface MethodShape {
  kind: string;
  /** google.protobuf.MethodOptions.IdempotencyLevel: 0 unknown, 1 NO_SIDE_EFFECTS, 2 IDEMPOTENT. */
  idempotency: number;
  input: string;
  output: string;
}

export interface ContractShape {
  messages: Map<string, MessageShape>;
  enums: Map<string, EnumShape>;
  services: Map<string, Map<string, MethodShape>>;
}

export interface Mismatch {
  /** Full name of the element: "gitpod.v1.Runner.name", "gitpod.v1.RunnerService/GetRunner", … */
  where: string;
  what: string;
  wireSchema: string;
  descriptors: string;
}

const ABSENT = "(absent)";
const PRESENT = "(present)";

function compareKeys<T>(
  where: string,
  what: string,
  expected: Map<string, T>,
  actual: Map<string, T>,
  out: Mismatch[],
  allowExtra = false,
): string[] {
  for (const key of expected.keys()) {
    if (!actual.has(key))
      out.push({ where: `${where}${key}`, what, wireSchema: PRESENT, descriptors: ABSENT });
  }
  if (!allowExtra) {
    for (const key of actual.keys()) {
      if (!expected.has(key))
        out.push({ where: `${where}${key}`, what, wireSchema: ABSENT, descriptors: PRESENT });
    }
  }
  return [...expected.keys()].filter((key) => actual.has(key));
}

function compareValue(
  where: string,
  what: string,
  expected: unknown,
  actual: unknown,
  out: Mismatch[],
): void {
  if (expected !== actual)
    out.push({ where, what, wireSchema: String(expected), descriptors: String(actual) });
}

const FIELD_ATTRIBUTES = ["number", "type", "label", "jsonName", "oneof", "deprecated"] as const;

function compareMessage(name: string, expected: MessageShape, actual: MessageShape, out: Mismatch[]): void {
  if (expected.file !== undefined) compareValue(name, "file", expected.file, actual.file, out);
  compareValue(
    name,
    "oneofs",
    [...expected.oneofs].sort().join(","),
    [...actual.oneofs].sort().join(","),
    out,
  );
  for (const fieldName of compareKeys(`${name}.`, "field", expected.fields, actual.fields, out)) {
    const want = expected.fields.get(fieldName);
    const got = actual.fields.get(fieldName);
    if (!want || !got) continue;
    for (const attribute of FIELD_ATTRIBUTES) {
      compareValue(`${name}.${fieldName}`, attribute, want[attribute], got[attribute], out);
    }
  }
}

function compareEnum(name: string, expected: EnumShape, actual: EnumShape, out: Mismatch[]): void {
  if (expected.file !== undefined) compareValue(name, "file", expected.file, actual.file, out);
  const shared = compareKeys(`${name}.`, "enum value", expected.values, actual.values, out, expected.open);
  for (const valueName of shared) {
    compareValue(
      `${name}.${valueName}`,
      "number",
      expected.values.get(valueName),
      actual.values.get(valueName),
      out,
    );
  }
}

const METHOD_ATTRIBUTES = ["kind", "idempotency", "input", "output"] as const;

/** Every difference between the wire schema (expected) and the generated descriptors (actual). */
export function diffContracts(expected: ContractShape, actual: ContractShape): Mismatch[] {
  const out: Mismatch[] = [];
  for (const name of compareKeys("", "message", expected.messages, actual.messages, out)) {
    const want = expected.messages.get(name);
    const got = actual.messages.get(name);
    if (want && got) compareMessage(name, want, got, out);
  }
  for (const name of compareKeys("", "enum", expected.enums, actual.enums, out)) {
    const want = expected.enums.get(name);
    const got = actual.enums.get(name);
    if (want && got) compareEnum(name, want, got, out);
  }
  for (const service of compareKeys("", "service", expected.services, actual.services, out)) {
    const want = expected.services.get(service) ?? new Map<string, MethodShape>();
    const got = actual.services.get(service) ?? new Map<string, MethodShape>();
    for (const rpc of compareKeys(`${service}/`, "rpc", want, got, out)) {
      const wantMethod = want.get(rpc);
      const gotMethod = got.get(rpc);
      if (!wantMethod || !gotMethod) continue;
      for (const attribute of METHOD_ATTRIBUTES) {
        compareValue(`${service}/${rpc}`, attribute, wantMethod[attribute], gotMethod[attribute], out);
      }
    }
  }
  return out;
}
