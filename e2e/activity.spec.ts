import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { ADMIN_TOKEN } from "./env";
import { call, chooseOption, signInBySession } from "./support";

test("a rename in the UI shows in /activity and in the runner's Activity tab; the export holds it", async ({ page, request }) => {
  const name = `act-e2e-${Date.now().toString(36)}`;
  const renamed = `${name}-renamed`;
  const { runner } = await call<{ runner: { runnerId: string } }>(request, "RunnerService/CreateRunner", {
    name,
    provider: "RUNNER_PROVIDER_LINUX_HOST",
  });
  await signInBySession(page, ADMIN_TOKEN);

  await page.goto(`/runners/${runner.runnerId}/danger-zone`);
  await page.getByRole("textbox", { name: /Runner name/ }).fill(renamed);
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(renamed);

  // The activity log, filtered to this runner through the URL's filters.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  await chooseOption(page.getByRole("combobox", { name: "Runner" }), renamed);
  await expect(page).toHaveURL(new RegExp(`runnerId=${runner.runnerId}`));
  const table = page.getByRole("table", { name: "Activity" });
  const renameRow = table.getByRole("row").filter({ hasText: "Update runner" });
  await expect(renameRow).toHaveCount(1);
  await expect(renameRow).toContainText("Ada Admin (you)");
  await expect(renameRow).toContainText("Done");
  await expect(renameRow).toContainText(`Name: ${renamed}`);
  await expect(table.getByRole("row").filter({ hasText: "Create runner" })).toHaveCount(1);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("activity.csv");
  const csv = fs.readFileSync(await file.path(), "utf8");
  expect(csv).toContain(`name: ${renamed}`);
  expect(csv.split("\r\n").filter((line) => line.includes(runner.runnerId))).toHaveLength(2);

  // The runner's own tab.
  await page.goto(`/runners/${runner.runnerId}`);
  await page.getByRole("navigation", { name: "Runner sections" }).getByRole("link", { name: "Activity" }).click();
  const tab = page.getByRole("table", { name: "Activity of this runner" });
  await expect(tab.getByRole("row").filter({ hasText: "Update runner" })).toContainText(`Name: ${renamed}`);
});
