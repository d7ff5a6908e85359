import { describe, expect, it } from "vitest";
import { TokenBucketLimiter } from "./token-bucket";

describe("TokenBucketLimiter", () => {
  it("allows a burst, refuses with a retry time, and refills with time, per key", () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 0.5 }, () => now);
    expect(limiter.take("a")).toEqual({ allowed: true });
    expect(limiter.take("a")).toEqual({ allowed: true });
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(limiter.take("b")).toEqual({ allowed: true });
    now = 1_000;
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now = 2_000;
    expect(limiter.take("a")).toEqual({ allowed: true });
    now = 60_000;
    expect(limiter.take("a")).toEqual({ allowed: true });
    expect(limiter.take("a")).toEqual({ allowed: true });
    expect(limiter.take("a").allowed).toBe(false);
  });
});
