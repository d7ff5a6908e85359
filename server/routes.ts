import type { ConnectRouter } from "@connectrpc/connect";
import { GroupService } from "../src/gen/gitpod/v1/group_pb";
import { IdentityService } from "../src/gen/gitpod/v1/identity_pb";
import { RunnerConfigurationService } from "../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../src/gen/gitpod/v1/runner_pb";
import type { ServerContext } from "./context";
import { environmentClassHandlers } from "./services/environment-classes";
import { groupHandlers } from "./services/groups";
import { identityHandlers } from "./services/identity";
import { policyHandlers } from "./services/policies";
import { runnerHandlers } from "./services/runners";
import { schemaHandlers } from "./services/schema";
import { hostTokenHandlers } from "./services/host-tokens";
import { llmIntegrationHandlers } from "./services/llm-integrations";
import { scmIntegrationHandlers } from "./services/scm-integrations";
import { scmToolHandlers } from "./services/scm-tools";
import { validateConfigurationHandlers } from "./services/validate-configuration";

/** Every gitpod.v1 service of the local API; each implementation is spread from per-area handler objects. */
export function createRoutes(ctx: ServerContext): (router: ConnectRouter) => void {
  return (router) => {
    router.service(RunnerService, {
      ...runnerHandlers(ctx),
      ...policyHandlers(ctx),
      ...scmToolHandlers(ctx),
    });
    router.service(RunnerConfigurationService, {
      ...schemaHandlers(ctx),
      ...environmentClassHandlers(ctx),
      ...validateConfigurationHandlers(ctx),
      ...scmIntegrationHandlers(ctx),
      ...hostTokenHandlers(ctx),
      ...llmIntegrationHandlers(ctx),
    });
    router.service(GroupService, groupHandlers(ctx));
    router.service(IdentityService, identityHandlers(ctx));
  };
}
