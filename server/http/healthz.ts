import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../context";
import { storeHealth } from "../store/health";

/**
 * GET /healthz: 200 {ok:true, store:{writable:true}} while the store can take writes; 503 with the problem
 * ("disk full", "write failed") and one error line in the log when it cannot. Cheap: nothing is committed.
 */
export function registerHealthz(app: FastifyInstance, ctx: ServerContext): void {
  // Proxy mode keeps its (in-memory) store outside DATA_DIR, which then need not exist.
  const usesDataDir = ctx.config.dataDir !== ":memory:" && !ctx.config.gitpodApiUrl;
  const dataDir = usesDataDir ? ctx.config.dataDir : undefined;
  app.get("/healthz", async (request, reply) => {
    const store = storeHealth(ctx.db, dataDir);
    reply.header("cache-control", "no-store");
    if (store.writable) return reply.send({ ok: true, store });
    request.log.error({ store }, "health check: the store cannot take writes");
    return reply.code(503).send({ ok: false, store });
  });
}
