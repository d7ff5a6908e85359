// Issue 11 "Done when": 2,000 seeded runners (npm run seed) on a console of their own. Find one runner by name, see
// the total and a status count over every runner, open the overview (no taller than three screens) and the
// policies view by group.
import { expect, test, type Page } from "@playwright/test";
import { BENCH_ADMIN_TOKEN, startBenchServer, type BenchServer } from "../scripts/bench-fleet-server";

const BULK = 2_000;
const n = (count: number) => count.toLocaleString("en-US");

let server: BenchServer;
/** What the API holds: every runner, the degraded ones, and the runners Developers has a role on. */
let truth: { total: number; degraded: number; developers: number };

async function api<T>(path: string, body: object): Promise<T> {
  const response = await fetch(`${server.url}/api/gitpod.v1.${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${BENCH_ADMIN_TOKEN}` },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} → ${response.status}`);
  const json: T = await response.json();
  return json;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = await startBenchServer(BULK);
  const runners: Array<{ runnerId: string; status?: { phase?: string } }> = [];
  let token = "";
  do {
    const page = await api<{ runners: typeof runners; pagination?: { nextToken?: string } }>("RunnerService/ListRunners", { pagination: { token, pageSize: 100 } });
    runners.push(...page.runners);
    token = page.pagination?.nextToken ?? "";
  } while (token);
  const { groups } = await api<{ groups: Array<{ id: string; name: string }> }>("GroupService/ListGroups", { pagination: { pageSize: 100 } });
  const developers = groups.find((group) => group.name === "Developers")?.id;
  let shared = 0;
  // Every 10th bulk runner is shared with Developers (server/seed/bulk.ts); the demo runners are read one by one.
  for (let start = 0; start < runners.length; start += 20) {
    const pages = await Promise.all(
      runners.slice(start, start + 20).map((runner) => api<{ policies?: Array<{ groupId: string }> }>("RunnerService/ListRunnerPolicies", { runnerId: runner.runnerId })),
    );
    shared += pages.filter(({ policies }) => policies?.some((policy) => policy.groupId === developers)).length;
  }
  truth = {
    total: runners.length,
    degraded: runners.filter((runner) => runner.status?.phase === "RUNNER_PHASE_DEGRADED").length,
    developers: shared,
  };
  expect(truth.total).toBeGreaterThan(BULK);
});

test.afterAll(async () => {
  await server?.close();
});

async function signedInPage(browser: import("@playwright/test").Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const session = await page.request.post("/api/auth/session", { data: { token: BENCH_ADMIN_TOKEN } });
  expect(session.status()).toBe(204);
  return page;
}

test("2,000 runners: find one by name, the total and the degraded count cover every runner", async ({ browser }) => {
  const page = await signedInPage(browser);
  await page.goto("/runners");
  await expect(page.getByRole("status").filter({ hasText: new RegExp(`^${n(truth.total)} runners$`) })).toBeVisible({ timeout: 30_000 });

  await page.getByRole("searchbox", { name: "Search by name" }).fill("bulk-001234");
  await expect(page.getByRole("status").filter({ hasText: `1 of ${n(truth.total)} runners` })).toBeVisible();
  await expect(page.getByRole("link", { name: "bulk-001234", exact: true })).toBeVisible();
  await expect(page).toHaveURL(/[?&]q=bulk-001234/);

  await page.getByRole("searchbox", { name: "Search by name" }).fill("");
  await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Degraded" });
  await expect(page.getByRole("status").filter({ hasText: `${n(truth.degraded)} of ${n(truth.total)} runners` })).toBeVisible();
  await page.context().close();
});

test("2,000 runners: the overview counts every runner and stays within three screens", async ({ browser }) => {
  const page = await signedInPage(browser);
  await page.goto("/");
  const byStatus = page.getByRole("list", { name: "Runners by status" });
  await expect(page.getByText(`${n(truth.total)} runners in total`, { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(byStatus.getByRole("link", { name: `${n(truth.degraded)} runners Degraded` })).toBeVisible();
  await expect(page.getByRole("list", { name: "Runners that need attention" }).locator(":scope > li")).toHaveCount(10);
  const { height, viewport } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, viewport: window.innerHeight }));
  expect(height).toBeLessThanOrEqual(3 * viewport);
  await page.screenshot({ path: "test-results/fleet-scale-overview.png", fullPage: true });

  // The count is a link to the list filtered to those runners.
  await byStatus.getByRole("link", { name: `${n(truth.degraded)} runners Degraded` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${n(truth.degraded)} of ${n(truth.total)} runners` })).toBeVisible();
  await page.context().close();
});

test("2,000 runners: policies by runner reads the rows it shows; by group shows what Developers can reach", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signedInPage(browser);
  // By runner: compact rows from the fleet index, the sharing of the rows on screen read first.
  await page.goto("/policies");
  await expect(page.getByText(`${n(truth.total)} runners · sharing read for the runners shown`)).toBeVisible({ timeout: 30_000 });
  await page.getByRole("searchbox", { name: "Search runners" }).fill("bulk-000011");
  await expect(page.getByRole("row", { name: /bulk-000011/ })).toContainText("Developers");

  // By group: the API has policies per runner only, so the view reads each runner's (a few at a time) and says when done.
  await page.getByRole("tab", { name: "By group" }).click();
  await expect(page.getByText(`${n(truth.total)} runners · sharing read for all`)).toBeVisible({ timeout: 90_000 });
  const developers = page.getByRole("region", { name: "Developers" });
  await expect(developers).toContainText(`${n(truth.developers)} runners`);
  const rows = developers.getByRole("table", { name: "Runners shared with Developers" }).getByRole("row");
  await expect(rows).toHaveCount(1 + 10);
  await page.screenshot({ path: "test-results/fleet-scale-policies-by-group.png", fullPage: false });
  await developers.getByRole("button", { name: /^Show 50 more runners shared with Developers/ }).click();
  await expect(rows).toHaveCount(1 + 60);
  await page.context().close();
});
