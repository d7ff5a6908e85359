// `npm run size`: what the browser downloads, measured in headless chromium against the real server on a build
// (dist/app): the first page (a signed-out visit to /runners, which lands on sign-in) and the signed-in runners
// list, each from an empty cache. Bytes on the wire (brotli, as served) beside gzip and raw, and the gzip size
// of the whole app's JS. `--check` fails over the budgets, which apply to bytes on the wire.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { chromiumExecutable } from "../e2e/browser";
import { startTestServer } from "../server/testing";
import { describeWeight, kb, recordStaticFiles, wireBytes, type PageWeight } from "./size/page-weight";

const BUDGET_FIRST_PAGE_KB = 150;
const BUDGET_RUNNERS_LIST_KB = 200;
const BUDGET_WHOLE_APP_KB = 400;
// `--files` lists each file's wire bytes, largest first: where to look when a budget is missed.
const listFiles = process.argv.includes("--files");
// `--dir <path>` measures another build (e.g. a private `vite build --outDir /tmp/x`).
const dirFlag = process.argv.indexOf("--dir");
const dist = path.resolve(dirFlag >= 0 && process.argv[dirFlag + 1] ? (process.argv[dirFlag + 1] as string) : "dist/app");
if (!fs.existsSync(path.join(dist, "index.html"))) throw new Error(`no build in ${dist}: run npm run build first`);
process.env.LOG_LEVEL ??= "warn";

async function measure(browser: Browser, origin: string, name: string, ready: (page: Page) => Promise<unknown>, token?: string) {
  const context = await browser.newContext({ baseURL: origin });
  const weigh = recordStaticFiles(context, origin);
  const page = await context.newPage();
  if (token) {
    const signIn = await context.request.post("/api/auth/session", { data: { token } });
    if (signIn.status() !== 204) throw new Error(`sign-in answered ${signIn.status()}`);
  }
  await page.goto("/runners");
  await ready(page);
  await page.waitForLoadState("networkidle");
  const weight = await weigh(name);
  await context.close();
  return weight;
}

const server = await startTestServer({ config: { staticDir: dist } });
const browser = await chromium.launch({ executablePath: chromiumExecutable() });
let pages: PageWeight[];
try {
  const firstPage = await measure(browser, server.url, "first page (signed out, /runners → sign-in)", (page) =>
    page.getByRole("button", { name: /sign in/i }).waitFor(),
  );
  const runnersList = await measure(
    browser,
    server.url,
    "signed-in runners list (/runners)",
    (page) => page.getByRole("heading", { name: "Runners", level: 1 }).waitFor(),
    server.adminToken,
  );
  pages = [firstPage, runnersList];
} finally {
  await browser.close();
  await server.close();
}

const allJs = fs.readdirSync(path.join(dist, "assets")).filter((file) => file.endsWith(".js"));
const wholeAppGzip =
  allJs.reduce((total, file) => total + zlib.gzipSync(fs.readFileSync(path.join(dist, "assets", file)), { level: 9 }).length, 0) / 1024;

const [firstPage, runnersList] = pages as [PageWeight, PageWeight];
console.log(describeWeight(firstPage, listFiles), `\n  budget ${BUDGET_FIRST_PAGE_KB} KB on the wire`);
console.log(describeWeight(runnersList, listFiles), `\n  budget ${BUDGET_RUNNERS_LIST_KB} KB on the wire`);
console.log(`whole app JS: ${wholeAppGzip.toFixed(1)} KB gzip (${allJs.length} files, budget ${BUDGET_WHOLE_APP_KB} KB)`);

const over = [
  wireBytes(firstPage) / 1024 > BUDGET_FIRST_PAGE_KB && `first page ${kb(wireBytes(firstPage))}`,
  wireBytes(runnersList) / 1024 > BUDGET_RUNNERS_LIST_KB && `runners list ${kb(wireBytes(runnersList))}`,
  wholeAppGzip > BUDGET_WHOLE_APP_KB && `whole app ${wholeAppGzip.toFixed(1)} KB`,
].filter(Boolean);
if (process.argv.includes("--check") && over.length > 0) {
  console.error(`Over budget: ${over.join(", ")}`);
  process.exit(1);
}
