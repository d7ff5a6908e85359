// npm run demo [-- <name>…] [--headed] [--pace <ms>]
// Records every demo (or the named ones) against a fresh local server with the fixed demo data and clock:
// a video and one screenshot per step in demo-output/<name>/.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { chromiumExecutable } from "../e2e/browser";
import { DEMOS } from "../e2e/demos/all-demos";
import { runDemo, type Demo } from "../e2e/demos/demo-context";

const PORT = Number(process.env.DEMO_PORT ?? 8370);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const ADMIN_TOKEN = "rc-demo-admin-token-0123456789abcdef";
const DEMO_NOW = "2026-11-20T12:00:00Z";
const STATIC_DIR = "dist/demo-console";
const VIEWPORT = { width: 1280, height: 800 };

function parseArgs(argv: string[]) {
  let headed = false;
  let paceMs = 1200;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--headed") headed = true;
    else if (arg === "--pace") paceMs = Number(argv[++i]);
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else names.push(arg);
  }
  if (!Number.isFinite(paceMs) || paceMs < 0) throw new Error("--pace takes milliseconds, e.g. --pace 800");
  const unknown = names.filter((name) => !DEMOS.some((demo) => demo.name === name));
  if (unknown.length > 0) throw new Error(`unknown demo ${unknown.join(", ")}; demos: ${DEMOS.map((d) => d.name).join(", ")}`);
  return { headed, paceMs, demos: names.length > 0 ? DEMOS.filter((demo) => names.includes(demo.name)) : DEMOS };
}

/** Playwright records with its own ffmpeg, which cannot be downloaded here: link Debian's where it looks. */
function ensureFfmpeg() {
  const browsers: { browsers: { name: string; revision: string }[] } = JSON.parse(
    fs.readFileSync(path.join("node_modules", "playwright-core", "browsers.json"), "utf8"),
  );
  const revision = browsers.browsers.find((browser) => browser.name === "ffmpeg")?.revision;
  if (!revision) return;
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? path.join(os.homedir(), ".cache", "ms-playwright");
  const target = path.join(cache, `ffmpeg-${revision}`, "ffmpeg-linux");
  if (fs.existsSync(target)) return;
  if (!fs.existsSync("/usr/bin/ffmpeg")) throw new Error(`no ffmpeg for video: install Debian's (apt-get install -y ffmpeg) or Playwright's at ${target}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.symlinkSync("/usr/bin/ffmpeg", target);
  console.info(`Linked Debian's ffmpeg where Playwright looks for it: ${target} -> /usr/bin/ffmpeg`);
}

async function startServer() {
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn", "--outDir", STATIC_DIR, "--emptyOutDir"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("building the console failed");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rc-demo-"));
  const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    stdio: "ignore",
    env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", DATA_DIR: dataDir, STATIC_DIR, CONSOLE_NOW: DEMO_NOW, CONSOLE_ADMIN_TOKEN: ADMIN_TOKEN },
  });
  for (let attempt = 0; attempt < 150; attempt++) {
    if (server.exitCode !== null) throw new Error("the demo server exited");
    if (await fetch(`${BASE_URL}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return () => {
    server.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

async function record(demo: Demo, browser: Browser, paceMs: number) {
  const outDir = path.join("demo-output", demo.name);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const context = await browser.newContext({ viewport: VIEWPORT, recordVideo: { dir: outDir, size: VIEWPORT } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL });
  const page = await context.newPage();
  const started = Date.now();
  let failure: unknown;
  try {
    await runDemo(demo, {
      page,
      baseUrl: BASE_URL,
      adminToken: ADMIN_TOKEN,
      paceMs,
      afterStep: async (index) => {
        await page.screenshot({ path: path.join(outDir, `step-${String(index).padStart(2, "0")}.png`) });
      },
    });
  } catch (error) {
    failure = error;
    await page.screenshot({ path: path.join(outDir, "failure.png") }).catch(() => undefined);
  }
  const video = page.video();
  await context.close();
  const videoPath = path.join(outDir, `${demo.name}.webm`);
  if (video) await video.saveAs(videoPath);
  if (video) await video.delete();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failure) throw new Error(`demo ${demo.name} failed after ${seconds}s`, { cause: failure });
  console.info(`✓ ${demo.name}: ${demo.title} — ${seconds}s, ${videoPath}`);
}

const options = parseArgs(process.argv.slice(2));
ensureFfmpeg();
const stopServer = await startServer();
const executablePath = chromiumExecutable() || undefined;
const browser = await chromium.launch({ headless: !options.headed, executablePath, args: ["--no-sandbox", "--disable-gpu"] });
let failed = false;
try {
  for (const demo of options.demos) {
    try {
      await record(demo, browser, options.paceMs);
    } catch (error) {
      failed = true;
      console.error(error instanceof Error ? `${error.message}: ${String(error.cause)}` : String(error));
    }
  }
} finally {
  await browser.close();
  stopServer();
}
process.exit(failed ? 1 : 0);
