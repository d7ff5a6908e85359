import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ADMIN_TOKEN, MEMBER_TOKEN } from "./env";
import { signIn } from "./support";

interface ApiRunner {
  runnerId: string;
  name: string;
  status?: { phase?: string };
  spec?: { configuration?: { logLevel?: string; releaseChannel?: string; autoUpdate?: boolean; region?: string } };
}

async function call<T>(request: APIRequestContext, method: string, data: object): Promise<{ status: number; body: T }> {
  const response = await request.post(`/api/gitpod.v1.RunnerService/${method}`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` }, data });
  return { status: response.status(), body: await response.json() };
}

async function getRunner(request: APIRequestContext, runnerId: string) {
  return call<{ runner?: ApiRunner; code?: string }>(request, "GetRunner", { runnerId });
}

async function createRunner(request: APIRequestContext, name: string, provider = "RUNNER_PROVIDER_LINUX_HOST"): Promise<ApiRunner> {
  const { status, body } = await call<{ runner: ApiRunner }>(request, "CreateRunner", { name, provider });
  expect(status).toBe(200);
  return body.runner;
}

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e4)}`;

test.describe("runners", () => {
  let fakeRunner: ChildProcess | undefined;
  test.afterEach(() => {
    fakeRunner?.kill("SIGTERM");
    fakeRunner = undefined;
  });

  test("create a runner, see the token once, connect the fake runner and watch it turn ACTIVE", async ({ page, request, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const name = unique("e2e-linux");
    await signIn(page, ADMIN_TOKEN);
    await page.getByRole("link", { name: "Runners" }).first().click();
    await page.getByRole("link", { name: "Create runner" }).first().click();
    await page.getByRole("radio", { name: /Linux host/ }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("textbox", { name: /Name/ }).fill(name);
    await page.getByRole("textbox", { name: /Region/ }).fill("eu-central-1");
    await page.getByRole("combobox", { name: "Log level" }).selectOption("Warn");
    await page.getByRole("button", { name: "Create runner" }).click();

    const tokenElement = page.getByLabel("Exchange token");
    await expect(tokenElement).toBeVisible();
    const token = (await tokenElement.textContent()) ?? "";
    expect(token.length).toBeGreaterThan(16);
    await page.getByRole("button", { name: "Copy exchange token" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await expect(page.getByText(`npm run fake-runner -- ${token}`)).toBeVisible();
    expect(page.url()).not.toContain(token);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain(token);

    const status = page.getByRole("status").filter({ hasText: "Runner status" });
    await expect(status).toContainText("Created");
    fakeRunner = spawn(process.execPath, ["--import", "tsx", "server/fake-runner/main.ts", token, "--url", baseURL ?? "", "--interval", "1s"], { stdio: "ignore" });
    await expect(status).toContainText("Active", { timeout: 20_000 });
    await expect(status).toContainText("The runner is connected.");

    const { body: listed } = await call<{ runners: ApiRunner[] }>(request, "ListRunners", { filter: { providers: ["RUNNER_PROVIDER_LINUX_HOST"] }, pagination: { pageSize: 100 } });
    const stored = listed.runners.find((r) => r.name === name);
    expect(stored?.status?.phase).toBe("RUNNER_PHASE_ACTIVE");
    expect(stored?.spec?.configuration).toMatchObject({ region: "eu-central-1", logLevel: "LOG_LEVEL_WARN" });

    await page.getByRole("link", { name: `Open runner ${name}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Active");

    // Leaving the wizard forgets the token.
    await page.goBack();
    await expect(page.getByRole("radio", { name: /Linux host/ })).toBeVisible();
    await expect(page.locator("body")).not.toContainText(token);

    // The list shows it ACTIVE too.
    await page.goto("/runners?provider=linux-host");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(row).toContainText("Active");
  });

  test("rename and change the configuration; read back through the API", async ({ page, request }) => {
    const runner = await createRunner(request, unique("e2e-edit"));
    const renamed = `${runner.name}-renamed`;
    await signIn(page, ADMIN_TOKEN);

    await page.goto(`/runners/${runner.runnerId}/configuration`);
    const form = page.getByRole("form", { name: "Runner configuration" });
    await form.getByRole("combobox", { name: /Log level/ }).selectOption("Debug");
    await form.getByRole("button", { name: "Save configuration" }).click();
    await expect(page.getByRole("list", { name: "Changes" })).toContainText("Log level");
    await page.getByRole("button", { name: "Apply 1 change" }).click();
    await expect(page.getByText("Saved 1 configuration change")).toBeVisible();
    const { body: afterConfig } = await getRunner(request, runner.runnerId);
    expect(afterConfig.runner?.spec?.configuration?.logLevel).toBe("LOG_LEVEL_DEBUG");
    expect(afterConfig.runner?.spec?.configuration?.releaseChannel).toBe(runner.spec?.configuration?.releaseChannel);

    await page.getByRole("link", { name: "Danger zone" }).click();
    await page.getByRole("textbox", { name: /Runner name/ }).fill(renamed);
    await page.getByRole("button", { name: "Rename" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(renamed);
    const { body: afterRename } = await getRunner(request, runner.runnerId);
    expect(afterRename.runner?.name).toBe(renamed);
  });

  test("delete one runner, force delete another by typing its name, and bulk delete two", async ({ page, request }) => {
    const single = await createRunner(request, unique("e2e-del"));
    const forced = await createRunner(request, unique("e2e-force"));
    const bulk = [await createRunner(request, unique("e2e-bulk-a"), "RUNNER_PROVIDER_DEV_AGENT"), await createRunner(request, unique("e2e-bulk-b"), "RUNNER_PROVIDER_DEV_AGENT")];
    await signIn(page, ADMIN_TOKEN);

    await page.goto(`/runners/${single.runnerId}/danger-zone`);
    await page.getByRole("button", { name: "Delete runner" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete runner" }).click();
    await expect(page).toHaveURL(/\/runners(\?|$)/);
    // Without force the runner goes DELETING; it never connected, so the server removes it after a short grace period.
    await expect.poll(async () => (await getRunner(request, single.runnerId)).status, { timeout: 20_000 }).toBe(404);

    await page.goto(`/runners/${forced.runnerId}/danger-zone`);
    await page.getByRole("button", { name: "Force delete…" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("button", { name: "Force delete" })).toBeDisabled();
    await dialog.getByRole("textbox").fill(forced.name);
    await dialog.getByRole("button", { name: "Force delete" }).click();
    await expect(page).toHaveURL(/\/runners(\?|$)/);
    expect((await getRunner(request, forced.runnerId)).status).toBe(404);

    await page.goto("/runners?provider=dev-agent");
    for (const runner of bulk) await page.getByRole("checkbox", { name: `Select ${runner.name}` }).check();
    await page.getByRole("button", { name: "Delete 2 selected" }).click();
    const bulkDialog = page.getByRole("dialog", { name: "Delete 2 runners?" });
    await expect(bulkDialog.getByRole("list", { name: "Runners to delete" }).getByRole("listitem")).toHaveText(bulk.map((r) => r.name));
    await bulkDialog.getByRole("button", { name: "Delete 2 runners" }).click();
    const results = page.getByRole("dialog", { name: "Delete runners: results" });
    await expect(results.getByText("Deleting…")).toHaveCount(2);
    await results.getByRole("button", { name: "Close" }).click();
    for (const runner of bulk) {
      await expect.poll(async () => (await getRunner(request, runner.runnerId)).status, { timeout: 20_000 }).toBe(404);
    }
    await page.reload();
    for (const runner of bulk) await expect(page.getByRole("link", { name: runner.name, exact: true })).toHaveCount(0);
    // The demo dev-agent runner was not selected and is still there.
    await expect(page.getByRole("link", { name: "dev-agent", exact: true })).toBeVisible();
  });

  test("an unknown runner id shows a not-found view", async ({ page }) => {
    await signIn(page, ADMIN_TOKEN);
    await page.goto("/runners/00000000-0000-4000-8000-000000000000");
    await expect(page.getByRole("heading", { name: "Runner not found" })).toBeVisible();
  });

  test("a member sees no create or delete actions", async ({ page }) => {
    await signIn(page, MEMBER_TOKEN);
    await page.goto("/runners");
    await expect(page.getByRole("link", { name: "linux-build-01" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Create runner" })).toHaveCount(0);
    // Members may select runners for a settings update (runners they cannot update are skipped), never to delete.
    await page.getByRole("checkbox", { name: "Select linux-build-01" }).check();
    await expect(page.getByRole("button", { name: "Update 1 selected" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Delete/ })).toHaveCount(0);

    await page.getByRole("link", { name: "linux-build-01" }).click();
    const tabs = page.getByRole("navigation", { name: "Runner sections" });
    await expect(tabs.getByRole("link", { name: "Sharing" })).toBeVisible();
    await expect(tabs.getByRole("link", { name: "Danger zone" })).toHaveCount(0);
    await expect(tabs.getByRole("link", { name: "Tokens", exact: true })).toHaveCount(0);
    await page.goto(`${new URL(page.url()).pathname}/danger-zone`);
    await expect(page.getByText("This section is for admins of the runner")).toBeVisible();
    await expect(page.getByRole("button", { name: /Delete/ })).toHaveCount(0);
    await page.getByRole("link", { name: "Back to the runner's overview" }).click();
    await expect(tabs.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");

    await page.goto("/runners/new");
    await expect(page.getByText("You cannot create runners")).toBeVisible();
  });

  test("the local configuration runner shows its kind where it has no provider, never Unknown", async ({ page, request }) => {
    const { body } = await call<{ runners: Array<ApiRunner & { kind?: string }> }>(request, "ListRunners", { filter: { kinds: ["RUNNER_KIND_LOCAL_CONFIGURATION"] } });
    const localConfiguration = body.runners[0];
    expect(localConfiguration).toBeDefined();
    await signIn(page, ADMIN_TOKEN);

    await page.goto("/runners?kind=local-configuration");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: localConfiguration?.name ?? "", exact: true }) });
    await expect(row).toContainText("Local configuration");
    await expect(page.getByRole("table")).not.toContainText("Unknown");

    await row.getByRole("link").click();
    await expect(page.getByText("Local configuration runner: the organization's settings for local runners")).toBeVisible();
    const identity = page.getByRole("definition").filter({ hasText: "None (configuration only)" });
    await expect(identity).toBeVisible();
    await expect(page.getByRole("main")).not.toContainText("Unknown");

    // The ID is shown in full and its copy button puts exactly it on the clipboard.
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy runner ID" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Runner ID copied" })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(localConfiguration?.runnerId);
  });

  test("every runner is read without paging by hand, the list scrolls to the last one and is there again after Back, and an empty filter result offers to clear it", async ({ page, request }) => {
    const prefix = unique("e2e-scroll");
    const created: ApiRunner[] = [];
    for (let index = 0; index < 30; index++) created.push(await createRunner(request, `${prefix}-${String(index).padStart(2, "0")}`, "RUNNER_PROVIDER_DESKTOP_MAC"));
    try {
      await signIn(page, ADMIN_TOKEN);
      await page.goto(`/runners?provider=desktop-mac&q=${prefix}`);
      await expect(page.getByRole("status").filter({ hasText: /of .* runners/ })).toHaveText(/^30 of \d+ runners$/);
      const region = page.getByRole("region", { name: "Runners list" });
      await region.hover();
      for (let step = 0; step < 10; step++) await page.mouse.wheel(0, 400);
      await expect(page.getByRole("link", { name: `${prefix}-29`, exact: true })).toBeVisible();
      // Back from a runner, the list is where the user left it.
      await page.getByRole("link", { name: `${prefix}-29`, exact: true }).click();
      await expect(page.getByRole("heading", { name: `${prefix}-29`, level: 1 })).toBeVisible();
      await page.goBack();
      await expect(page.getByRole("link", { name: `${prefix}-29`, exact: true })).toBeVisible();
      expect(await region.evaluate((frame) => frame.scrollTop)).toBeGreaterThan(0);

      await page.goto("/runners?provider=desktop-mac&kind=remote");
      await expect(page.getByText("No runners match these filters")).toBeVisible();
      await page.getByRole("button", { name: "Show all runners" }).click();
      await expect(page).toHaveURL(/\/runners$/);
      await expect(page.getByRole("link", { name: "aws-prod-eu", exact: true })).toBeVisible();
    } finally {
      for (const runner of created) await call(request, "DeleteRunner", { runnerId: runner.runnerId, force: true });
    }
  });
});
