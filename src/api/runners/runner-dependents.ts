import { useTransport } from "@connectrpc/connect-query";
import { useInfiniteQuery } from "@tanstack/react-query";
import type {
  EnvironmentClass,
  HostAuthenticationToken,
  ListEnvironmentClassesResponse,
  ListHostAuthenticationTokensResponse,
  ListSCMIntegrationsResponse,
  SCMIntegration,
} from "../../gen/gitpod/v1/runner_configuration_pb";
import { MAX_PAGE_SIZE, useAllPages } from "../paging";
import { listEnvironmentClassesOptions } from "../runner-configuration/list-environment-classes";
import { listHostTokensOptions } from "../runner-configuration/list-host-authentication-tokens";
import { listScmIntegrationsOptions } from "../runner-configuration/list-scm-integrations";
import { useRunnerPolicies } from "./list-runner-policies";

/** Past this many pages of 100 a count stops and says "at least". */
const MAX_PAGES = 10;

export interface DependentCount {
  /** undefined while counting or when the list could not be read. */
  count: number | undefined;
  /** The walk stopped at MAX_PAGES: `count` is a lower bound. */
  capped: boolean;
  failed: boolean;
}

export interface RunnerDependents {
  environmentClasses: DependentCount;
  scmIntegrations: DependentCount;
  /** For org admins every token on the runner; for others only their own (the API lists no one else's). */
  hostTokens: DependentCount;
  policies: DependentCount;
}

const classesOf = (page: ListEnvironmentClassesResponse): EnvironmentClass[] => page.environmentClasses;
const integrationsOf = (page: ListSCMIntegrationsResponse): SCMIntegration[] => page.integrations;
const tokensOf = (page: ListHostAuthenticationTokensResponse): HostAuthenticationToken[] => page.tokens;

function countOf(rows: readonly unknown[], query: { isError: boolean }, complete: boolean, capped: boolean): DependentCount {
  return { count: complete || capped ? rows.length : undefined, capped, failed: query.isError };
}

/** What a delete takes along with the runner: its environment classes, SCM integrations, host tokens and policies. */
export function useRunnerDependents(runnerId: string): RunnerDependents {
  const transport = useTransport();
  const classes = useInfiniteQuery(listEnvironmentClassesOptions(transport, { runnerIds: [runnerId] }, MAX_PAGE_SIZE));
  const integrations = useInfiniteQuery(listScmIntegrationsOptions(transport, [runnerId], MAX_PAGE_SIZE));
  const tokens = useInfiniteQuery(listHostTokensOptions(transport, { runnerId }, MAX_PAGE_SIZE));
  const classRows = useAllPages(classes, classesOf, MAX_PAGES);
  const integrationRows = useAllPages(integrations, integrationsOf, MAX_PAGES);
  const tokenRows = useAllPages(tokens, tokensOf, MAX_PAGES);
  const policies = useRunnerPolicies(runnerId);
  return {
    environmentClasses: countOf(classRows.rows, classes, classRows.complete, classRows.capped),
    scmIntegrations: countOf(integrationRows.rows, integrations, integrationRows.complete, integrationRows.capped),
    hostTokens: countOf(tokenRows.rows, tokens, tokenRows.complete, tokenRows.capped),
    policies: countOf(policies.policies, policies, policies.complete, false),
  };
}
