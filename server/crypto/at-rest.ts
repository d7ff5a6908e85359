// Write-only values kept in the database (runner private keys, the metrics password, secret environment-class
// fields) are encrypted with the console's AES-256-GCM key (DATA_DIR/token-encryption.key, 0600), so a copy of
// console.db alone opens nothing. Rows written before this existed hold plain values; encryptLegacySecrets
// converts them at start.
import type { Db } from "../store/db";
import { tokenCipherFor } from "./token-cipher";

const PREFIX = "enc1:";
const RAW_PRIVATE_KEY_BYTES = 32;

export function isEncryptedValue(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

export function encryptValue(db: Db, plaintext: string): string {
  return PREFIX + tokenCipherFor(db).encrypt(plaintext).toString("base64");
}

/** A stored value in clear: decrypted, or as it is when written before encryption (until converted). */
export function decryptValue(db: Db, stored: string): string {
  if (!isEncryptedValue(stored)) return stored;
  return tokenCipherFor(db).decrypt(Buffer.from(stored.slice(PREFIX.length), "base64"));
}

export function encryptPrivateKey(db: Db, privateKey: Uint8Array): Buffer {
  return tokenCipherFor(db).encrypt(Buffer.from(privateKey).toString("base64"));
}

/** A raw X25519 key is 32 bytes; anything longer is the encrypted form. */
export function isPlainPrivateKey(stored: Uint8Array): boolean {
  return stored.length === RAW_PRIVATE_KEY_BYTES;
}

export function decryptPrivateKey(db: Db, stored: Uint8Array): Uint8Array {
  if (isPlainPrivateKey(stored)) return new Uint8Array(stored);
  return new Uint8Array(Buffer.from(tokenCipherFor(db).decrypt(stored), "base64"));
}
