import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTokenCipher, loadTokenKey } from "./token-cipher";

describe("host token cipher (AES-256-GCM at rest)", () => {
  it("round-trips, randomises the IV and detects tampering", () => {
    const cipher = createTokenCipher(Buffer.alloc(32, 7));
    const a = cipher.encrypt("ghp_secret");
    const b = cipher.encrypt("ghp_secret");
    expect(a.equals(b)).toBe(false);
    expect(cipher.decrypt(a)).toBe("ghp_secret");
    const tampered = Buffer.from(a);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(tampered)).toThrow();
    expect(() => createTokenCipher(Buffer.alloc(32, 8)).decrypt(a)).toThrow();
  });

  it("creates the key once in DATA_DIR with mode 0600 and reuses it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "token-key-"));
    try {
      const first = loadTokenKey(dir);
      const second = loadTokenKey(dir);
      expect(first.equals(second)).toBe(true);
      expect(fs.statSync(path.join(dir, "token-encryption.key")).mode & 0o777).toBe(0o600);
      expect(loadTokenKey(undefined).equals(first)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
