import { createHash, randomUUID } from "node:crypto";

export function newId(): string {
  return randomUUID();
}

/** A UUID (v4 layout) derived from a seed and a name: the demo data gets the same ids on every fresh start. */
export function seededId(seed: string, name: string): string {
  const bytes = createHash("sha256").update(`${seed}\u0000${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
