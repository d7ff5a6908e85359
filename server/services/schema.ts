import type { ServiceImpl } from "@connectrpc/connect";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { requireRunnerUser } from "../auth/permissions";
import { requirePrincipal } from "../auth/principal";
import type { ServerContext } from "../context";
import { requireUuid } from "../validation";
import { runnerConfigurationSchema } from "./schema/runner-schema";

/** scheme://host of the request as the browser sent it (X-Forwarded-Proto honoured), for absolute callback URLs. */
export function publicBaseUrlOf(ctx: ServerContext, header: Headers): string | undefined {
  if (ctx.config.publicUrl) return ctx.config.publicUrl;
  const host = header.get("host");
  if (!host) return undefined;
  const proto = header.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}

export function schemaHandlers(ctx: ServerContext) {
  return {
    getRunnerConfigurationSchema(req, hc) {
      requireUuid("runnerId", req.runnerId);
      const runner = requireRunnerUser(ctx, requirePrincipal(hc), req.runnerId);
      return { schema: runnerConfigurationSchema(ctx, runner, publicBaseUrlOf(ctx, hc.requestHeader)) };
    },
  } satisfies Partial<ServiceImpl<typeof RunnerConfigurationService>>;
}
