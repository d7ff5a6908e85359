// Demo SCM data: the local SCM catalogue, SCM integrations for github.com and gitlab.com, and host tokens (one
// expired, one expiring in 3 days). Called inside seedDemoData's transaction.
import { HostAuthenticationTokenSource } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import type { ServerContext } from "../context";
import { sealToRunner } from "../crypto/sealed-box";
import { tokenCipherFor } from "../crypto/token-cipher";
import { catalogueOrganizations, catalogueRepositories } from "../scm/catalogue-data";
import { insertHostToken } from "../store/host-tokens";
import { seededId } from "../store/ids";
import { runnerPublicKey } from "../store/runners";
import { insertCatalogue } from "../store/scm-catalogue";
import { insertScmIntegration } from "../store/scm-integrations";
import { DEMO_SEED, type DemoIds } from "./ids";

const DAY = 24 * 60 * 60 * 1000;

export function seedScm(ctx: ServerContext, ids: DemoIds, seed: string = DEMO_SEED): void {
  const now = ctx.now();
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  insertCatalogue(ctx.db, catalogueOrganizations(), catalogueRepositories(), ids.users);

  const integrations = [
    { runnerId: ids.runners.awsProdEu, scmId: "github", host: "github.com", oauth: "Iv1.acme-prod-github", pat: true },
    { runnerId: ids.runners.awsProdEu, scmId: "gitlab", host: "gitlab.com", oauth: "acme-prod-gitlab-app", pat: true },
    { runnerId: ids.runners.gcpMl, scmId: "github", host: "github.com", oauth: "Iv1.acme-ml-github", pat: false },
    { runnerId: ids.runners.linuxBuild01, scmId: "github", host: "github.com", oauth: undefined, pat: true },
    { runnerId: ids.runners.linuxBuild01, scmId: "gitlab", host: "gitlab.com", oauth: undefined, pat: true },
  ];
  const integrationId = (runnerId: string, host: string) => seededId(seed, `scm-integration:${runnerId}:${host}`);
  for (const i of integrations) {
    const publicKey = runnerPublicKey(ctx.db, i.runnerId);
    if (!publicKey) throw new Error(`seedScm needs runner ${i.runnerId} to exist`);
    insertScmIntegration(ctx.db, {
      id: integrationId(i.runnerId, i.host),
      org_id: ids.orgId,
      runner_id: i.runnerId,
      scm_id: i.scmId,
      host: i.host,
      oauth_client_id: i.oauth ?? null,
      oauth_encrypted_client_secret: i.oauth ? Buffer.from(sealToRunner(`demo-secret-of-${i.oauth}`, publicKey)) : null,
      issuer_url: null,
      pat: i.pat ? 1 : 0,
      virtual_directory: null,
      created_at: at(-30),
    });
  }

  const cipher = tokenCipherFor(ctx.db);
  const tokens = [
    { name: "ada-github-prod", runnerId: ids.runners.awsProdEu, subject: ids.users.admin, host: "github.com", source: HostAuthenticationTokenSource.OAUTH, expiresAt: at(3), scopes: ["repo", "read:user"] },
    { name: "ada-gitlab-prod", runnerId: ids.runners.awsProdEu, subject: ids.users.admin, host: "gitlab.com", source: HostAuthenticationTokenSource.PAT, expiresAt: at(-2), scopes: ["api", "read_repository"] },
    { name: "max-github-linux", runnerId: ids.runners.linuxBuild01, subject: ids.users.member, host: "github.com", source: HostAuthenticationTokenSource.PAT, expiresAt: at(90), scopes: ["repo"] },
  ];
  tokens.forEach((t, index) => {
    insertHostToken(ctx.db, {
      id: seededId(seed, `host-token:${t.name}`),
      org_id: ids.orgId,
      runner_id: t.runnerId,
      subject_id: t.subject,
      host: t.host,
      source: t.source,
      integration_id: integrationId(t.runnerId, t.host),
      scopes: JSON.stringify(t.scopes),
      expires_at: t.expiresAt,
      token_ciphertext: cipher.encrypt(`demo-token-${t.name}`),
      refresh_token_ciphertext: t.source === HostAuthenticationTokenSource.OAUTH ? cipher.encrypt(`demo-refresh-${t.name}`) : null,
      created_at: at(-20 + index),
    });
  });
}
