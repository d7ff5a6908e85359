/** Largest request body the server reads (DESIGN.md "Operations"); larger ones get 413 resource_exhausted. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Per-client token buckets for the two endpoints that take a credential from an anonymous caller. */
export interface RateLimitSettings {
  /** Requests a client may burst. */
  capacity: number;
  /** Tokens added back per second. */
  refillPerSecond: number;
}

// Generous enough for a demo or a test suite that signs in per test from one address; tokens are
// 256-bit, so the limit is about noise and cost, not about making guessing feasible.
export const DEFAULT_SIGN_IN_LIMIT: RateLimitSettings = { capacity: 60, refillPerSecond: 1 };
export const DEFAULT_EXCHANGE_TOKEN_LIMIT: RateLimitSettings = { capacity: 30, refillPerSecond: 0.5 };

// Failed authentications (bad Bearer token, stale cookie, failed sign-in …) per client: 30 in a row, then one more
// every 10 s (≈ 30 per 5 minutes). A person mistyping a token or a browser with an expired cookie stays far below it.
export const DEFAULT_AUTH_FAILURE_LIMIT: RateLimitSettings = { capacity: 30, refillPerSecond: 0.1 };
