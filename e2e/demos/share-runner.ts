import { expect } from "@playwright/test";
import type { Demo } from "./demo-context";
import { signInAsAdmin } from "./sign-in";
import { chooseOption } from "../support";

export const shareRunner: Demo = {
  name: "share-runner",
  title: "Share a runner with a team",
  async run(demo) {
    const { page, step } = demo;
    // A runner of its own, so the demo can run again and again against the same server.
    const name = `demo-shared-${demo.suffix}`;
    const created = await page.request.post(`${demo.baseUrl}/api/gitpod.v1.RunnerService/CreateRunner`, {
      headers: { Authorization: `Bearer ${demo.adminToken}` },
      data: { name, provider: "RUNNER_PROVIDER_LINUX_HOST", spec: {} },
    });
    expect(created.ok()).toBe(true);
    await signInAsAdmin(demo);
    await step(`Find the runner "${name}"`, async () => {
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Runners" }).click();
      await page.getByRole("link", { name }).click();
      await expect(page.getByRole("heading", { name })).toBeVisible();
    });
    await step("Open its Sharing tab: nobody but org admins may use it yet", async () => {
      await page.getByRole("link", { name: "Sharing" }).click();
      await expect(page.getByText(/is not shared with any group/)).toBeVisible();
    });
    await step('Share it with the "Platform team" group', async () => {
      await page.getByRole("button", { name: "Add group" }).click();
      const dialog = page.getByRole("dialog");
      await chooseOption(dialog.getByRole("combobox", { name: "Group" }), "Platform team");
      await page.waitForTimeout(200);
    });
    await step("as Admin: they may use, change and share it", async () => {
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Role").selectOption({ value: "ADMIN" });
      await dialog.getByRole("button", { name: "Add group" }).click();
      await expect(dialog).toBeHidden();
    });
    await step("Platform team now has access", async () => {
      await expect(page.getByRole("table", { name: /Groups with access to/ }).getByRole("row", { name: /Platform team/ })).toBeVisible();
    });
  },
};
