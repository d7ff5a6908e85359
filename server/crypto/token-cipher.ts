// Host tokens (and their refresh tokens) are encrypted at rest with AES-256-GCM under a key kept in DATA_DIR
// (created on first start, mode 0600), so a copied database alone reveals no token.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const KEY_FILE = "token-encryption.key";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = 1;

export interface TokenCipher {
  encrypt(plaintext: string): Buffer;
  decrypt(ciphertext: Uint8Array): string;
}

/** Layout: version (1) | iv (12) | tag (16) | ciphertext. */
export function createTokenCipher(key: Buffer): TokenCipher {
  if (key.length !== 32) throw new Error("the token key must be 32 bytes");
  return {
    encrypt(plaintext) {
      const iv = crypto.randomBytes(IV_BYTES);
      const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    decrypt(ciphertext) {
      const data = Buffer.from(ciphertext);
      if (data[0] !== VERSION) throw new Error("unknown token ciphertext version");
      const iv = data.subarray(1, 1 + IV_BYTES);
      const tag = data.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const decipher = crypto.createDecipheriv("aes-256-gcm", key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(data.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
    },
  };
}

/** Reads DATA_DIR's key, creating it (0600) on first start; `undefined` (in-memory databases) gives a random key. */
export function loadTokenKey(dataDir: string | undefined): Buffer {
  if (dataDir === undefined) return crypto.randomBytes(32);
  const file = path.join(dataDir, KEY_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
  }
  const key = Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte key`);
  return key;
}

const ciphers = new WeakMap<object, TokenCipher>();

/** The cipher of a database: its key lives next to the database file (DATA_DIR); in-memory databases get a random one. */
export function tokenCipherFor(db: { memory: boolean; name: string }): TokenCipher {
  let cipher = ciphers.get(db);
  if (!cipher) {
    cipher = createTokenCipher(loadTokenKey(db.memory ? undefined : path.dirname(db.name)));
    ciphers.set(db, cipher);
  }
  return cipher;
}
