// Authenticated encryption of proxy-mode sessions (AES-256-GCM, node:crypto): the cookie itself carries the PAT
// and its expiry, readable and forgeable only with SESSION_SECRET, so every console process holding that secret
// serves the same users and a restart signs no one out.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Binds the ciphertext to its purpose: a value sealed under the same secret for something else does not open. */
const AAD = Buffer.from("runner-console proxy session v1");
export const MIN_SECRET_LENGTH = 32;

/** One 256-bit key per secret, derived with HKDF so any long random string can serve as SESSION_SECRET. */
export function sessionKeyFrom(secret: string): Buffer {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -base64 32)`);
  }
  return Buffer.from(hkdfSync("sha256", secret, "", "runner-console session key", 32));
}

/** version (1 byte) | iv (12) | ciphertext | tag (16), base64url: cookie-safe without quoting. */
export function seal(key: Buffer, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(AAD);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** The plaintext when one of the keys sealed it and nothing was changed; otherwise undefined. */
export function open(keys: readonly Buffer[], sealed: string): string | undefined {
  const bytes = Buffer.from(sealed, "base64url");
  if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION) return undefined;
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const body = bytes.subarray(1 + IV_BYTES, bytes.length - TAG_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  for (const key of keys) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(AAD);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
    } catch {
      // Not this key (or tampered with): try the next one.
    }
  }
  return undefined;
}
