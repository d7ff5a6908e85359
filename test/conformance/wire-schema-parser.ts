import type { ContractShape, EnumShape, FieldLabel, MessageShape, MethodShape } from "./contract-shape";

// Parses test/fixtures/wire-schema.txt (format documented at its top) into a ContractShape.
// Unrecognised lines throw: a silently skipped line would be a silently unchecked part of the contract.

const PACKAGE = "gitpod.v1";
const SCALARS = new Set([
  "double",
  "float",
  "int64",
  "uint64",
  "int32",
  "fixed64",
  "fixed32",
  "bool",
  "string",
  "bytes",
  "uint32",
  "sfixed32",
  "sfixed64",
  "sint32",
  "sint64",
]);

const MESSAGE_LINE = /^message (\S+)(?:\s+\(file (\S+)\))?(?:\s+MSGRULES .*)?$/;
const ONEOF_LINE = /^oneof (\w+)$/;
const FIELD_LINE =
  /^(?:(optional|repeated) )?(\S+) (\w+) = (\d+) json=(\w+)(?: \(oneof (\w+)\))?( \[deprecated\])?(?:\s+RULES .*)?$/;
const ENUM_LINE = /^enum (\S+?)(?:\s+\(file (\S+)\))?: (.*?)( \(and more\))?$/;
const ENUM_VALUE = /^(\w+)=(\d+)$/;
const SERVICE_LINE = /^service (\S+)$/;
const RPC_LINE = /^rpc (\w+) (\w+) idem=(\d+) in=(\S+) out=(\S+)$/;

interface OpenMessage {
  name: string;
  shape: MessageShape;
}

function qualify(name: string, parent: OpenMessage | undefined): string {
  if (name.includes(".")) return name;
  return `${parent ? parent.name : PACKAGE}.${name}`;
}

function canonical(shape: MessageShape): string {
  return JSON.stringify({ ...shape, fields: [...shape.fields.entries()] });
}

export function parseWireSchema(text: string): ContractShape {
  const contract: ContractShape = { messages: new Map(), enums: new Map(), services: new Map() };
  const duplicates: OpenMessage[] = [];
  const open: OpenMessage[] = [];
  let sectionFile: string | undefined;
  let service: Map<string, MethodShape> | undefined;
  let started = false;

  text.split("\n").forEach((rawLine, index) => {
    const fail = (why: string): never => {
      throw new Error(`wire-schema.txt line ${index + 1}: ${why}: ${rawLine}`);
    };
    if (rawLine.startsWith("===")) {
      started = true;
      sectionFile = /^=== file (\S+)$/.exec(rawLine)?.[1];
      return;
    }
    const line = rawLine.trim();
    if (!started || line === "" || line.startsWith("#")) return;
    const depth = (rawLine.length - rawLine.trimStart().length) / 2;
    if (!Number.isInteger(depth)) return fail("indentation is not a multiple of two spaces");

    const message = MESSAGE_LINE.exec(line);
    if (message) {
      const [, name = "", file] = message;
      const parent = depth > 0 ? open[depth - 1] : undefined;
      if (depth > 0 && !parent) return fail("nested message without a parent");
      const opened = {
        name: qualify(name, parent),
        shape: { file: file ?? parent?.shape.file ?? sectionFile, oneofs: [], fields: new Map() },
      };
      open.length = depth;
      open.push(opened);
      if (contract.messages.has(opened.name)) duplicates.push(opened);
      else contract.messages.set(opened.name, opened.shape);
      service = undefined;
      return;
    }
    const owner = open[depth - 1];
    const oneof = ONEOF_LINE.exec(line);
    if (oneof) {
      if (!owner) return fail("oneof outside a message");
      owner.shape.oneofs.push(oneof[1] ?? "");
      return;
    }
    const field = FIELD_LINE.exec(line);
    if (field) {
      if (!owner) return fail("field outside a message");
      const [, label, type = "", name = "", number = "", jsonName = "", oneofName, deprecated] = field;
      const fieldLabel: FieldLabel = label === "optional" || label === "repeated" ? label : "singular";
      owner.shape.fields.set(name, {
        number: Number(number),
        type,
        label: fieldLabel,
        jsonName,
        oneof: oneofName,
        deprecated: Boolean(deprecated),
      });
      return;
    }
    const enumLine = ENUM_LINE.exec(line);
    if (enumLine && depth === 0) {
      const [, name = "", file, values = "", more] = enumLine;
      const shape: EnumShape = { file: file ?? sectionFile, values: new Map(), open: Boolean(more) };
      for (const entry of values.split(", ")) {
        const value = ENUM_VALUE.exec(entry) ?? fail(`bad enum value "${entry}"`);
        shape.values.set(value[1] ?? "", Number(value[2]));
      }
      contract.enums.set(qualify(name, undefined), shape);
      open.length = 0;
      return;
    }
    const serviceLine = SERVICE_LINE.exec(line);
    if (serviceLine && depth === 0) {
      service = new Map();
      contract.services.set(serviceLine[1] ?? "", service);
      open.length = 0;
      return;
    }
    const rpc = RPC_LINE.exec(line);
    if (rpc && depth === 1 && service) {
      const [, name = "", kind = "", idempotency = "", input = "", output = ""] = rpc;
      service.set(name, { kind, idempotency: Number(idempotency), input, output });
      return;
    }
    fail("unrecognised line");
  });

  for (const duplicate of duplicates) {
    const first = contract.messages.get(duplicate.name);
    if (first && canonical(first) !== canonical(duplicate.shape)) {
      throw new Error(`wire-schema.txt defines ${duplicate.name} twice, differently`);
    }
  }
  resolveFieldTypes(contract);
  return contract;
}

/** The fixture writes bare type names; tell enums from messages once every enum is known. */
function resolveFieldTypes(contract: ContractShape): void {
  for (const message of contract.messages.values()) {
    for (const field of message.fields.values()) {
      if (SCALARS.has(field.type)) continue;
      field.type = `${contract.enums.has(field.type) ? "enum" : "message"} ${field.type}`;
    }
  }
}
