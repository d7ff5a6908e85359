// Failed authentications of any kind — a wrong Bearer token on an RPC or on the runner heartbeat, a stale or forged
// session cookie, a failed sign-in or token exchange — spend one client's budget; successes never do. Once it is
// spent, that client's requests that present a credential get 429 resource_exhausted with Retry-After (even a right
// one: otherwise guessing would go on), while its anonymous requests (the SPA, /healthz) and other clients go on.
import { Code } from "@connectrpc/connect";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { sessionIdFromCookie } from "../auth/resolve";
import { HEARTBEAT_PATH } from "../fake-runner/heartbeat-protocol";
import { sendConnectError } from "./connect-error-reply";
import type { RateLimitSettings } from "./limits";
import { apiPathMatcher, decodedPathname } from "./rpc-catalogue";

interface Bucket {
  tokens: number;
  updatedAtMs: number;
  /** Credential requests admitted and not yet answered (each may still fail). */
  inFlight: number;
}

export type Admission = { allowed: true; settle: (failed: boolean) => void } | { allowed: false; retryAfterSeconds: number };

const SWEEP_THRESHOLD = 10_000;

/**
 * A token bucket of failures per client. A client with a clean record is not tracked at all; once it has failed,
 * each request it has in flight holds a token until answered, so parallel guesses cannot overshoot the budget.
 */
export class AuthFailureLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly nowMs: () => number = Date.now,
  ) {}

  admit(key: string): Admission {
    const now = this.nowMs();
    const bucket = this.buckets.get(key);
    if (bucket) this.refill(bucket, now);
    if (!bucket || (bucket.tokens >= this.settings.capacity && bucket.inFlight === 0)) {
      this.buckets.delete(key);
      return {
        allowed: true,
        settle: (failed) => {
          if (failed) this.fail(key);
        },
      };
    }
    const available = bucket.tokens - bucket.inFlight;
    if (available < 1) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - available) / this.settings.refillPerSecond)) };
    }
    bucket.inFlight += 1;
    return {
      allowed: true,
      settle: (failed) => {
        bucket.inFlight -= 1;
        if (failed) this.fail(key, bucket);
      },
    };
  }

  private fail(key: string, held?: Bucket): void {
    const now = this.nowMs();
    const bucket = held ?? this.buckets.get(key) ?? { tokens: this.settings.capacity, updatedAtMs: now, inFlight: 0 };
    this.refill(bucket, now);
    // A burst of parallel failures from a clean client can go below zero; bounded so the wait stays within two windows.
    bucket.tokens = Math.max(-this.settings.capacity, bucket.tokens - 1);
    this.buckets.set(key, bucket);
    if (this.buckets.size > SWEEP_THRESHOLD) this.sweep(now);
  }

  private refill(bucket: Bucket, now: number): void {
    const elapsedSeconds = Math.max(0, now - bucket.updatedAtMs) / 1000;
    bucket.tokens = Math.min(this.settings.capacity, bucket.tokens + elapsedSeconds * this.settings.refillPerSecond);
    bucket.updatedAtMs = now;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      this.refill(bucket, now);
      if (bucket.tokens >= this.settings.capacity && bucket.inFlight === 0) this.buckets.delete(key);
    }
  }
}

export interface AuthFailureLimitOptions {
  apiPrefix: string;
  limit: RateLimitSettings;
  nowMs?: () => number;
}

/** Whether a request presents a credential the server will check: Bearer, session cookie, sign-in, token exchange. */
function credentialRequestMatcher(apiPrefix: string): (request: FastifyRequest) => boolean {
  const isApiPath = apiPathMatcher(apiPrefix);
  const heartbeatPath = `${apiPrefix}${HEARTBEAT_PATH}`;
  const signInPath = `${apiPrefix}/auth/session`;
  const exchangePath = `${apiPrefix}/gitpod.v1.IdentityService/ExchangeToken`;
  return (request) => {
    const pathname = decodedPathname(request.url);
    // Browsers send the cookie with every asset too; only API calls check it.
    if (!isApiPath(pathname) && pathname !== heartbeatPath) return false;
    if (request.headers.authorization !== undefined) return true;
    if (sessionIdFromCookie(request.headers.cookie) !== undefined) return true;
    return (request.method === "POST" && pathname === signInPath) || pathname === exchangePath;
  };
}

export function registerAuthFailureLimit(app: FastifyInstance, options: AuthFailureLimitOptions): void {
  const limiter = new AuthFailureLimiter(options.limit, options.nowMs);
  const presentsCredential = credentialRequestMatcher(options.apiPrefix);

  app.addHook("onRequest", async (request, reply) => {
    if (!presentsCredential(request)) return;
    const admission = limiter.admit(request.ip);
    if (!admission.allowed) {
      reply.header("retry-after", String(admission.retryAfterSeconds));
      return sendConnectError(
        reply,
        429,
        Code.ResourceExhausted,
        `too many failed sign-ins or invalid credentials from your address; retry in ${admission.retryAfterSeconds} s`,
      );
    }
    // "close" comes after the answer or an abort alike, so an admitted request always gives its token back.
    reply.raw.once("close", () => admission.settle(reply.raw.writableFinished && reply.raw.statusCode === 401));
  });
}
