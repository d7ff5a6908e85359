import { createContextKey, type HandlerContext, type ServiceImpl } from "@connectrpc/connect";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { requireRunnerUser } from "../auth/permissions";
import { requirePrincipal } from "../auth/principal";
import type { ServerContext } from "../context";
import { requireUuid } from "../validation";
import { runnerConfigurationSchema } from "./schema/runner-schema";

/** Whether the browser's request came over https: TLS, or X-Forwarded-Proto from a proxy listed in TRUST_PROXY. */
export const requestIsHttpsKey = createContextKey(false, { description: "request came over https" });

/** What of a call's context the public base URL is made from. */
export type RequestView = Pick<HandlerContext, "requestHeader" | "values">;

/** scheme://host of the request as the browser sent it, for absolute callback URLs; PUBLIC_URL when set. */
export function publicBaseUrlOf(ctx: ServerContext, request: RequestView): string | undefined {
  if (ctx.config.publicUrl) return ctx.config.publicUrl;
  const host = request.requestHeader.get("host");
  if (!host) return undefined;
  return `${request.values.get(requestIsHttpsKey) ? "https" : "http"}://${host}`;
}

export function schemaHandlers(ctx: ServerContext) {
  return {
    getRunnerConfigurationSchema(req, hc) {
      requireUuid("runnerId", req.runnerId);
      const runner = requireRunnerUser(ctx, requirePrincipal(hc), req.runnerId);
      return { schema: runnerConfigurationSchema(ctx, runner, publicBaseUrlOf(ctx, hc)) };
    },
  } satisfies Partial<ServiceImpl<typeof RunnerConfigurationService>>;
}
