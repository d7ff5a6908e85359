import { type Code, ConnectError } from "@connectrpc/connect";
import { errorToJson } from "@connectrpc/connect/protocol-connect";
import type { FastifyReply } from "fastify";

/**
 * Answers with a Connect-style JSON error (`{"code":"…","message":"…"}`) and the given HTTP status.
 * Used where the HTTP layer refuses a request before Connect sees it (size, rate, shape), so every
 * failure a client sees carries a Connect code.
 */
export function sendConnectError(reply: FastifyReply, status: number, code: Code, message: string): FastifyReply {
  return reply
    .code(status)
    .header("content-type", "application/json")
    .send(JSON.stringify(errorToJson(new ConnectError(message, code), undefined)));
}
