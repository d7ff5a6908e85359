// `npm run bench:lighthouse`: Lighthouse (mobile preset, Debian's chromium) on the built console served by the real
// server: the sign-in page, and the runners list signed in (session cookie passed with --extra-headers). Scores move
// by several points between runs on a shared machine, so, as Lighthouse's own guidance advises, each page is run
// several times (`--runs N`, default 3) and the median run is reported: its scores with LCP/TBT/CLS/FCP and the audits
// that cost points. Exits non-zero when a target is missed.
//   --dir <path>      another build (e.g. a private `vite build --outDir /tmp/x`), as `npm run size` takes
//   --only <page>     sign-in or runners
//   --waterfall       Lantern's simulated requests and tasks behind the median run's LCP (scripts/lighthouse/waterfall.ts)
//   LH_DUMP_DIR=dir   keeps every run's report and trace artifacts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnServer, type SpawnedServer } from "./crash/spawned-server";
import { metricMs, runLighthouse, score, TARGETS, type Category, type Report } from "./lighthouse/run";
import { printLanternWaterfall } from "./lighthouse/waterfall";

const TOKEN = "bench-lighthouse-admin-token-0123456789";
const CATEGORIES = Object.keys(TARGETS) as Category[];

const flag = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const runs = Math.max(1, Number(flag("--runs") ?? 3));
const only = flag("--only");
const waterfall = process.argv.includes("--waterfall");
const dist = path.resolve(flag("--dir") ?? "dist/app");
const keepRoot = process.env.LH_DUMP_DIR ?? (waterfall ? fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-")) : undefined);

const timings = (report: Report) =>
  `LCP ${metricMs(report, "largest-contentful-paint")} ms, TBT ${metricMs(report, "total-blocking-time")} ms, ` +
  `CLS ${(report.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)}, FCP ${metricMs(report, "first-contentful-paint")} ms`;

function printLostPoints(report: Report) {
  for (const category of CATEGORIES) {
    const lost = report.categories[category].auditRefs
      .map((ref) => ({ ref, audit: report.audits[ref.id] }))
      .filter(({ ref, audit }) => ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative");
    for (const { ref, audit } of lost) console.log(`    ${category}: ${audit?.title} (${ref.id}, score ${audit?.score})`);
  }
}

async function measure(name: string, url: string, extraHeaders?: Record<string, string>): Promise<boolean> {
  console.log(`\n${name}`);
  const results: Array<{ report: Report; keepDir: string | undefined }> = [];
  for (let run = 1; run <= runs; run++) {
    const keepDir = keepRoot ? path.join(keepRoot, `${new URL(url).pathname.slice(1).replaceAll("/", "_")}-run${run}`) : undefined;
    // Lighthouse now and then fails to record the trace (NO_NAVSTART); such a run is tried once more.
    const report = await runLighthouse(url, extraHeaders, keepDir).catch(() => runLighthouse(url, extraHeaders, keepDir));
    console.log(`  run ${run}: performance ${score(report, "performance")}, ${timings(report)}`);
    results.push({ report, keepDir });
  }
  results.sort((a, b) => score(a.report, "performance") - score(b.report, "performance"));
  const median = results[Math.floor(results.length / 2)] as (typeof results)[number];
  const scores = CATEGORIES.map((category) => [category, score(median.report, category)] as const);
  console.log(`  median run: ${scores.map(([category, value]) => `${category} ${value} (target ${category === "accessibility" ? "" : "≥ "}${TARGETS[category]})`).join(", ")}`);
  console.log(`  ${timings(median.report)}`);
  printLostPoints(median.report);
  if (waterfall && median.keepDir) await printLanternWaterfall(median.keepDir);
  return scores.every(([category, value]) => value >= TARGETS[category]);
}

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
  const signInOk = only === "runners" || (await measure("sign-in page (/sign-in)", `${server.url}/sign-in`));
  const runnersOk = only === "sign-in" || (await measure("runners list, signed in (/runners)", `${server.url}/runners`, { Cookie: cookie }));
  if (!signInOk || !runnersOk) process.exitCode = 1;
} finally {
  server?.child.kill("SIGTERM");
  if (server) await server.exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (waterfall && !process.env.LH_DUMP_DIR && keepRoot) fs.rmSync(keepRoot, { recursive: true, force: true });
}
