// `npm run bench:fleet-update`: the time to change a setting on 1,000 runners the way the console's fleet update
// does (plan from the runners' summaries, one UpdateRunner per runner, a few in flight), against the local API on
// a temporary DATA_DIR seeded by `npm run seed`. The baseline in the same run sends one request at a time.
import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { parseArgs } from "node:util";
import { StringPool, summarizeRunner, type RunnerSummary } from "../src/api/fleet/runner-summary";
import { buildFleetUpdateRequest, FLEET_UPDATE_CONCURRENCY, requestFor, type FleetChange } from "../src/features/runners/fleet-update/fleet-change";
import { planFleetUpdate } from "../src/features/runners/fleet-update/fleet-update-plan";
import { LogLevel, RunnerService } from "../src/gen/gitpod/v1/runner_pb";
import { runLimited } from "../src/lib/run-limited";
import { BENCH_ADMIN_TOKEN, startBenchServer } from "./bench-fleet-server";

const { values } = parseArgs({ options: { runners: { type: "string", default: "1000" } } });
const count = Number(values.runners);

const server = await startBenchServer(count);
try {
  const transport = createConnectTransport({
    baseUrl: `${server.url}/api`,
    httpVersion: "1.1",
    interceptors: [
      (next) => (request) => {
        request.header.set("authorization", `Bearer ${BENCH_ADMIN_TOKEN}`);
        return next(request);
      },
    ],
  });
  const client = createClient(RunnerService, transport);

  /** Every bulk runner as the fleet index holds it (read again before each run: settings changed). */
  const readFleet = async (): Promise<RunnerSummary[]> => {
    const pool = new StringPool();
    const rows: RunnerSummary[] = [];
    let token = "";
    do {
      const page = await client.listRunners({ pagination: { token, pageSize: 100 } });
      for (const runner of page.runners) if (runner.name.startsWith("bulk-")) rows.push(summarizeRunner(runner, pool));
      token = page.pagination?.nextToken ?? "";
    } while (token);
    return rows;
  };

  const measure = async (label: string, change: FleetChange, limit: number) => {
    const fleet = await readFleet();
    const started = performance.now();
    const plan = planFleetUpdate(fleet, change, () => "allowed");
    const request = buildFleetUpdateRequest(change);
    const results = await runLimited(plan.toUpdate, (update) => client.updateRunner(requestFor(request, update.runner.id)), { limit });
    const elapsed = performance.now() - started;
    const failed = [...results.values()].filter((result) => !result.ok).length;
    if (failed > 0 || results.size !== count) throw new Error(`${label}: ${failed} failed, ${results.size} of ${count} sent`);
    console.log(`${label.padEnd(34)} ${(elapsed / 1000).toFixed(2).padStart(6)} s  ${(elapsed / count).toFixed(2).padStart(6)} ms per runner`);
    return elapsed;
  };

  console.log(`\nchanging the log level of ${count.toLocaleString("en-US")} runners (each run changes every one of them):`);
  // Warm-up: the first requests pay for JIT and the SQLite page cache.
  await measure("warm-up, 6 in flight", { logLevel: LogLevel.WARN }, FLEET_UPDATE_CONCURRENCY);
  const sequential = await measure("baseline: 1 at a time", { logLevel: LogLevel.DEBUG }, 1);
  const console6 = await measure(`console: ${FLEET_UPDATE_CONCURRENCY} in flight`, { logLevel: LogLevel.INFO }, FLEET_UPDATE_CONCURRENCY);
  const eight = await measure("8 in flight", { logLevel: LogLevel.ERROR }, 8);
  console.log(`\n${FLEET_UPDATE_CONCURRENCY} in flight vs 1 at a time: ${(sequential / console6).toFixed(2)}× faster; 8 in flight: ${(sequential / eight).toFixed(2)}×`);
} finally {
  await server.close();
}
