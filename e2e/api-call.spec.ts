// "Show API call": the curl command a form shows carries the typed values, never the typed secret, and — run by a
// real shell with the user's token and the secret in its variable — makes the same change as the form.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { ADMIN_TOKEN } from "./env";
import { signIn } from "./support";

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
  await expect(dialog.getByLabel("TypeScript SDK call")).toContainText("await client.runners.update({");
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
