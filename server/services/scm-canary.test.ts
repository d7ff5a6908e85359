// Canary: a known OAuth client secret and host token must never leave the server in any response body, must not be
// stored in clear text, and the stored OAuth ciphertext must open with the runner's private key.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openSealed } from "../crypto/sealed-box";
import { runnerPrivateKey, runnerPublicKey } from "../store/runners";
import { startTestServer, type TestServer } from "../testing";

const CANARY_SECRET = "CANARY-OAUTH-SECRET-7f3a9e";
const CANARY_TOKEN = "CANARY-HOST-TOKEN-91bc44";
const CANARY_REFRESH = "CANARY-REFRESH-TOKEN-5d20";

let server: TestServer;
const bodies: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function rpc(service: string, method: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.baseUrl}/gitpod.v1.${service}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify(body),
  });
  const raw = await response.text();
  bodies.push(raw);
  expect(response.status, `${method}: ${raw}`).toBe(200);
  const parsed: unknown = JSON.parse(raw);
  return typeof parsed === "object" && parsed !== null ? Object.fromEntries(Object.entries(parsed)) : {};
}

it("never returns or stores the canary secret and token in clear text", async () => {
  const runnerId = server.ids.runners.awsStagingUs;
  const created = await rpc("RunnerConfigurationService", "CreateSCMIntegration", {
    runnerId, scmId: "github", host: "github.com", oauthClientId: "canary-client", oauthPlaintextClientSecret: CANARY_SECRET, pat: true,
  });
  const id = String(created.id);
  const token = await rpc("RunnerConfigurationService", "CreateHostAuthenticationToken", {
    runnerId, host: "github.com", token: CANARY_TOKEN, refreshToken: CANARY_REFRESH, source: "HOST_AUTHENTICATION_TOKEN_SOURCE_OAUTH",
  });
  const tokenId = String(Object(token.token).id);
  await rpc("RunnerConfigurationService", "UpdateHostAuthenticationToken", { id: tokenId, token: CANARY_TOKEN, refreshToken: CANARY_REFRESH });
  await rpc("RunnerConfigurationService", "UpdateSCMIntegration", { id, oauthPlaintextClientSecret: CANARY_SECRET });
  const got = await rpc("RunnerConfigurationService", "GetSCMIntegration", { id });
  await rpc("RunnerConfigurationService", "ListSCMIntegrations", { filter: { runnerIds: [runnerId] } });
  await rpc("RunnerConfigurationService", "GetHostAuthenticationToken", { id: tokenId });
  await rpc("RunnerConfigurationService", "ListHostAuthenticationTokens", {});
  await rpc("RunnerConfigurationService", "ValidateRunnerConfiguration", { runnerId, scmIntegration: { id, scmId: "github", host: "github.com", oauthClientId: "canary-client", oauthPlaintextClientSecret: CANARY_SECRET } });
  await rpc("RunnerService", "CheckAuthenticationForHost", { runnerId, host: "github.com" });
  await rpc("RunnerService", "GetRunner", { runnerId });
  await rpc("RunnerService", "SearchRepositories", { runnerId, searchString: "api" });
  await rpc("RunnerService", "ParseContextURL", { runnerId, contextUrl: "https://github.com/acme-platform/api" });

  for (const body of bodies) {
    for (const canary of [CANARY_SECRET, CANARY_TOKEN, CANARY_REFRESH]) {
      expect(body).not.toContain(canary);
      expect(body).not.toContain(Buffer.from(canary).toString("base64").slice(0, 20));
    }
  }

  const sealed = Buffer.from(String(Object(got.integration).oauth ? Object(Object(got.integration).oauth).encryptedClientSecret : ""), "base64");
  const publicKey = runnerPublicKey(server.ctx.db, runnerId) ?? new Uint8Array();
  const privateKey = runnerPrivateKey(server.ctx.db, runnerId) ?? new Uint8Array();
  expect(openSealed(new Uint8Array(sealed), publicKey, privateKey)).toBe(CANARY_SECRET);

  server.ctx.db.pragma("wal_checkpoint(TRUNCATE)");
  for (const file of fs.readdirSync(server.dataDir)) {
    const bytes = fs.readFileSync(path.join(server.dataDir, file)).toString("latin1");
    for (const canary of [CANARY_SECRET, CANARY_TOKEN, CANARY_REFRESH]) expect(bytes, file).not.toContain(canary);
  }
  const keyFile = fs.statSync(path.join(server.dataDir, "token-encryption.key"));
  expect(keyFile.mode & 0o777).toBe(0o600);
});
