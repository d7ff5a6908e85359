// CheckAuthenticationForHost: is the caller authenticated for the host on this runner, and how can they become so
// (the runner's integration decides: OAuth through the local authorize page, and/or a personal access token).
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { CheckAuthenticationForHostResponseSchema, type CheckAuthenticationForHostResponse } from "../../src/gen/gitpod/v1/runner_pb";
import { DEFAULT_SCM_HOSTS } from "../../common/context-url";
import type { UserPrincipal } from "../auth/principal";
import type { ServerContext } from "../context";
import { invalidArgument } from "../errors";
import { authorizeUrl, hostAuthState } from "../scm/host-auth";
import { isScmKind, SCM_KINDS } from "../scm/scm-kinds";
import type { RunnerRow } from "../store/runners";
import type { RequestView } from "./schema";
import { scmSchemasOf } from "./scm-schema";

export function checkAuthenticationForHost(
  ctx: ServerContext,
  request: RequestView,
  runner: RunnerRow,
  user: UserPrincipal,
  rawHost: string,
): CheckAuthenticationForHostResponse {
  const host = rawHost.trim().toLowerCase();
  if (host === "") throw invalidArgument("host is required");
  const state = hostAuthState(ctx, runner.id, user.userId, host);
  const scmId = state.integration?.scm_id ?? DEFAULT_SCM_HOSTS[host] ?? "";
  const schema = scmSchemasOf(ctx, runner).find((s) => s.scmId === scmId);
  const response: MessageInitShape<typeof CheckAuthenticationForHostResponseSchema> = {
    authenticated: state.authenticated,
    scmId,
    scmName: schema?.name ?? "",
  };
  const integration = state.integration;
  if (!integration) return create(CheckAuthenticationForHostResponseSchema, response);
  const kind = isScmKind(integration.scm_id) ? SCM_KINDS[integration.scm_id] : undefined;
  if (integration.oauth_client_id) {
    const url = authorizeUrl(ctx, request, runner.id, host);
    response.authenticationUrl = url;
    response.supportsOauth2 = { authUrl: url, docsUrl: kind?.oauthDocsUrl ?? "" };
  }
  if (integration.pat === 1) {
    response.patSupported = true;
    response.supportsPat = {
      createUrl: kind?.patCreateUrl(host) ?? "",
      docsUrl: schema?.pat?.docsLink || kind?.patDocsUrl || "",
      example: kind?.patExample ?? "",
      requiredScopes: kind?.patRequiredScopes ?? [],
    };
  }
  return create(CheckAuthenticationForHostResponseSchema, response);
}
