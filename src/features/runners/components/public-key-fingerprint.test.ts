import { describe, expect, it } from "vitest";
import { publicKeyFingerprint } from "./public-key-fingerprint";

describe("publicKeyFingerprint", () => {
  it("is the SHA-256 of the key bytes in hex", async () => {
    // sha256 of the ASCII bytes "abc" (FIPS 180-2 test vector)
    expect(await publicKeyFingerprint(new TextEncoder().encode("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
