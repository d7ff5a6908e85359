// `npm run bench:lighthouse`: Lighthouse (mobile preset, Debian's chromium) on the built console served by the real
// server: the sign-in page, and the runners list signed in (session cookie passed with --extra-headers). Prints the
// category scores with LCP/TBT/CLS and the audits that cost points; exits non-zero when a target is missed.
// Lighthouse runs through its CLI, so nothing type-checked imports it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromiumExecutable } from "../e2e/browser";
import { spawnServer, type SpawnedServer } from "./crash/spawned-server";
import { printLanternWaterfall } from "./lighthouse/waterfall";

const TOKEN = "bench-lighthouse-admin-token-0123456789";
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 95 } as const;
type Category = keyof typeof TARGETS;

interface Audit {
  title: string;
  score: number | null;
  numericValue?: number;
  scoreDisplayMode: string;
}
interface Report {
  categories: Record<Category, { score: number; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, Audit>;
}

// `--waterfall` prints Lantern's simulated requests and tasks behind LCP (scripts/lighthouse/waterfall.ts).
const waterfall = process.argv.includes("--waterfall");
const artifactsRoot = waterfall || process.env.LH_DUMP_DIR ? (process.env.LH_DUMP_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"))) : undefined;
const artifactsDir = (url: string) => path.join(artifactsRoot ?? "", `${new URL(url).pathname.replaceAll("/", "_")}-artifacts`);

function lighthouse(url: string, extraHeaders?: Record<string, string>): Promise<Report> {
  const args = [
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--only-categories=${Object.keys(TARGETS).join(",")}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
  ];
  if (extraHeaders) args.push(`--extra-headers=${JSON.stringify(extraHeaders)}`);
  // The trace and network log (-GA), for replaying Lantern's simulation request by request.
  if (artifactsRoot) args.push(`-GA=${artifactsDir(url)}`);
  const chromePath = chromiumExecutable();
  const child = spawn(path.resolve("node_modules/.bin/lighthouse"), args, {
    env: chromePath ? { ...process.env, CHROME_PATH: chromePath } : process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`lighthouse exited ${code}:\n${stderr}`));
      else {
        // LH_DUMP_DIR=dir keeps each full report, for the waterfall and the audits this summary leaves out.
        const dumpDir = process.env.LH_DUMP_DIR;
        if (dumpDir) fs.writeFileSync(path.join(dumpDir, `${new URL(url).pathname.replaceAll("/", "_") || "root"}.json`), stdout);
        resolve(JSON.parse(stdout) as Report);
      }
    });
  });
}

async function report(name: string, url: string, result: Report): Promise<boolean> {
  const ms = (id: string) => `${(result.audits[id]?.numericValue ?? 0).toFixed(0)} ms`;
  const scores = (Object.keys(TARGETS) as Category[]).map((category) => [category, Math.round(result.categories[category].score * 100)] as const);
  console.log(`\n${name}`);
  console.log(`  ${scores.map(([category, score]) => `${category} ${score} (target ${category === "accessibility" ? "" : "≥ "}${TARGETS[category]})`).join(", ")}`);
  console.log(`  LCP ${ms("largest-contentful-paint")}, TBT ${ms("total-blocking-time")}, CLS ${(result.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)}, FCP ${ms("first-contentful-paint")}`);
  for (const [category] of scores) {
    const lost = result.categories[category].auditRefs
      .map((ref) => ({ ref, audit: result.audits[ref.id] }))
      .filter(({ ref, audit }) => ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative");
    for (const { ref, audit } of lost) console.log(`    ${category}: ${audit?.title} (${ref.id}, score ${audit?.score})`);
  }
  if (waterfall) await printLanternWaterfall(artifactsDir(url));
  return scores.every(([category, score]) => score >= TARGETS[category]);
}

// `--dir <path>` measures another build (e.g. a private `vite build --outDir /tmp/x`), as `npm run size` does.
const dirFlag = process.argv.indexOf("--dir");
const dist = path.resolve(dirFlag >= 0 && process.argv[dirFlag + 1] ? (process.argv[dirFlag + 1] as string) : "dist/app");
if (!fs.existsSync(path.join(dist, "index.html"))) throw new Error(`no build in ${dist}: run npm run build first`);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "runner-console-lighthouse-"));
let server: SpawnedServer | undefined;
try {
  server = await spawnServer(dataDir, { CONSOLE_ADMIN_TOKEN: TOKEN, LOG_LEVEL: "warn", STATIC_DIR: dist });
  const signIn = await fetch(`${server.baseUrl}/auth/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token: TOKEN }),
  });
  if (signIn.status !== 204) throw new Error(`sign-in answered ${signIn.status}`);
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const signInUrl = `${server.url}/sign-in`;
  const runnersUrl = `${server.url}/runners`;
  // `--only sign-in` or `--only runners` measures one page.
  const only = process.argv[process.argv.indexOf("--only") + 1];
  const signInOk = only === "runners" || (await report("sign-in page (/sign-in)", signInUrl, await lighthouse(signInUrl)));
  const runnersOk = only === "sign-in" || (await report("runners list, signed in (/runners)", runnersUrl, await lighthouse(runnersUrl, { Cookie: cookie })));
  if (!signInOk || !runnersOk) process.exitCode = 1;
} finally {
  server?.child.kill("SIGTERM");
  if (server) await server.exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (artifactsRoot && !process.env.LH_DUMP_DIR) fs.rmSync(artifactsRoot, { recursive: true, force: true });
}
