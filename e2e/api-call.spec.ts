// "Show API call": the curl command a form shows carries the typed values, never the typed secret, and — run by a
// real shell with the user's token and the secret in its variable — makes the same change as the form.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_TOKEN } from "./env";
import { call, signIn } from "./support";

interface ApiRunner {
  runnerId: string;
  name: string;
  spec?: { configuration?: { logLevel?: string; releaseChannel?: string; metrics?: { url?: string; password?: string } } };
}

test("Show API call on the Configuration tab: copy the curl, run it, and the runner changes", async ({ page, request, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const headers = { Authorization: `Bearer ${ADMIN_TOKEN}` };
  const name = `e2e-api-call-${Date.now().toString(36)}`;
  const created = await request.post("/api/gitpod.v1.RunnerService/CreateRunner", {
    headers,
    data: { name, provider: "RUNNER_PROVIDER_LINUX_HOST" },
  });
  expect(created.ok()).toBe(true);
  const { runner }: { runner: ApiRunner } = await created.json();

  await signIn(page, ADMIN_TOKEN);
  await page.goto(`/runners/${runner.runnerId}/configuration`);
  const form = page.getByRole("form", { name: "Runner configuration" });
  await form.getByRole("combobox", { name: /Log level/ }).selectOption("Warn");
  await form.getByRole("switch", { name: /^Metrics/ }).check();
  await form.getByRole("textbox", { name: /Metrics endpoint/ }).fill("https://metrics.example.com/write");
  await form.getByLabel(/Metrics password/).fill("e2e-typed-secret");
  await form.getByRole("button", { name: "Show API call" }).click();

  const dialog = page.getByRole("dialog", { name: "API call: UpdateRunner" });
  await expect(dialog.getByLabel("curl command")).toContainText('"logLevel": "LOG_LEVEL_WARN"');
  await dialog.getByRole("button", { name: "Copy curl command" }).click();
  await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  expect(curl).toContain(`${new URL(page.url()).origin}/api/gitpod.v1.RunnerService/UpdateRunner`);
  expect(curl).toContain('"url": "https://metrics.example.com/write"');
  expect(curl).toContain(`"password": "'"$METRICS_PASSWORD"'"`);
  expect(curl).not.toContain("e2e-typed-secret");
  await expect(dialog).not.toContainText("e2e-typed-secret");
  await dialog.getByRole("tab", { name: "TypeScript SDK" }).click();
  await expect(dialog.getByLabel("TypeScript SDK call")).toContainText("await ona.services.runner.updateRunner(");
  await expect(dialog.getByLabel("TypeScript SDK call")).toContainText('password: process.env["METRICS_PASSWORD"] ?? ""');
  await dialog.getByRole("button", { name: "Close" }).click();

  // Nothing was sent by showing it; running the copied command makes the change.
  const before: { runner: ApiRunner } = await (await request.post("/api/gitpod.v1.RunnerService/GetRunner", { headers, data: { runnerId: runner.runnerId } })).json();
  expect(before.runner.spec?.configuration?.logLevel).not.toBe("LOG_LEVEL_WARN");
  await promisify(execFile)("bash", ["--norc", "--noprofile", "-c", `${curl} --fail-with-body`], {
    env: { PATH: process.env.PATH ?? "", GITPOD_TOKEN: ADMIN_TOKEN, METRICS_PASSWORD: "e2e-typed-secret" },
  });
  const after: { runner: ApiRunner } = await (await request.post("/api/gitpod.v1.RunnerService/GetRunner", { headers, data: { runnerId: runner.runnerId } })).json();
  expect(after.runner.spec?.configuration?.logLevel).toBe("LOG_LEVEL_WARN");
  expect(after.runner.spec?.configuration?.metrics?.url).toBe("https://metrics.example.com/write");
  expect(after.runner.spec?.configuration?.metrics?.password).not.toBe("e2e-typed-secret");
  expect(after.runner.spec?.configuration?.releaseChannel).toBe(before.runner.spec?.configuration?.releaseChannel);
});

/** The Connect JSON body the open API call dialog shows, parsed; closes the dialog. */
async function shownBody(page: Page, rpc: string): Promise<unknown> {
  const dialog = page.getByRole("dialog", { name: `API call: ${rpc}` });
  await dialog.getByRole("tab", { name: "HTTP + JSON" }).click();
  const text = (await dialog.getByLabel("Request body (Connect JSON)").textContent()) ?? "";
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  return JSON.parse(text);
}

/** Runs `act` and returns the JSON body of the console's request to `rpc` that it causes. */
async function sentBody(page: Page, rpc: string, act: () => Promise<void>): Promise<unknown> {
  const [sent] = await Promise.all([page.waitForRequest((r) => r.url().endsWith(`/${rpc}`) && r.method() === "POST"), act()]);
  return sent.postDataJSON();
}

test("New runner wizard: Create runner sends exactly the request Show API call showed (the password only as a placeholder)", async ({ page }) => {
  await signIn(page, ADMIN_TOKEN);
  await page.goto("/runners/new?step=settings&provider=linux-host");
  const form = page.getByRole("form", { name: "Runner settings" });
  const name = `e2e-wizard-${Date.now().toString(36)}`;
  await form.getByRole("textbox", { name: /^Name/ }).fill(name);
  await form.getByRole("switch", { name: /^Metrics/ }).check();
  await form.getByRole("textbox", { name: /Metrics endpoint/ }).fill("https://metrics.example.com/write");
  await form.getByLabel(/Metrics password/).fill("wizard-typed-secret");
  await form.getByRole("button", { name: "Show API call" }).click();
  const dialog = page.getByRole("dialog", { name: "API call: CreateRunner" });
  await expect(dialog.getByLabel("curl command")).toContainText(`"name": "${name}"`);
  await expect(dialog).not.toContainText("wizard-typed-secret");
  const shown = await shownBody(page, "CreateRunner");
  expect(shown).toMatchObject({ name, spec: { configuration: { metrics: { password: "<your metrics password>" } } } });

  const sent = await sentBody(page, "CreateRunner", () => form.getByRole("button", { name: "Create runner" }).click());
  expect(sent).toEqual(withPath(shown, ["spec", "configuration", "metrics", "password"], "wizard-typed-secret"));
  await expect(page.getByRole("heading", { name: `Runner "${name}" created` })).toBeVisible();
});

test("Force delete: the confirmation's Show API call is the DeleteRunner request that Force delete sends", async ({ page, request }) => {
  const name = `e2e-delete-${Date.now().toString(36)}`;
  const { runner } = await call<{ runner: ApiRunner }>(request, "RunnerService/CreateRunner", { name, provider: "RUNNER_PROVIDER_LINUX_HOST" });
  await signIn(page, ADMIN_TOKEN);
  await page.goto(`/runners/${runner.runnerId}/danger-zone`);
  await page.getByRole("button", { name: "Force delete…" }).click();
  const confirm = page.getByRole("dialog", { name: `Force delete ${name}?` });
  await confirm.getByRole("button", { name: "Show API call" }).click();
  const shown = await shownBody(page, "DeleteRunner");
  expect(shown).toEqual({ runnerId: runner.runnerId, force: true });
  await confirm.getByRole("textbox").fill(name);
  const sent = await sentBody(page, "DeleteRunner", () => confirm.getByRole("button", { name: "Force delete" }).click());
  expect(sent).toEqual(shown);
  await expect(page.getByRole("heading", { level: 1, name: "Runners" })).toBeVisible();
});

test("Fleet update: Show API call is the per-runner UpdateRunner template (sent once per runner), and each runner gets it", async ({ page, request }) => {
  const prefix = `e2e-fleet-call-${Date.now().toString(36)}`;
  const runners = await Promise.all(
    [1, 2].map(async (i) => (await call<{ runner: ApiRunner }>(request, "RunnerService/CreateRunner", { name: `${prefix}-${i}`, provider: "RUNNER_PROVIDER_LINUX_HOST" })).runner),
  );
  await signIn(page, ADMIN_TOKEN);
  await page.goto(`/runners?q=${prefix}`);
  await page.getByRole("button", { name: "Update all 2" }).click();
  const fleet = page.getByRole("dialog", { name: "Update runner settings" });
  await fleet.getByLabel("Log level").selectOption({ label: "Debug" });
  await fleet.getByRole("button", { name: "Show API call" }).click();
  const dialog = page.getByRole("dialog", { name: "API call: UpdateRunner" });
  await expect(dialog.getByRole("note")).toContainText("Sent once per runner, 2 runners in all");
  const shown = await shownBody(page, "UpdateRunner");
  expect(shown).toEqual({ runnerId: runners[0]?.runnerId, spec: { configuration: { logLevel: "LOG_LEVEL_DEBUG" } } });

  const bodies: unknown[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/UpdateRunner") && r.method() === "POST") bodies.push(r.postDataJSON());
  });
  await fleet.getByRole("button", { name: "Update 2 runners" }).click();
  await expect(page.getByRole("dialog", { name: "Updating runner settings" }).getByRole("status")).toHaveText("2 of 2 runners done: 2 updated, 0 failed");
  const sorted = (list: unknown[]) => list.map((b) => JSON.stringify(b)).sort();
  expect(sorted(bodies)).toEqual(sorted(runners.map((r) => ({ ...(shown as object), runnerId: r.runnerId }))));
});

function withPath(value: unknown, path: readonly string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const record = value as Record<string, unknown>;
  return { ...record, [head as string]: withPath(record[head as string], rest, replacement) };
}
