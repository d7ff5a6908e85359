// Local mode's wiring: the recorder over the console's store, the viewer from the signed-in principal.
import type { HandlerContext } from "@connectrpc/connect";
import type { FastifyBaseLogger } from "fastify";
import { isOrgAdmin } from "../auth/permissions";
import { requireUser } from "../auth/principal";
import type { ServerContext } from "../context";
import { localTargetLookup } from "./local-lookup";
import { createActivityRecorder, type ActivityRecorder } from "./recorder";
import { activityHandlers, type ActivityViewer } from "./service";

export function localActivityViewer(hc: HandlerContext): ActivityViewer {
  const user = requireUser(hc);
  return { orgId: user.orgId, subjectId: user.userId, seesAll: isOrgAdmin(user) };
}

export function localActivityHandlers(ctx: ServerContext) {
  return activityHandlers(ctx.db, localActivityViewer);
}

export function localActivityRecorder(ctx: ServerContext, log?: FastifyBaseLogger): ActivityRecorder {
  return createActivityRecorder({
    db: ctx.db,
    now: ctx.now,
    lookup: localTargetLookup(ctx.db),
    onError: (error) => log?.error({ err: error }, "activity log: the record could not be written"),
  });
}
