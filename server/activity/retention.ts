import type { FastifyBaseLogger } from "fastify";
import type { ServerContext } from "../context";
import { pruneActivity } from "./store";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes records older than `retentionDays` by the console's clock; returns how many went. */
export function pruneOldActivity(ctx: ServerContext, retentionDays: number): number {
  return pruneActivity(ctx.db, ctx.now().getTime() - retentionDays * DAY_MS);
}

/** ACTIVITY_RETENTION_DAYS: prunes at start and then once a day; the timer never keeps the process alive. */
export function scheduleActivityRetention(ctx: ServerContext, retentionDays: number, log: FastifyBaseLogger): () => void {
  const prune = () => {
    try {
      const removed = pruneOldActivity(ctx, retentionDays);
      if (removed > 0) log.info({ removed, retentionDays }, "activity log: pruned old records");
    } catch (error) {
      log.error({ err: error }, "activity log: pruning failed");
    }
  };
  prune();
  const timer = setInterval(prune, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
