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

/** Length in characters; `max` may be Number.MAX_SAFE_INTEGER (no limit), which the message never names. */
export function requireLength(field: string, value: string, min: number, max: number): string {
  const length = [...value].length;
  if (length === 0 && min > 0) throw invalidArgument(`${field} is required`);
  if (length < min) throw invalidArgument(`${field} must be at least ${min} characters (got ${length})`);
  if (length > max) throw invalidArgument(`${field} must be at most ${max} characters (got ${length})`);
  return value;
}

// C0 controls, DEL, C1 controls, and the bidirectional embeddings/overrides/isolates (U+202A–U+202E,
// U+2066–U+2069) that can make one name read like another. Descriptions are typed in a multi-line box:
// line breaks and tabs are text there.
function isHiddenCharacter(codePoint: number, multiline: boolean): boolean {
  if (multiline && (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d)) return false;
  return (
    codePoint <= 0x1f ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

/** Why a name or description cannot be stored as typed, or undefined when it can. */
export function hiddenCharacterError(label: string, value: string, multiline = false): string | undefined {
  const found = [...value].map((c) => c.codePointAt(0) ?? 0).find((c) => isHiddenCharacter(c, multiline));
  if (found === undefined) return undefined;
  const codePoint = `U+${found.toString(16).toUpperCase().padStart(4, "0")}`;
  return `${label} contains an invisible control or text-direction character (${codePoint}); remove it and try again`;
}

/** A name (runner, environment class …): the length rule plus no control or bidirectional-override characters. */
export function requireName(field: string, value: string, min: number, max: number): string {
  requireLength(field, value, min, max);
  const error = hiddenCharacterError(field, value);
  if (error) throw invalidArgument(error);
  return value;
}

/** A description: as requireName, but line breaks and tabs are allowed. */
export function requireDescription(field: string, value: string, min: number, max: number): string {
  requireLength(field, value, min, max);
  const error = hiddenCharacterError(field, value, true);
  if (error) throw invalidArgument(error);
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

/** An absolute http: or https: URL with a host: what the console renders as a link (javascript:, data: … refused). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

export function requireHttpUrl(field: string, value: string): string {
  if (!isHttpUrl(value)) throw invalidArgument(`${field} must be an http:// or https:// URL`);
  return value;
}
