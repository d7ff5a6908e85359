import { useTransport } from "@connectrpc/connect-query";
import { skipToken, useQuery } from "@tanstack/react-query";
import { RunnerConfigurationService } from "../../gen/gitpod/v1/runner_configuration_pb";
import { skippableQueryOptions } from "../query-options";

/**
 * GetHostAuthenticationToken: the entity as the server has it now. Edit dialogs start from this, never from a possibly stale
 * list row; not kept after the dialog closes (gcTime 0), so every opening loads afresh. Skipped without an id.
 */
export function useHostAuthenticationToken(id: string | undefined) {
  return useQuery({
    ...skippableQueryOptions(
      RunnerConfigurationService.method.getHostAuthenticationToken,
      id ? { id } : skipToken,
      useTransport(),
    ),
    staleTime: 0,
    gcTime: 0,
  });
}
