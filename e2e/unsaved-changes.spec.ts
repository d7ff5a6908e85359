// Unsaved edits on the Configuration tab: the sticky save bar says so, leaving the page asks first (a link, Back,
// or closing the tab), the review and "Show API call" still open, and after Apply nothing asks any more.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_TOKEN } from "./env";
import { call, signInBySession } from "./support";

async function configurationOfNewRunner(page: Page, name: string) {
  const { runner } = await call<{ runner: { runnerId: string } }>(page.request, "RunnerService/CreateRunner", {
    name,
    provider: "RUNNER_PROVIDER_LINUX_HOST",
  });
  await signInBySession(page, ADMIN_TOKEN);
  await page.goto(`/runners/${runner.runnerId}/configuration`);
  const form = page.getByRole("form", { name: "Runner configuration" });
  await expect(form.getByRole("button", { name: "Save configuration" })).toBeVisible();
  return { runnerId: runner.runnerId, form };
}

test("leaving the Configuration tab with unsaved edits asks first; Stay keeps the text; after Apply nothing asks", async ({ page }) => {
  const { runnerId, form } = await configurationOfNewRunner(page, `e2e-leave-${Date.now().toString(36)}`);
  const endpoint = form.getByRole("textbox", { name: /Metrics endpoint/ });
  await form.getByRole("switch", { name: /^Metrics/ }).check();
  await endpoint.fill("https://metrics.example.com/unsaved");
  await expect(form.getByRole("status")).toHaveText("Unsaved changes");

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Host tokens" }).click();
  const prompt = page.getByRole("dialog", { name: "Leave without saving?" });
  await expect(prompt).toBeVisible();
  await prompt.getByRole("button", { name: "Stay on this page" }).click();
  await expect(prompt).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/runners/${runnerId}/configuration$`));
  await expect(endpoint).toHaveValue("https://metrics.example.com/unsaved");

  // Another tab of the same runner is another page too.
  await page.getByRole("link", { name: "Overview", exact: true }).last().click();
  await expect(prompt).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(prompt).toBeHidden();
  await expect(endpoint).toHaveValue("https://metrics.example.com/unsaved");

  // Dialogs of the form itself are not "leaving": Show API call and the review open without a prompt.
  await form.getByRole("button", { name: "Show API call" }).click();
  const apiCall = page.getByRole("dialog", { name: "API call: UpdateRunner" });
  await expect(apiCall).toBeVisible();
  await apiCall.getByRole("button", { name: "Close" }).click();
  await form.getByRole("button", { name: "Save configuration" }).click();
  await page.getByRole("button", { name: /^Apply \d+ changes?$/ }).click();
  await expect(page.getByText(/Saved \d+ configuration changes?/)).toBeVisible();
  await expect(prompt).toBeHidden();
  await expect(form.getByRole("status")).toHaveText("");

  const stored = await call<{ runner: { spec?: { configuration?: { metrics?: { url?: string } } } } }>(page.request, "RunnerService/GetRunner", { runnerId });
  expect(stored.runner.spec?.configuration?.metrics?.url).toBe("https://metrics.example.com/unsaved");

  await nav.getByRole("link", { name: "Host tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Host tokens" })).toBeVisible();
  await expect(prompt).toBeHidden();
});

test("closing the tab with edits gets the browser's prompt; Leave and discard drops the edits", async ({ page }) => {
  const { runnerId, form } = await configurationOfNewRunner(page, `e2e-unload-${Date.now().toString(36)}`);
  await form.getByRole("combobox", { name: /Log level/ }).selectOption("Debug");
  await expect(form.getByRole("status")).toHaveText("Unsaved changes");

  const beforeUnload = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await beforeUnload;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Runners" }).click();
  const prompt = page.getByRole("dialog", { name: "Leave without saving?" });
  await prompt.getByRole("button", { name: "Leave and discard changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Runners" })).toBeVisible();
  const stored = await call<{ runner: { spec?: { configuration?: { logLevel?: string } } } }>(page.request, "RunnerService/GetRunner", { runnerId });
  expect(stored.runner.spec?.configuration?.logLevel).not.toBe("LOG_LEVEL_DEBUG");
});
