// The SCM tool RPCs of RunnerService, answered from the local SCM catalogue: CheckAuthenticationForHost,
// CheckRepositoryAccess, ParseContextURL, SearchRepositories, ListSCMOrganizations.
import { Code, ConnectError, type ServiceImpl } from "@connectrpc/connect";
import {
  ParseContextURLPreconditionFailureDetailsSchema,
  RunnerService,
  SearchModeSchema,
  SearchMode,
} from "../../src/gen/gitpod/v1/runner_pb";
import { DEFAULT_SCM_HOSTS, parseContextUrl, repositoryWebUrl, type ScmKind } from "../../common/context-url";
import { requireRunnerUser } from "../auth/permissions";
import { requireUser, type UserPrincipal } from "../auth/principal";
import type { ServerContext } from "../context";
import { failedPrecondition, invalidArgument, runnerName } from "../errors";
import { pageOf, queryStringKey, readPage } from "../pagination";
import { resolveContext } from "../scm/context-resolution";
import { authorizeUrl, hostAuthState } from "../scm/host-auth";
import { matchesKeywords, matchesNative, naturalOrder, pageFromToken, searchPage } from "../scm/repository-search";
import { isScmKind } from "../scm/scm-kinds";
import { canRead, findRepository, readableRepositories, userOrganizations } from "../store/scm-catalogue";
import type { RunnerRow } from "../store/runners";
import { listScmIntegrationsOfRunner } from "../store/scm-integrations";
import { optionalUuid, requireDefinedEnum, requireUri, requireUuid } from "../validation";
import { checkAuthenticationForHost } from "./scm-auth-check";
import { visibleRunnersWithHost } from "./scm-tool-runners";

export function scmToolHandlers(ctx: ServerContext) {
  /** Maps a self-managed host to its SCM through the runners' integrations. */
  const scmOfHost = (runnerIds: string[]) => (host: string): ScmKind | undefined => {
    for (const runnerId of runnerIds) {
      const scmId = listScmIntegrationsOfRunner(ctx.db, runnerId).find((i) => i.host === host)?.scm_id;
      if (scmId && isScmKind(scmId)) return scmId;
    }
    return undefined;
  };

  /** failed_precondition unless the user is authenticated for the host on the runner. */
  function requireAuthenticated(user: UserPrincipal, runner: RunnerRow, host: string): void {
    const state = hostAuthState(ctx, runner.id, user.userId, host);
    if (!state.integration) {
      throw failedPrecondition(`${runnerName(runner)} has no SCM integration for ${host}`, { place: "runner-scm-integrations", runnerId: runner.id });
    }
    if (!state.authenticated) {
      throw failedPrecondition(`sign in to ${host} on ${runnerName(runner)} first: you have no usable token there`, { place: "runner-host-tokens", runnerId: runner.id });
    }
  }

  return {
    checkAuthenticationForHost(req, hc) {
      const user = requireUser(hc);
      const runner = requireRunnerUser(ctx, user, requireUuid("runnerId", req.runnerId));
      return checkAuthenticationForHost(ctx, hc, runner, user, req.host);
    },

    checkRepositoryAccess(req, hc) {
      const user = requireUser(hc);
      const runnerId = requireUuid("runnerId", req.runnerId);
      requireUri("repositoryUrl", req.repositoryUrl);
      const runner = requireRunnerUser(ctx, user, runnerId);
      const parsed = parseContextUrl(req.repositoryUrl, scmOfHost([runnerId]));
      if (!parsed.ok) throw invalidArgument(`repositoryUrl: ${parsed.error}`);
      const { host, owner, repo } = parsed.value;
      requireAuthenticated(user, runner, host);
      const row = findRepository(ctx.db, host, owner, repo);
      if (!row) return { hasAccess: false, errorMessage: `repository ${owner}/${repo} was not found on ${host}` };
      if (!canRead(ctx.db, row, user.userId)) {
        return { hasAccess: false, errorMessage: `your ${host} account has no read access to ${owner}/${repo}` };
      }
      return { hasAccess: true, errorMessage: "" };
    },

    parseContextURL(req, hc) {
      const user = requireUser(hc);
      const runnerId = optionalUuid("runnerId", req.runnerId);
      requireUri("contextUrl", req.contextUrl);
      if (runnerId) requireRunnerUser(ctx, user, runnerId);
      const candidates = runnerId ? [runnerId] : undefined;
      const parsed = parseContextUrl(req.contextUrl, (host) => scmOfHost(candidates ?? visibleRunnersWithHost(ctx, user, host))(host));
      if (!parsed.ok) throw invalidArgument(`contextUrl: ${parsed.error}`);
      const { host, scmId } = parsed.value;
      const runnerIds = (candidates ?? visibleRunnersWithHost(ctx, user, host)).filter(
        (id) => hostAuthState(ctx, id, user.userId, host).integration !== undefined,
      );
      if (!runnerIds.some((id) => hostAuthState(ctx, id, user.userId, host).authenticated)) {
        const withOAuth = runnerIds.find((id) => hostAuthState(ctx, id, user.userId, host).integration?.oauth_client_id);
        const details = {
          authenticationRequiredUrl: withOAuth ? authorizeUrl(ctx, hc, withOAuth, host) : "",
          scmId,
          runnerIds,
        };
        const message = runnerIds.length === 0 ? `no runner you can use has an SCM integration for ${host}` : `authenticate with ${host} first`;
        throw new ConnectError(message, Code.FailedPrecondition, undefined, [
          { desc: ParseContextURLPreconditionFailureDetailsSchema, value: details },
        ]);
      }
      return resolveContext(ctx.db, parsed.value, user.userId, req.contextUrl);
    },

    searchRepositories(req, hc) {
      const user = requireUser(hc);
      const runnerId = requireUuid("runnerId", req.runnerId);
      const runner = requireRunnerUser(ctx, user, runnerId);
      if (req.limit !== 0 && (req.limit < 1 || req.limit > 100)) throw invalidArgument("limit must be between 1 and 100");
      const mode = requireDefinedEnum("searchMode", SearchModeSchema, req.searchMode);
      const size = req.pagination?.pageSize || Number(hc.values.get(queryStringKey).get("pageSize") ?? 0) || req.limit || 25;
      if (size < 1 || size > 100) throw invalidArgument("pagination.pageSize must be between 0 and 100");
      const page = pageFromToken(searchToken(req.pagination?.token ?? "", hc.values.get(queryStringKey).get("token") ?? ""));
      const scmHost = req.scmHost.trim().toLowerCase();
      if (scmHost) requireAuthenticated(user, runner, scmHost);
      const hosts = listScmIntegrationsOfRunner(ctx.db, runnerId)
        .map((i) => i.host)
        .filter((host) => (scmHost ? host === scmHost : true) && hostAuthState(ctx, runnerId, user.userId, host).authenticated);
      const matches = mode === SearchMode.NATIVE ? matchesNative : matchesKeywords;
      const found = readableRepositories(ctx.db, hosts, user.userId)
        .filter((repo) => matches(repo, req.searchString))
        .sort(naturalOrder);
      const result = searchPage(found, page, size);
      return {
        repositories: result.items.map((repo) => ({
          name: repo.name,
          url: repositoryWebUrl(scmKindOf(repo.host, runnerId), repo.host, repo.owner, repo.name),
        })),
        pagination: { nextToken: result.nextToken },
        lastPage: result.totalPages,
      };
    },

    listSCMOrganizations(req, hc) {
      const user = requireUser(hc);
      const runnerId = requireUuid("runnerId", req.runnerId);
      const host = req.scmHost.trim().toLowerCase();
      if (host === "") throw invalidArgument("scmHost is required");
      const page = readPage(hc, req.pagination);
      const runner = requireRunnerUser(ctx, user, runnerId);
      requireAuthenticated(user, runner, host);
      const query = req.query.trim().toLowerCase();
      const rows = userOrganizations(ctx.db, host, user.userId).filter(
        (org) => query === "" || org.name.toLowerCase().includes(query),
      );
      const afterName = typeof page.after?.[0] === "string" ? page.after[0] : undefined;
      const remaining = afterName === undefined ? rows : rows.filter((org) => org.name > afterName);
      const { items, nextToken } = pageOf(remaining.slice(0, page.pageSize + 1), page, (org) => [org.name]);
      return {
        organizations: items.map((org) => ({ name: org.name, url: org.url, isAdmin: org.is_admin === 1 })),
        pagination: { nextToken },
      };
    },
  } satisfies Partial<ServiceImpl<typeof RunnerService>>;

  function scmKindOf(host: string, runnerId: string): ScmKind {
    return DEFAULT_SCM_HOSTS[host] ?? scmOfHost([runnerId])(host) ?? "github";
  }
}

function searchToken(body: string, query: string): string {
  if (body && query && body !== query) throw invalidArgument("pagination.token differs between the body and the query string");
  return body || query;
}
