import { Code } from "@connectrpc/connect";
import type { FastifyInstance } from "fastify";
import { sendConnectError } from "./connect-error-reply";
import { apiPathMatcher, decodedPathname } from "./rpc-catalogue";

export interface CorsOptions {
  apiPrefix: string;
  /** EMBED_ALLOWED_ORIGINS: the only origins that may call the API from another origin. */
  allowedOrigins: readonly string[];
}

const ALLOWED_METHODS = "POST, GET";
const ALLOWED_HEADERS = "Authorization, Content-Type, Connect-Protocol-Version, Connect-Timeout-Ms";
const EXPOSED_HEADERS = "Retry-After, Grpc-Status, Grpc-Message, Date";
const PREFLIGHT_MAX_AGE_SECONDS = "600";

function normalisedOrigin(value: string): string | undefined {
  try {
    const origin = new URL(value).origin;
    return origin === "null" ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * CORS for the API routes only, for the embed origins only, and never with credentials: embedded
 * clients send a Bearer token from memory, the console's cookie is for its own origin.
 */
export function registerCors(app: FastifyInstance, options: CorsOptions): void {
  const allowed = new Set(options.allowedOrigins.map(normalisedOrigin).filter((origin) => origin !== undefined));
  const isApiPath = apiPathMatcher(options.apiPrefix);
  app.addHook("onRequest", async (request, reply) => {
    if (!isApiPath(decodedPathname(request.url))) return;
    const origin = request.headers.origin;
    reply.header("vary", "Origin");
    const isAllowed = origin !== undefined && allowed.has(origin);
    const isPreflight = request.method === "OPTIONS" && request.headers["access-control-request-method"] !== undefined;
    if (isAllowed) {
      reply.header("access-control-allow-origin", origin);
      reply.header("access-control-expose-headers", EXPOSED_HEADERS);
    }
    if (!isPreflight) return;
    if (!isAllowed) {
      return sendConnectError(reply, 403, Code.PermissionDenied, "this origin may not call the API");
    }
    reply.header("access-control-allow-methods", ALLOWED_METHODS);
    reply.header("access-control-allow-headers", ALLOWED_HEADERS);
    reply.header("access-control-max-age", PREFLIGHT_MAX_AGE_SECONDS);
    return reply.code(204).send();
  });
}
