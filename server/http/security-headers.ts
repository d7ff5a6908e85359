import type { FastifyInstance } from "fastify";
import { apiPathMatcher, decodedPathname } from "./rpc-catalogue";

export interface SecurityHeaderOptions {
  apiPrefix: string;
  /** Origins allowed to frame the embed entry (FRAME_ANCESTORS); empty → nobody may frame anything. */
  frameAncestors: readonly string[];
}

// A CSP source list cannot carry separators or quotes: drop anything that would inject a directive.
const SAFE_SOURCE = /^(?:https?:\/\/[^\s;,'"]+|'self')$/;

/**
 * The Content-Security-Policy of a page. Scripts only from our origin (no inline, no eval); styles allow
 * 'unsafe-inline' because Radix Dialog's scroll lock injects a <style> element when a dialog opens.
 */
export function contentSecurityPolicy(frameAncestors: readonly string[]): string {
  const ancestors = frameAncestors.filter((source) => SAFE_SOURCE.test(source));
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${ancestors.length > 0 ? ancestors.join(" ") : "'none'"}`,
  ].join("; ");
}

/** Only the embed entry (`/embed`, `/embed/…`) may be framed, and only by FRAME_ANCESTORS. */
function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/") || pathname.startsWith("/embed.");
}

/**
 * Sets the security headers on every response. They go on the reply in onRequest, because
 * connect-fastify writes to the raw response and copies only headers already on the reply.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  const framedPolicy = contentSecurityPolicy(options.frameAncestors);
  const unframedPolicy = contentSecurityPolicy([]);
  const isApiPath = apiPathMatcher(options.apiPrefix);
  app.addHook("onRequest", async (request, reply) => {
    const pathname = decodedPathname(request.url);
    const frameable = isEmbedPath(pathname) && options.frameAncestors.length > 0;
    reply.header("content-security-policy", frameable ? framedPolicy : unframedPolicy);
    if (!frameable) reply.header("x-frame-options", "DENY");
    reply.header("x-content-type-options", "nosniff");
    // same-origin, not no-referrer: under no-referrer Chromium posts forms with `Origin: null`, which the
    // OAuth approval form's CSRF check (Origin must match Host) would refuse.
    reply.header("referrer-policy", "same-origin");
    reply.header("cross-origin-opener-policy", "same-origin");
    if (isApiPath(pathname)) reply.header("cache-control", "no-store");
  });
  app.addHook("onSend", async (_request, reply) => {
    reply.removeHeader("x-powered-by");
  });
}
