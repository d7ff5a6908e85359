import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A fresh bearer secret: 256 random bits, base64url (43 characters). */
export function randomSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** Tokens and session ids are stored as their SHA-256 only: they carry 256 bits, so no salt or KDF is needed. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
