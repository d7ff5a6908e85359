// What the local "SCM" hands out on a successful OAuth round trip: a fresh access + refresh token for the user,
// stored encrypted as the user's OAUTH host token for the runner + host (replacing any earlier token there).
import type { HostAuthenticationTokenSource } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { randomSecret } from "../auth/secrets";
import type { ServerContext } from "../context";
import { tokenCipherFor } from "../crypto/token-cipher";
import { isScmKind, SCM_KINDS } from "../scm/scm-kinds";
import { findHostToken, insertHostToken, updateHostToken } from "../store/host-tokens";
import { newId } from "../store/ids";
import { getRunnerRow } from "../store/runners";
import { getScmIntegration } from "../store/scm-integrations";
import type { OAuthStateRow } from "../store/scm-oauth-states";

const OAUTH_TOKEN_TTL_MS = 8 * 60 * 60 * 1000;

/** Runs inside the callback's transaction. */
export function storeOAuthToken(ctx: ServerContext, state: OAuthStateRow, source: HostAuthenticationTokenSource): void {
  const cipher = tokenCipherFor(ctx.db);
  const now = ctx.now();
  const integration = getScmIntegration(ctx.db, state.integration_id);
  const runner = getRunnerRow(ctx.db, state.runner_id);
  if (!integration || !runner) return;
  const scopes = JSON.stringify(isScmKind(integration.scm_id) ? SCM_KINDS[integration.scm_id].patRequiredScopes : []);
  const values = {
    source,
    integration_id: integration.id,
    scopes,
    expires_at: new Date(now.getTime() + OAUTH_TOKEN_TTL_MS).toISOString(),
    token_ciphertext: cipher.encrypt(randomSecret("local_oauth_")),
    refresh_token_ciphertext: cipher.encrypt(randomSecret("local_refresh_")),
  };
  const existing = findHostToken(ctx.db, state.runner_id, state.user_id, state.host);
  if (existing) {
    updateHostToken(ctx.db, { ...existing, ...values, updated_at: now.toISOString() });
    return;
  }
  insertHostToken(ctx.db, {
    id: newId(),
    org_id: runner.org_id,
    runner_id: state.runner_id,
    subject_id: state.user_id,
    host: state.host,
    created_at: now.toISOString(),
    ...values,
  });
}
