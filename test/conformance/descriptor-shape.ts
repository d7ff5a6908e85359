import {
  ScalarType,
  type DescEnum,
  type DescField,
  type DescFile,
  type DescMessage,
} from "@bufbuild/protobuf";
import type { ContractShape, FieldLabel, FieldShape, MessageShape } from "./contract-shape";

function scalarName(scalar: ScalarType): string {
  return ScalarType[scalar].toLowerCase();
}

function listElementType(field: Extract<DescField, { fieldKind: "list" }>): string {
  switch (field.listKind) {
    case "scalar":
      return scalarName(field.scalar);
    case "enum":
      return `enum ${field.enum.typeName}`;
    case "message":
      return `message ${field.message.typeName}`;
  }
}

function fieldTypeAndLabel(field: DescField): { type: string; label: FieldLabel } {
  const singularLabel: FieldLabel = field.proto.proto3Optional ? "optional" : "singular";
  switch (field.fieldKind) {
    case "scalar":
      return { type: scalarName(field.scalar), label: singularLabel };
    case "enum":
      return { type: `enum ${field.enum.typeName}`, label: singularLabel };
    case "message":
      return { type: `message ${field.message.typeName}`, label: singularLabel };
    case "list":
      return { type: listElementType(field), label: "repeated" };
    case "map":
      // The wire schema has no map fields, so any map is a mismatch by its label alone.
      return { type: `map<${scalarName(field.mapKey)}>`, label: "map" };
  }
}

function fieldShape(field: DescField): FieldShape {
  return {
    number: field.number,
    ...fieldTypeAndLabel(field),
    jsonName: field.jsonName,
    oneof: field.oneof?.name,
    deprecated: field.deprecated,
  };
}

function addEnum(contract: ContractShape, desc: DescEnum): void {
  contract.enums.set(desc.typeName, {
    file: desc.file.name,
    values: new Map(desc.values.map((value) => [value.name, value.number])),
    open: false,
  });
}

function addMessage(contract: ContractShape, desc: DescMessage): void {
  const shape: MessageShape = {
    file: desc.file.name,
    oneofs: desc.oneofs.map((oneof) => oneof.name),
    fields: new Map(desc.fields.map((field) => [field.name, fieldShape(field)])),
  };
  contract.messages.set(desc.typeName, shape);
  desc.nestedMessages.forEach((nested) => addMessage(contract, nested));
  desc.nestedEnums.forEach((nested) => addEnum(contract, nested));
}

/** Everything declared in the given generated files (not their imports, e.g. google.protobuf.*). */
export function describeFiles(files: DescFile[]): ContractShape {
  const contract: ContractShape = { messages: new Map(), enums: new Map(), services: new Map() };
  for (const file of files) {
    file.messages.forEach((message) => addMessage(contract, message));
    file.enums.forEach((desc) => addEnum(contract, desc));
    for (const service of file.services) {
      const methods = service.methods.map(
        (method) =>
          [
            method.name,
            {
              kind: method.methodKind,
              idempotency: method.idempotency,
              input: method.input.typeName,
              output: method.output.typeName,
            },
          ] as const,
      );
      contract.services.set(service.typeName, new Map(methods));
    }
  }
  return contract;
}
