// ListRunners' and GetRunner's request checks and store reads, shared by the Connect handlers (services/runners.ts)
// and the pre-serialised read path (http/runner-reads.ts), so both refuse and select exactly alike.
import type { GetRunnerRequest, ListRunnersRequest } from "../../src/gen/gitpod/v1/runner_pb";
import { RunnerKindSchema, RunnerProviderSchema } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { memberGrantGroups, requireRunnerUser, runnerVisibility } from "../auth/permissions";
import type { Principal } from "../auth/principal";
import type { ServerContext } from "../context";
import type { Page } from "../pagination";
import type { RunnerListQuery } from "../store/runner-queries";
import type { RunnerRow } from "../store/runners";
import { requireDefinedEnum, requireMaxItems, requireUuid } from "../validation";

export function runnerListQuery(principal: Principal, req: ListRunnersRequest, page: Page): RunnerListQuery {
  const creatorIds = [...requireMaxItems("filter.creatorIds", req.filter?.creatorIds ?? [], 25)];
  creatorIds.forEach((id, i) => requireUuid(`filter.creatorIds[${i}]`, id));
  const kinds = [...requireMaxItems("filter.kinds", req.filter?.kinds ?? [], 25)];
  kinds.forEach((k, i) => requireDefinedEnum(`filter.kinds[${i}]`, RunnerKindSchema, k));
  const providers = [...requireMaxItems("filter.providers", req.filter?.providers ?? [], 25)];
  providers.forEach((p, i) => requireDefinedEnum(`filter.providers[${i}]`, RunnerProviderSchema, p));
  return {
    visibility: runnerVisibility(principal, "id", "org_id"),
    grants: memberGrantGroups(principal),
    kinds,
    providers,
    creatorIds,
    cursor: page.after,
    limit: page.pageSize + 1,
  };
}

/** GetRunner's runner: a UUID the caller can see, else not_found as for one that does not exist. */
export function readableRunner(ctx: ServerContext, principal: Principal, req: GetRunnerRequest): RunnerRow {
  requireUuid("runnerId", req.runnerId);
  return requireRunnerUser(ctx, principal, req.runnerId);
}
