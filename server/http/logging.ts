import type { IncomingMessage } from "node:http";
import type { Writable } from "node:stream";
import { createContextKey } from "@connectrpc/connect";
import type { FastifyInstance, FastifyServerOptions } from "fastify";

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
 * fastify logger settings for LOG_LEVEL ("info" unless set; "silent" logs nothing). Request lines carry no
 * headers or query strings, and known credential fields are redacted wherever they appear in a logged object.
 */
export function consoleLoggerOptions(level: string, stream?: Writable): FastifyServerOptions["logger"] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: { req: serializeRequest },
  };
}

// Who made a request, filled in by the RPC layer once it knows the caller (the request log has no other way in).
const subjects = new WeakMap<IncomingMessage, string>();

/** The HTTP request behind an RPC (set in the Connect plugin's contextValues). */
export const httpRequestKey = createContextKey<IncomingMessage | undefined>(undefined, { description: "HTTP request" });

export function noteRequestSubject(request: IncomingMessage, subjectId: string): void {
  subjects.set(request, subjectId);
}

/**
 * One line per request when its response is done: method, path (no query string), status, duration, the client's
 * address and the caller's subject id when known. fastify's own request lines are turned off (LogController disableRequestLogging).
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        path: request.url.split("?", 1)[0],
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        subject: subjects.get(request.raw),
        // The client's address: the socket's peer, or X-Forwarded-For from a proxy listed in TRUST_PROXY.
        client: request.ip,
      },
      "request",
    );
  });
}
