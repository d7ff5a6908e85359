import { Code, ConnectError, type Interceptor } from "@connectrpc/connect";
import type { FastifyBaseLogger } from "fastify";
import { principalKey } from "../auth/principal";
import { isStorageFull, resourceExhausted, STORAGE_FULL_LOG_LINE, STORAGE_FULL_MESSAGE } from "../errors";
import { httpRequestKey, noteRequestSubject } from "./logging";

/**
 * The outermost RPC interceptor: records the caller for the request log, and turns errors a service did not mean
 * to send into ones a client can act on — a full disk is resource_exhausted with a plain message, anything else is
 * internal without its message. Both leave an error line in the log.
 */
export function createRpcErrorInterceptor(log: FastifyBaseLogger): Interceptor {
  return (next) => async (req) => {
    const rpc = `${req.service.typeName}/${req.method.name}`;
    try {
      return await next(req);
    } catch (error) {
      if (error instanceof ConnectError) throw error;
      if (isStorageFull(error)) {
        log.error({ rpc }, STORAGE_FULL_LOG_LINE);
        throw resourceExhausted(STORAGE_FULL_MESSAGE);
      }
      log.error({ rpc, err: error }, "request failed");
      throw new ConnectError("internal error", Code.Internal);
    } finally {
      const principal = req.contextValues.get(principalKey);
      const raw = req.contextValues.get(httpRequestKey);
      if (principal && raw) noteRequestSubject(raw, principal.kind === "user" ? principal.userId : principal.runnerId);
    }
  };
}
