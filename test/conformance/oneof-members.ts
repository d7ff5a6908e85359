import type { DescField, DescMessage, JsonObject, JsonValue } from "@bufbuild/protobuf";

// The reference's examples are generated field by field and sometimes set every member of a oneof at
// once, which proto3 JSON forbids. These helpers find such examples and split them into variants
// that each keep one member per oneof, so every member is still parsed strictly.

function isObject(json: JsonValue | undefined): json is JsonObject {
  return typeof json === "object" && json !== null && !Array.isArray(json);
}

function fieldFor(desc: DescMessage, key: string): DescField | undefined {
  return desc.fields.find((field) => field.jsonName === key || field.name === key);
}

/** Nested JSON values of message type, with the message they are meant to hold (the contract has no maps). */
function nestedMessages(desc: DescMessage, json: JsonObject): [DescMessage, JsonValue][] {
  const nested: [DescMessage, JsonValue][] = [];
  for (const [key, value] of Object.entries(json)) {
    const field = fieldFor(desc, key);
    if (field?.fieldKind === "message") nested.push([field.message, value]);
    if (field?.fieldKind === "list" && field.listKind === "message" && Array.isArray(value)) {
      value.forEach((item) => nested.push([field.message, item]));
    }
  }
  return nested;
}

function presentMembers(desc: DescMessage, json: JsonObject): string[][] {
  return desc.oneofs.map((oneof) =>
    Object.keys(json).filter((key) =>
      oneof.fields.some((member) => member.jsonName === key || member.name === key),
    ),
  );
}

/** The largest number of members set at once in any oneof of the example (0 or 1 when valid). */
export function mostOneofMembersSet(desc: DescMessage, json: JsonValue): number {
  if (!isObject(json)) return 0;
  const here = presentMembers(desc, json).map((keys) => keys.length);
  const below = nestedMessages(desc, json).map(([nested, value]) => mostOneofMembersSet(nested, value));
  return Math.max(0, ...here, ...below);
}

/** A copy of the example that keeps, in every oneof set more than once, only member number `pick`. */
export function keepOneOneofMember(desc: DescMessage, json: JsonValue, pick: number): JsonValue {
  if (!isObject(json)) return json;
  const copy: JsonObject = { ...json };
  for (const keys of presentMembers(desc, json)) {
    const kept = keys[pick % keys.length];
    keys.filter((key) => key !== kept).forEach((key) => delete copy[key]);
  }
  for (const [key, value] of Object.entries(copy)) {
    const field = fieldFor(desc, key);
    if (field?.fieldKind === "message") copy[key] = keepOneOneofMember(field.message, value, pick);
    if (field?.fieldKind === "list" && field.listKind === "message" && Array.isArray(value)) {
      copy[key] = value.map((item) => keepOneOneofMember(field.message, item, pick));
    }
  }
  return copy;
}
