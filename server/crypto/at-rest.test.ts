// Secrets at rest: the database file (and its WAL) holds no runner private key, metrics password or secret
// environment-class field in clear, and what it holds cannot open the runners' sealed client secrets.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { RunnerConfigurationService } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { runnerPrivateKey } from "../store/runners";
import { startTestServer, type TestServer } from "../testing";
import { openSealed } from "./sealed-box";

const METRICS_PASSWORD = "metrics-password-in-clear-7f3a";
const REGISTRY_TOKEN = "registry-token-in-clear-91c2";
const CLIENT_SECRET = "oauth-client-secret-in-clear-5d0e";

/** console.db and its WAL, as a backup would copy them. */
function rawFiles(dataDir: string): Buffer {
  const names = ["console.db", "console.db-wal"].filter((name) => fs.existsSync(path.join(dataDir, name)));
  return Buffer.concat(names.map((name) => fs.readFileSync(path.join(dataDir, name))));
}

function opens(sealed: Uint8Array, publicKey: Uint8Array, candidate: Uint8Array): boolean {
  try {
    return openSealed(sealed, publicKey, candidate) === CLIENT_SECRET;
  } catch {
    return false;
  }
}

/** An environment class on the AWS runner, with extra fields (e.g. the secret registryToken). */
function createAwsClass(server: TestServer, extra: Record<string, string>) {
  const fields = { instanceType: "m6i.large", diskSizeGiB: "64", ...extra };
  return server.client(RunnerConfigurationService).createEnvironmentClass({
    runnerId: server.ids.runners.awsProdEu,
    displayName: "Registry class",
    description: "Pulls private images",
    configuration: Object.entries(fields).map(([key, value]) => ({ key, value })),
  });
}

describe("secrets at rest", () => {
  it("the database file holds no secret in clear, and its key material opens no sealed secret", async () => {
    const server = await startTestServer({ keepDataDir: true });
    const runnerId = server.ids.runners.awsProdEu;
    await server.client(RunnerService).updateRunner({ runnerId, spec: { configuration: { metrics: { password: METRICS_PASSWORD } } } });
    const config = server.client(RunnerConfigurationService);
    await createAwsClass(server, { registryToken: REGISTRY_TOKEN });
    const { id } = await config.createSCMIntegration({ runnerId, scmId: "bitbucket", host: "bitbucket.org", oauthClientId: "c1", oauthPlaintextClientSecret: CLIENT_SECRET, pat: true });
    const sealed = (await config.getSCMIntegration({ id })).integration?.oauth?.encryptedClientSecret ?? new Uint8Array();
    const publicKey = (await server.client(RunnerService).getRunner({ runnerId })).runner?.status?.publicKey ?? new Uint8Array();
    const privateKey = runnerPrivateKey(server.ctx.db, runnerId) ?? new Uint8Array();
    expect(opens(sealed, publicKey, privateKey)).toBe(true);
    const storedKey = server.ctx.db.prepare<[string], { private_key: Buffer }>("SELECT private_key FROM runners WHERE id = ?").get(runnerId)?.private_key ?? Buffer.alloc(0);
    await server.close();

    const raw = rawFiles(server.dataDir);
    for (const secret of [METRICS_PASSWORD, REGISTRY_TOKEN, CLIENT_SECRET]) expect(raw.includes(secret)).toBe(false);
    expect(raw.includes(Buffer.from(privateKey))).toBe(false);
    // What the file stores in the key's place opens nothing, whichever 32 bytes of it one tries.
    for (let start = 0; start + 32 <= storedKey.length; start++) {
      expect(opens(sealed, publicKey, storedKey.subarray(start, start + 32))).toBe(false);
    }
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });

  it("a start converts plain secrets written before encryption, and the next start writes nothing", async () => {
    const server = await startTestServer({ keepDataDir: true });
    const runnerId = server.ids.runners.awsProdEu;
    const privateKey = runnerPrivateKey(server.ctx.db, runnerId) ?? new Uint8Array();
    const { id: classId } = await createAwsClass(server, {});
    await server.close();

    // The columns as an older console wrote them.
    const file = path.join(server.dataDir, "console.db");
    const legacy = new Database(file);
    legacy.prepare("UPDATE runners SET private_key = ?, secrets = ? WHERE id = ?").run(Buffer.from(privateKey), JSON.stringify({ metricsPassword: METRICS_PASSWORD }), runnerId);
    const configuration = [{ key: "instanceType", value: "m6i.large" }, { key: "registryToken", value: REGISTRY_TOKEN }];
    legacy.prepare("UPDATE environment_classes SET configuration = ? WHERE id = ?").run(JSON.stringify(configuration), classId);
    legacy.close();
    expect(rawFiles(server.dataDir).includes(METRICS_PASSWORD)).toBe(true);

    const restarted = await startTestServer({ dataDir: server.dataDir });
    expect(runnerPrivateKey(restarted.ctx.db, runnerId)).toEqual(privateKey);
    const { runner } = await restarted.client(RunnerService).getRunner({ runnerId });
    expect(runner?.spec?.configuration?.metrics?.password).toBe("********");
    const { environmentClass } = await restarted.client(RunnerConfigurationService).getEnvironmentClass({ environmentClassId: classId });
    expect(environmentClass?.configuration.find((c) => c.key === "registryToken")?.value).toBe("********");
    await restarted.close();
    const raw = rawFiles(server.dataDir);
    for (const secret of [METRICS_PASSWORD, REGISTRY_TOKEN]) expect(raw.includes(secret)).toBe(false);
    expect(raw.includes(Buffer.from(privateKey))).toBe(false);

    const before = fs.statSync(file).mtimeMs;
    await (await startTestServer({ dataDir: server.dataDir })).close();
    expect(fs.statSync(file).mtimeMs).toBe(before);
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  });
});
