// OAuth client secrets are sealed to the runner's X25519 public key (libsodium sealed box, as GitHub's secrets API
// does): only the runner, holding the private key, can open them. The console keeps nothing but the ciphertext.
import sodium from "libsodium-wrappers";

// Initialised once at import, so sealing also works inside synchronous SQLite transactions (the demo seed).
await sodium.ready;

export function sealToRunner(plaintext: string, runnerPublicKey: Uint8Array): Uint8Array {
  return sodium.crypto_box_seal(sodium.from_string(plaintext), runnerPublicKey);
}

/** What the runner does with its private key; the console only uses it to check a secret was sealed to it. */
export function openSealed(ciphertext: Uint8Array, publicKey: Uint8Array, privateKey: Uint8Array): string {
  return sodium.to_string(sodium.crypto_box_seal_open(ciphertext, publicKey, privateKey));
}

/** crypto_box_seal adds an ephemeral public key (32 bytes) and a MAC (16 bytes) to the message. */
export const SEALED_BOX_OVERHEAD = 48;
