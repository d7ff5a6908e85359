import type { DescMethod } from "@bufbuild/protobuf";

/**
 * How the official TypeScript SDK (@gitpod/sdk 1.x) calls an RPC: `ona.services.<client>.<method>(request)` with
 * the request message built from its generated schema (`@gitpod/sdk/gitpod/v1/<file>_pb`).
 */
export interface SdkCall {
  /** "runner" in ona.services.runner */
  client: string;
  /** "createRunner": the Connect client's method name (the RPC's local name) */
  method: string;
  /** "CreateRunnerRequestSchema" */
  schema: string;
  /** "@gitpod/sdk/gitpod/v1/runner_pb" */
  module: string;
}

// The RPCs of @gitpod/sdk 1.0.1 (gitpod-io/gitpod-sdk-typescript, lib/gitpod/v1/runner{,_configuration}_pb.d.ts) for
// the services this console calls, under the names of its ServiceClients (lib/sdk/client.d.ts).
const SDK_SERVICES: Record<string, { client: string; rpcs: readonly string[] }> = {
  "gitpod.v1.RunnerService": {
    client: "runner",
    rpcs: [
      "CreateRunner", "GetRunner", "ListRunners", "UpdateRunner", "DeleteRunner", "CreateRunnerToken", "CreateRunnerLogsToken",
      "ParseContextURL", "SearchRepositories", "ListSCMOrganizations", "CheckAuthenticationForHost", "CheckRepositoryAccess",
      "ListRunnerPolicies", "CreateRunnerPolicy", "UpdateRunnerPolicy", "DeleteRunnerPolicy",
    ],
  },
  "gitpod.v1.RunnerConfigurationService": {
    client: "runnerConfiguration",
    rpcs: [
      "CreateHostAuthenticationToken", "GetHostAuthenticationToken", "ListHostAuthenticationTokens", "UpdateHostAuthenticationToken",
      "DeleteHostAuthenticationToken", "GetRunnerConfigurationSchema", "CreateSCMIntegration", "GetSCMIntegration", "ListSCMIntegrations",
      "UpdateSCMIntegration", "DeleteSCMIntegration", "CreateEnvironmentClass", "GetEnvironmentClass", "ListEnvironmentClasses",
      "UpdateEnvironmentClass", "ValidateRunnerConfiguration", "CreateLLMIntegration", "GetLLMIntegration", "ListLLMIntegrations",
      "UpdateLLMIntegration", "DeleteLLMIntegration",
    ],
  },
};

/** "Service/Method" without the package, e.g. "RunnerService/CreateRunner". */
export function shortRpcName(method: DescMethod): string {
  return `${method.parent.name}/${method.name}`;
}

/** The SDK call for an RPC, or undefined when the SDK does not have it (then only curl and JSON apply). */
export function sdkCallOf(method: DescMethod): SdkCall | undefined {
  const service = SDK_SERVICES[method.parent.typeName];
  if (!service?.rpcs.includes(method.name)) return undefined;
  return {
    client: service.client,
    method: method.localName,
    schema: `${method.input.name}Schema`,
    module: `@gitpod/sdk/${method.input.file.name}_pb`,
  };
}
