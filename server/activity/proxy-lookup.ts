// Proxy mode's target names: asked of the upstream API with the caller's own credentials, so a name is only ever
// one the caller may see (the org is the caller's by construction).
import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { GroupService } from "../../src/gen/gitpod/v1/group_pb";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import type { Known, TargetLookup } from "./targets";

const LOOKUP_TIMEOUT_MS = 5_000;

export type UpstreamLookupFactory = (authorization: string | undefined, orgId: string) => TargetLookup;

export function upstreamTargetLookups(upstreamBaseUrl: string): UpstreamLookupFactory {
  const transport = createConnectTransport({ baseUrl: upstreamBaseUrl, httpVersion: "1.1" });
  const runners = createClient(RunnerService, transport);
  const configuration = createClient(RunnerConfigurationService, transport);
  const groups = createClient(GroupService, transport);
  return (authorization, orgId) => {
    const headers: Record<string, string> = authorization ? { authorization } : {};
    const options = { headers, timeoutMs: LOOKUP_TIMEOUT_MS };
    const known = (name: string | undefined, runnerId = ""): Known | undefined =>
      name === undefined ? undefined : { orgId, name, runnerId };
    return {
      runner: async (id) => known((await runners.getRunner({ runnerId: id }, options)).runner?.name, id),
      group: async (id) => known((await groups.listGroups({ filter: { groupIds: [id] } }, options)).groups[0]?.name),
      entity: async (type, id) => {
        switch (type) {
          case "host token": {
            const { token } = await configuration.getHostAuthenticationToken({ id }, options);
            return known(token?.host, token?.runnerId);
          }
          case "SCM integration": {
            const { integration } = await configuration.getSCMIntegration({ id }, options);
            return known(integration?.host, integration?.runnerId);
          }
          case "environment class": {
            const { environmentClass } = await configuration.getEnvironmentClass({ environmentClassId: id }, options);
            return known(environmentClass?.displayName, environmentClass?.runnerId);
          }
          case "LLM integration": {
            const { integration } = await configuration.getLLMIntegration({ id }, options);
            return known(integration?.endpoint, integration?.runnerId);
          }
        }
      },
    };
  };
}
