// The buf.validate rules of the contract (kept as comments in proto/), enforced by hand: the local API must
// answer invalid_argument where the real API does.
import type { DescEnum } from "@bufbuild/protobuf";
import { invalidArgument } from "./errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function requireUuid(field: string, value: string): string {
  if (!isUuid(value)) throw invalidArgument(`${field} must be a UUID`);
  return value;
}

/** IGNORE_IF_UNPOPULATED: empty passes, anything else must be a UUID. */
export function optionalUuid(field: string, value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  return requireUuid(field, value);
}

export function requireLength(field: string, value: string, min: number, max: number): string {
  const length = [...value].length;
  if (length < min || length > max) {
    throw invalidArgument(`${field} must be between ${min} and ${max} characters (got ${length})`);
  }
  return value;
}

export function requireMaxItems<T>(field: string, values: readonly T[], max: number): readonly T[] {
  if (values.length > max) throw invalidArgument(`${field} takes at most ${max} items (got ${values.length})`);
  return values;
}

/** definedOnly: protobuf-es keeps unknown enum numbers from JSON/binary, so check against the descriptor. */
export function requireDefinedEnum(field: string, descriptor: DescEnum, value: number, allowUnspecified = true): number {
  const defined = descriptor.values.some((v) => v.number === value);
  if (!defined || (!allowUnspecified && value === 0)) {
    throw invalidArgument(`${field} has an unknown value ${value} for ${descriptor.typeName}`);
  }
  return value;
}

export function requireUri(field: string, value: string): string {
  try {
    const url = new URL(value);
    if (!url.protocol) throw new Error("no scheme");
  } catch {
    throw invalidArgument(`${field} must be an absolute URI`);
  }
  return value;
}
