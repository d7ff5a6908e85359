import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerPhase, RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { codeOf, startTestServer, type TestServer } from "../testing";
import { runFakeRunner } from "./fake-runner";
import { DELETE_GRACE_MS } from "./heartbeat-protocol";
import { sweepPendingDeletions } from "./heartbeat-routes";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const runners = () => server.client(RunnerService);

async function newRunner(name: string, provider = RunnerProvider.AWS_EC2) {
  const created = await runners().createRunner({ name, provider });
  return { runnerId: created.runner?.runnerId ?? "", exchangeToken: created.exchangeToken };
}

async function phaseOf(runnerId: string): Promise<RunnerPhase | undefined> {
  return (await runners().getRunner({ runnerId })).runner?.status?.phase;
}

/** Starts a fake runner that heartbeats every 100 ms until it stops by itself or `stop` is called. */
function connect(exchangeToken: string) {
  const controller = new AbortController();
  const lines: string[] = [];
  const done = runFakeRunner({ url: server.url, exchangeToken, intervalMs: 100, signal: controller.signal, log: (l) => lines.push(l) });
  return { done, lines, stop: () => controller.abort() };
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const later = (ms: number) => ({ ...server.ctx, now: () => new Date(server.ctx.now().getTime() + ms) });

describe("DeleteRunner without force", () => {
  it("turns a connected runner DELETING; its next heartbeat acknowledges and the runner is gone", async () => {
    const { runnerId, exchangeToken } = await newRunner("lifecycle-connected");
    const runner = connect(exchangeToken);
    await until(async () => (await phaseOf(runnerId)) === RunnerPhase.ACTIVE, "the runner to turn ACTIVE");

    await runners().deleteRunner({ runnerId });
    // A connected runner is not removed by the grace period: it waits for the runner itself.
    expect(sweepPendingDeletions(later(DELETE_GRACE_MS + 1000))).not.toContain(runnerId);

    const heartbeats = await runner.done;
    expect(heartbeats).toBeGreaterThan(0);
    expect(runner.lines.at(-1)).toContain("the console deleted this runner");
    expect(await codeOf(runners().getRunner({ runnerId }))).toBe(Code.NotFound);
  });

  it("removes a runner that never connected after the grace period, and keeps it DELETING until then", async () => {
    const { runnerId } = await newRunner("lifecycle-never-connected");
    await runners().deleteRunner({ runnerId });
    const { runner } = await runners().getRunner({ runnerId });
    expect(runner?.status?.phase).toBe(RunnerPhase.DELETING);
    expect(runner?.status?.message).toContain("Deletion requested");
    // Asking again is harmless; changing a runner that is being deleted is refused.
    await runners().deleteRunner({ runnerId });
    expect(await codeOf(runners().updateRunner({ runnerId, name: "renamed" }))).toBe(Code.FailedPrecondition);

    expect(sweepPendingDeletions(later(DELETE_GRACE_MS - 2000))).toEqual([]);
    expect(await phaseOf(runnerId)).toBe(RunnerPhase.DELETING);
    expect(sweepPendingDeletions(later(DELETE_GRACE_MS + 1000))).toEqual([runnerId]);
    expect(await codeOf(runners().getRunner({ runnerId }))).toBe(Code.NotFound);
  });

  it("force stays immediate, also for a runner already being deleted", async () => {
    const { runnerId } = await newRunner("lifecycle-force");
    await runners().deleteRunner({ runnerId });
    await runners().deleteRunner({ runnerId, force: true });
    expect(await codeOf(runners().getRunner({ runnerId }))).toBe(Code.NotFound);
    const other = await newRunner("lifecycle-force-direct");
    await runners().deleteRunner({ runnerId: other.runnerId, force: true });
    expect(await codeOf(runners().getRunner({ runnerId: other.runnerId }))).toBe(Code.NotFound);
  });
});

describe("Allow local runners (desiredPhase of the local-configuration runner)", () => {
  it("stops every local runner and keeps it INACTIVE through heartbeats until local runners are allowed again", async () => {
    const ids = server.ids.runners;
    const { runnerId, exchangeToken } = await newRunner("lifecycle-local", RunnerProvider.LINUX_HOST);
    const runner = connect(exchangeToken);
    await until(async () => (await phaseOf(runnerId)) === RunnerPhase.ACTIVE, "the local runner to turn ACTIVE");

    await runners().updateRunner({ runnerId: ids.localConfiguration, spec: { desiredPhase: RunnerPhase.INACTIVE } });
    const configuration = (await runners().getRunner({ runnerId: ids.localConfiguration })).runner;
    expect(configuration?.spec?.desiredPhase).toBe(RunnerPhase.INACTIVE);
    expect(configuration?.status?.phase).toBe(RunnerPhase.INACTIVE);
    for (const local of [runnerId, ids.linuxBuild01, ids.devAgent]) {
      const { runner: stopped } = await runners().getRunner({ runnerId: local });
      expect(stopped?.status?.phase, local).toBe(RunnerPhase.INACTIVE);
      expect(stopped?.status?.message).toBe("Local runners are turned off in this organization");
    }
    // Remote runners are not affected.
    expect(await phaseOf(ids.awsProdEu)).toBe(RunnerPhase.ACTIVE);
    // Heartbeats keep coming and the runner stays INACTIVE.
    const seen = runner.lines.length;
    await until(async () => runner.lines.length > seen + 2, "more heartbeats");
    expect(runner.lines.at(-1)).toContain("runner INACTIVE");
    expect(await phaseOf(runnerId)).toBe(RunnerPhase.INACTIVE);

    await runners().updateRunner({ runnerId: ids.localConfiguration, spec: { desiredPhase: RunnerPhase.ACTIVE } });
    await until(async () => (await phaseOf(runnerId)) === RunnerPhase.ACTIVE, "the local runner to turn ACTIVE again");
    expect((await runners().getRunner({ runnerId: ids.localConfiguration })).runner?.status?.phase).toBe(RunnerPhase.ACTIVE);
    runner.stop();
    await runner.done;
  });

  it("is refused on other runners", async () => {
    const code = await codeOf(runners().updateRunner({ runnerId: server.ids.runners.linuxBuild01, spec: { desiredPhase: RunnerPhase.INACTIVE } }));
    expect(code).toBe(Code.InvalidArgument);
  });
});
