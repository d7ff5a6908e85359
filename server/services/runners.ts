import { create } from "@bufbuild/protobuf";
import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import { Principal as PrincipalEnum } from "../../src/gen/gitpod/v1/identity_pb";
import { RunnerKind, RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase, RunnerService, RunnerStatusSchema } from "../../src/gen/gitpod/v1/runner_pb";
import { requireOrgAdmin, requireRunnerAdmin } from "../auth/permissions";
import { requirePrincipal } from "../auth/principal";
import type { ServerContext } from "../context";
import { failedPrecondition, invalidArgument } from "../errors";
import { pageOf, readPage } from "../pagination";
import { newId } from "../store/ids";
import { generateRunnerKeyPair } from "../store/runner-keys";
import { markRunnerDeleting } from "../store/runner-lifecycle";
import { listRunnerRows, runnerSortKey } from "../store/runner-queries";
import { issueExchangeToken, issueRunnerAccessToken } from "../store/runner-tokens";
import { deleteRunnerRow, getRunnerRow, insertRunner, runnerFromRow } from "../store/runners";
import { optionalUuid, requireName, requireUuid } from "../validation";
import { kindForCreate } from "./runner-kinds";
import { readableRunner, runnerListQuery } from "./runner-read-requests";
import { specForCreate } from "./runner-spec";
import { updateRunner } from "./runner-update";

export function runnerHandlers(ctx: ServerContext) {
  return {
    listRunners(req, hc) {
      const principal = requirePrincipal(hc);
      const page = readPage(hc, req.pagination);
      const rows = listRunnerRows(ctx.db, runnerListQuery(principal, req, page));
      const { items, nextToken } = pageOf(rows, page, runnerSortKey);
      return { runners: items.map(runnerFromRow), pagination: { nextToken } };
    },

    getRunner(req, hc) {
      return { runner: runnerFromRow(readableRunner(ctx, requirePrincipal(hc), req)) };
    },

    createRunner(req, hc) {
      const user = requireOrgAdmin(requirePrincipal(hc));
      requireName("name", req.name, 3, 127);
      const { kind, provider } = kindForCreate(req.kind, req.provider);
      const runnerManagerId = optionalUuid("runnerManagerId", req.runnerManagerId) ?? "";
      if (provider === RunnerProvider.MANAGED && !runnerManagerId) {
        throw invalidArgument("runnerManagerId is required for managed runners");
      }
      if (provider !== RunnerProvider.MANAGED && runnerManagerId) {
        throw invalidArgument("runnerManagerId is only for managed runners");
      }
      const { spec, secrets } = specForCreate(req.spec);
      const now = ctx.now();
      const id = newId();
      const exchangeToken = ctx.db.transaction(() => {
        insertRunner(ctx.db, {
          id,
          orgId: user.orgId,
          name: req.name,
          kind,
          provider,
          runnerManagerId,
          creator: { id: user.userId, principal: PrincipalEnum.USER },
          createdAt: now,
          spec,
          status: create(RunnerStatusSchema, { phase: RunnerPhase.CREATED }),
          secrets,
          keys: generateRunnerKeyPair(),
        });
        return issueExchangeToken(ctx.db, id, now);
      })();
      const row = getRunnerRow(ctx.db, id);
      if (!row) throw new Error(`runner ${id} vanished after insert`);
      return { runner: runnerFromRow(row), exchangeToken };
    },

    updateRunner: (req, hc: HandlerContext) => updateRunner(ctx, requirePrincipal(hc), req),

    deleteRunner(req, hc) {
      requireUuid("runnerId", req.runnerId);
      const row = requireRunnerAdmin(ctx, requirePrincipal(hc), req.runnerId);
      if (row.kind === RunnerKind.LOCAL_CONFIGURATION) {
        throw failedPrecondition("the organization's local-configuration runner cannot be deleted");
      }
      // Force removes at once (foreign keys take classes, integrations, tokens, policies along). Otherwise the runner
      // goes DELETING and is removed when it acknowledges on its next heartbeat (server/fake-runner/heartbeat-routes.ts).
      ctx.db.transaction(() => {
        if (req.force) deleteRunnerRow(ctx.db, req.runnerId);
        else markRunnerDeleting(ctx.db, req.runnerId, ctx.now());
      })();
      return {};
    },

    createRunnerToken(req, hc) {
      requireUuid("runnerId", req.runnerId);
      requireRunnerAdmin(ctx, requirePrincipal(hc), req.runnerId);
      const exchangeToken = ctx.db.transaction(() => issueExchangeToken(ctx.db, req.runnerId, ctx.now()))();
      return { exchangeToken };
    },

    createRunnerLogsToken(req, hc) {
      requireUuid("runnerId", req.runnerId);
      requireRunnerAdmin(ctx, requirePrincipal(hc), req.runnerId);
      const accessToken = ctx.db.transaction(() =>
        issueRunnerAccessToken(ctx.db, req.runnerId, "logs", ctx.now()),
      )();
      return { accessToken };
    },
  } satisfies Partial<ServiceImpl<typeof RunnerService>>;
}
