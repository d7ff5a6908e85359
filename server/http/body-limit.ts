import { Code } from "@connectrpc/connect";
import type { FastifyInstance } from "fastify";
import { sendConnectError } from "./connect-error-reply";

/**
 * Refuses a declared body larger than the limit before anything reads it. connect-fastify reads the raw
 * request itself (fastify's bodyLimit does not apply to its routes), so this is where the 413 comes from;
 * a chunked body without Content-Length is cut off by the Connect router's readMaxBytes instead.
 */
export function registerBodyLimit(app: FastifyInstance, limitBytes: number): void {
  app.addHook("onRequest", async (request, reply) => {
    const declared = request.headers["content-length"];
    if (declared === undefined || Number(declared) <= limitBytes) return;
    reply.header("connection", "close");
    return sendConnectError(
      reply,
      413,
      Code.ResourceExhausted,
      `request body of ${declared} bytes is larger than the limit of ${limitBytes} bytes`,
    );
  });
}
