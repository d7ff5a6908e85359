import { describe, expect, it } from "vitest";
import { PROXY_SESSION_IDLE_MS, ProxySessionStore } from "./session-store";

const identity = { subjectId: "u1", principal: "PRINCIPAL_USER", organizationId: "o1" };
const SECRET_A = "a".repeat(16) + "-first-session-secret";
const SECRET_B = "b".repeat(16) + "-second-session-secret";

describe("ProxySessionStore (sessions sealed into the cookie)", () => {
  it("seals the PAT so the cookie does not show it, and opens it again under the same secret", () => {
    const cookie = new ProxySessionStore({ current: SECRET_A }).create("pat-secret-value", identity);
    expect(cookie).toMatch(/^[\w-]+$/);
    expect(Buffer.from(cookie, "base64url").toString("latin1")).not.toContain("pat-secret-value");
    expect(new ProxySessionStore({ current: SECRET_A }).open(cookie)).toMatchObject({ pat: "pat-secret-value", identity });
  });

  it("refuses a cookie sealed under an unknown key, an altered cookie and garbage", () => {
    const cookie = new ProxySessionStore({ current: SECRET_A }).create("pat-1", identity);
    expect(new ProxySessionStore({ current: SECRET_B }).open(cookie)).toBeUndefined();
    expect(new ProxySessionStore().open(cookie)).toBeUndefined();
    const bytes = Buffer.from(cookie, "base64url");
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    expect(new ProxySessionStore({ current: SECRET_A }).open(bytes.toString("base64url"))).toBeUndefined();
    expect(new ProxySessionStore({ current: SECRET_A }).open("not-a-session")).toBeUndefined();
  });

  it("accepts the previous secret after a rotation, and seals new sessions under the current one", () => {
    const beforeRotation = new ProxySessionStore({ current: SECRET_A }).create("pat-1", identity);
    const rotated = new ProxySessionStore({ current: SECRET_B, previous: SECRET_A });
    expect(rotated.open(beforeRotation)?.pat).toBe("pat-1");
    const afterRotation = rotated.create("pat-2", identity);
    expect(new ProxySessionStore({ current: SECRET_B }).open(afterRotation)?.pat).toBe("pat-2");
    expect(new ProxySessionStore({ current: SECRET_A }).open(afterRotation)).toBeUndefined();
  });

  it("ends a session 12 h after it was sealed; the expiry is inside the seal", () => {
    let now = 1_000_000;
    const store = new ProxySessionStore({ current: SECRET_A }, () => now);
    const cookie = store.create("pat-1", identity);
    now += PROXY_SESSION_IDLE_MS - 1;
    expect(store.open(cookie)).toBeDefined();
    const renewed = store.create("pat-1", identity);
    now += 2;
    expect(store.open(cookie)).toBeUndefined();
    expect(store.open(renewed)?.expiresAtMs).toBe(1_000_000 + 2 * PROXY_SESSION_IDLE_MS - 1);
  });

  it("refuses a signed-out cookie in the process that signed it out", () => {
    const store = new ProxySessionStore({ current: SECRET_A });
    const cookie = store.create("pat-1", identity);
    const other = store.create("pat-1", identity);
    store.revoke(cookie);
    expect(store.open(cookie)).toBeUndefined();
    expect(store.open(other)).toBeDefined();
  });

  it("insists on a secret long enough to be a key", () => {
    expect(() => new ProxySessionStore({ current: "short" })).toThrow(/at least 32 characters/);
  });
});
