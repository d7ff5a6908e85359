// `npm run screenshots`: a full-page PNG of every page, light and dark, into screenshots/<theme>/<name>.png, and every
// page on a phone (390 px, light, with names at the API's maximum length) into screenshots/390/<name>.png.
// Builds the SPA when it is stale, then runs a fresh server (temporary data, fixed tokens and clock) on its own port.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { chromiumExecutable } from "../e2e/browser";
import { seedLongNames, type AdminCall } from "../e2e/long-names";
import { ADMIN_TOKEN, E2E_ENV, MEMBER_TOKEN } from "../e2e/env";
import {
  THEMES,
  consolePages,
  DEMO_RUNNER_NAME,
  findDemoRunnerId,
  memberPages,
  openRepresentativeDialog,
  applyThemeBeforeLoad,
  waitForPageReady,
  type ConsolePage,
  type Theme,
} from "../e2e/pages";

const PORT = 8392;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const OUT_DIR = "screenshots";
const sources = [
  "src",
  "common",
  "index.html",
  "public",
  "vite.config.ts",
  "tailwind.config.ts",
  "package.json",
];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function buildIfStale() {
  const built = path.join("dist", "app", "index.html");
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (builtAt >= Math.max(...sources.map(newestMtime))) return;
  console.info("Building the console…");
  execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
}

async function waitForHealthy(timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE_URL}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not answer on ${BASE_URL}/healthz within ${timeoutMs / 1000} s`);
}

async function themedPage(browser: Browser, theme: Theme, token?: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width, height: 800 } });
  const page = await context.newPage();
  await applyThemeBeforeLoad(page, theme);
  if (token) {
    const response = await page.request.post("/api/auth/session", { data: { token } });
    if (!response.ok()) throw new Error(`Signing in failed with ${response.status()}`);
  }
  return page;
}

async function capture(page: Page, consolePage: ConsolePage, folder: string) {
  await page.goto(consolePage.path);
  await waitForPageReady(page, consolePage);
  // Late details (e.g. SCM names from a runner's schema) arrive without a spinner; a page that polls never idles.
  await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => undefined);
  const file = (suffix: string) => path.join(OUT_DIR, folder, `${consolePage.name}${suffix}.png`);
  await page.screenshot({ path: file(""), fullPage: true, animations: "disabled" });
  const dialog = await openRepresentativeDialog(page, consolePage);
  if (dialog) {
    // A modal's overlay covers the viewport only: a full-page shot would show half a dimmed page.
    await page.screenshot({ path: file("-dialog"), animations: "disabled" });
    await page.keyboard.press("Escape");
  }
}

async function rpc(method: string, token: string, body: object): Promise<Response> {
  return fetch(`${BASE_URL}/api/gitpod.v1.${method}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

const adminCall: AdminCall = async <T,>(method: string, body: object): Promise<T> => {
  const response = await rpc(method, ADMIN_TOKEN, body);
  if (!response.ok) throw new Error(`${method} answered ${response.status}: ${await response.text()}`);
  const json: T = await response.json();
  return json;
};

/** A few records for the Activity pages: a change that changes nothing visible, and a member's refused rename. */
async function recordSampleActivity(runnerId: string) {
  await rpc("RunnerService/UpdateRunner", ADMIN_TOKEN, { runnerId, name: DEMO_RUNNER_NAME });
  await rpc("RunnerService/UpdateRunner", MEMBER_TOKEN, { runnerId, name: "renamed-by-max" });
}

async function captureAll(browser: Browser): Promise<number> {
  const runnerId = await findDemoRunnerId(BASE_URL, ADMIN_TOKEN);
  await recordSampleActivity(runnerId);
  const pages = consolePages(runnerId);
  let count = 0;
  for (const theme of THEMES) {
    fs.mkdirSync(path.join(OUT_DIR, theme), { recursive: true });
    const visitor = await themedPage(browser, theme);
    const admin = await themedPage(browser, theme, ADMIN_TOKEN);
    const member = await themedPage(browser, theme, MEMBER_TOKEN);
    const jobs: [Page, ConsolePage][] = [
      ...pages.map((consolePage): [Page, ConsolePage] => [
        consolePage.signedOut ? visitor : admin,
        consolePage,
      ]),
      ...memberPages().map((consolePage): [Page, ConsolePage] => [member, consolePage]),
    ];
    for (const [page, consolePage] of jobs) {
      await capture(page, consolePage, theme);
      count += consolePage.dialogOpener ? 2 : 1;
    }
    for (const page of [visitor, admin, member]) await page.context().close();
  }
  // On a phone, with the longest names the API takes (after the shots above, which show the demo data as it is).
  const longRunnerPages = await seedLongNames(adminCall, runnerId);
  fs.mkdirSync(path.join(OUT_DIR, "390"), { recursive: true });
  const visitor = await themedPage(browser, "light", undefined, 390);
  const admin = await themedPage(browser, "light", ADMIN_TOKEN, 390);
  const member = await themedPage(browser, "light", MEMBER_TOKEN, 390);
  const phoneJobs: [Page, ConsolePage][] = [
    ...[...pages, ...longRunnerPages].map((consolePage): [Page, ConsolePage] => [consolePage.signedOut ? visitor : admin, consolePage]),
    ...memberPages().map((consolePage): [Page, ConsolePage] => [member, consolePage]),
  ];
  for (const [page, consolePage] of phoneJobs) {
    await capture(page, consolePage, "390");
    count += consolePage.dialogOpener ? 2 : 1;
  }
  for (const page of [visitor, admin, member]) await page.context().close();
  return count;
}

async function main() {
  const executablePath = chromiumExecutable();
  if (executablePath === "")
    throw new Error("No browser: install Debian's chromium or run `npx playwright install chromium`.");
  buildIfStale();

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rc-screenshots-"));
  const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...E2E_ENV, PORT: String(PORT), DATA_DIR: dataDir },
  });
  const serverExited = new Promise((resolve) => server.once("exit", resolve));
  let browser: Browser | undefined;
  try {
    await waitForHealthy();
    browser = await chromium.launch({
      executablePath: executablePath || undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    const started = Date.now();
    const count = await captureAll(browser);
    console.info(
      `Wrote ${count} screenshots to ${OUT_DIR}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await browser?.close();
    server.kill("SIGTERM");
    await serverExited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
