import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PROXY_SESSION_IDLE_MS, ProxySessionStore } from "./session-store";

const identity = { subjectId: "u1", principal: "PRINCIPAL_USER", organizationId: "o1" };

describe("ProxySessionStore", () => {
  it("issues 256-bit ids, keeps only their hashes, and expires sessions idle for 12 h", () => {
    let now = 0;
    const store = new ProxySessionStore(() => now);
    const id = store.create("pat-1", identity);
    expect(Buffer.from(id, "base64url")).toHaveLength(32);
    expect(store.touch(id)?.pat).toBe("pat-1");
    expect(store.touch(createHash("sha256").update(id).digest("hex"))).toBeUndefined();

    now += PROXY_SESSION_IDLE_MS - 1;
    expect(store.touch(id)).toBeDefined();
    now += PROXY_SESSION_IDLE_MS - 1;
    expect(store.touch(id)).toBeDefined();
    now += PROXY_SESSION_IDLE_MS + 1;
    expect(store.touch(id)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("forgets a session on sign-out", () => {
    const store = new ProxySessionStore();
    const id = store.create("pat-2", identity);
    store.delete(id);
    expect(store.touch(id)).toBeUndefined();
  });
});
