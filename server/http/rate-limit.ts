import { Code } from "@connectrpc/connect";
import type { FastifyInstance } from "fastify";
import { sendConnectError } from "./connect-error-reply";
import type { RateLimitSettings } from "./limits";
import { decodedPathname } from "./rpc-catalogue";
import { TokenBucketLimiter } from "./token-bucket";

export interface RateLimitOptions {
  apiPrefix: string;
  signIn: RateLimitSettings;
  exchangeToken: RateLimitSettings;
  nowMs?: () => number;
}

/**
 * Per-IP token buckets on the two calls that take a credential from an anonymous caller: sign-in
 * (POST {prefix}/auth/session) and IdentityService.ExchangeToken. Over the limit → 429
 * resource_exhausted with Retry-After.
 */
export function registerRateLimits(app: FastifyInstance, options: RateLimitOptions): void {
  const signInPath = `${options.apiPrefix}/auth/session`;
  const exchangePath = `${options.apiPrefix}/gitpod.v1.IdentityService/ExchangeToken`;
  const signIn = new TokenBucketLimiter(options.signIn, options.nowMs);
  const exchange = new TokenBucketLimiter(options.exchangeToken, options.nowMs);

  app.addHook("onRequest", async (request, reply) => {
    const pathname = decodedPathname(request.url);
    const limiter =
      pathname === signInPath && request.method === "POST" ? signIn : pathname === exchangePath ? exchange : undefined;
    if (!limiter) return;
    const result = limiter.take(request.ip);
    if (result.allowed) return;
    reply.header("retry-after", String(result.retryAfterSeconds));
    return sendConnectError(
      reply,
      429,
      Code.ResourceExhausted,
      `too many attempts from this address; retry in ${result.retryAfterSeconds} s`,
    );
  });
}
