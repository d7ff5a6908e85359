import { Code, ConnectError } from "@connectrpc/connect";
import { codeToHttpStatus } from "@connectrpc/connect/protocol-connect";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { isStorageFull, STORAGE_FULL_LOG_LINE, STORAGE_FULL_MESSAGE } from "../errors";
import { sendConnectError } from "./connect-error-reply";

// fastify's own refusals (body too large, bad JSON, unknown media type …) by HTTP status.
const CODE_BY_STATUS: ReadonlyMap<number, Code> = new Map([
  [400, Code.InvalidArgument],
  [401, Code.Unauthenticated],
  [403, Code.PermissionDenied],
  [404, Code.NotFound],
  [405, Code.Unimplemented],
  [408, Code.DeadlineExceeded],
  [409, Code.AlreadyExists],
  [413, Code.ResourceExhausted],
  [415, Code.InvalidArgument],
  [429, Code.ResourceExhausted],
  [503, Code.Unavailable],
]);

/**
 * Turns every error that reaches fastify (its own refusals and errors thrown by plain routes such as
 * /auth/session) into a Connect-style JSON error. Internal errors say nothing about their cause.
 */
export function connectErrorHandler(error: FastifyError | ConnectError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ConnectError) {
    return sendConnectError(reply, codeToHttpStatus(error.code), error.code, error.rawMessage);
  }
  if (isStorageFull(error)) {
    request.log.error(STORAGE_FULL_LOG_LINE);
    return sendConnectError(reply, codeToHttpStatus(Code.ResourceExhausted), Code.ResourceExhausted, STORAGE_FULL_MESSAGE);
  }
  const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
  const code = CODE_BY_STATUS.get(status);
  if (code === undefined || (status >= 500 && code !== Code.Unavailable)) {
    request.log.error({ err: error }, "request failed");
    return sendConnectError(reply, 500, Code.Internal, "internal error");
  }
  return sendConnectError(reply, status, code, error.message);
}
