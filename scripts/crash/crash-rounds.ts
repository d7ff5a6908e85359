// Crash safety (issue 4 §8): concurrent writes, SIGKILL mid-flight, restart on the same DATA_DIR, and every
// acknowledged write must be there with `PRAGMA integrity_check` = ok. Shared by server/crash.test.ts and
// `npm run crash-test -- --rounds N`.
import path from "node:path";
import Database from "better-sqlite3";
import { type Client, createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { RunnerProvider } from "../../src/gen/gitpod/v1/runner_configuration_pb";
import { RunnerRole, RunnerService } from "../../src/gen/gitpod/v1/runner_pb";
import { demoIds } from "../../server/seed/ids";
import { spawnServer, type SpawnedServer } from "./spawned-server";

export const CRASH_ADMIN_TOKEN = "crash-test-admin-token-0123456789abcdef";
const WRITERS = 6;
const POLICY_GROUP = demoIds().groups.developers;

/** What the server acknowledged in one round: these must survive the kill. */
interface RoundAcks {
  /** runnerId → names it may carry: the acknowledged one, plus an update in flight at the kill. */
  runnerNames: Map<string, { acked: string; inFlight?: string }>;
  policies: Set<string>;
  writes: number;
}

export interface RoundResult {
  round: number;
  acknowledged: number;
  killedAfterMs: number;
}

export interface CrashOptions {
  dataDir: string;
  rounds: number;
  /** The kill lands this long after the first acknowledged write (picked per round in [min, max]). */
  killAfterMs?: { min: number; max: number };
  onRound?: (result: RoundResult) => void;
}

function runnerClient(server: SpawnedServer): Client<typeof RunnerService> {
  const transport = createConnectTransport({
    baseUrl: server.baseUrl,
    httpVersion: "1.1",
    interceptors: [
      (next) => (request) => {
        request.header.set("authorization", `Bearer ${CRASH_ADMIN_TOKEN}`);
        return next(request);
      },
    ],
  });
  return createClient(RunnerService, transport);
}

/** One writer: create a runner, share it with a group, rename it — recording each write the server acknowledged. */
async function writeUntilKilled(client: Client<typeof RunnerService>, acks: RoundAcks, label: string): Promise<void> {
  for (let step = 0; ; step++) {
    const name = `${label}-${step}`;
    const created = await client.createRunner({ name, provider: RunnerProvider.LINUX_HOST });
    const runnerId = created.runner?.runnerId ?? "";
    const entry: { acked: string; inFlight?: string } = { acked: name };
    acks.runnerNames.set(runnerId, entry);
    acks.writes++;
    await client.createRunnerPolicy({ runnerId, groupId: POLICY_GROUP, role: RunnerRole.USER });
    acks.policies.add(runnerId);
    acks.writes++;
    entry.inFlight = `${name}-renamed`;
    await client.updateRunner({ runnerId, name: entry.inFlight });
    entry.acked = entry.inFlight;
    entry.inFlight = undefined;
    acks.writes++;
  }
}

async function verify(server: SpawnedServer, dataDir: string, acks: RoundAcks, round: number): Promise<void> {
  const client = runnerClient(server);
  for (const [runnerId, names] of acks.runnerNames) {
    const { runner } = await client.getRunner({ runnerId });
    const allowed = [names.acked, names.inFlight].filter((name) => name !== undefined);
    if (!runner || !allowed.includes(runner.name)) {
      throw new Error(`round ${round}: runner ${runnerId} should be named ${allowed.join(" or ")}, found ${runner?.name}`);
    }
  }
  for (const runnerId of acks.policies) {
    const { policies } = await client.listRunnerPolicies({ runnerId });
    if (!policies.some((policy) => policy.groupId === POLICY_GROUP)) {
      throw new Error(`round ${round}: the acknowledged policy on runner ${runnerId} is gone`);
    }
  }
  const db = new Database(path.join(dataDir, "console.db"), { readonly: true });
  try {
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`round ${round}: integrity_check says ${String(result)}`);
  } finally {
    db.close();
  }
}

/** Waits for the first acknowledged write, so that every kill lands while writes are flowing. */
async function firstAcknowledgement(acks: RoundAcks): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (acks.writes === 0) {
    if (Date.now() > deadline) throw new Error("no write was acknowledged within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function startServer(dataDir: string): Promise<SpawnedServer> {
  return spawnServer(dataDir, { CONSOLE_ADMIN_TOKEN: CRASH_ADMIN_TOKEN });
}

/** Runs the rounds on one DATA_DIR; throws on the first lost write or failed integrity check. */
export async function runCrashRounds(options: CrashOptions): Promise<RoundResult[]> {
  const { min, max } = options.killAfterMs ?? { min: 20, max: 300 };
  const results: RoundResult[] = [];
  let server = await startServer(options.dataDir);
  try {
    for (let round = 1; round <= options.rounds; round++) {
      const acks: RoundAcks = { runnerNames: new Map(), policies: new Set(), writes: 0 };
      const client = runnerClient(server);
      const writers = Array.from({ length: WRITERS }, (_, writer) =>
        writeUntilKilled(client, acks, `crash-${round}-${writer}`).catch(() => undefined),
      );
      await firstAcknowledgement(acks);
      const killedAfterMs = Math.round(min + Math.random() * (max - min));
      await new Promise((resolve) => setTimeout(resolve, killedAfterMs));
      server.child.kill("SIGKILL");
      await server.exited;
      await Promise.all(writers);
      server = await startServer(options.dataDir);
      await verify(server, options.dataDir, acks, round);
      const result = { round, acknowledged: acks.writes, killedAfterMs };
      results.push(result);
      options.onRound?.(result);
    }
  } finally {
    server.child.kill("SIGKILL");
    await server.exited;
  }
  return results;
}
