import type { ServiceImpl } from "@connectrpc/connect";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { requireRunnerAdmin, requireVisibleRunnerField } from "../auth/permissions";
import { requirePrincipal } from "../auth/principal";
import type { ServerContext } from "../context";
import { invalidArgument } from "../errors";
import { requireUuid } from "../validation";
import { checkEnvironmentClass } from "./environment-class-rules";
import { validateScmIntegration } from "./scm-validate";

/**
 * ValidateRunnerConfiguration: bad content is a result with valid=false and per-field messages, not an error;
 * errors are for the request itself (runner id, access, no config given).
 */
export function validateConfigurationHandlers(
  ctx: ServerContext,
) {
  return {
    async validateRunnerConfiguration(req, hc) {
      requireUuid("runnerId", req.runnerId);
      const runner = requireRunnerAdmin(ctx, requirePrincipal(hc), req.runnerId);
      switch (req.config.case) {
        case "environmentClass": {
          const draft = req.config.value;
          if (draft.runnerId !== "") {
            requireVisibleRunnerField(ctx, requirePrincipal(hc), "environmentClass.runnerId", draft.runnerId);
            if (draft.runnerId !== runner.id) throw invalidArgument("environmentClass.runnerId names another runner than runnerId");
          }
          return { result: { case: "environmentClass", value: checkEnvironmentClass(ctx, runner, draft) } };
        }
        case "scmIntegration":
          return {
            result: {
              case: "scmIntegration",
              value: await validateScmIntegration(ctx, runner, req.config.value),
            },
          };
        default:
          throw invalidArgument("set environmentClass or scmIntegration to validate");
      }
    },
  } satisfies Partial<ServiceImpl<typeof RunnerConfigurationService>>;
}
