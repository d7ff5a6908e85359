// `npm run bench:forms`: builds bench/forms in production mode, serves it under the console server's CSP, and in
// headless chromium renders generated schemas of 50, 200 and 1000 fields with the schema-form engine and, in the
// same run, as many plain uncontrolled <input>s. Prints medians of 3 runs and the ratios to the baseline: mount (to
// the first painted frame; "render" is React's synchronous part of it), all fields in the DOM and painted,
// keystroke-to-paint median and worst over 20 characters (Chrome's own EventLatency: key press → presentation of the
// frame showing it), main-thread CPU per key, long tasks.
// Exits 1 when a target is missed.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { build } from "vite";
import { contentSecurityPolicy } from "../server/http/security-headers";
import type { PageMeasurements, Variant } from "../bench/forms/bench-api";
import { traceAction } from "./bench-forms-trace";

// BENCH_FORMS_SIZES=200 (comma-separated) measures only some sizes, e.g. while working on the engine.
const SIZES = (process.env.BENCH_FORMS_SIZES ?? "50,200,1000").split(",").map(Number);
const VARIANTS: Variant[] = ["schema", "plain"];
const RUNS = 3;
/** The smallest generated schema with a string field to type into (bool, int, enum, string). */
const FLOOR_FIELDS = 4;
const TYPED = "abcdefghijklmnopqrst";
const OUT_DIR = path.resolve("dist/bench");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

interface RunFigures {
  mountMs: number;
  settledMs: number;
  renderMs: number;
  keyCpuMs: number;
  keyMedianMs: number;
  keyWorstMs: number;
  longTaskCount: number;
  longTaskTotalMs: number;
  slowEvents: number;
  cspViolations: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function serve(dir: string): Promise<http.Server> {
  const csp = contentSecurityPolicy([]);
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://bench").pathname;
    const file = path.join(dir, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "content-security-policy": csp,
    });
    fs.createReadStream(file).pipe(res);
  });
  // Port 0: the OS picks a free port, so the benchmark never collides with a running console.
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function measureOnce(
  browser: Browser,
  origin: string,
  variant: Variant,
  count: number,
): Promise<RunFigures> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/?variant=${variant}&count=${count}`);
    await page.waitForFunction(() => window.bench !== undefined);
    // Not traced: tracing costs the page CPU time. Wall-clock and React's own render time come from the page.
    const mountMs = await page.evaluate(() => window.bench?.mount() ?? Promise.reject(new Error("no bench")));
    const settledMs = await page.evaluate(
      () => window.bench?.settled() ?? Promise.reject(new Error("no bench")),
    );
    await page.evaluate(() => window.bench?.focusTarget());
    const typing = await traceAction(browser, page, async () => {
      for (const [i, char] of [...TYPED].entries()) {
        await page.keyboard.press(char);
        await page.evaluate((n) => window.bench?.typedAndPainted(n), i + 1);
      }
      // The browser logs a key press's EventLatency once the frame's presentation is confirmed, a frame or two later.
      await page.waitForTimeout(200);
    });
    const results: PageMeasurements | undefined = await page.evaluate(() => window.bench?.results());
    if (!results) throw new Error("the page returned no measurements");
    const typed = await page.evaluate(() =>
      document.activeElement instanceof HTMLInputElement ? document.activeElement.value : "",
    );
    if (typed !== TYPED) throw new Error(`typed ${JSON.stringify(typed)} instead of ${TYPED}`);
    const keystrokes = typing.keyPressLatenciesMs;
    if (keystrokes.length !== TYPED.length)
      throw new Error(`the trace holds ${keystrokes.length} key presses, not ${TYPED.length}`);
    return {
      mountMs,
      settledMs,
      renderMs: results.renderMs,
      keyCpuMs: typing.mainThreadCpuMs / TYPED.length,
      keyMedianMs: median(keystrokes),
      keyWorstMs: Math.max(...keystrokes),
      longTaskCount: results.longTaskCount,
      longTaskTotalMs: results.longTaskTotalMs,
      slowEvents: results.slowEvents,
      cspViolations: results.cspViolations,
    };
  } finally {
    await page.close();
  }
}

function medianOf(runs: RunFigures[]): RunFigures {
  const pick = (key: keyof RunFigures) => median(runs.map((r) => r[key]));
  return {
    mountMs: pick("mountMs"),
    settledMs: pick("settledMs"),
    renderMs: pick("renderMs"),
    keyCpuMs: pick("keyCpuMs"),
    keyMedianMs: pick("keyMedianMs"),
    keyWorstMs: pick("keyWorstMs"),
    longTaskCount: pick("longTaskCount"),
    longTaskTotalMs: pick("longTaskTotalMs"),
    slowEvents: pick("slowEvents"),
    cspViolations: Math.max(...runs.map((r) => r.cspViolations)),
  };
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : "–");

async function main() {
  console.log("building bench/forms (production)…");
  await build({ configFile: path.resolve("bench/vite.config.ts"), mode: "production" });
  const server = await serve(OUT_DIR);
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("the bench server has no port");
  const origin = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: fs.existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: CHROMIUM_FLAGS,
  });
  const failures: string[] = [];
  try {
    console.log(
      `chromium ${browser.version()}, median of ${RUNS} runs, ${TYPED.length} characters typed into the middle string field`,
    );
    const [load] = os.loadavg();
    const cores = os.cpus().length;
    console.log(
      `load average ${load?.toFixed(1)} on ${cores} cores${(load ?? 0) > cores ? " — the machine is busy: figures are inflated, compare the ratios" : ""}\n`,
    );
    // The machine's floor: what typing costs on a page with next to nothing on it.
    const floorRuns: RunFigures[] = [];
    for (let run = 0; run < RUNS; run++)
      floorRuns.push(await measureOnce(browser, origin, "plain", FLOOR_FIELDS));
    const floor = medianOf(floorRuns);
    console.log(
      `floor (a page of ${FLOOR_FIELDS} plain inputs): mount ${fmt(floor.mountMs)}, keystroke-to-paint median ${fmt(floor.keyMedianMs)}, worst ${fmt(floor.keyWorstMs)}, CPU/key ${fmt(floor.keyCpuMs)}\n`,
    );
    for (const count of SIZES) {
      const figures = new Map<Variant, RunFigures>();
      for (const variant of VARIANTS) {
        const runs: RunFigures[] = [];
        for (let run = 0; run < RUNS; run++) runs.push(await measureOnce(browser, origin, variant, count));
        figures.set(variant, medianOf(runs));
      }
      const schema = figures.get("schema");
      const plain = figures.get("plain");
      if (!schema || !plain) throw new Error("missing figures");
      console.log(`${count} fields`);
      console.table({
        "schema form": row(schema),
        "plain inputs": row(plain),
        ratio: {
          mount: ratio(schema.mountMs, plain.mountMs),
          "all fields": ratio(schema.settledMs, plain.settledMs),
          render: ratio(schema.renderMs, plain.renderMs),
          "CPU/key": ratio(schema.keyCpuMs, plain.keyCpuMs),
          "key median": ratio(schema.keyMedianMs, plain.keyMedianMs),
          "key worst": ratio(schema.keyWorstMs, plain.keyWorstMs),
          "long tasks": `${schema.longTaskCount} vs ${plain.longTaskCount}`,
          "long task total": ratio(schema.longTaskTotalMs, plain.longTaskTotalMs),
          "slow events": `${schema.slowEvents} vs ${plain.slowEvents}`,
          "CSP violations": `${schema.cspViolations} vs ${plain.cspViolations}`,
        },
      });
      failures.push(...targetsMissed(count, schema));
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (failures.length > 0) {
    console.error(`targets missed:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log(
    "targets met: 200 fields mount ≤ 100 ms and keystroke ≤ 16 ms (median); 1000 fields mount ≤ 1 s; no CSP violation",
  );
}

function row(f: RunFigures) {
  return {
    mount: fmt(f.mountMs),
    "all fields": fmt(f.settledMs),
    render: fmt(f.renderMs),
    "CPU/key": fmt(f.keyCpuMs),
    "key median": fmt(f.keyMedianMs),
    "key worst": fmt(f.keyWorstMs),
    "long tasks": f.longTaskCount,
    "long task total": fmt(f.longTaskTotalMs),
    "slow events": f.slowEvents,
    "CSP violations": f.cspViolations,
  };
}

function targetsMissed(count: number, schema: RunFigures): string[] {
  const missed: string[] = [];
  const cpu = `(React render ${fmt(schema.renderMs)}; main-thread CPU ${fmt(schema.keyCpuMs)} per key)`;
  if (schema.cspViolations > 0) missed.push(`${count} fields: ${schema.cspViolations} CSP violation(s)`);
  if (count === 200 && schema.mountMs > 100)
    missed.push(`200 fields mount ${fmt(schema.mountMs)} > 100 ms ${cpu}`);
  if (count === 200 && schema.keyMedianMs > 16)
    missed.push(`200 fields keystroke median ${fmt(schema.keyMedianMs)} > 16 ms ${cpu}`);
  if (count === 1000 && schema.mountMs > 1000)
    missed.push(`1000 fields mount ${fmt(schema.mountMs)} > 1 s ${cpu}`);
  return missed;
}

await main();
