import type { FastifyRequest } from "fastify";
import { SESSION_COOKIE } from "../auth/resolve";

function isHttps(request: FastifyRequest): boolean {
  return request.protocol === "https" || request.headers["x-forwarded-proto"] === "https";
}

/** The rc_session cookie with the same attributes as in local mode (DESIGN.md "Sign-in and session"). */
export function sessionCookie(request: FastifyRequest, value: string, maxAgeSeconds?: number): string {
  const parts = [`${SESSION_COOKIE}=${value}`, "HttpOnly", "SameSite=Strict", "Path=/"];
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  if (isHttps(request)) parts.push("Secure");
  return parts.join("; ");
}
