import type { RateLimitSettings } from "./limits";

interface Bucket {
  tokens: number;
  updatedAtMs: number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

// Buckets that are full again hold no information; sweep them once the map grows past this.
const SWEEP_THRESHOLD = 10_000;

/** A token bucket per client key (the client's IP address). */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly nowMs: () => number = Date.now,
  ) {}

  take(key: string): TakeResult {
    const now = this.nowMs();
    const bucket = this.refilled(this.buckets.get(key), now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      if (this.buckets.size > SWEEP_THRESHOLD) this.sweep(now);
      return { allowed: true };
    }
    this.buckets.set(key, bucket);
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / this.settings.refillPerSecond));
    return { allowed: false, retryAfterSeconds };
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    if (!bucket) return { tokens: this.settings.capacity, updatedAtMs: now };
    const elapsedSeconds = Math.max(0, now - bucket.updatedAtMs) / 1000;
    const tokens = Math.min(this.settings.capacity, bucket.tokens + elapsedSeconds * this.settings.refillPerSecond);
    return { tokens, updatedAtMs: now };
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (this.refilled(bucket, now).tokens >= this.settings.capacity) this.buckets.delete(key);
    }
  }
}
