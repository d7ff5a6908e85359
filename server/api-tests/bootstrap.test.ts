import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RunnerConfigurationService, RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { buildApp } from "../app";
import { CREDENTIALS_FILE, createServerContext } from "../bootstrap";
import { startTestServer, testConfig } from "../testing";

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-boot-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("start-up and persistence", () => {
  it("keeps everything across a restart on the same DATA_DIR", async () => {
    const dataDir = tempDir();
    const first = await startTestServer({ dataDir });
    const created = await first
      .client(RunnerService)
      .createRunner({ name: "survivor", provider: RunnerProvider.LINUX_HOST });
    const runnerId = created.runner?.runnerId ?? "";
    await first.client(RunnerService).updateRunner({ runnerId, name: "survivor-renamed" });
    await first.close();

    const second = await startTestServer({ dataDir });
    try {
      const { runner } = await second.client(RunnerService).getRunner({ runnerId });
      expect(runner?.name).toBe("survivor-renamed");
      expect(runner?.status?.publicKey).toEqual(created.runner?.status?.publicKey);
      expect((await second.client(RunnerService).listRunners({})).runners).toHaveLength(9);
    } finally {
      await second.close();
    }
  });

  it("creates identical demo data on two fresh starts with the same CONSOLE_NOW", async () => {
    const snapshot = async () => {
      const server = await startTestServer();
      try {
        const runners = await server.client(RunnerService).listRunners({});
        const classes = await server.client(RunnerConfigurationService).listEnvironmentClasses({});
        return JSON.stringify([runners.runners, classes.environmentClasses], (_k, v: unknown) =>
          v instanceof Uint8Array
            ? Buffer.from(v).toString("base64")
            : typeof v === "bigint"
              ? v.toString()
              : v,
        );
      } finally {
        await server.close();
      }
    };
    expect(await snapshot()).toBe(await snapshot());
  });

  it("generates demo tokens into DATA_DIR/demo-credentials.txt (0600) when none are configured", async () => {
    const dataDir = tempDir();
    const { ctx, credentialsFile } = createServerContext(testConfig({ dataDir }));
    expect(credentialsFile).toBe(path.join(dataDir, CREDENTIALS_FILE));
    expect(fs.statSync(credentialsFile ?? "").mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(credentialsFile ?? "", "utf8");
    const adminToken = /CONSOLE_ADMIN_TOKEN=(\S+)/.exec(text)?.[1] ?? "";
    expect(adminToken.length).toBeGreaterThan(30);
    const app = await buildApp(ctx);
    try {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/session",
        payload: { token: adminToken },
      });
      expect(response.statusCode).toBe(204);
    } finally {
      await app.close();
      ctx.db.close();
    }
    // A second start keeps the same tokens.
    const again = createServerContext(testConfig({ dataDir }));
    expect(fs.readFileSync(again.credentialsFile ?? "", "utf8")).toBe(text);
    again.ctx.db.close();
  });
});
