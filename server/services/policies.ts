import type { ServiceImpl } from "@connectrpc/connect";
import { RunnerRole, RunnerService, RunnerRoleSchema } from "../../src/gen/gitpod/v1/runner_pb";
import { requireRunnerAdmin, requireRunnerUser } from "../auth/permissions";
import { requirePrincipal, type Principal } from "../auth/principal";
import type { ServerContext } from "../context";
import { alreadyExists, invalidArgument, notFound } from "../errors";
import { pageOf, readPage } from "../pagination";
import { groupExists } from "../store/groups";
import { deletePolicy, getPolicy, insertPolicy, listPolicies, setPolicyRole } from "../store/policies";
import { requireDefinedEnum, requireUuid } from "../validation";

function requireRole(role: RunnerRole): RunnerRole {
  requireDefinedEnum("role", RunnerRoleSchema, role);
  if (role === RunnerRole.UNSPECIFIED)
    throw invalidArgument("role must be RUNNER_ROLE_ADMIN or RUNNER_ROLE_USER");
  return role;
}

function requireGroup(ctx: ServerContext, principal: Principal, groupId: string): void {
  if (!groupExists(ctx.db, principal.orgId, groupId)) throw notFound(`group ${groupId} not found`);
}

/** Runner policies: runner ADMINs and org admins manage them, runner USERs may list them. */
export function policyHandlers(ctx: ServerContext) {
  return {
    listRunnerPolicies(req, hc) {
      requireUuid("runnerId", req.runnerId);
      const page = readPage(hc, req.pagination);
      requireRunnerUser(ctx, requirePrincipal(hc), req.runnerId);
      const rows = listPolicies(ctx.db, req.runnerId, page.after, page.pageSize + 1);
      const { items, nextToken } = pageOf(rows, page, (p) => [p.group_id]);
      return {
        policies: items.map((p) => ({ groupId: p.group_id, role: p.role })),
        pagination: { nextToken },
      };
    },

    createRunnerPolicy(req, hc) {
      requireUuid("runnerId", req.runnerId);
      requireUuid("groupId", req.groupId);
      const role = requireRole(req.role);
      const principal = requirePrincipal(hc);
      ctx.db.transaction(() => {
        requireRunnerAdmin(ctx, principal, req.runnerId);
        requireGroup(ctx, principal, req.groupId);
        if (getPolicy(ctx.db, req.runnerId, req.groupId)) {
          throw alreadyExists(`group ${req.groupId} already has a policy on this runner; update it instead`);
        }
        insertPolicy(ctx.db, { runnerId: req.runnerId, groupId: req.groupId, role, createdAt: ctx.now() });
      })();
      return { policy: { groupId: req.groupId, role } };
    },

    updateRunnerPolicy(req, hc) {
      requireUuid("runnerId", req.runnerId);
      requireUuid("groupId", req.groupId);
      const role = requireRole(req.role);
      const principal = requirePrincipal(hc);
      ctx.db.transaction(() => {
        requireRunnerAdmin(ctx, principal, req.runnerId);
        requireGroup(ctx, principal, req.groupId);
        if (!getPolicy(ctx.db, req.runnerId, req.groupId))
          throw notFound(`group ${req.groupId} has no policy on this runner`);
        setPolicyRole(ctx.db, req.runnerId, req.groupId, role);
      })();
      return { policy: { groupId: req.groupId, role } };
    },

    deleteRunnerPolicy(req, hc) {
      requireUuid("runnerId", req.runnerId);
      requireUuid("groupId", req.groupId);
      const principal = requirePrincipal(hc);
      ctx.db.transaction(() => {
        requireRunnerAdmin(ctx, principal, req.runnerId);
        if (!deletePolicy(ctx.db, req.runnerId, req.groupId)) {
          throw notFound(`group ${req.groupId} has no policy on this runner`);
        }
      })();
      return {};
    },
  } satisfies Partial<ServiceImpl<typeof RunnerService>>;
}
