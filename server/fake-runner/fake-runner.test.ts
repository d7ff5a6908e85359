import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerCapability, RunnerPhase, RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { startTestServer, type TestServer } from "../testing";
import { parseInterval, runFakeRunner } from "./fake-runner";
import { sweepStaleRunners } from "./heartbeat-routes";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function newRunner(name: string): Promise<{ runnerId: string; exchangeToken: string }> {
  const created = await server.client(RunnerService).createRunner({ name, provider: RunnerProvider.LINUX_HOST });
  return { runnerId: created.runner?.runnerId ?? "", exchangeToken: created.exchangeToken };
}

describe("fake runner", () => {
  it("exchanges its token, turns the runner ACTIVE with what it reports, and goes INACTIVE when heartbeats stop", async () => {
    const { runnerId, exchangeToken } = await newRunner("fake-runner-loop");
    const before = await server.client(RunnerService).getRunner({ runnerId });
    expect(before.runner?.status?.phase).toBe(RunnerPhase.CREATED);
    const startedAt = server.ctx.now().getTime();
    const lines: string[] = [];
    const sent = await runFakeRunner({ url: server.url, exchangeToken, intervalMs: 100, signal: new AbortController().signal, log: (l) => lines.push(l), maxHeartbeats: 2 });
    expect(sent).toBe(2);
    expect(lines.join("\n")).not.toContain(exchangeToken);
    const { runner } = await server.client(RunnerService).getRunner({ runnerId });
    expect(runner?.status).toMatchObject({ phase: RunnerPhase.ACTIVE, version: "2025.06.3", region: "local" });
    expect(runner?.status?.capabilities).toContain(RunnerCapability.LIST_SCM_ORGANIZATIONS);
    expect(runner?.status?.gatewayInfo?.gateway?.url).toBe(server.url);
    expect(runner?.status?.gatewayInfo?.latency).toBeDefined();
    const updatedAtMs = Number(runner?.status?.updatedAt?.seconds) * 1000;
    expect(updatedAtMs).toBeGreaterThanOrEqual(Math.floor(startedAt / 1000) * 1000);
    expect(updatedAtMs).toBeLessThanOrEqual(server.ctx.now().getTime());

    // The exchange token works once.
    await expect(runFakeRunner({ url: server.url, exchangeToken, intervalMs: 100, signal: new AbortController().signal, log: () => undefined, maxHeartbeats: 1 })).rejects.toThrow();

    const later = (ms: number) => ({ ...server.ctx, now: () => new Date(updatedAtMs + ms) });
    expect(sweepStaleRunners(later(10_000))).toEqual([]);
    expect(sweepStaleRunners(later(32_000))).toEqual([runnerId]);
    const stale = await server.client(RunnerService).getRunner({ runnerId });
    expect(stale.runner?.status?.phase).toBe(RunnerPhase.INACTIVE);
    // Seeded runners never sent heartbeats: their demo phases stay.
    const seeded = await server.client(RunnerService).getRunner({ runnerId: server.ids.runners.awsProdEu });
    expect(seeded.runner?.status?.phase).toBe(RunnerPhase.ACTIVE);
  });

  it("rejects heartbeats without a runner access token", async () => {
    const response = await fetch(`${server.baseUrl}/local/runner-heartbeat`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
      body: "{}",
    });
    expect(response.status).toBe(401);
  });

  it("runs as a CLI, prints what it does without the token, and stops cleanly on SIGINT", async () => {
    const { runnerId, exchangeToken } = await newRunner("fake-runner-cli");
    const child = spawn(process.execPath, ["--import", "tsx", "server/fake-runner/main.ts", exchangeToken, "--url", server.url, "--interval", "200ms"], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no heartbeat in time: ${output}`)), 20_000);
      child.stdout.on("data", () => {
        if (output.includes("heartbeat 2")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill("SIGINT");
    const exitCode = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(exitCode).toBe(0);
    expect(output).toContain("stopped after");
    expect(output).not.toContain(exchangeToken);
    const { runner } = await server.client(RunnerService).getRunner({ runnerId });
    expect(runner?.status?.phase).toBe(RunnerPhase.ACTIVE);
  });

  it("parses intervals", () => {
    expect(parseInterval("2s")).toBe(2000);
    expect(parseInterval("500ms")).toBe(500);
    expect(parseInterval("1.5")).toBe(1500);
    expect(() => parseInterval("soon")).toThrow();
    expect(() => parseInterval("10ms")).toThrow();
  });
});
