import { ConnectError, type Interceptor } from "@connectrpc/connect";
import { toJson, type JsonObject } from "@bufbuild/protobuf";
import { MUTATING_RPCS } from "../../common/activity-rpcs";
import { visibleRunner } from "../auth/permissions";
import { principalKey, type Principal } from "../auth/principal";
import type { ServerContext } from "../context";
import type { Actor, ActivityRecorder } from "./recorder";

const MUTATING = new Set(MUTATING_RPCS);

function actorOf(ctx: ServerContext, principal: Principal): Actor {
  if (principal.kind === "user") {
    return { orgId: principal.orgId, subjectId: principal.userId, subjectName: principal.displayName };
  }
  const runner = ctx.db.prepare<[string], { name: string }>("SELECT name FROM runners WHERE id = ?").get(principal.runnerId);
  return { orgId: principal.orgId, subjectId: principal.runnerId, subjectName: `runner ${runner?.name ?? principal.runnerId}` };
}

function canSeeRunner(ctx: ServerContext, principal: Principal, runnerId: string): boolean {
  if (!runnerId) return true;
  try {
    visibleRunner(ctx, principal, runnerId);
    return true;
  } catch {
    return false;
  }
}

/**
 * Local mode: records every mutating RPC (MUTATING_RPCS, from the descriptors) with its outcome. The outermost
 * interceptor, so it sees the code the client gets; the caller is read after the call (the auth interceptor sets it).
 * Calls without a valid caller are not recorded: nobody to attribute them to.
 */
export function createActivityInterceptor(ctx: ServerContext, recorder: ActivityRecorder): Interceptor {
  return (next) => async (req) => {
    const rpc = `${req.service.typeName}/${req.method.name}`;
    if (req.stream || !MUTATING.has(rpc)) return next(req);
    const pending = await recorder.begin(rpc, req.method.name, toJson(req.method.input, req.message) as JsonObject);
    const finish = (response: JsonObject | undefined, error: ConnectError | undefined) => {
      const principal = req.contextValues.get(principalKey);
      if (!principal) return;
      recorder.finish(pending, actorOf(ctx, principal), {
        response,
        error,
        mayKnow: (runnerId) => canSeeRunner(ctx, principal, runnerId),
      });
    };
    try {
      const res = await next(req);
      if (!res.stream) finish(toJson(req.method.output, res.message) as JsonObject, undefined);
      return res;
    } catch (error) {
      finish(undefined, ConnectError.from(error));
      throw error;
    }
  };
}
