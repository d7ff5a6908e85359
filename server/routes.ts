import type { ConnectRouter, ServiceImpl } from "@connectrpc/connect";
import { ActivityService } from "../src/gen/console/v1/activity_pb";
import { GroupService } from "../src/gen/gitpod/v1/group_pb";
import { IdentityService } from "../src/gen/gitpod/v1/identity_pb";
import { RunnerConfigurationService } from "../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../src/gen/gitpod/v1/runner_pb";
import { localActivityHandlers } from "./activity/local";
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

/**
 * Every gitpod.v1 service of the local API; each implementation is spread from per-area handler objects and must
 * be complete (`satisfies ServiceImpl`): an RPC no area implements is a compile error, not a runtime `unimplemented`.
 */
export function createRoutes(ctx: ServerContext): (router: ConnectRouter) => void {
  const runnerService = {
    ...runnerHandlers(ctx),
    ...policyHandlers(ctx),
    ...scmToolHandlers(ctx),
  } satisfies ServiceImpl<typeof RunnerService>;
  const runnerConfigurationService = {
    ...schemaHandlers(ctx),
    ...environmentClassHandlers(ctx),
    ...validateConfigurationHandlers(ctx),
    ...scmIntegrationHandlers(ctx),
    ...hostTokenHandlers(ctx),
    ...llmIntegrationHandlers(ctx),
  } satisfies ServiceImpl<typeof RunnerConfigurationService>;
  const groupService = groupHandlers(ctx) satisfies ServiceImpl<typeof GroupService>;
  const identityService = identityHandlers(ctx) satisfies ServiceImpl<typeof IdentityService>;
  return (router) => {
    router.service(RunnerService, runnerService);
    router.service(RunnerConfigurationService, runnerConfigurationService);
    router.service(GroupService, groupService);
    router.service(IdentityService, identityService);
    router.service(ActivityService, localActivityHandlers(ctx));
  };
}
