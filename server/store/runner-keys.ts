import {
  createPrivateKey,
  createPublicKey,
  createHash,
  generateKeyPairSync,
  type KeyObject,
} from "node:crypto";

export interface RunnerKeyPair {
  /** Raw 32-byte X25519 public key (status.publicKey). */
  publicKey: Uint8Array;
  /** Raw 32-byte X25519 private key; stays server-side (opens sealed boxes addressed to the runner). */
  privateKey: Uint8Array;
}

const PKCS8_X25519_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");

function rawPair(privateKey: KeyObject, publicKey: KeyObject): RunnerKeyPair {
  const privateJwk = privateKey.export({ format: "jwk" });
  const publicJwk = publicKey.export({ format: "jwk" });
  return {
    privateKey: new Uint8Array(Buffer.from(privateJwk.d ?? "", "base64url")),
    publicKey: new Uint8Array(Buffer.from(publicJwk.x ?? "", "base64url")),
  };
}

export function generateRunnerKeyPair(): RunnerKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("x25519");
  return rawPair(privateKey, publicKey);
}

/** The raw private key a seed stands for (X25519 clamps it when used). */
export function seededPrivateKey(seed: string): Uint8Array {
  return new Uint8Array(createHash("sha256").update(`x25519:${seed}`).digest());
}

/** Deterministic key pair for demo data (same seed → same keys on every fresh start). */
export function seededRunnerKeyPair(seed: string): RunnerKeyPair {
  const raw = seededPrivateKey(seed);
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_X25519_PREFIX, Buffer.from(raw)]),
    format: "der",
    type: "pkcs8",
  });
  return rawPair(privateKey, createPublicKey(privateKey));
}
