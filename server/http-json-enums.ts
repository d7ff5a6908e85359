// connect-es decodes JSON with ignoreUnknownFields, which also drops enum strings it does not know — a misspelt
// filter would silently match everything. This walks the raw JSON against the method's input descriptor first and
// names the first enum field whose value is not one of its value names (or numbers).
import type { DescEnum, DescField, DescMessage, DescService } from "@bufbuild/protobuf";

function enumValueKnown(desc: DescEnum, value: unknown): boolean {
  if (value === null) return true;
  if (typeof value === "string") return desc.values.some((v) => v.name === value);
  if (typeof value === "number") return Number.isInteger(value);
  return false;
}

function fieldByJsonKey(message: DescMessage, key: string): DescField | undefined {
  return message.fields.find((f) => f.jsonName === key || f.name === key);
}

/** Well-known types have their own JSON forms (Timestamp string, Struct…); none of them hides a gitpod enum. */
function hasOwnJsonForm(message: DescMessage): boolean {
  return message.typeName.startsWith("google.protobuf.");
}

/** The path of the first unknown enum value in `json` for `message`, or undefined when all are known. */
export function findUnknownEnum(message: DescMessage, json: unknown, path = ""): string | undefined {
  if (typeof json !== "object" || json === null || Array.isArray(json) || hasOwnJsonForm(message))
    return undefined;
  for (const [key, value] of Object.entries(json)) {
    const field = fieldByJsonKey(message, key);
    if (!field || value === null) continue;
    const here = path ? `${path}.${key}` : key;
    const problem = checkField(field, value, here);
    if (problem) return problem;
  }
  return undefined;
}

function checkField(field: DescField, value: unknown, path: string): string | undefined {
  switch (field.fieldKind) {
    case "enum":
      return enumValueKnown(field.enum, value) ? undefined : path;
    case "message":
      return findUnknownEnum(field.message, value, path);
    case "list": {
      if (!Array.isArray(value)) return undefined;
      for (const [i, item] of value.entries()) {
        const itemPath = `${path}[${i}]`;
        if (field.listKind === "enum" && !enumValueKnown(field.enum, item)) return itemPath;
        if (field.listKind === "message") {
          const problem = findUnknownEnum(field.message, item, itemPath);
          if (problem) return problem;
        }
      }
      return undefined;
    }
    case "map": {
      if (typeof value !== "object" || value === null) return undefined;
      for (const [k, item] of Object.entries(value)) {
        const itemPath = `${path}.${k}`;
        if (field.mapKind === "enum" && !enumValueKnown(field.enum, item)) return itemPath;
        if (field.mapKind === "message") {
          const problem = findUnknownEnum(field.message, item, itemPath);
          if (problem) return problem;
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Request path (`/gitpod.v1.Service/Method`) → input message descriptor, for the given services. */
export function inputDescriptorsByPath(services: DescService[]): Map<string, DescMessage> {
  const byPath = new Map<string, DescMessage>();
  for (const service of services) {
    for (const method of service.methods) byPath.set(`/${service.typeName}/${method.name}`, method.input);
  }
  return byPath;
}
