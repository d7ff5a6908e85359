import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type ServiceImpl } from "@connectrpc/connect";
import {
  EnvironmentClassSchema,
  RunnerConfigurationService,
  type EnvironmentClass,
} from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { requireRunnerAdmin, requireRunnerUser, runnerVisibility } from "../auth/permissions";
import { requirePrincipal, type Principal } from "../auth/principal";
import type { ServerContext } from "../context";
import { invalidArgument, notFound } from "../errors";
import { pageOf, readPage } from "../pagination";
import {
  configurationOf,
  getEnvironmentClassRow,
  insertEnvironmentClass,
  listEnvironmentClassRows,
  updateEnvironmentClassRow,
  type EnvironmentClassRow,
} from "../store/environment-classes";
import { newId } from "../store/ids";
import { getRunnerRow, SECRET_MASK } from "../store/runners";
import { requireDescription, requireName, requireMaxItems, requireUuid } from "../validation";
import { checkEnvironmentClass, encryptSecretFields, secretFieldIds } from "./environment-class-rules";

export function environmentClassHandlers(
  ctx: ServerContext,
) {
  /** The class with the caller's access to its runner checked (not_found when the caller cannot see it). */
  function visibleClass(principal: Principal, id: string, admin: boolean): EnvironmentClassRow {
    const row = getEnvironmentClassRow(ctx.db, id);
    if (!row || row.org_id !== principal.orgId) throw notFound(`environment class ${id} not found`);
    try {
      if (admin) requireRunnerAdmin(ctx, principal, row.runner_id);
      else requireRunnerUser(ctx, principal, row.runner_id);
    } catch (error) {
      if (ConnectError.from(error).code === Code.NotFound)
        throw notFound(`environment class ${id} not found`);
      throw error;
    }
    return row;
  }

  function toWire(row: EnvironmentClassRow): EnvironmentClass {
    const runner = getRunnerRow(ctx.db, row.runner_id);
    const secrets = runner ? secretFieldIds(ctx, runner) : new Set<string>();
    return create(EnvironmentClassSchema, {
      id: row.id,
      runnerId: row.runner_id,
      displayName: row.display_name,
      description: row.description,
      enabled: row.enabled === 1,
      configuration: configurationOf(row).map(({ key, value }) => ({
        key,
        value: secrets.has(key) && value !== "" ? SECRET_MASK : value,
      })),
    });
  }

  return {
    createEnvironmentClass(req, hc) {
      requireUuid("runnerId", req.runnerId);
      requireName("displayName", req.displayName, 3, 127);
      requireDescription("description", req.description, 3, 200);
      const principal = requirePrincipal(hc);
      const id = newId();
      ctx.db.transaction(() => {
        const runner = requireRunnerAdmin(ctx, principal, req.runnerId);
        const result = checkEnvironmentClass(ctx, runner, req);
        if (!result.valid) {
          throw invalidArgument(result.configurationErrors.map((e) => `${e.key}: ${e.error}`).join("; "));
        }
        insertEnvironmentClass(ctx.db, {
          id,
          orgId: runner.org_id,
          runnerId: runner.id,
          displayName: req.displayName,
          description: req.description,
          configuration: encryptSecretFields(ctx, runner, req.configuration),
          enabled: true,
          createdAt: ctx.now(),
        });
      })();
      return { id };
    },

    getEnvironmentClass(req, hc) {
      requireUuid("environmentClassId", req.environmentClassId);
      return { environmentClass: toWire(visibleClass(requirePrincipal(hc), req.environmentClassId, false)) };
    },

    listEnvironmentClasses(req, hc) {
      const principal = requirePrincipal(hc);
      const page = readPage(hc, req.pagination);
      const filter = req.filter;
      const runnerIds = [...requireMaxItems("filter.runnerIds", filter?.runnerIds ?? [], 25)];
      runnerIds.forEach((id, i) => requireUuid(`filter.runnerIds[${i}]`, id));
      const rows = listEnvironmentClassRows(ctx.db, {
        visibility: runnerVisibility(principal, "ec.runner_id", "ec.org_id"),
        runnerIds,
        enabled: filter?.enabled,
        canCreateEnvironments: filter?.canCreateEnvironments,
        runnerKinds: [...requireMaxItems("filter.runnerKinds", filter?.runnerKinds ?? [], 25)],
        runnerProviders: [...requireMaxItems("filter.runnerProviders", filter?.runnerProviders ?? [], 25)],
        cursor: page.after,
        limit: page.pageSize + 1,
      });
      const { items, nextToken } = pageOf(rows, page, (r) => [r.display_name, r.id]);
      return { environmentClasses: items.map(toWire), pagination: { nextToken } };
    },

    /** Name, description and enabled only: the configuration is fixed once created (disable and create anew). */
    updateEnvironmentClass(req, hc) {
      requireUuid("environmentClassId", req.environmentClassId);
      if (req.displayName !== undefined) requireName("displayName", req.displayName, 3, 127);
      if (req.description !== undefined) requireDescription("description", req.description, 3, 200);
      const principal = requirePrincipal(hc);
      ctx.db.transaction(() => {
        const row = visibleClass(principal, req.environmentClassId, true);
        updateEnvironmentClassRow(ctx.db, row.id, {
          displayName: req.displayName ?? row.display_name,
          description: req.description ?? row.description,
          enabled: req.enabled ?? row.enabled === 1,
          updatedAt: ctx.now(),
        });
      })();
      return {};
    },
  } satisfies Partial<ServiceImpl<typeof RunnerConfigurationService>>;
}
