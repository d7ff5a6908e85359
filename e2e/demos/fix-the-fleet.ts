import { expect, type APIRequestContext } from "@playwright/test";
import type { Demo, DemoContext } from "./demo-context";
import { signInAsAdmin } from "./sign-in";

/** The demo organisation's runners behind the newest version. */
const OUTDATED = ["gcp-ml", "mac-ios-01"];

async function api<T>(request: APIRequestContext, demo: DemoContext, method: string, data: object): Promise<T> {
  const response = await request.post(`${demo.baseUrl}/api/gitpod.v1.RunnerService/${method}`, { headers: { Authorization: `Bearer ${demo.adminToken}` }, data });
  expect(response.ok(), `${method} → ${response.status()}`).toBe(true);
  const body: T = await response.json();
  return body;
}

export const fixTheFleet: Demo = {
  name: "fix-the-fleet",
  title: "Find outdated runners and turn on auto-update for all of them",
  async run(demo) {
    const { page, step } = demo;
    // Starts from the same fleet every time: the outdated runners have auto-update off.
    const { runners } = await api<{ runners: { runnerId: string; name: string }[] }>(page.request, demo, "ListRunners", { pagination: { pageSize: 100 } });
    for (const runner of runners.filter((r) => OUTDATED.includes(r.name))) {
      await api(page.request, demo, "UpdateRunner", { runnerId: runner.runnerId, spec: { configuration: { autoUpdate: false } } });
    }
    await signInAsAdmin(demo);
    await step("The overview counts the runners behind the newest version", async () => {
      await expect(page.getByRole("link", { name: `${OUTDATED.length} runners outdated` })).toBeVisible();
    });
    await step("Turn on auto-update for exactly those runners", async () => {
      await page.getByRole("link", { name: "Turn on auto-update for these" }).click();
      await expect(page.getByRole("dialog", { name: "Update runner settings" })).toBeVisible();
    });
    await step("Review: the preview says what changes on how many runners", async () => {
      const preview = page.getByRole("dialog").getByRole("region", { name: "Preview" });
      await expect(preview).toContainText(`${OUTDATED.length} runners: ${OUTDATED.length} will be updated`);
      await expect(preview).toContainText(`${OUTDATED.length} will change auto-update to on`);
    });
    await step("Update them all: a few at a time, with progress and each runner's result", async () => {
      await page.getByRole("dialog").getByRole("button", { name: `Update ${OUTDATED.length} runners` }).click();
      await expect(page.getByRole("dialog").getByRole("status")).toHaveText(`${OUTDATED.length} of ${OUTDATED.length} runners done: ${OUTDATED.length} updated, 0 failed`);
      await page.getByRole("button", { name: `Show the ${OUTDATED.length} updated runners` }).click();
    });
    await step("The activity log records each change: who, which runner, which setting", async () => {
      await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
      const table = page.getByRole("table", { name: "Activity" });
      for (const name of OUTDATED) await expect(table.getByRole("row", { name: new RegExp(`Update runner.*${name}`) }).first()).toBeVisible();
    });
  },
};
