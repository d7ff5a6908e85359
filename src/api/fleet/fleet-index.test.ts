import { createClient } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { createInMemoryTransport, createTestContext } from "../../../server/testing";
import { seedBulkRunners } from "../../../server/seed/bulk";
import { DEMO_SEED } from "../../../server/seed/ids";
import { RunnerProvider } from "../../gen/gitpod/v1/runner_configuration_pb";
import { RunnerService } from "../../gen/gitpod/v1/runner_pb";
import { FleetIndex, type FetchRunnerPage, type FleetServerFilter, type FleetSnapshot } from "./fleet-index";

const ALL: FleetServerFilter = { kinds: [], providers: [], creatorIds: [] };

/** A server with the demo runners plus `bulk` more, and a page fetcher that counts its calls and can be held. */
async function setup(bulk: number, pageSize = 100) {
  const test = createTestContext();
  await seedBulkRunners(test.ctx, test.ids, bulk, DEMO_SEED);
  const client = createClient(RunnerService, createInMemoryTransport(test.ctx, test.adminToken));
  const total = test.ctx.db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM runners").get()?.n ?? 0;
  let gate: Promise<void> | undefined;
  const calls: string[] = [];
  const fetcher = (filter: FleetServerFilter): FetchRunnerPage => async (token, signal) => {
    calls.push(token);
    if (gate) await gate;
    const response = await client.listRunners(
      { filter: { kinds: [...filter.kinds], providers: [...filter.providers], creatorIds: [] }, pagination: { token, pageSize } },
      { signal },
    );
    return { runners: response.runners, nextToken: response.pagination?.nextToken ?? "" };
  };
  const hold = () => {
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    return () => {
      gate = undefined;
      release();
    };
  };
  return { test, client, total, calls, fetcher, hold };
}

function until(index: FleetIndex, done: (snapshot: FleetSnapshot) => boolean): Promise<FleetSnapshot> {
  return new Promise((resolve) => {
    const check = () => {
      const snapshot = index.getSnapshot();
      if (done(snapshot)) {
        unsubscribe();
        resolve(snapshot);
      }
    };
    const unsubscribe = index.subscribe(check);
    check();
  });
}

describe("FleetIndex", () => {
  it("walks every page of ListRunners and keeps one summary per runner", async () => {
    const { total, calls, fetcher } = await setup(250);
    const index = new FleetIndex({ filter: ALL, fetchPage: fetcher(ALL) });
    index.start();
    const done = await until(index, (s) => s.state === "complete");
    expect(done.rows).toHaveLength(total);
    expect(new Set(done.rows.map((r) => r.id)).size).toBe(total);
    expect(done.complete).toBe(true);
    expect(done.indexed).toBe(total);
    expect(calls).toHaveLength(Math.ceil(total / 100));
    expect(done.rows.find((r) => r.name === "bulk-000007")).toMatchObject({ provider: RunnerProvider.LINUX_HOST, searchKey: "bulk-000007" });
  });

  it("walks under the server filter", async () => {
    const { fetcher } = await setup(40);
    const filter = { ...ALL, providers: [RunnerProvider.GCP] };
    const index = new FleetIndex({ filter, fetchPage: fetcher(filter) });
    index.start();
    const done = await until(index, (s) => s.state === "complete");
    expect(done.rows.length).toBeGreaterThanOrEqual(10);
    expect(done.rows.every((r) => r.provider === RunnerProvider.GCP)).toBe(true);
  });

  it("shows what is known while walking, stops on cancel and continues from the same page", async () => {
    const { total, calls, fetcher, hold } = await setup(250);
    const index = new FleetIndex({ filter: ALL, fetchPage: fetcher(ALL) });
    index.start();
    const first = await until(index, (s) => s.rows.length > 0);
    expect(first.state).toBe("indexing");
    expect(first.complete).toBe(false);
    const release = hold();
    await until(index, () => calls.length === 2);
    index.cancel();
    release();
    expect(index.getSnapshot()).toMatchObject({ state: "cancelled", indexed: 100 });
    index.start();
    const done = await until(index, (s) => s.state === "complete");
    expect(done.rows).toHaveLength(total);
    // The cancelled page is asked for again; no other page twice.
    expect(calls.filter((token) => token === "")).toHaveLength(1);
  });

  it("applies a rename and a delete at once, and keeps them through a refresh that read older pages", async () => {
    const { client, test, fetcher, hold, total } = await setup(150);
    const index = new FleetIndex({ filter: ALL, fetchPage: fetcher(ALL) });
    index.start();
    await until(index, (s) => s.state === "complete");

    const [victim, renamed] = index.getSnapshot().rows.filter((r) => r.name.startsWith("bulk-"));
    if (!victim || !renamed) throw new Error("no bulk runners");
    // A refresh walks while the server changes: its pages predate the changes the console made meanwhile.
    const release = hold();
    index.refresh();
    expect(index.getSnapshot().refreshing).toBe(true);
    const updated = await client.updateRunner({ runnerId: renamed.id, name: "renamed-runner" });
    expect(updated).toBeDefined();
    const { runner } = await client.getRunner({ runnerId: renamed.id });
    if (!runner) throw new Error("runner missing");
    index.upsert(runner);
    index.remove([victim.id]);
    const now = index.getSnapshot();
    expect(now.rows.find((r) => r.id === renamed.id)?.name).toBe("renamed-runner");
    expect(now.rows.some((r) => r.id === victim.id)).toBe(false);
    expect(now.rows).toHaveLength(total - 1);

    // The refresh's pages were read "before" the delete (the server still has the runner): the index keeps both changes.
    release();
    const done = await until(index, (s) => s.state === "complete" && !s.refreshing);
    expect(done.rows.some((r) => r.id === victim.id)).toBe(false);
    expect(done.rows.find((r) => r.id === renamed.id)?.name).toBe("renamed-runner");
    expect(done.rows).toHaveLength(total - 1);
    expect(test.ctx.db.prepare("SELECT name FROM runners WHERE id = ?").get(renamed.id)).toEqual({ name: "renamed-runner" });
  });

  it("keeps each runner's settings, and walks again when refreshed during a walk (pages read earlier may be older)", async () => {
    const { client, fetcher, calls } = await setup(150);
    const base = fetcher(ALL);
    let open = () => {};
    let secondPage: Promise<void> | undefined = new Promise((resolve) => (open = resolve));
    const index = new FleetIndex({
      filter: ALL,
      fetchPage: async (token, signal) => {
        if (token && secondPage) await secondPage;
        return base(token, signal);
      },
    });
    index.start();
    await until(index, (s) => s.rows.length >= 100);
    const target = index.getSnapshot().rows.find((r) => r.name.startsWith("bulk-"));
    if (!target) throw new Error("no bulk runner read");
    expect(target.settings.autoUpdate).toBe(false);
    // The first page is read; the server changes; a refresh is asked for while the walk is still under way.
    await client.updateRunner({ runnerId: target.id, spec: { configuration: { autoUpdate: true, updateWindow: { startHour: 3, endHour: 5 } } } });
    index.refresh();
    secondPage = undefined;
    open();
    const done = await until(index, (s) => s.state === "complete" && !s.refreshing && calls.length >= 4);
    expect(calls.filter((token) => token === "")).toHaveLength(2);
    expect(done.rows.find((r) => r.id === target.id)?.settings).toMatchObject({ autoUpdate: true, updateWindow: { startHour: 3, endHour: 5 } });
  });

  it("adds a created runner that matches its filter and ignores one that does not", async () => {
    const { client, fetcher, total } = await setup(0);
    const filter = { ...ALL, providers: [RunnerProvider.GCP] };
    const gcpOnly = new FleetIndex({ filter, fetchPage: fetcher(filter) });
    const all = new FleetIndex({ filter: ALL, fetchPage: fetcher(ALL) });
    gcpOnly.start();
    all.start();
    await until(gcpOnly, (s) => s.state === "complete");
    await until(all, (s) => s.state === "complete");
    const gcpBefore = gcpOnly.getSnapshot().rows.length;
    const { runner } = await client.createRunner({ name: "new-aws-runner", provider: RunnerProvider.AWS_EC2, spec: { configuration: { region: "eu-west-1" } } });
    if (!runner) throw new Error("not created");
    gcpOnly.upsert(runner);
    all.upsert(runner);
    expect(gcpOnly.getSnapshot().rows).toHaveLength(gcpBefore);
    expect(all.getSnapshot().rows).toHaveLength(total + 1);
    expect(all.getSnapshot().rows.at(-1)).toMatchObject({ name: "new-aws-runner", region: "eu-west-1" });
  });

  it("reports a failed page and resumes from it", async () => {
    const { fetcher, total } = await setup(150);
    let failOnce = true;
    const base = fetcher(ALL);
    const index = new FleetIndex({
      filter: ALL,
      fetchPage: (token, signal) => {
        if (token && failOnce) {
          failOnce = false;
          return Promise.reject(new Error("network down"));
        }
        return base(token, signal);
      },
    });
    index.start();
    const failed = await until(index, (s) => s.state === "error");
    expect(failed.rows).toHaveLength(100);
    index.start();
    expect((await until(index, (s) => s.state === "complete")).rows).toHaveLength(total);
  });
});
