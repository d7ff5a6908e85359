// The runners list with many loaded rows, in headless chromium against a running console:
//   npm run seed -- --runners 100000          (into an empty DATA_DIR)
//   DATA_DIR=… npm start                       (or any console URL)
//   npx tsx scripts/measure-runners-list.ts --url http://127.0.0.1:8080 --token <admin token> [--profile scroll.cpuprofile] [--trace scroll-trace.json]
// Waits until the fleet index holds every runner, then prints: rows in the DOM (must stay ≤ 60), time to render
// the whole list when coming back to it (the index is kept), and the longest task and frame while scrolling.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { chromium, type CDPSession } from "@playwright/test";
import { chromiumExecutable } from "../e2e/browser";

const { values } = parseArgs({
  options: { url: { type: "string", default: "http://127.0.0.1:8080" }, token: { type: "string" }, "max-dom-rows": { type: "string", default: "60" }, profile: { type: "string" }, trace: { type: "string" } },
});
const token = values.token ?? process.env.CONSOLE_ADMIN_TOKEN;
if (!token) throw new Error("pass --token <admin API token> (or CONSOLE_ADMIN_TOKEN)");
const maxDomRows = Number(values["max-dom-rows"]);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Writes the CPU profile of the scrolling (open it in Chrome DevTools) and prints the functions with most self time. */
async function saveProfile(cdp: CDPSession, file: string) {
  const { profile } = await cdp.send("Profiler.stop");
  fs.writeFileSync(file, JSON.stringify(profile));
  const { nodes, samples = [], timeDeltas = [] }: CpuProfile = profile;
  const frameOf = new Map(nodes.map((node) => [node.id, node.callFrame]));
  const selfMs = new Map<string, number>();
  samples.forEach((id, i) => {
    const frame = frameOf.get(id);
    if (!frame) return;
    const where = `${frame.functionName || "(anonymous)"} ${frame.url.split("/").pop() ?? ""}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    selfMs.set(where, (selfMs.get(where) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  });
  console.info(`CPU profile of the scrolling written to ${file}; most self time:`);
  for (const [where, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.info(`  ${ms.toFixed(0).padStart(6)} ms  ${where}`);
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
}

/** Prints where the main thread spent the scrolling by trace event (Layout, UpdateLayoutTree, FunctionCall, …). */
function summariseTrace(file: string) {
  const { traceEvents }: { traceEvents: TraceEvent[] } = JSON.parse(fs.readFileSync(file, "utf8"));
  const totals = new Map<string, { ms: number; count: number; longest: number }>();
  for (const event of traceEvents) {
    if (event.ph !== "X" || !event.dur) continue;
    const total = totals.get(event.name) ?? { ms: 0, count: 0, longest: 0 };
    total.ms += event.dur / 1000;
    total.count += 1;
    total.longest = Math.max(total.longest, event.dur / 1000);
    totals.set(event.name, total);
  }
  console.info(`trace of the scrolling written to ${file}; longest events by total time (nested events overlap):`);
  for (const [name, { ms, count, longest }] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) {
    console.info(`  ${ms.toFixed(0).padStart(6)} ms in ${String(count).padStart(5)} × ${name} (longest ${longest.toFixed(1)} ms)`);
  }
}

const browser = await chromium.launch({ executablePath: chromiumExecutable() || undefined, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
  await page.addInitScript("window.__name = (fn) => fn");
  page.on("console", (message) => {
    if (message.text().startsWith("[measure]")) console.info(message.text());
  });
  const signIn = await page.request.post(`${values.url}/api/auth/session`, { data: { token } });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
  await page.goto(`${values.url}/runners`);
  await page.getByRole("table").waitFor();

  const loadStarted = Date.now();
  const total = await page
    .getByRole("status")
    .filter({ hasText: /^[\d,]+ runners?$/ })
    .textContent({ timeout: 600_000 });
  const loaded = Number((total ?? "").replace(/\D/g, ""));
  console.info(`indexed ${loaded} runners in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);

  const domRows = () => page.evaluate(() => document.querySelectorAll("tbody tr:not([aria-hidden])").length);
  console.info(`rows in the DOM: ${await domRows()}`);

  // Time to render the loaded list from the cache: leave the page, come back, wait for the rows.
  await page.getByRole("link", { name: "Settings" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  const renderMs = await page.evaluate(async (expected) => {
    const started = performance.now();
    history.back();
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const table = document.querySelector("table[aria-rowcount]");
      if (table && Number(table.getAttribute("aria-rowcount")) - 1 === expected && table.querySelector("tbody tr a")) break;
    }
    return performance.now() - started;
  }, loaded);
  console.info(`time to render ${loaded} loaded rows (back to the list): ${renderMs.toFixed(0)} ms`);

  const cdp = values.profile ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.start");
  }
  if (values.trace) await browser.startTracing(page, { path: values.trace, categories: ["devtools.timeline", "blink", "v8.execute"] });
  const scroll = await page.evaluate(async () => {
    const region = document.querySelector<HTMLElement>('[role="region"][aria-label="Runners list"]');
    if (!region) throw new Error("no runners list region");
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
    observer.observe({ type: "longtask", buffered: false });
    const frames: number[] = [];
    let last = performance.now();
    const frame = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame((now) => {
          frames.push(now - last);
          last = now;
          resolve();
        }),
      );
    let maxRows = 0;
    const count = () => (maxRows = Math.max(maxRows, region.querySelectorAll("tbody tr:not([aria-hidden])").length));
    for (let i = 0; i < 300; i++) {
      region.scrollTop += 1500; // fast wheel-like scrolling
      await frame();
      count();
    }
    for (const fraction of [0.25, 0.5, 0.75, 1, 0]) {
      region.scrollTop = fraction * region.scrollHeight; // jumps (scrollbar drags)
      await frame();
      await frame();
      count();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    frames.sort((a, b) => a - b);
    return {
      longest: Math.max(0, ...longTasks),
      longTasks: longTasks.length,
      worstFrame: frames.at(-1) ?? 0,
      medianFrame: frames[Math.floor(frames.length / 2)] ?? 0,
      maxRows,
    };
  });
  if (cdp && values.profile) await saveProfile(cdp, values.profile);
  if (values.trace) {
    await browser.stopTracing();
    summariseTrace(values.trace);
  }
  console.info(`scrolling: ${scroll.longTasks} long tasks, longest ${scroll.longest.toFixed(0)} ms; frame median ${scroll.medianFrame.toFixed(1)} ms, worst ${scroll.worstFrame.toFixed(1)} ms`);
  console.info(`most rows in the DOM while scrolling: ${scroll.maxRows} (limit ${maxDomRows})`);
  if (scroll.maxRows > maxDomRows || (await domRows()) > maxDomRows) {
    console.error("too many rows in the DOM");
    process.exitCode = 1;
  }
} finally {
  await browser.close();
}
