// For `npm run bench:fleet`: a console server on a temporary DATA_DIR holding the demo org plus `runners` bulk
// runners (seeded by `npm run seed`), on a free port, with a fixed admin token.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const BENCH_ADMIN_TOKEN = "rc-bench-fleet-admin-token-0123456789";

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the server did not start within 20 s");
}

async function walkOnce(url: string): Promise<number> {
  let token = "";
  let pages = 0;
  do {
    const response = await fetch(`${url}/api/gitpod.v1.RunnerService/ListRunners`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${BENCH_ADMIN_TOKEN}` },
      body: JSON.stringify({ pagination: { token, pageSize: 100 } }),
    });
    if (!response.ok) throw new Error(`ListRunners answered ${response.status}`);
    const body: { pagination?: { nextToken?: string } } = await response.json();
    token = body.pagination?.nextToken ?? "";
    pages++;
  } while (token);
  return pages;
}

export async function startBenchServer(runners: number): Promise<BenchServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rc-bench-fleet-"));
  const env = { ...process.env, DATA_DIR: dataDir, CONSOLE_ADMIN_TOKEN: BENCH_ADMIN_TOKEN };
  const started = performance.now();
  execFileSync(process.execPath, ["--import", "tsx", "server/seed/cli.ts", "--runners", String(runners)], { env, stdio: "ignore" });
  console.log(`seeded ${runners.toLocaleString("en-US")} runners in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], { env: { ...env, PORT: String(port), HOST: "127.0.0.1" }, stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);
  // A server answers its first walk of a list several times slower than later ones (JIT, SQLite page cache): walk
  // it once, so the browser's figures are about the index, not about a cold server.
  const warm = performance.now();
  const pages = await walkOnce(url);
  console.log(`warmed the server: ${pages} pages of ListRunners in ${((performance.now() - warm) / 1000).toFixed(1)} s`);
  return {
    url,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
