import { skipToken, useQuery } from "@connectrpc/connect-query";
import { RunnerConfigurationService } from "../../../gen/gitpod/v1/runner_configuration_pb";

/** Hosts with an SCM integration on the runner (first 100), suggested when adding a token. Skipped without a runner. */
export function useRunnerScmHosts(runnerId: string | undefined): string[] {
  const query = useQuery(
    RunnerConfigurationService.method.listSCMIntegrations,
    runnerId ? { filter: { runnerIds: [runnerId] }, pagination: { token: "", pageSize: 100 } } : skipToken,
    { staleTime: 30_000 },
  );
  return query.data?.integrations.map((integration) => integration.host) ?? [];
}
