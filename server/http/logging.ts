import type { FastifyServerOptions } from "fastify";

const REDACTED = "[redacted]";

// Paths a log call could reach a credential through: request/response headers, bodies of sign-in and
// token RPCs (exchangeToken, accessToken, token, refreshToken …), and OAuth client secrets.
const REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  "headers.authorization",
  "headers.cookie",
  'res.headers["set-cookie"]',
  'headers["set-cookie"]',
  "body.token",
  "*.token",
  "*.accessToken",
  "*.exchangeToken",
  "*.refreshToken",
  "*.oauthClientSecret",
  "*.oauthPlaintextClientSecret",
  "*.password",
];

/** A request as logged: method, path without the query string, and the peer address — never headers. */
function serializeRequest(request: { method: string; url: string; ip?: string }) {
  return { method: request.method, path: request.url.split("?", 1)[0], remoteAddress: request.ip };
}

/**
 * fastify logger settings for LOG_LEVEL (unset → no logging). Request lines carry no headers or query
 * strings, and known credential fields are redacted wherever they appear in a logged object.
 */
export function consoleLoggerOptions(level: string | undefined): FastifyServerOptions["logger"] {
  if (!level) return false;
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: { req: serializeRequest },
  };
}
