import type { IncomingMessage } from "node:http";
import { Code } from "@connectrpc/connect";
import type { FastifyInstance } from "fastify";
import { sendConnectError } from "./connect-error-reply";

/** A refused body is read and dropped up to this size, so the client can finish sending and read the 413. */
export const DRAIN_LIMIT_BYTES = 256 * 1024 * 1024;

/**
 * Refuses a declared body larger than the limit before anything reads it. connect-fastify reads the raw
 * request itself (fastify's bodyLimit does not apply to its routes), so this is where the 413 comes from;
 * a chunked body without Content-Length is cut off by the Connect router's readMaxBytes instead.
 */
export function registerBodyLimit(app: FastifyInstance, limitBytes: number): void {
  app.addHook("onRequest", async (request, reply) => {
    const declared = request.headers["content-length"];
    if (declared === undefined || Number(declared) <= limitBytes) return;
    drainBody(request.raw);
    return sendConnectError(
      reply,
      413,
      Code.ResourceExhausted,
      `request body of ${declared} bytes is larger than the limit of ${limitBytes} bytes`,
    );
  });
}

/**
 * Closing a socket with unread bytes makes the kernel send a reset, which can destroy the 413 before the
 * client reads it (a client that writes its whole body first always loses it). So the body is discarded
 * as it arrives and the connection stays usable; only a body past DRAIN_LIMIT_BYTES gets the socket closed.
 */
function drainBody(raw: IncomingMessage): void {
  let received = 0;
  raw.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (received > DRAIN_LIMIT_BYTES) raw.socket.destroy();
  });
}
