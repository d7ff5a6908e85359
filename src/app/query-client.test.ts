import { Code, ConnectError } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { createAppQueryClient, shouldRetry } from "./query-client";

describe("query client defaults", () => {
  it("does not retry errors the caller must fix, retries transient ones twice", () => {
    for (const code of [Code.Unauthenticated, Code.PermissionDenied, Code.NotFound, Code.InvalidArgument]) {
      expect(shouldRetry(0, new ConnectError("x", code))).toBe(false);
    }
    expect(shouldRetry(0, new ConnectError("x", Code.Unavailable))).toBe(true);
    expect(shouldRetry(1, new TypeError("Failed to fetch"))).toBe(true);
    expect(shouldRetry(2, new ConnectError("x", Code.Unavailable))).toBe(false);
  });

  it("reports `unauthenticated` from any query, except those that handle it themselves", async () => {
    let redirects = 0;
    const client = createAppQueryClient(() => redirects++);
    const fail = (code: Code) => () => Promise.reject(new ConnectError("x", code));
    await client.fetchQuery({ queryKey: ["a"], queryFn: fail(Code.Unauthenticated) }).catch(() => undefined);
    await client.fetchQuery({ queryKey: ["b"], queryFn: fail(Code.NotFound) }).catch(() => undefined);
    await client.fetchQuery({ queryKey: ["c"], queryFn: fail(Code.Unauthenticated), meta: { authRedirect: false } }).catch(() => undefined);
    expect(redirects).toBe(1);
  });
});
