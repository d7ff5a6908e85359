// `npm run bench:api`: 100,000 runners in a temporary DATA_DIR, the real server (with BENCH_ECHO=1), and autocannon
// on ListRunners (first page, a page near the end, a member's first page), GetRunner and a trivial Connect echo
// handler as the ceiling. The member sees 1% of the runners (scripts/bench-api/sparse-member.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createServerContext } from "../server/bootstrap";
import { configFromEnv } from "../server/config";
import { seedBulkRunners } from "../server/seed/bulk";
import { DEMO_SEED, demoIds } from "../server/seed/ids";
import { SPARSE_MEMBER_TOKEN, seedSparseMember } from "./bench-api/sparse-member";
import { spawnServer, type SpawnedServer } from "./crash/spawned-server";

const { values } = parseArgs({
  options: {
    runners: { type: "string", default: "100000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    rounds: { type: "string", default: "5" },
  },
});
const RUNNERS = Number(values.runners);
const DURATION_S = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Math.max(1, Number(values.rounds));
const TOKEN = "bench-admin-token-0123456789abcdef";
const HEADERS = { "content-type": "application/json", authorization: `Bearer ${TOKEN}` };
const MEMBER_HEADERS = { ...HEADERS, authorization: `Bearer ${SPARSE_MEMBER_TOKEN}` };

interface Figures {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
}

async function seed(dataDir: string): Promise<void> {
  const started = performance.now();
  const { ctx } = createServerContext(configFromEnv({ DATA_DIR: dataDir, CONSOLE_ADMIN_TOKEN: TOKEN }));
  await seedBulkRunners(ctx, demoIds(), RUNNERS, DEMO_SEED, (done) => process.stdout.write(`\rseeding ${done}/${RUNNERS}`));
  const visible = seedSparseMember(ctx, demoIds(), DEMO_SEED);
  ctx.db.pragma("optimize");
  ctx.db.close();
  console.log(`\nseeded ${RUNNERS} runners (a member sees ${visible}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function call<T>(server: SpawnedServer, rpc: string, body: unknown, headers = HEADERS): Promise<T> {
  const response = await fetch(`${server.baseUrl}/gitpod.v1.${rpc}`, { method: "POST", headers, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${rpc} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface ListPage {
  runners: Array<{ runnerId: string }>;
  pagination?: { nextToken?: string };
}

/** Walks the whole list with pageSize 100 and returns the token of the page ~1% before the end. */
async function tokenNearTheEnd(server: SpawnedServer): Promise<{ token: string; pagesWalked: number }> {
  const tokens: string[] = [];
  let token = "";
  do {
    const page = await call<ListPage>(server, "RunnerService/ListRunners", { pagination: { token, pageSize: 100 } });
    token = page.pagination?.nextToken ?? "";
    if (token) tokens.push(token);
  } while (token);
  const index = Math.max(0, tokens.length - Math.max(2, Math.round(tokens.length / 100)));
  return { token: tokens[index] ?? "", pagesWalked: tokens.length + 1 };
}

interface Case {
  name: string;
  url: string;
  body: unknown;
  headers?: typeof HEADERS;
}

async function slice(c: Case, seconds: number) {
  const result = await autocannon({
    url: c.url,
    method: "POST",
    headers: c.headers ?? HEADERS,
    body: JSON.stringify(c.body),
    connections: CONNECTIONS,
    duration: seconds,
  });
  return { requests: result.requests.total, seconds: result.duration, p99Ms: result.latency.p99, failed: result.non2xx + result.errors };
}

/**
 * Every case gets DURATION_S, run round-robin in ROUNDS slices, so that load from elsewhere on the machine falls on
 * all cases alike and the ratios to the echo stay comparable. req/s over all slices; p99 the median of the slices'.
 */
async function driveAll(cases: Case[]): Promise<Figures[]> {
  const slices = cases.map((): Array<Awaited<ReturnType<typeof slice>>> => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, c] of cases.entries()) slices[i]?.push(await slice(c, DURATION_S / ROUNDS));
  }
  return cases.map((c, i) => {
    const runs = slices[i] ?? [];
    const p99s = runs.map((run) => run.p99Ms).sort((a, b) => a - b);
    const figures = {
      name: c.name,
      requestsPerSecond: runs.reduce((sum, run) => sum + run.requests, 0) / Math.max(runs.reduce((sum, run) => sum + run.seconds, 0), 1e-9),
      p99Ms: p99s[Math.floor(p99s.length / 2)] ?? 0,
      non2xx: runs.reduce((sum, run) => sum + run.failed, 0),
    };
    console.log(`${c.name.padEnd(34)} ${figures.requestsPerSecond.toFixed(0).padStart(7)} req/s  p99 ${figures.p99Ms} ms${figures.non2xx ? `  (${figures.non2xx} failed)` : ""}`);
    return figures;
  });
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-bench-"));
let server: SpawnedServer | undefined;
try {
  await seed(dataDir);
  server = await spawnServer(dataDir, { CONSOLE_ADMIN_TOKEN: TOKEN, BENCH_ECHO: "1" });
  const { token: deepToken, pagesWalked } = await tokenNearTheEnd(server);
  const firstPage = await call<ListPage>(server, "RunnerService/ListRunners", { pagination: { pageSize: 50 } });
  const runnerId = firstPage.runners[0]?.runnerId ?? "";
  const memberPage = await call<ListPage>(server, "RunnerService/ListRunners", { pagination: { pageSize: 50 } }, MEMBER_HEADERS);
  if (memberPage.runners.length !== 50) throw new Error(`the 1% member's first page has ${memberPage.runners.length} runners`);
  console.log(`walked ${pagesWalked} pages of 100 for a deep token; ${DURATION_S} s per case in ${ROUNDS} round-robin slices, ${CONNECTIONS} connections\n`);

  const rpc = (name: string) => `${server?.baseUrl ?? ""}/gitpod.v1.RunnerService/${name}`;
  const [echo, first, deep, member, get] = await driveAll([
    { name: "Connect echo (ceiling)", url: `${server.url}/bench-echo/gitpod.v1.IdentityService/GetAuthenticatedIdentity`, body: {} },
    { name: "ListRunners pageSize 50, first page", url: rpc("ListRunners"), body: { pagination: { pageSize: 50 } } },
    { name: "ListRunners pageSize 50, near end", url: rpc("ListRunners"), body: { pagination: { pageSize: 50, token: deepToken } } },
    { name: "ListRunners pageSize 50, 1% member", url: rpc("ListRunners"), body: { pagination: { pageSize: 50 } }, headers: MEMBER_HEADERS },
    { name: "GetRunner", url: rpc("GetRunner"), body: { runnerId } },
  ]);
  if (!echo || !first || !deep || !member || !get) throw new Error("a case has no figures");

  console.log("\nvs. echo (req/s ratio, p99 ratio):");
  for (const figures of [first, deep, member, get]) {
    console.log(`  ${figures.name.padEnd(34)} ${(figures.requestsPerSecond / echo.requestsPerSecond).toFixed(2)}× throughput, ${(figures.p99Ms / Math.max(echo.p99Ms, 1)).toFixed(2)}× p99`);
  }
  console.log(`deep-page / first-page p99: ${(deep.p99Ms / Math.max(first.p99Ms, 1)).toFixed(2)}`);
  console.log(`1% member / admin first-page p99: ${(member.p99Ms / Math.max(first.p99Ms, 1)).toFixed(2)}`);
  if ([echo, first, deep, member, get].some((figures) => figures.non2xx > 0)) process.exitCode = 1;
} finally {
  server?.child.kill("SIGTERM");
  if (server) await server.exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
}
