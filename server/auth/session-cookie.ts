import type { FastifyRequest } from "fastify";
import { SESSION_COOKIE } from "./resolve";

/**
 * Whether the browser reached the console over https: PUBLIC_URL says so, or this request did. fastify's
 * request.protocol is "https" on a TLS socket, or from X-Forwarded-Proto only on a connection from a proxy listed in
 * TRUST_PROXY; anyone else's X-Forwarded-Proto is ignored.
 */
function browserUsesHttps(request: FastifyRequest, publicUrl: string | undefined): boolean {
  return publicUrl?.toLowerCase().startsWith("https:") === true || request.protocol === "https";
}

/** The rc_session cookie, the same in local and proxy mode (DESIGN.md "Sign-in and session"). */
export function sessionCookie(
  request: FastifyRequest,
  publicUrl: string | undefined,
  value: string,
  maxAgeSeconds?: number,
): string {
  const parts = [`${SESSION_COOKIE}=${value}`, "HttpOnly", "SameSite=Strict", "Path=/"];
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  if (browserUsesHttps(request, publicUrl)) parts.push("Secure");
  return parts.join("; ");
}
