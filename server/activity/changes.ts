// The field-level change a mutating request carries, as the activity log stores it. Secret values never leave
// this file: a secret field becomes "set" / "changed" / "cleared", and error messages lose any secret they echo.
import type { JsonObject, JsonValue } from "@bufbuild/protobuf";

export interface ActivityChange {
  field: string;
  value: string;
  secret: boolean;
}

/** Request keys that name the target (a policy's is its group); they are the record's target, not a change. */
const TARGET_KEYS = new Set(["runnerId", "id", "environmentClassId", "groupId"]);
/** Lists of { key, value } whose values are credentials whatever the key (LLM request headers). */
const SECRET_LISTS = new Set(["requestHeaders"]);

/** Tokens, passwords, secrets, private and API keys, by field name (camelCase JSON or a configuration key). */
export function isSecretName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    /secret|password|passwd|privatekey|private_key|apikey|api_key|credential/.test(lower) ||
    /token$/.test(lower)
  );
}

function secretValue(value: JsonValue, creating: boolean): string {
  if (value === "" || value === null) return "cleared";
  return creating ? "set" : "changed";
}

function text(value: JsonValue): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function isKeyed(items: JsonValue[]): items is Array<JsonObject & { key: string }> {
  return items.every((item) => typeof item === "object" && item !== null && !Array.isArray(item) && typeof item.key === "string");
}

function walk(value: JsonValue, path: string, key: string, secret: boolean, creating: boolean, out: ActivityChange[]) {
  if (secret || isSecretName(key)) {
    out.push({ field: path, value: secretValue(value, creating), secret: true });
    return;
  }
  if (Array.isArray(value) && value.length > 0 && isKeyed(value)) {
    // configuration: [{ key, value }] → one change per key, judged secret by the key (e.g. registryToken).
    const secretList = SECRET_LISTS.has(key);
    for (const item of value) {
      walk(item.value ?? "", `${path}.${item.key}`, item.key, secretList, creating, out);
    }
    return;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [childKey, child] of Object.entries(value)) {
      if (child !== undefined) walk(child, path ? `${path}.${childKey}` : childKey, childKey, false, creating, out);
    }
    return;
  }
  out.push({ field: path, value: text(value), secret: false });
}

/** One change per field the request sets (proto3 JSON of the request), secrets redacted. */
export function changesOf(request: JsonObject, creating: boolean): ActivityChange[] {
  const out: ActivityChange[] = [];
  for (const [key, value] of Object.entries(request)) {
    if (value === undefined || TARGET_KEYS.has(key)) continue;
    walk(value, key, key, false, creating, out);
  }
  return out;
}

/** Every secret string the request carries (to scrub from error messages). */
export function secretStrings(request: JsonValue, secret = false): string[] {
  if (typeof request === "string") return secret && request.length > 0 ? [request] : [];
  if (Array.isArray(request)) {
    return request.flatMap((item) => {
      if (typeof item === "object" && item !== null && !Array.isArray(item) && typeof item.key === "string") {
        return secretStrings(item.value ?? "", secret || isSecretName(item.key));
      }
      return secretStrings(item, secret);
    });
  }
  if (typeof request === "object" && request !== null) {
    return Object.entries(request).flatMap(([key, value]) =>
      value === undefined ? [] : secretStrings(value, secret || isSecretName(key) || SECRET_LISTS.has(key)),
    );
  }
  return [];
}

export function scrub(message: string, secrets: string[]): string {
  return secrets.reduce((result, secret) => result.split(secret).join("•••"), message);
}
